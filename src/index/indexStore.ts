/**
 * Reading and writing index folders. `<dataDir>/index` is a symlink to one complete generation
 * folder; a rebuild writes a new generation beside it and swaps the link with rename(2), which is
 * atomic. A crash or Ctrl-C at any moment leaves the old link, and so the old index, in place; a
 * running bot re-reading `index/index.json` sees either the old or the new index, never half.
 *
 * A generation holds `index.json` (the header: settings, documents, where their passages are),
 * `segments/*.seg` (immutable files of passages and postings, see segmentFile.ts), and with a
 * model `vectors.hnsw` and `vector-labels.bin`. Segments a new generation keeps are hard links to
 * the previous one's files, so an edit writes one small segment, not the whole index.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, readFile, readdir, realpath, rename, rm, stat, statfs, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Passage } from '../chunking/passage.js';
import { createError, dataDirError, systemCode } from '../errors.js';
import { TOKENIZER_VERSION } from '../text/terms.js';
import { isRunning } from './buildLock.js';
import type { IndexReader } from './indexReader.js';
import { writeJsonInPieces } from './jsonPieces.js';
import type { StoredFacts } from '../facts/storedFacts.js';
import { FILES, INDEX_FORMAT_VERSION, type IndexedDocument, type IndexHeader, type SegmentRecord } from './manifest.js';
import { SegmentedIndex } from './segmentedIndex.js';
import { encodeSegment, Segment, SegmentProblem } from './segmentFile.js';
import { factsProblem, headerProblem } from './validateIndex.js';
import { VectorIndex } from './vectorIndex.js';

/** The loaded index, as retrieval and answers see it. */
export type LoadedIndex = IndexReader;

const LINK = 'index';
const GENERATION_PREFIX = 'index-';
export const BUILDING_PREFIX = '.building-';
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export function indexPath(dataDir: string): string {
  return path.join(dataDir, LINK);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface WriteResult {
  /** The generation folder now current, or the one kept when this build was refused as older. */
  readonly generation: string;
  /** false: a build that read the corpus later was installed meanwhile, so this one was dropped. */
  readonly installed: boolean;
}

/** Time first, so generation names sort by age. */
function uniqueName(): string {
  return `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** `.building-<pid>-<unique>`: the pid says whose build it is, so a killed build's folder is known at once. */
function buildingName(label: string, unique: string): string {
  return `${BUILDING_PREFIX}${label}${process.pid}-${unique}`;
}

/** When the installed index's build read its corpus (0 for an index from before this was recorded, or none). */
export async function readInstalledCorpusReadAt(dataDir: string): Promise<number> {
  const file = path.join(dataDir, LINK, FILES.header);
  try {
    // The writer puts it among the first fields: a build checks it without parsing every document.
    const start = await readStart(file, 4096);
    const early = /^\{"formatVersion":\d+,"builtAt":"[^"\\]*","corpusReadAt":(\d+)[,}]/.exec(start);
    if (early) return Number(early[1]);
    const header = JSON.parse(await readFile(file, 'utf8')) as { corpusReadAt?: unknown };
    return typeof header.corpusReadAt === 'number' ? header.corpusReadAt : 0;
  } catch {
    return 0;
  }
}

async function readStart(file: string, bytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** hnswlib writes through a C++ stream that does not report a full disk: read the file back to be sure it is whole. */
async function checkVectorsWritten(file: string, vectors: VectorIndex, hnsw: IndexHeader['hnsw'], dataDir: string): Promise<void> {
  let points = -1;
  try {
    const written = VectorIndex.read(file, vectors.dimension, hnsw, vectors.labels);
    points = written.count + written.deleted;
  } catch {
    // counted as incomplete below
  }
  if (points === vectors.count + vectors.deleted) return;
  const space = await statfs(dataDir).catch(() => undefined);
  if (space && space.bavail * space.bsize < 1024 * 1024) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
  throw new Error(`${FILES.vectors} was written incompletely`);
}

/** A hard link: an immutable file of one generation kept by the next without copying its bytes. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch((error: unknown) => {
    // A file system without hard links (some network mounts): copy instead.
    if (['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP'].includes(systemCode(error) ?? '')) return copyFile(from, to);
    throw error;
  });
}

/** Everything of the header but what the writer fills in (segments written, the vectors' checksum). */
export type HeaderFields = Omit<IndexHeader, 'formatVersion' | 'segments' | 'vectorsSha256' | 'facts'>;

/** `facts.jsonl` to write: one line per document (JSON text, or an unchanged line's bytes; empty for none). */
export interface FactsLines {
  readonly version: number;
  readonly lines: readonly (string | Uint8Array)[];
}

/**
 * One generation being written, in `.building-<pid>-…` until `finish` renames it into place. Call
 * it holding the build lock (buildLock.ts). Whatever fails, `abandon` removes the folder at once
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
    await this.guard(writeFile(path.join(this.folder, FILES.segments, file), pieces));
    this.segments.push({ file, passages: passages.length, bytes: pieces.reduce((sum, piece) => sum + piece.length, 0) });
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
  async finish(fields: HeaderFields, vectors: VectorIndex | null, texts: ReadonlyMap<string, string> = new Map(), facts?: FactsLines): Promise<WriteResult> {
    return this.guard(this.install(fields, vectors, texts, facts));
  }

  private async install(fields: HeaderFields, vectors: VectorIndex | null, texts: ReadonlyMap<string, string>, facts: FactsLines | undefined): Promise<WriteResult> {
    let vectorsSha256: string | null = null;
    if (vectors) {
      const vectorsFile = path.join(this.folder, FILES.vectors);
      vectors.write(vectorsFile);
      await checkVectorsWritten(vectorsFile, vectors, fields.hnsw, this.dataDir);
      vectorsSha256 = sha256(await readFile(vectorsFile));
      const labels = Int32Array.from(vectors.labels);
      await writeFile(path.join(this.folder, FILES.vectorLabels), new Uint8Array(labels.buffer));
    }
    for (const [name, text] of texts) await writeText(this.folder, name, text);
    const factsRecord = facts ? { version: facts.version, bytes: await writeLines(path.join(this.folder, FILES.facts), facts.lines) } : undefined;
    // The header goes last: a folder without one is never mistaken for a finished index.
    const header: IndexHeader = { formatVersion: INDEX_FORMAT_VERSION, ...fields, segments: this.segments, vectorsSha256, facts: factsRecord };
    const handle = await open(path.join(this.folder, FILES.header), 'w');
    try {
      await writeJsonInPieces(handle, header as unknown as Record<string, unknown>);
    } finally {
      await handle.close();
    }
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

/** Writes each line and a newline, a megabyte at a time (100k profiles' facts are hundreds of MB); returns the bytes written. */
async function writeLines(file: string, lines: readonly (string | Uint8Array)[]): Promise<number> {
  const handle = await open(file, 'w');
  let bytes = 0;
  try {
    let batch: Uint8Array[] = [];
    let size = 0;
    const flush = async () => {
      const piece = Buffer.concat(batch);
      // writeFile, unlike write, writes all of it or fails (a full disk).
      await handle.writeFile(piece);
      bytes += piece.length;
      batch = [];
      size = 0;
    };
    // Unchanged lines are slices of the previous file in the same order: a run of them, with the
    // newlines between, is one slice, so copying 10,000 of them is a few copies, not 20,000.
    let run: Uint8Array | undefined;
    let runIsSlice = false;
    const endRun = async () => {
      if (!run) return;
      batch.push(run, NEWLINE);
      size += run.length + 1;
      run = undefined;
      if (size >= 1 << 20) await flush();
    };
    for (const line of lines) {
      if (typeof line !== 'string' && run && runIsSlice && line.buffer === run.buffer && line.byteOffset === run.byteOffset + run.length + 1) {
        run = new Uint8Array(run.buffer, run.byteOffset, run.length + 1 + line.length);
        continue;
      }
      await endRun();
      runIsSlice = typeof line !== 'string';
      run = typeof line === 'string' ? Buffer.from(line) : line;
    }
    await endRun();
    await flush();
  } finally {
    await handle.close();
  }
  return bytes;
}

const NEWLINE = Buffer.from('\n');

async function writeText(folder: string, name: string, text: string): Promise<void> {
  const file = path.join(folder, FILES.texts, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function pointLinkAt(dataDir: string, generation: string): Promise<void> {
  const link = path.join(dataDir, LINK);
  const existing = await lstat(link).catch(() => undefined);
  if (existing?.isDirectory()) {
    // A plain folder (copied in by hand): keep it as an ordinary old generation.
    await rename(link, path.join(dataDir, `${GENERATION_PREFIX}moved-${Date.now().toString(36)}`));
  }
  const temporaryLink = path.join(dataDir, buildingName('link-', uniqueName()));
  // Relative target, so the data folder can be moved or mounted elsewhere.
  await symlink(generation, temporaryLink, 'dir');
  try {
    await rename(temporaryLink, link);
  } catch (error) {
    await rm(temporaryLink, { force: true }).catch(() => {});
    throw error;
  }
}

/**
 * Whether a `.building-*` entry is left over from a build that can no longer finish: its owner's
 * pid (in the name) no longer runs. This process's own leftovers count too, as the caller holds
 * the build lock and so is not writing one. Names without a pid (older versions) fall back to age.
 */
function isAbandoned(name: string, modifiedMs: number): boolean {
  const owner = /^\.building-(?:link-)?(\d+)-/.exec(name);
  if (!owner) return Date.now() - modifiedMs > ABANDONED_AFTER_MS;
  const pid = Number(owner[1]);
  return pid === process.pid || !isRunning(pid);
}

/** Removes what killed or failed builds left behind. Call it holding the build lock; returns the names removed. */
export async function removeAbandonedBuilds(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir).catch(() => [] as string[]);
  const abandoned: string[] = [];
  for (const name of entries.filter((candidate) => candidate.startsWith(BUILDING_PREFIX))) {
    const info = await lstat(path.join(dataDir, name)).catch(() => undefined);
    if (info && isAbandoned(name, info.mtimeMs)) abandoned.push(name);
  }
  await Promise.all(abandoned.map((name) => rm(path.join(dataDir, name), { recursive: true, force: true }).catch(() => {})));
  return abandoned;
}

/** Keeps the current and the previous generation (a bot may still be loading it); drops the rest and any abandoned builds. */
async function removeStaleGenerations(dataDir: string, current: string): Promise<void> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const generations = entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(GENERATION_PREFIX) && entry.name !== current)
    .map((entry) => entry.name)
    .sort();
  // Clean-up is best effort: a folder that can't be removed now is tried again by the next build.
  await Promise.all(generations.slice(0, -1).map((name) => rm(path.join(dataDir, name), { recursive: true, force: true }).catch(() => {})));
  await removeAbandonedBuilds(dataDir);
}

/** Whether there is an index to load (or one of the old JSON format, which loading names and `embed` rebuilds). */
export function indexExists(dataDir: string): boolean {
  return existsSync(path.join(indexPath(dataDir), FILES.header)) || isLegacyIndex(dataDir);
}

/** An index written in the JSON format of earlier versions (manifest.json and lexical.json). */
export function isLegacyIndex(dataDir: string): boolean {
  const link = indexPath(dataDir);
  return !existsSync(path.join(link, FILES.header)) && existsSync(path.join(link, FILES.legacyManifest));
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!;
}

function corrupt(dir: string, why: string): Error {
  return createError('INDEX_CORRUPT', dir, why);
}

const READ_FAULTS: Record<string, string> = { ENOENT: 'is missing', EACCES: 'is not readable (permission denied)', EPERM: 'is not readable (operation not permitted)', EISDIR: 'is a folder' };

/** Why `file` could not be read, in a few words. */
function readFault(file: string, error: unknown): string {
  const code = systemCode(error);
  return `${file} ${(code && READ_FAULTS[code]) ?? `could not be read (${code ?? 'unknown error'})`}`;
}

async function readIn(generation: string, file: string, shownAs: string): Promise<Buffer> {
  try {
    return await readFile(path.join(generation, file));
  } catch (error) {
    throw corrupt(shownAs, readFault(file, error));
  }
}

/** The installed index's header and the generation folder it is in; INDEX_MISSING / INDEX_CORRUPT otherwise. */
export async function readInstalled(dataDir: string): Promise<{ readonly generation: string; readonly header: IndexHeader }> {
  const link = indexPath(dataDir);
  if (isLegacyIndex(dataDir)) throw createError('INDEX_OLD_FORMAT', link, 'JSON files');
  if (!existsSync(path.join(link, FILES.header))) throw createError('INDEX_MISSING', link);
  // Resolve the link once: a rebuild may swap it mid-load, and every file must come from one generation.
  let generation: string;
  try {
    generation = await realpath(link);
  } catch (error) {
    throw corrupt(link, readFault('the index link', error));
  }
  let header: unknown;
  try {
    header = JSON.parse((await readIn(generation, FILES.header, link)).toString('utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw corrupt(link, `${FILES.header} is not valid JSON`);
    throw error;
  }
  const version = (header as Partial<IndexHeader> | null)?.formatVersion;
  // An older format is read by no code of this version: `npm run embed` rebuilds it in full.
  if (typeof version === 'number' && Number.isInteger(version) && version >= 2 && version < INDEX_FORMAT_VERSION) throw createError('INDEX_OLD_FORMAT', link, `format ${version}`);
  if (version !== INDEX_FORMAT_VERSION) throw corrupt(link, `format version ${String(version)} is not ${INDEX_FORMAT_VERSION}`);
  const problem = headerProblem(header);
  if (problem) throw corrupt(link, `${FILES.header}: ${problem}`);
  return { generation, header: header as IndexHeader };
}

/**
 * Checks that every segment of a generation is there at its recorded size, without reading it:
 * what a build that keeps segments can afford (checksums are checked when an index is loaded, and a passage block when it is first read).
 */
export async function checkSegmentSizes(generation: string, header: IndexHeader, shownAs: string): Promise<void> {
  for (const record of header.segments) {
    const name = `${FILES.segments}/${record.file}`;
    const size = await stat(path.join(generation, name)).then(
      (info) => info.size,
      (error: unknown) => {
        throw corrupt(shownAs, readFault(name, error));
      },
    );
    if (size !== record.bytes) throw corrupt(shownAs, `${name} is ${size} bytes, not ${record.bytes} (cut short or replaced)`);
  }
  if (header.facts) {
    const size = await stat(path.join(generation, FILES.facts)).then(
      (info) => info.size,
      (error: unknown) => {
        throw corrupt(shownAs, readFault(FILES.facts, error));
      },
    );
    if (size !== header.facts.bytes) throw corrupt(shownAs, `${FILES.facts} is ${size} bytes, not ${header.facts.bytes} (cut short or replaced)`);
  }
}

/** Each document's line of `facts.jsonl` (without its newline), unparsed; none for an index without the file. */
export async function readFactsLines(generation: string, header: IndexHeader, shownAs: string): Promise<Buffer[] | undefined> {
  if (!header.facts) return undefined;
  const bytes = await readIn(generation, FILES.facts, shownAs);
  if (bytes.length !== header.facts.bytes) throw corrupt(shownAs, `${FILES.facts} is ${bytes.length} bytes, not ${header.facts.bytes} (cut short or replaced)`);
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  if (start !== bytes.length || lines.length !== header.documents.length) throw corrupt(shownAs, `${FILES.facts} holds ${lines.length} lines for ${header.documents.length} documents`);
  return lines;
}

/**
 * The header's documents, each with its facts from `facts.jsonl` when it has some. The file's size
 * and line count are checked here; a line is parsed and checked each time that document's facts
 * are read (parsing all of them took about 300 ms of a 10k-profile load, and only some answers
 * need any), and a damaged one is refused then, as INDEX_CORRUPT naming the line.
 */
async function documentsWithFacts(generation: string, header: IndexHeader, shownAs: string): Promise<readonly IndexedDocument[]> {
  const lines = await readFactsLines(generation, header, shownAs);
  if (!lines) return header.documents;
  const version = header.facts!.version;
  return header.documents.map((doc, d) => (lines[d]!.length === 0 ? doc : new DocumentWithStoredFacts(doc, version, lines[d]!, d, shownAs)));
}

/**
 * A loaded document whose facts stay its line of `facts.jsonl` until read, and are parsed at each
 * read, not kept: what answers keep of facts is bounded where they are restored (PeopleFacts).
 * One class, so that every document has the same shape: a getter defined on each of 100,000
 * documents gave each its own, which made them slower to read and garbage collection slower.
 */
class DocumentWithStoredFacts implements IndexedDocument {
  declare readonly source: string;
  declare readonly contentHash: string;
  declare readonly fingerprint: string;
  declare readonly person: IndexedDocument['person'];
  declare readonly passageCount: number;
  readonly #line: Buffer;
  readonly #position: number;
  readonly #shownAs: string;

  constructor(
    doc: IndexedDocument,
    readonly factsVersion: number,
    line: Buffer,
    position: number,
    shownAs: string,
  ) {
    // Facts a header wrote itself are superseded by the file's.
    const { facts: _superseded, ...fields } = doc;
    Object.assign(this, fields);
    this.#line = line;
    this.#position = position;
    this.#shownAs = shownAs;
  }

  get facts(): StoredFacts {
    return parseFactsLine(this.#line, this.#position, this.#shownAs);
  }
}

function parseFactsLine(line: Buffer, d: number, shownAs: string): StoredFacts {
  let facts: unknown;
  try {
    facts = JSON.parse(line.toString('utf8'));
  } catch {
    throw corrupt(shownAs, `${FILES.facts} line ${d + 1} is not valid JSON`);
  }
  const problem = factsProblem(facts);
  if (problem) throw corrupt(shownAs, `${FILES.facts} line ${d + 1}: ${problem}`);
  return facts as StoredFacts;
}

/**
 * Opens and checks one segment file of a generation: what comes before its passages is read now,
 * its passages when they are decoded (the segment keeps the file open until it is closed).
 */
export function readSegment(generation: string, record: SegmentRecord, shownAs: string): Segment {
  const name = `${FILES.segments}/${record.file}`;
  let segment: Segment;
  try {
    segment = Segment.open(path.join(generation, name), record.bytes);
  } catch (error) {
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${name} ${error.message}`);
    throw corrupt(shownAs, readFault(name, error));
  }
  if (segment.passageCount !== record.passages) {
    segment.close();
    throw corrupt(shownAs, `${name} holds ${segment.passageCount} passages, not ${record.passages}`);
  }
  return segment;
}

/**
 * A segment written by another tokenizer, re-encoded in memory from its passages so questions and
 * passages are tokenised alike (`npm run embed` saves the result).
 */
function retokenized(segment: Segment, name: string, shownAs: string): Segment {
  try {
    const passages = Array.from({ length: segment.passageCount }, (_, i) => segment.passage(i));
    return Segment.fromBytes(Buffer.concat(encodeSegment(passages)));
  } catch (error) {
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${name} ${error.message}`);
    throw error;
  } finally {
    segment.close();
  }
}

/** The graph of a generation whose header lists a model. */
export async function readVectors(generation: string, header: IndexHeader, shownAs: string): Promise<VectorIndex> {
  const model = header.model!;
  const passageCount = header.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
  const bytes = await readIn(generation, FILES.vectors, shownAs);
  if (sha256(bytes) !== header.vectorsSha256) throw corrupt(shownAs, `${FILES.vectors} is damaged (checksum mismatch)`);
  const labelBytes = await readIn(generation, FILES.vectorLabels, shownAs);
  if (labelBytes.length !== passageCount * 4) throw corrupt(shownAs, `${FILES.vectorLabels} holds ${Math.floor(labelBytes.length / 4)} labels for ${passageCount} passages`);
  const labels = Array.from(new Int32Array(labelBytes.buffer.slice(labelBytes.byteOffset, labelBytes.byteOffset + labelBytes.length)));
  let vectors: VectorIndex;
  try {
    vectors = VectorIndex.read(path.join(generation, FILES.vectors), model.dimension, header.hnsw, labels);
  } catch (error) {
    throw corrupt(shownAs, `${FILES.vectors} could not be read: ${firstLine(error)}`);
  }
  if (vectors.count !== passageCount) throw corrupt(shownAs, `${FILES.vectors} does not match the index`);
  return vectors;
}

/** The previous index with what a build reuses of it: its segments and its graph. */
export interface StoredIndex {
  readonly generation: string;
  readonly header: IndexHeader;
  readonly reader: SegmentedIndex;
  /** The graph as read (a build updates it in memory; the file stays as it was). */
  readonly vectors: VectorIndex | null;
  /** false when its segments were written by an older tokenizer (re-encoded in memory). */
  readonly lexicalSaved: boolean;
}

/** Loads the current index, or fails with INDEX_MISSING / INDEX_OLD_FORMAT / INDEX_CORRUPT and what to run. */
export async function loadIndex(dataDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  return (await loadStored(dataDir, options)).reader;
}

export interface LoadOptions {
  /** How many passages the index keeps decoded (default PASSAGES_KEPT); tests make it tiny to exercise eviction. */
  readonly passagesKept?: number;
}

export async function loadStored(dataDir: string, options: LoadOptions = {}): Promise<StoredIndex> {
  const link = indexPath(dataDir);
  const { generation, header } = await readInstalled(dataDir);
  const lexicalSaved = header.tokenizerVersion === TOKENIZER_VERSION;
  const names = header.segments.map((record) => `${FILES.segments}/${record.file}`);
  const segments: Segment[] = [];
  try {
    for (const [s, record] of header.segments.entries()) {
      const segment = readSegment(generation, record, link);
      segments.push(segment);
      if (!lexicalSaved) segments[s] = retokenized(segment, names[s]!, link);
    }
    const vectors = header.model ? await readVectors(generation, header, link) : null;
    const info = { builtAt: header.builtAt, model: header.model, hnsw: header.hnsw, tokenizerVersion: header.tokenizerVersion, chunking: header.chunking, corpusReadAt: header.corpusReadAt };
    const documents = await documentsWithFacts(generation, header, link);
    const reader = new SegmentedIndex(link, info, documents, header.placement as readonly (readonly [number, number])[], names, segments, vectors, options.passagesKept);
    return { generation, header, reader, vectors, lexicalSaved };
  } catch (error) {
    // An index refused half-way keeps no file open.
    for (const segment of segments) segment.close();
    throw error;
  }
}
