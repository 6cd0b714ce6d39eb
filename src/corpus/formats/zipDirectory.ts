/**
 * A ZIP's central directory (a DOCX is a ZIP), read from the bytes without inflating anything: the
 * inflate budget sums the sizes it declares, and the DOCX readers find their parts in it, read one
 * (`entryText`) and write the archive again with a part replaced (`withEntries`).
 */
import { constants, crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As declared; 0xFFFFFFFF means the size is in a ZIP64 field. */
  readonly size: number;
  readonly localOffset: number;
  readonly crc: number;
}

/**
 * The entries the central directory lists, in its order, up to the first damaged record; none when
 * the end-of-central-directory record (22 bytes, then a comment of up to 65,535) can't be found.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end === -1) return [];
  const found: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true) && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    found.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      crc: view.getUint32(at + 16, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

/** Where an entry's data starts, from its local header; undefined when the header is not there. */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number | undefined {
  if (entry.localOffset + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.localOffset, true) !== 0x04034b50) return undefined;
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  return start + entry.compressedSize <= bytes.length ? start : undefined;
}

/** An entry's text (UTF-8), inflated up to `maxBytes`; undefined when it is larger, damaged or not there. */
export function entryText(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): string | undefined {
  if (entry.size > maxBytes) return undefined;
  const start = dataStart(bytes, entry);
  if (start === undefined) return undefined;
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return Buffer.from(data).toString('utf8');
    if (entry.method === 8)
      return inflateRawSync(data, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  } catch {
    // A damaged part: read as missing.
  }
  return undefined;
}

/**
 * The archive again with the entries named in `replaced` holding new text (stored, uncompressed);
 * every other entry's compressed data is copied as it is. Undefined when an entry can't be copied
 * (a ZIP64 size, a missing local header): the caller keeps the original.
 */
export function withEntries(bytes: Uint8Array, replaced: ReadonlyMap<string, string>): Buffer | undefined {
  const entries = zipEntries(bytes);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const text = replaced.get(entry.name);
    let data: Uint8Array;
    let method = entry.method;
    let crc = entry.crc;
    let size = entry.size;
    if (text !== undefined) {
      data = Buffer.from(text, 'utf8');
      method = 0;
      crc = crc32(data);
      size = data.length;
    } else {
      const start = dataStart(bytes, entry);
      if (start === undefined || entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return undefined;
      data = bytes.subarray(start, start + entry.compressedSize);
    }
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
