/** `index.json`, the header of a generation (shape in manifest.ts), and `builds.json` beside it: writer and reader. */
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { FileStamp } from '../../../corpus/document.js';
import { createError } from '../../../errors.js';
import { checkRecorded, corrupt, readIn } from '../files.js';
import { writeJsonInPieces } from './jsonPieces.js';
import { FILES, INDEX_FORMAT_VERSION, type BuiltDocument, type DocumentBuild, type IndexHeader } from './manifest.js';
import { buildsProblem, headerProblem, type BuildColumns } from './validateIndex.js';

/** A header as a build writes it: its documents with what only builds read of them. */
export type BuiltHeader = Omit<IndexHeader, 'documents' | 'builds'> & { readonly documents: readonly BuiltDocument[] };

/**
 * Writes `builds.json` and then the header (`index.json`) into the generation `folder` (the writer
 * puts `corpusReadAt` among the first fields: see readCorpusReadAt).
 */
export async function writeHeader(folder: string, built: BuiltHeader): Promise<void> {
  const documents = built.documents.map(({ contentHash: _hash, fingerprint: _print, stamp: _stamp, ...doc }) => doc);
  const builds = Buffer.from(
    JSON.stringify({
      contentHash: built.documents.map((doc) => doc.contentHash),
      fingerprint: built.documents.map((doc) => doc.fingerprint),
      stamp: built.documents.map(({ stamp }) => (stamp ? [stamp.size, stamp.mtime, stamp.ctime, stamp.ino] : null)),
    }),
  );
  await writeFile(path.join(folder, FILES.builds), builds);
  const header: IndexHeader = { ...built, documents, builds: { bytes: builds.length, crc32: crc32(builds) } };
  const handle = await open(path.join(folder, FILES.header), 'w');
  try {
    await writeJsonInPieces(handle, header as unknown as Record<string, unknown>);
  } finally {
    await handle.close();
  }
}

/** Each document's DocumentBuild from `builds.json`, checked against the header; INDEX_CORRUPT naming it otherwise. */
export async function readBuilds(generation: string, header: IndexHeader, shownAs: string): Promise<DocumentBuild[]> {
  const bytes = await readIn(generation, FILES.builds, shownAs);
  checkRecorded(bytes, header.builds, FILES.builds, shownAs);
  let columns: unknown;
  try {
    columns = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw corrupt(shownAs, `${FILES.builds} is not valid JSON`);
  }
  const problem = buildsProblem(columns, header.documents.length);
  if (problem) throw corrupt(shownAs, `${FILES.builds}: ${problem}`);
  const { contentHash, fingerprint, stamp } = columns as BuildColumns;
  return contentHash.map((hash, d) => {
    const stamped = stamp[d];
    const [size, mtime, ctime, ino] = stamped ?? [];
    return {
      contentHash: hash,
      fingerprint: fingerprint[d]!,
      ...(stamped ? { stamp: { size: size!, mtime: mtime!, ctime: ctime!, ino: ino! } as FileStamp } : {}),
    };
  });
}

/** The header in `bytes`, checked; INDEX_OLD_FORMAT / INDEX_CORRUPT naming `link` otherwise. */
export function parseHeaderBytes(bytes: Buffer, link: string): IndexHeader {
  let header: unknown;
  try {
    header = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw corrupt(link, `${FILES.header} is not valid JSON`);
    throw error;
  }
  const version = (header as Partial<IndexHeader> | null)?.formatVersion;
  // An older format is read by no code of this version: `npm run embed` rebuilds it in full.
  if (typeof version === 'number' && Number.isInteger(version) && version >= 2 && version < INDEX_FORMAT_VERSION)
    throw createError('INDEX_OLD_FORMAT', link, `format ${version}`);
  if (version !== INDEX_FORMAT_VERSION)
    throw corrupt(link, `format version ${String(version)} is not ${INDEX_FORMAT_VERSION}`);
  const problem = headerProblem(header);
  if (problem) throw corrupt(link, `${FILES.header}: ${problem}`);
  return header as IndexHeader;
}

/** When the build of the header in `file` read its corpus (0 for a header from before this was recorded, or none). */
export async function readCorpusReadAt(file: string): Promise<number> {
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
