/**
 * Reading and writing index folders. `<dataDir>/index` is a symlink to one complete generation
 * folder; a rebuild writes a new generation beside it and swaps the link with rename(2), which is
 * atomic. A crash or Ctrl-C at any moment leaves the old link, and so the old index, in place; a
 * running bot re-reading `index/manifest.json` sees either the old or the new index, never half.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, realpath, rename, rm, statfs, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createError, dataDirError, systemCode } from '../errors.js';
import { isRunning } from './buildLock.js';
import { LexicalIndex, lexicalEntryFor } from './lexicalIndex.js';
import { TOKENIZER_VERSION } from '../text/terms.js';
import type { Passage } from '../chunking/passage.js';
import type { IndexInfo, IndexReader } from './indexReader.js';
import { FILES, INDEX_FORMAT_VERSION, type IndexedDocument, type IndexManifest, type LexicalFile } from './manifest.js';
import { lexicalProblem, manifestProblem } from './validateIndex.js';
import { VectorIndex } from './vectorIndex.js';

/** What a build reads of the previous index, beside the reader everyone else uses. */
export interface StoredIndex {
  /** `<dataDir>/index`, as users know it (the generation behind it is an implementation detail). */
  readonly dir: string;
  readonly manifest: IndexManifest;
  readonly lexical: LexicalIndex;
  /** false when lexical.json was written by an older tokenizer (its entries were remade in memory). */
  readonly lexicalSaved: boolean;
  /** null when the index was built lexical-only. */
  readonly vectors: VectorIndex | null;
}

/** The loaded index, as retrieval and answers see it. */
export type LoadedIndex = IndexReader;

class ManifestReader implements IndexReader {
  readonly dir: string;
  readonly info: IndexInfo;
  readonly documents: readonly IndexedDocument[];
  readonly lexical: LexicalIndex;
  readonly vectors: VectorIndex | null;
  private readonly all: readonly Passage[];
  private bySource: Map<string, number[]> | undefined;

  constructor(stored: StoredIndex) {
    const { manifest } = stored;
    this.dir = stored.dir;
    this.info = { builtAt: manifest.builtAt, model: manifest.model, hnsw: manifest.hnsw, tokenizerVersion: manifest.tokenizerVersion, chunking: manifest.chunking, corpusReadAt: manifest.corpusReadAt };
    this.documents = manifest.documents;
    this.all = manifest.passages;
    this.lexical = stored.lexical;
    this.vectors = stored.vectors;
  }

  get passageCount(): number {
    return this.all.length;
  }

  passage(label: number): Passage {
    return this.all[label]!;
  }

  labelsOf(source: string): readonly number[] {
    if (!this.bySource) {
      this.bySource = new Map();
      this.all.forEach((passage, label) => {
        const labels = this.bySource!.get(passage.source);
        if (labels) labels.push(label);
        else this.bySource!.set(passage.source, [label]);
      });
    }
    return this.bySource.get(source) ?? [];
  }

  passages(): readonly Passage[] {
    return this.all;
  }
}

export interface IndexContents {
  readonly manifest: IndexManifest;
  readonly lexical: LexicalFile;
  readonly vectors: VectorIndex | null;
  /** Extracted text of converted documents, by path under the index's `text/` folder. */
  readonly texts?: ReadonlyMap<string, string>;
}

const LINK = 'index';
const GENERATION_PREFIX = 'index-';
const BUILDING_PREFIX = '.building-';
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
  try {
    const manifest = JSON.parse(await readFile(path.join(dataDir, LINK, FILES.manifest), 'utf8')) as { corpusReadAt?: unknown };
    return typeof manifest.corpusReadAt === 'number' ? manifest.corpusReadAt : 0;
  } catch {
    return 0;
  }
}

/** hnswlib writes through a C++ stream that does not report a full disk: read the file back to be sure it is whole. */
async function checkVectorsWritten(file: string, contents: IndexContents, dataDir: string): Promise<void> {
  const vectors = contents.vectors!;
  let points = -1;
  try {
    const written = VectorIndex.read(file, vectors.dimension, contents.manifest.hnsw, vectors.labels);
    points = written.count + written.deleted;
  } catch {
    // counted as incomplete below
  }
  if (points === vectors.count + vectors.deleted) return;
  const space = await statfs(dataDir).catch(() => undefined);
  if (space && space.bavail * space.bsize < 1024 * 1024) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
  throw new Error(`${FILES.vectors} was written incompletely`);
}

async function writeFiles(building: string, dataDir: string, contents: IndexContents): Promise<IndexManifest> {
  let vectorsSha256: string | null = null;
  if (contents.vectors) {
    const vectorsFile = path.join(building, FILES.vectors);
    contents.vectors.write(vectorsFile);
    await checkVectorsWritten(vectorsFile, contents, dataDir);
    vectorsSha256 = sha256(await readFile(vectorsFile));
  }
  await writeJsonFile(path.join(building, FILES.lexical), contents.lexical);
  for (const [name, text] of contents.texts ?? []) {
    const file = path.join(building, FILES.texts, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  // The manifest goes last: a folder without one is never mistaken for a finished index.
  const manifest: IndexManifest = { ...contents.manifest, vectorsSha256 };
  await writeJsonFile(path.join(building, FILES.manifest), manifest);
  return manifest;
}

/**
 * Writes a new generation and makes it current. Call it holding the build lock (buildLock.ts).
 * A failed write (a full disk, above all) removes its half-written folder at once, so the space is
 * back for the next try, and leaves the current index as it was.
 */
export async function writeIndex(dataDir: string, contents: IndexContents): Promise<WriteResult> {
  const unique = uniqueName();
  const building = path.join(dataDir, buildingName('', unique));
  try {
    await mkdir(dataDir, { recursive: true });
    await mkdir(building);
    await writeFiles(building, dataDir, contents);
    // Under the lock this never happens; it guards against a build that ran without one (a lock
    // deleted by hand, a data folder shared between machines): the corpus read last wins.
    const installed = await readInstalledCorpusReadAt(dataDir);
    if ((contents.manifest.corpusReadAt ?? 0) < installed) {
      await rm(building, { recursive: true, force: true });
      return { generation: await realpath(indexPath(dataDir)), installed: false };
    }
    const generation = `${GENERATION_PREFIX}${unique}`;
    await rename(building, path.join(dataDir, generation));
    await pointLinkAt(dataDir, generation);
    await removeStaleGenerations(dataDir, generation);
    return { generation: path.join(dataDir, generation), installed: true };
  } catch (error) {
    await rm(building, { recursive: true, force: true }).catch(() => {});
    throw dataDirError(error, dataDir) ?? error;
  }
}

/**
 * `JSON.stringify(value)` in pieces of about a megabyte: an array at the top level goes out element
 * by element, so no string of the whole corpus is ever made (at 10k profiles that string and its
 * copies were gigabytes of the build's peak, and V8 caps a string near 512M characters).
 */
function* jsonPieces(value: object): Generator<string> {
  let pending = '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    pending += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(item)) {
      pending += JSON.stringify(item);
      continue;
    }
    pending += '[';
    for (let i = 0; i < item.length; i++) {
      pending += `${i > 0 ? ',' : ''}${JSON.stringify(item[i]) ?? 'null'}`;
      if (pending.length >= 1 << 20) {
        yield pending;
        pending = '';
      }
    }
    pending += ']';
  }
  yield `${pending}}`;
}

/** Writes `value` as JSON without holding it as one string (writeFile takes the pieces one by one). */
async function writeJsonFile(file: string, value: object): Promise<void> {
  await writeFile(file, jsonPieces(value));
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

export function indexExists(dataDir: string): boolean {
  return existsSync(path.join(indexPath(dataDir), FILES.manifest));
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

/** Reads `file` from the generation folder; errors name the index as the user knows it (`shownAs`). */
async function readJson(generation: string, file: string, shownAs: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path.join(generation, file), 'utf8');
  } catch (error) {
    throw corrupt(shownAs, readFault(file, error));
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw corrupt(shownAs, `${file} is not valid JSON`);
  }
}

function checkManifest(dir: string, manifest: unknown): IndexManifest {
  const version = (manifest as Partial<IndexManifest> | null)?.formatVersion;
  if (version !== INDEX_FORMAT_VERSION) throw corrupt(dir, `format version ${String(version)} is not ${INDEX_FORMAT_VERSION}`);
  const problem = manifestProblem(manifest);
  if (problem) throw corrupt(dir, `manifest.json: ${problem}`);
  return manifest as IndexManifest;
}

function checkLexical(dir: string, lexical: unknown, manifest: IndexManifest): LexicalFile {
  const problem = lexicalProblem(lexical, TOKENIZER_VERSION);
  if (problem) throw corrupt(dir, `lexical.json: ${problem}`);
  const file = lexical as LexicalFile;
  if (file.entries.length !== manifest.passages.length) {
    throw corrupt(dir, `lexical.json does not match the manifest (${file.entries.length} entries for ${manifest.passages.length} passages)`);
  }
  return file;
}

/** Loads the current index, or fails with INDEX_MISSING / INDEX_CORRUPT and what to run. */
export async function loadIndex(dataDir: string): Promise<LoadedIndex> {
  return new ManifestReader(await loadStored(dataDir));
}

/** The previous index with what a build reuses of it. */
export async function loadStored(dataDir: string): Promise<StoredIndex> {
  const link = indexPath(dataDir);
  if (!existsSync(path.join(link, FILES.manifest))) throw createError('INDEX_MISSING', link);
  // Resolve the link once: a rebuild may swap it mid-load, and every file must come from one generation.
  let generation: string;
  try {
    generation = await realpath(link);
  } catch (error) {
    throw corrupt(link, readFault('the index link', error));
  }
  const manifest = checkManifest(link, await readJson(generation, FILES.manifest, link));
  const lexicalFile = checkLexical(link, await readJson(generation, FILES.lexical, link), manifest);

  let vectors: VectorIndex | null = null;
  if (manifest.model) {
    const file = path.join(generation, FILES.vectors);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw corrupt(link, readFault(FILES.vectors, error));
    }
    if (sha256(bytes) !== manifest.vectorsSha256) throw corrupt(link, `${FILES.vectors} is damaged (checksum mismatch)`);
    try {
      vectors = VectorIndex.read(file, manifest.model.dimension, manifest.hnsw, manifest.vectorLabels ?? undefined);
    } catch (error) {
      throw corrupt(link, `${FILES.vectors} could not be read: ${firstLine(error)}`);
    }
    if (vectors.count !== manifest.passages.length) throw corrupt(link, `${FILES.vectors} does not match the manifest`);
  }
  // An index written by an older tokenizer still loads: its lexical entries are remade in memory
  // (milliseconds), so questions and passages are tokenised alike. `npm run embed` saves them.
  const lexicalSaved = lexicalFile.tokenizerVersion === TOKENIZER_VERSION;
  const entries = lexicalSaved ? lexicalFile.entries : manifest.passages.map((passage) => lexicalEntryFor(passage));
  return { dir: link, manifest, lexicalSaved, lexical: new LexicalIndex(entries), vectors };
}
