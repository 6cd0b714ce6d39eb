/**
 * A Word document's page header and footer (word/header*.xml, word/footer*.xml): many templates set
 * the person's name, phone and e-mail there, and mammoth reads only the body. Their paragraphs are
 * read here from the ZIP directly: the header's lines go before the body's, the footer's after,
 * each line once (a first-page and a default header often repeat each other) and never a bare page
 * number.
 */
import { constants, inflateRawSync } from 'node:zlib';

/** Header and footer parts are small: a part declaring more is not read. */
const MAX_PART_BYTES = 1024 * 1024;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** The ZIP's entries, from its central directory; none when the directory can't be found. */
function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end === -1) return [];
  const found: Entry[] = [];
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
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

function contentOf(bytes: Uint8Array, entry: Entry): string | undefined {
  if (entry.size > MAX_PART_BYTES || entry.localOffset + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.localOffset, true) !== 0x04034b50) return undefined;
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return Buffer.from(data).toString('utf8');
    if (entry.method === 8)
      return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES, finishFlush: constants.Z_SYNC_FLUSH }).toString(
        'utf8',
      );
  } catch {
    // A damaged part: the body is read without it.
  }
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec, hex, name) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : (ENTITIES[name] ?? all),
  );

/** The paragraphs of a header or footer part, a tab as a wide gap. */
function paragraphs(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      decodeXml(
        [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
          .map((m) => (m[2] ? '   ' : m[1]!))
          .join(''),
      )
        .replace(/\s+$/, '')
        .trim(),
    )
    .filter((text) => /\p{L}/u.test(text));
}

/** The lines of the document's headers and footers, each once. */
export function headerFooterLines(bytes: Uint8Array): { header: string[]; footer: string[] } {
  const header: string[] = [];
  const footer: string[] = [];
  const seen = new Set<string>();
  const parts = entries(bytes)
    .filter((entry) => /^word\/(?:header|footer)\d*\.xml$/.test(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const entry of parts) {
    const xml = contentOf(bytes, entry);
    if (!xml) continue;
    for (const line of paragraphs(xml)) {
      if (seen.has(line)) continue;
      seen.add(line);
      (entry.name.includes('header') ? header : footer).push(line);
    }
  }
  return { header, footer };
}
