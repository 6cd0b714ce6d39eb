/**
 * Line files (facts.jsonl, role-terms.jsonl): a line per document deflated in blocks of whole lines,
 * so that an edit copies the blocks it does not change and deflates only the one holding its line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SegmentProblem } from '../src/index/store/segment/format.js';
import {
  LINE_BLOCK,
  LineFileReader,
  writeLineFile,
  type LineFileRecord,
  type LineSource,
} from '../src/index/store/manifest/lineFile.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-line-file-test-');

/** Lines of varied length and little repetition, so that several blocks are needed. */
function lines(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 7 === 3 ? '' : JSON.stringify({ person: i, words: Array.from({ length: 40 + (i % 13) }, (_, k) => i * k) }),
  );
}

/** Each block's deflated bytes as stored. */
function blocksOf(bytes: Buffer, record: LineFileRecord): string[] {
  return record.blockCrcs.map((_, b) =>
    bytes.subarray(record.blockStarts[b]!, record.blockStarts[b + 1]!).toString('base64'),
  );
}

async function written(dir: string, name: string, source: readonly LineSource[], previous?: LineFileReader) {
  const file = path.join(dir, name);
  const record = await writeLineFile(file, source, previous);
  return { file, record, bytes: await readFile(file) };
}

describe('a line file', () => {
  it('gives back every line, empty ones included, in blocks that each end at a line', async () => {
    const dir = await temporaryDir();
    const text = lines(3000);
    const { file, record } = await written(dir, 'a.jsonl', text);
    expect(record.blockCrcs.length).toBeGreaterThan(3);
    const reader = LineFileReader.open(file, record);
    expect(reader.lines().map((line) => line.toString())).toEqual(text);
    expect(reader.line(1234).toString()).toBe(text[1234]);
    // Every block but the last holds at least LINE_BLOCK bytes of whole lines.
    const rawStart = (line: number) => (line === 0 ? 0 : record.lineEnds[line - 1]! + 1);
    for (let b = 0; b + 2 < record.blockLines.length; b++)
      expect(rawStart(record.blockLines[b + 1]!) - rawStart(record.blockLines[b]!)).toBeGreaterThanOrEqual(LINE_BLOCK);
    reader.close();
  });

  it('copies the blocks an edit of one line leaves alone, byte for byte, and reads as one written afresh', async () => {
    const dir = await temporaryDir();
    const text = lines(3000);
    const before = await written(dir, 'before.jsonl', text);
    const previous = LineFileReader.open(before.file, before.record);
    const edited = 1500;
    const after: LineSource[] = text.map((_, i) => (i === edited ? '{"person":"edited"}' : { previous: i }));
    const next = await written(dir, 'after.jsonl', after, previous);
    previous.close();

    const expected = text.map((line, i) => (i === edited ? '{"person":"edited"}' : line));
    const reader = LineFileReader.open(next.file, next.record);
    expect(reader.lines().map((line) => line.toString())).toEqual(expected);
    reader.close();
    const old = blocksOf(before.bytes, before.record);
    const now = blocksOf(next.bytes, next.record);
    const changed = now.filter((block) => !old.includes(block));
    // Only the block holding the edited line (which may seal into the next) is new.
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(now.length - changed.length).toBeGreaterThanOrEqual(old.length - 2);
  });

  it('writes removed and added lines around the copied blocks, in the order given', async () => {
    const dir = await temporaryDir();
    const text = lines(2000);
    const before = await written(dir, 'before.jsonl', text);
    const previous = LineFileReader.open(before.file, before.record);
    const after: LineSource[] = [
      'first, new',
      ...text.flatMap((_, i): LineSource[] => (i === 10 ? [] : [{ previous: i }])),
      Buffer.from('last, new'),
    ];
    const next = await written(dir, 'after.jsonl', after, previous);
    previous.close();
    const reader = LineFileReader.open(next.file, next.record);
    expect(reader.lines().map((line) => line.toString())).toEqual([
      'first, new',
      ...text.filter((_, i) => i !== 10),
      'last, new',
    ]);
    reader.close();
  });

  it('refuses a block with a byte flipped when that block is read, and the file when read whole', async () => {
    const dir = await temporaryDir();
    const text = lines(3000);
    const { file, record, bytes } = await written(dir, 'a.jsonl', text);
    const second = record.blockStarts[1]!;
    bytes[second + 5] = bytes[second + 5]! ^ 0x10;
    await writeFile(file, bytes);
    const reader = LineFileReader.open(file, record);
    expect(reader.line(0).toString()).toBe(text[0]);
    expect(() => reader.line(record.blockLines[1]!)).toThrow(/checksum mismatch in block 1/);
    expect(() => reader.lines()).toThrow(SegmentProblem);
    reader.close();
  });

  it('refuses a file whose size or record does not fit', async () => {
    const dir = await temporaryDir();
    const { file, record, bytes } = await written(dir, 'a.jsonl', lines(500));
    expect(() => LineFileReader.open(file, { ...record, blockLines: [...record.blockLines].reverse() })).toThrow(
      /does not fit/,
    );
    await writeFile(file, bytes.subarray(0, bytes.length - 1));
    expect(() => LineFileReader.open(file, record)).toThrow(/cut short or replaced/);
  });
});
