/**
 * Writing a generation. A generation holds `index.json` (the header: settings, documents, where
 * their passages are), `segments/*.seg` (immutable files of passages and postings, see
 * ../segment/), `facts.jsonl`, converted documents' text under `text/`, and with a model
 * `vectors.hnsw` and `vector-labels.bin`. Segments a new generation keeps are hard links to the
 * previous one's files, so an edit writes one small segment, not the whole index.
 */
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Passage } from '../../../chunking/passage.js';
import { NAME_RULES_VERSION } from '../../../corpus/personNames.js';
import { dataDirError } from '../../../errors.js';
import { corrupt, linkOrCopy } from '../files.js';
import { openFacts, writeFactsFile, type FactsLines } from '../manifest/factsFile.js';
import { openLineFile } from '../manifest/lineFile.js';
import { writeHeader, type BuiltHeader } from '../manifest/header.js';
import { namesFileIntact, sameNames, writeNamesFile, type NamesWritten } from '../manifest/namesFile.js';
import { readRoleTermWords, roleTermsCurrent, withRoleTables, writeRoleTermsFile } from '../manifest/roleTermsFile.js';
import {
  FILES,
  INDEX_FORMAT_VERSION,
  type IndexedDocument,
  type IndexHeader,
  type SegmentRecord,
} from '../manifest/manifest.js';
import { SegmentProblem } from '../segment/format.js';
import { SegmentThread } from '../segment/segmentThread.js';
import { writeSegmentFile } from '../segment/writeSegmentFile.js';
import type { VectorIndex } from '../vectors/vectorIndex.js';
import { writeVectors } from '../vectors/vectorFiles.js';
import {
  buildingName,
  GENERATION_PREFIX,
  indexPath,
  pointLinkAt,
  removeStaleGenerations,
  uniqueName,
} from './generations.js';
import { readInstalledCorpusReadAt } from './installed.js';

export type { FactsLines } from '../manifest/factsFile.js';

/** The generation being replaced, whose stored tables a build reuses where nothing they hold changed. */
export interface PreviousGeneration {
  readonly generation: string;
  readonly header: IndexHeader;
}

export interface WriteResult {
  /** The generation folder now current, or the one kept when this build was refused as older. */
  readonly generation: string;
  /** false: a build that read the corpus later was installed meanwhile, so this one was dropped. */
  readonly installed: boolean;
}

/** Everything of the header but what the writer fills in (segments written, the vectors' checksum). */
export type HeaderFields = Omit<BuiltHeader, WrittenFields>;
type WrittenFields =
  | 'formatVersion'
  | 'segments'
  | 'facts'
  | 'names'
  | 'roleTerms'
  | 'vectorsSha256'
  | 'vectorLabelsCrc32';

/**
 * Passages from which a new segment is written on the segment-writing thread while the caller goes
 * on: a full build's segments; an edit's small segment is written at once (starting a thread would
 * cost more than it saves).
 */
const THREAD_FROM = 16_384;

export interface WriterOptions {
  /** Passages from which a segment is written on the segment-writing thread (0: all; Infinity: none). */
  readonly segmentThreadFrom?: number;
}

/**
 * One generation being written, in `.building-<pid>-…` until `finish` renames it into place. Call
 * it holding the build lock (build/buildLock.ts). Whatever fails, `abandon` removes the folder at once
 * (a full disk above all, so the space is back for the next try) and the current index stays.
 */
export class GenerationWriter {
  /** In position order; a segment still being written has its place (undefined) until it is. */
  private readonly segments: (SegmentRecord | undefined)[] = [];
  private readonly thread = new SegmentThread();
  /** The segment being written on the thread: settled once it is written (or failed, see `failure`). */
  private writing: Promise<void> = Promise.resolve();
  /** …and its write alone, whatever came of it: what `abandon` waits for before removing the folder. */
  private writeSettled: Promise<unknown> = Promise.resolve();
  /** The first failure of a segment written on the thread, thrown by every later call. */
  private failure: unknown;

  private constructor(
    private readonly dataDir: string,
    private readonly unique: string,
    readonly folder: string,
    private readonly threadFrom: number,
  ) {}

  static async begin(dataDir: string, options: WriterOptions = {}): Promise<GenerationWriter> {
    const unique = uniqueName();
    const folder = path.join(dataDir, buildingName('', unique));
    try {
      await mkdir(dataDir, { recursive: true });
      await mkdir(folder);
      await mkdir(path.join(folder, FILES.segments));
    } catch (error) {
      await rm(folder, { recursive: true, force: true }).catch(() => {});
      throw dataDirError(error, dataDir) ?? error;
    }
    return new GenerationWriter(dataDir, unique, folder, options.segmentThreadFrom ?? THREAD_FROM);
  }

  /**
   * Writes a new segment of these passages; returns its position in this generation's list. A large
   * one is written on the segment-writing thread: this returns once the segment before it is
   * written, so the caller fills the next while this one is written, and at most one is in flight.
   */
  async addSegment(passages: readonly Passage[]): Promise<number> {
    await this.segmentsWritten();
    const position = this.segments.push(undefined) - 1;
    const file = `${uniqueName()}.seg`;
    const name = `${FILES.segments}/${file}`;
    const written = path.join(this.folder, FILES.segments, file);
    const record = (bytes: number) => {
      this.segments[position] = { file, passages: passages.length, bytes };
    };
    if (passages.length < this.threadFrom) {
      record(await this.guard(() => checked(writeSegmentFile(written, passages), written, name)));
      return position;
    }
    const work = this.thread.write(written, passages);
    this.writeSettled = work.catch(() => {});
    this.writing = this.guard(() => checked(work, written, name)).then(record, (error: unknown) => {
      this.failure ??= error;
    });
    return position;
  }

  /** Waits for the segment being written on the thread; its failure (or an earlier one) is thrown. */
  async segmentsWritten(): Promise<void> {
    await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Keeps a segment of another generation (a hard link: no bytes copied); returns its position here. */
  async keepSegment(generation: string, record: SegmentRecord): Promise<number> {
    await this.segmentsWritten();
    const from = path.join(generation, FILES.segments, record.file);
    const to = path.join(this.folder, FILES.segments, record.file);
    await this.guard(() => linkOrCopy(from, to));
    this.segments.push(record);
    return this.segments.length - 1;
  }

  /** Keeps a converted document's text file of another generation (a hard link, as segments are). */
  async keepText(generation: string, name: string): Promise<void> {
    const from = path.join(generation, FILES.texts, name);
    const to = path.join(this.folder, FILES.texts, name);
    await this.guard(() => mkdir(path.dirname(to), { recursive: true }).then(() => linkOrCopy(from, to)));
  }

  /** Writes a converted document's text (what its citations quote) under `text/`. */
  async addText(name: string, text: string): Promise<void> {
    await this.guard(() => writeText(this.folder, name, text));
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** Writes the vectors, the converted texts and the header (last), and makes this generation current. */
  async finish(
    fields: HeaderFields,
    vectors: VectorIndex | null,
    texts: ReadonlyMap<string, string> = new Map(),
    facts?: FactsLines,
    previous?: PreviousGeneration,
  ): Promise<WriteResult> {
    return this.guard(() => this.install(fields, vectors, texts, facts, previous));
  }

  /**
   * The names table (the previous generation's file kept when the people's names are the same), the
   * facts and the role-heading terms (each copying the previous generation's blocks it does not change).
   */
  private async writeTables(documents: readonly IndexedDocument[], facts?: FactsLines, previous?: PreviousGeneration) {
    const before = previous?.header;
    let names: NamesWritten;
    const keep =
      before?.names?.version === NAME_RULES_VERSION &&
      sameNames(before.documents, documents) &&
      namesFileIntact(previous!.generation, before.names);
    if (keep) {
      await linkOrCopy(path.join(previous!.generation, FILES.names), path.join(this.folder, FILES.names));
      names = before!.names!;
    } else names = await writeNamesFile(this.folder, documents);
    if (!facts) return { names };
    const shownAs = indexPath(this.dataDir);
    // Lines of the previous files are named only when they are of this version (see keptFacts).
    const previousFacts = previous && openFacts(previous.generation, previous.header, shownAs);
    const rolesRecord = before?.roleTerms;
    const previousRoles =
      previous && roleTermsCurrent(rolesRecord)
        ? {
            words: readRoleTermWords(previous.generation, rolesRecord, shownAs),
            lines: openLineFile(previous.generation, FILES.roleTerms, rolesRecord, shownAs),
          }
        : undefined;
    try {
      const factsRecord = await refusedWhileWriting(shownAs, FILES.facts, () =>
        writeFactsFile(path.join(this.folder, FILES.facts), facts.lines, previousFacts),
      );
      const roleTerms = await refusedWhileWriting(shownAs, FILES.roleTerms, async () =>
        withRoleTables(
          this.folder,
          await writeRoleTermsFile(
            this.folder,
            facts,
            previousFacts && { facts: previousFacts, roleTerms: previousRoles },
          ),
          documents,
          shownAs,
          previous && {
            generation: previous.generation,
            record: previousRoles && rolesRecord,
            documents: before!.documents,
            keptFrom: (d) => {
              const line = facts.lines[d];
              return typeof line === 'object' && !(line instanceof Uint8Array) ? line.previous : undefined;
            },
          },
        ),
      );
      return { names, roleTerms, facts: { version: facts.version, ...factsRecord } };
    } finally {
      previousFacts?.close();
      previousRoles?.lines.close();
    }
  }

  private async install(
    fields: HeaderFields,
    vectors: VectorIndex | null,
    texts: ReadonlyMap<string, string>,
    facts: FactsLines | undefined,
    previous: PreviousGeneration | undefined,
  ): Promise<WriteResult> {
    // The tables need no segment: they are made here while the thread writes the last one, which
    // would otherwise leave a core idle for as long as the longer of the two.
    const [segmentsDone, tables] = await Promise.allSettled([
      this.segmentsWritten().then(() => this.thread.close()),
      this.writeTables(fields.documents, facts, previous),
    ]);
    if (segmentsDone.status === 'rejected') throw segmentsDone.reason;
    if (tables.status === 'rejected') throw tables.reason;
    const written = vectors ? await writeVectors(this.folder, vectors, fields.hnsw, this.dataDir) : undefined;
    const vectorFields = written
      ? { vectorsSha256: written.sha256, vectorLabelsCrc32: written.labelsCrc32 }
      : { vectorsSha256: null };
    for (const [name, text] of texts) await writeText(this.folder, name, text);
    const { names, roleTerms, facts: factsRecord } = tables.value;
    // The header goes last: a folder without one is never mistaken for a finished index.
    const segments = this.segments as SegmentRecord[];
    const header: BuiltHeader = {
      formatVersion: INDEX_FORMAT_VERSION,
      ...fields,
      segments,
      ...vectorFields,
      names,
      roleTerms,
      facts: factsRecord,
    };
    await writeHeader(this.folder, header);
    // Under the lock this never happens; it guards against a build that ran without one (a lock
    // deleted by hand, a data folder shared between machines): the corpus read last wins.
    const installed = await readInstalledCorpusReadAt(this.dataDir);
    if ((fields.corpusReadAt ?? 0) < installed) {
      await this.abandon();
      return { generation: await realpath(indexPath(this.dataDir)), installed: false };
    }
    const generation = `${GENERATION_PREFIX}${this.unique}`;
    await rename(this.folder, path.join(this.dataDir, generation));
    await pointLinkAt(this.dataDir, generation);
    await removeStaleGenerations(this.dataDir, generation);
    return { generation: path.join(this.dataDir, generation), installed: true };
  }

  /** Removes the half-written folder (best effort; a later build removes what is left), the thread stopped first. */
  async abandon(): Promise<void> {
    await this.writeSettled;
    await this.thread.close();
    await rm(this.folder, { recursive: true, force: true }).catch(() => {});
  }

  /**
   * Any failure abandons the folder and comes out named (DISK_FULL, DATA_DIR_NOT_WRITABLE…) when it
   * can be. After a segment failed on its thread, no work starts (it could make the folder again).
   */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      if (this.failure !== undefined) throw this.failure;
      return await work();
    } catch (error) {
      await this.abandon();
      throw dataDirError(error, this.dataDir) ?? error;
    }
  }
}

/** A segment written (see writeSegmentFile), one that read back wrong refused as INDEX_CORRUPT naming it. */
async function checked(work: Promise<number>, file: string, name: string): Promise<number> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof SegmentProblem
      ? corrupt(path.dirname(path.dirname(file)), `${name} ${error.message}`)
      : error;
  }
}

/** What `work` gives, a damaged previous file it read from refused as INDEX_CORRUPT naming it. */
async function refusedWhileWriting<T>(shownAs: string, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof SegmentProblem ? corrupt(shownAs, `${name} ${error.message}`) : error;
  }
}

async function writeText(folder: string, name: string, text: string): Promise<void> {
  const file = path.join(folder, FILES.texts, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
