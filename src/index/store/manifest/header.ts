/** `index.json`, the header of a generation (shape in manifest.ts): its writer and its reader. */
import { open, readFile } from 'node:fs/promises';
import { createError } from '../../../errors.js';
import { corrupt } from '../files.js';
import { writeJsonInPieces } from './jsonPieces.js';
import { FILES, INDEX_FORMAT_VERSION, type IndexHeader } from './manifest.js';
import { headerProblem } from './validateIndex.js';

/** Writes the header into `file` (the writer puts `corpusReadAt` among the first fields: see readCorpusReadAt). */
export async function writeHeader(file: string, header: IndexHeader): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await writeJsonInPieces(handle, header as unknown as Record<string, unknown>);
  } finally {
    await handle.close();
  }
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
