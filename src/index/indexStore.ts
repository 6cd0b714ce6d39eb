/**
 * Reading and writing index folders. `<dataDir>/index` is a symlink to one complete generation
 * folder; a rebuild writes a new generation beside it and swaps the link with rename(2), which is
 * atomic. A crash or Ctrl-C at any moment leaves the old link, and so the old index, in place; a
 * running bot re-reading `index/manifest.json` sees either the old or the new index, never half.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { lstat, mkdir, readFile, readdir, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../errors.js';
import { LexicalIndex, lexicalEntryFor } from '../retrieval/lexicalIndex.js';
import { TOKENIZER_VERSION } from '../retrieval/tokenize.js';
import { FILES, INDEX_FORMAT_VERSION, type IndexManifest, type LexicalFile } from './manifest.js';
import { VectorIndex } from './vectorIndex.js';

export interface LoadedIndex {
  /** `<dataDir>/index`, as users know it (the generation behind it is an implementation detail). */
  readonly dir: string;
  readonly manifest: IndexManifest;
  readonly lexical: LexicalIndex;
  /** false when lexical.json was written by an older tokenizer (its entries were remade in memory). */
  readonly lexicalSaved: boolean;
  /** null when the index was built lexical-only. */
  readonly vectors: VectorIndex | null;
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

/** Writes a new generation and makes it current. Returns the generation folder. */
export async function writeIndex(dataDir: string, contents: IndexContents): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const unique = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const building = path.join(dataDir, `${BUILDING_PREFIX}${unique}`);
  await mkdir(building);

  let vectorsSha256: string | null = null;
  if (contents.vectors) {
    const vectorsFile = path.join(building, FILES.vectors);
    contents.vectors.write(vectorsFile);
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

  const generation = `${GENERATION_PREFIX}${unique}`;
  await rename(building, path.join(dataDir, generation));
  await pointLinkAt(dataDir, generation);
  await removeStaleGenerations(dataDir, generation);
  return path.join(dataDir, generation);
}

/**
 * `JSON.stringify(value)` written piece by piece: an array at the top level goes out element by
 * element, so no string of the whole corpus is ever made (at 10k profiles that string and its
 * copies were gigabytes of the build's peak, and V8 caps a string near 512M characters).
 */
async function writeJsonFile(file: string, value: object): Promise<void> {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  let pending = '';
  const push = async (text: string) => {
    pending += text;
    if (pending.length < 1 << 20) return;
    const ok = out.write(pending);
    pending = '';
    if (!ok) await Promise.race([once(out, 'drain'), failed]);
  };
  await push('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    await push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(item)) {
      await push(JSON.stringify(item));
      continue;
    }
    await push('[');
    for (let i = 0; i < item.length; i++) await push(`${i > 0 ? ',' : ''}${JSON.stringify(item[i]) ?? 'null'}`);
    await push(']');
  }
  out.end(`${pending}}`);
  await Promise.race([once(out, 'finish'), failed]);
}

async function pointLinkAt(dataDir: string, generation: string): Promise<void> {
  const link = path.join(dataDir, LINK);
  const existing = await lstat(link).catch(() => undefined);
  if (existing?.isDirectory()) {
    // A plain folder (copied in by hand): keep it as an ordinary old generation.
    await rename(link, path.join(dataDir, `${GENERATION_PREFIX}moved-${Date.now().toString(36)}`));
  }
  const temporaryLink = path.join(dataDir, `${BUILDING_PREFIX}link-${randomBytes(3).toString('hex')}`);
  // Relative target, so the data folder can be moved or mounted elsewhere.
  await symlink(generation, temporaryLink, 'dir');
  await rename(temporaryLink, link);
}

/** Keeps the current and the previous generation (a bot may still be loading it); drops the rest and any interrupted builds. */
async function removeStaleGenerations(dataDir: string, current: string): Promise<void> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const generations = entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(GENERATION_PREFIX) && entry.name !== current)
    .map((entry) => entry.name)
    .sort();
  // A `.building-*` folder this young may be another `npm run embed` still writing: leave it be.
  const abandoned: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.name.startsWith(BUILDING_PREFIX))) {
    const info = await lstat(path.join(dataDir, entry.name)).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > ABANDONED_AFTER_MS) abandoned.push(entry.name);
  }
  const stale = [...generations.slice(0, -1), ...abandoned];
  await Promise.all(stale.map((name) => rm(path.join(dataDir, name), { recursive: true, force: true })));
}

export function indexExists(dataDir: string): boolean {
  return existsSync(path.join(indexPath(dataDir), FILES.manifest));
}

function corrupt(dir: string, why: string): Error {
  return createError('INDEX_CORRUPT', dir, why);
}

/** Reads `file` from the generation folder; errors name the index as the user knows it (`shownAs`). */
async function readJson<T>(generation: string, file: string, shownAs: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(path.join(generation, file), 'utf8');
  } catch {
    throw corrupt(shownAs, `${file} is missing`);
  }
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw corrupt(shownAs, `${file} is not valid JSON`);
  }
}

function checkManifest(dir: string, manifest: IndexManifest): void {
  if (manifest?.formatVersion !== INDEX_FORMAT_VERSION) {
    throw corrupt(dir, `format version ${String(manifest?.formatVersion)} is not ${INDEX_FORMAT_VERSION}`);
  }
  if (!Array.isArray(manifest.passages) || !Array.isArray(manifest.documents)) {
    throw corrupt(dir, 'manifest.json lacks its passages or documents');
  }
}

/** Loads the current index, or fails with INDEX_MISSING / INDEX_CORRUPT and what to run. */
export async function loadIndex(dataDir: string): Promise<LoadedIndex> {
  const link = indexPath(dataDir);
  if (!existsSync(path.join(link, FILES.manifest))) throw createError('INDEX_MISSING', link);
  // Resolve the link once: a rebuild may swap it mid-load, and every file must come from one generation.
  const generation = await realpath(link);
  const manifest = await readJson<IndexManifest>(generation, FILES.manifest, link);
  checkManifest(link, manifest);
  const lexicalFile = await readJson<LexicalFile>(generation, FILES.lexical, link);
  if (!Array.isArray(lexicalFile?.entries) || lexicalFile.entries.length !== manifest.passages.length) {
    throw corrupt(link, 'lexical.json does not match the manifest');
  }

  let vectors: VectorIndex | null = null;
  if (manifest.model) {
    const file = path.join(generation, FILES.vectors);
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) throw corrupt(link, `${FILES.vectors} is missing`);
    if (sha256(bytes) !== manifest.vectorsSha256) throw corrupt(link, `${FILES.vectors} is damaged (checksum mismatch)`);
    try {
      vectors = VectorIndex.read(file, manifest.model.dimension, manifest.hnsw, manifest.vectorLabels ?? undefined);
    } catch (error) {
      throw corrupt(link, `${FILES.vectors} could not be read: ${(error as Error).message}`);
    }
    if (vectors.count !== manifest.passages.length) throw corrupt(link, `${FILES.vectors} does not match the manifest`);
  }
  // An index written by an older tokenizer still loads: its lexical entries are remade in memory
  // (milliseconds), so questions and passages are tokenised alike. `npm run embed` saves them.
  const lexicalSaved = lexicalFile.tokenizerVersion === TOKENIZER_VERSION;
  const entries = lexicalSaved ? lexicalFile.entries : manifest.passages.map((passage) => lexicalEntryFor(passage));
  return { dir: link, manifest, lexicalSaved, lexical: new LexicalIndex(entries), vectors };
}
