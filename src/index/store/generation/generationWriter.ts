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
import { readRoleTermWords, roleTermsCurrent, writeRoleTermsFile } from '../manifest/roleTermsFile.js';
import {
  FILES,
  INDEX_FORMAT_VERSION,
  type IndexedDocument,
  type IndexHeader,
  type SegmentRecord,
} from '../manifest/manifest.js';
import { encodeSegment } from '../segment/encodeSegment.js';
import { SegmentProblem } from '../segment/format.js';
import { Segment } from '../segment/segment.js';
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
 * One generation being written, in `.building-<pid>-…` until `finish` renames it into place. Call
 * it holding the build lock (build/buildLock.ts). Whatever fails, `abandon` removes the folder at once
 * (a full disk above all, so the space is back for the next try) and the current index stays.
 */
export class GenerationWriter {
  private readonly segments: SegmentRecord[] = [];

  private constructor(
    private readonly dataDir: string,
    private readonly unique: string,
    readonly folder: string,
  ) {}

  static async begin(dataDir: string): Promise<GenerationWriter> {
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
    return new GenerationWriter(dataDir, unique, folder);
  }

  /** Writes a new segment of these passages; returns its position in this generation's list. */
  async addSegment(passages: readonly Passage[]): Promise<number> {
    const file = `${uniqueName()}.seg`;
    const pieces = encodeSegment(passages);
    const written = path.join(this.folder, FILES.segments, file);
    await this.guard(writeFile(written, pieces).then(() => verifyWritten(written, `${FILES.segments}/${file}`)));
    this.segments.push({
      file,
      passages: passages.length,
      bytes: pieces.reduce((sum, piece) => sum + piece.length, 0),
    });
    return this.segments.length - 1;
  }

  /** Keeps a segment of another generation (a hard link: no bytes copied); returns its position here. */
  async keepSegment(generation: string, record: SegmentRecord): Promise<number> {
    const from = path.join(generation, FILES.segments, record.file);
    const to = path.join(this.folder, FILES.segments, record.file);
    await this.guard(linkOrCopy(from, to));
    this.segments.push(record);
    return this.segments.length - 1;
  }

  /** Keeps a converted document's text file of another generation (a hard link, as segments are). */
  async keepText(generation: string, name: string): Promise<void> {
    const from = path.join(generation, FILES.texts, name);
    const to = path.join(this.folder, FILES.texts, name);
    await this.guard(mkdir(path.dirname(to), { recursive: true }).then(() => linkOrCopy(from, to)));
  }

  /** Writes a converted document's text (what its citations quote) under `text/`. */
  async addText(name: string, text: string): Promise<void> {
    await this.guard(writeText(this.folder, name, text));
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
    return this.guard(this.install(fields, vectors, texts, facts, previous));
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
      const roleTerms = await refusedWhileWriting(shownAs, FILES.roleTerms, () =>
        writeRoleTermsFile(this.folder, facts, previousFacts && { facts: previousFacts, roleTerms: previousRoles }),
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
    const written = vectors ? await writeVectors(this.folder, vectors, fields.hnsw, this.dataDir) : undefined;
    const vectorFields = written
      ? { vectorsSha256: written.sha256, vectorLabelsCrc32: written.labelsCrc32 }
      : { vectorsSha256: null };
    for (const [name, text] of texts) await writeText(this.folder, name, text);
    const { names, roleTerms, facts: factsRecord } = await this.writeTables(fields.documents, facts, previous);
    // The header goes last: a folder without one is never mistaken for a finished index.
    const segments = this.segments;
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

  /** Removes the half-written folder (best effort; a later build removes what is left). */
  async abandon(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true }).catch(() => {});
  }

  /** Any failure abandons the folder and comes out named (DISK_FULL, DATA_DIR_NOT_WRITABLE…) when it can be. */
  private async guard<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      await this.abandon();
      throw dataDirError(error, this.dataDir) ?? error;
    }
  }
}

/**
 * Reads a segment back as written and checks every block's CRC-32: an index is checked whole once,
 * before it is installed, so opening it later can check only what a question reads.
 */
function verifyWritten(file: string, name: string): void {
  const segment = Segment.open(file);
  try {
    segment.verifyAll();
  } catch (error) {
    throw error instanceof SegmentProblem
      ? corrupt(path.dirname(path.dirname(file)), `${name} ${error.message}`)
      : error;
  } finally {
    segment.close();
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
