/**
 * The index header is written a piece at a time (so a 100k-profile header is never one string);
 * what lands on disk must be exactly what one `JSON.stringify` would have written.
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonInPieces } from '../src/index/store/manifest/jsonPieces.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-json-pieces-test-');

async function written(value: Record<string, unknown>): Promise<string> {
  const file = path.join(await temporaryDir(), 'out.json');
  const handle = await open(file, 'w');
  try {
    await writeJsonInPieces(handle, value);
  } finally {
    await handle.close();
  }
  return readFile(file, 'utf8');
}

describe('writing JSON in pieces', () => {
  it('writes long arrays element by element, byte for byte what JSON.stringify writes', async () => {
    // Enough documents that the writer flushes several times (pieces of about 1 MB).
    const documents = Array.from({ length: 30_000 }, (_, i) => ({
      source: `corpus/p${i}.md`,
      person: { id: `p${i}`, name: `Person «${i}»\n`, aliases: [] },
      passageCount: i % 7,
      facts: i % 3 ? undefined : { version: 1, lines: [i, i + 1] },
    }));
    const value = {
      formatVersion: 2,
      builtAt: '2026-01-01T00:00:00.000Z',
      skipped: undefined,
      model: null,
      documents,
      placement: documents.map((_, i) => [i % 3, i]),
      holes: [...Array.from({ length: 300 }, () => 1), undefined],
      vectorsSha256: null,
    };
    const text = await written(value);
    expect(text.length).toBeGreaterThan(2 * 2 ** 20);
    expect(text).toBe(JSON.stringify(value));
  });

  it('writes a small object as it is', async () => {
    const value = { a: 'x', b: [1, 2, 3], c: { d: true } };
    expect(await written(value)).toBe(JSON.stringify(value));
  });
});
