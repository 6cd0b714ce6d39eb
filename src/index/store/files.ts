/** What every reader of a generation's files shares: one way to read a file and to name why it could not be. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, link, readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { createError, systemCode } from '../../errors.js';
import { noteDamage } from './generation/damage.js';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!;
}

/** INDEX_CORRUPT for the index users know as `dir`, saying why. */
export function corrupt(dir: string, why: string): Error {
  noteDamage(dir, why);
  return createError('INDEX_CORRUPT', dir, why);
}

const READ_FAULTS: Record<string, string> = {
  ENOENT: 'is missing',
  EACCES: 'is not readable (permission denied)',
  EPERM: 'is not readable (operation not permitted)',
  EISDIR: 'is a folder',
};

/** Why `file` could not be read, in a few words. */
export function readFault(file: string, error: unknown): string {
  const code = systemCode(error);
  return `${file} ${(code && READ_FAULTS[code]) ?? `could not be read (${code ?? 'unknown error'})`}`;
}

export async function readIn(generation: string, file: string, shownAs: string): Promise<Buffer> {
  try {
    return await readFile(path.join(generation, file));
  } catch (error) {
    throw corrupt(shownAs, readFault(file, error));
  }
}

/** `readIn` for readers that run inside a synchronous lookup (a first question's tables). */
export function readInSync(generation: string, file: string, shownAs: string): Buffer {
  try {
    return readFileSync(path.join(generation, file));
  } catch (error) {
    throw corrupt(shownAs, readFault(file, error));
  }
}

/** Throws INDEX_CORRUPT unless `bytes` have the size and CRC-32 the header recorded for `file`. */
export function checkRecorded(
  bytes: Buffer,
  record: { readonly bytes: number; readonly crc32: number },
  file: string,
  shownAs: string,
): void {
  if (bytes.length !== record.bytes || crc32(bytes) !== record.crc32)
    throw corrupt(shownAs, `${file} does not match its checksum`);
}

/** A hard link: an immutable file of one generation kept by the next without copying its bytes. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch((error: unknown) => {
    // A file system without hard links (some network mounts): copy instead.
    if (['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP'].includes(systemCode(error) ?? '')) return copyFile(from, to);
    throw error;
  });
}
