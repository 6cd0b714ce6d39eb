/**
 * A Word document's page header and footer (word/header*.xml, word/footer*.xml): many templates set
 * the person's name, phone and e-mail there, and mammoth reads only the body. Their paragraphs are
 * read here from the ZIP directly: the header's lines go before the body's, the footer's after,
 * each line once (a first-page and a default header often repeat each other) and never a bare page
 * number.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { type ZipEntry, zipEntries } from './zipDirectory.js';

/** Header and footer parts are small: a part declaring more is not read. */
const MAX_PART_BYTES = 1024 * 1024;

function contentOf(bytes: Uint8Array, entry: ZipEntry): string | undefined {
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
  const parts = zipEntries(bytes)
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
