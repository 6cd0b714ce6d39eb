/**
 * Writes an object as JSON, byte for byte what `JSON.stringify` gives, but with its long arrays
 * written a piece at a time: the index header lists every document (tens of MB for a large
 * corpus), and one string of it, next to the records it is made from, can run a build out of memory.
 */
import type { FileHandle } from 'node:fs/promises';

/** Arrays longer than this are written element by element. */
const LONG = 256;
/** Bytes gathered before each write. */
const PIECE = 1 << 20;

class Pieces {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly handle: FileHandle) {}

  async add(text: string): Promise<void> {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= PIECE) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    // writeFile, unlike write, writes all of it or fails (a full disk).
    await this.handle.writeFile(text);
  }
}

/** JSON.stringify's rule for a value it can't write: dropped from an object, `null` in an array. */
const writable = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

export async function writeJsonInPieces(handle: FileHandle, value: Readonly<Record<string, unknown>>): Promise<void> {
  const out = new Pieces(handle);
  let first = true;
  await out.add('{');
  for (const [key, field] of Object.entries(value)) {
    if (!writable(field)) continue;
    await out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(field) && field.length > LONG) {
      await out.add('[');
      // LONG elements per call: one JSON.stringify per element would cost much of an edit's build.
      // Within an array, JSON.stringify writes what it can't write as `null`, as here.
      for (let i = 0; i < field.length; i += LONG) {
        const slice = JSON.stringify(field.slice(i, i + LONG));
        await out.add(`${i === 0 ? '' : ','}${slice.slice(1, -1)}`);
      }
      await out.add(']');
    } else {
      await out.add(JSON.stringify(field));
    }
  }
  await out.add('}');
  await out.flush();
}
