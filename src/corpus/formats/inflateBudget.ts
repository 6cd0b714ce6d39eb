/**
 * How much a compressed file would inflate to, checked before a library inflates it: a 1 MB file
 * can hold gigabytes of zeros (a "zip bomb"), and neither mammoth nor pdfjs caps what it inflates.
 * The memory limit of the reading thread would stop such a file too, but only after it has used
 * that memory; this names the cause and costs almost nothing.
 */
import { inflateSync, constants } from 'node:zlib';
import { LimitExceeded } from '../isolation/readLimits.js';
import { zipEntries } from './zipDirectory.js';

const MB = 1024 * 1024;

function tooLarge(kind: string, limitMb: number): LimitExceeded {
  return new LimitExceeded(`${kind} inflates to more than ${limitMb} MB (limit READ_INFLATED_MB)`);
}

/**
 * Sums the uncompressed sizes a ZIP's central directory declares (a DOCX is a ZIP) and throws past
 * the limit. A file whose directory can't be found is left to the reader, which says it's damaged;
 * a directory that understates a size is caught by JSZip's own size check, after the memory limit.
 */
export function checkZipInflatedSize(bytes: Uint8Array, limitMb: number): void {
  let total = 0;
  for (const { size } of zipEntries(bytes)) {
    // 0xFFFFFFFF: the size is in a ZIP64 field, 4 GB or more; no CV needs that.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    if (total > limitMb * MB) throw tooLarge('the DOCX', limitMb);
  }
}

/**
 * Inflates each Flate-compressed stream of a PDF (`stream` … `endstream`), stopping as soon as the
 * total passes the limit. Streams that are not zlib data (images, other filters) fail at once and
 * count for nothing; pdfjs reads them as usual afterwards.
 */
export function checkPdfInflatedSize(bytes: Uint8Array, limitMb: number): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = limitMb * MB;
  for (let at = buffer.indexOf('stream'); at !== -1; at = buffer.indexOf('stream', at)) {
    let start = at + 'stream'.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] !== 0x0a) {
      at = start;
      continue;
    }
    start++;
    const end = buffer.indexOf('endstream', start);
    const data = buffer.subarray(start, end === -1 ? buffer.length : end);
    at = end === -1 ? buffer.length : end + 'endstream'.length;
    // A zlib header: CM 8 (deflate) in the low nibble, and the first two bytes a multiple of 31.
    if (data.length < 2 || (data[0]! & 0x0f) !== 8 || ((data[0]! << 8) | data[1]!) % 31 !== 0) continue;
    try {
      left -= inflateSync(data, { maxOutputLength: left + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('the PDF', limitMb);
      // Damaged data: pdfjs decides what to make of it.
    }
    if (left < 0) throw tooLarge('the PDF', limitMb);
  }
}
