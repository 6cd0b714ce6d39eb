/**
 * A Word document's page header and footer (word/header*.xml, word/footer*.xml): many templates set
 * the person's name, phone and e-mail there, and mammoth reads only the body. Their paragraphs are
 * read here from the ZIP directly: the header's lines go before the body's, the footer's after,
 * each line once (a first-page and a default header often repeat each other) and never a bare page
 * number.
 */
import { readableWordXml } from './docxMarkup.js';
import { entryText, zipEntries } from './zipDirectory.js';

/** Header and footer parts are small: a part declaring more is not read. */
const MAX_PART_BYTES = 1024 * 1024;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec, hex, name) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : (ENTITIES[name] ?? all),
  );

/**
 * The lines of a header or footer part: a paragraph each, a line break starting a new one; fields
 * set apart by a tab (at a tab stop or flush right) are parted by ` | `, as the body's are.
 */
function paragraphs(xml: string): string[] {
  return xml.split(/<\/w:p>/).flatMap((paragraph) => {
    const lines: string[][] = [[]];
    for (const m of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)) {
      if (m[2] === 'br') lines.push([]);
      else if (m[2] === 'tab') lines.at(-1)!.push('\t');
      else lines.at(-1)!.push(decodeXml(m[1]!));
    }
    return (
      lines
        .map((parts) =>
          parts
            .join('')
            .split(/[ \u00a0]*\t[\t \u00a0]*/)
            .map((field) => field.trim())
            .filter(Boolean)
            .join(' | '),
        )
        // A page number ("3", "2 / 5") is no content; a phone number alone on its line is.
        .filter((text) => /\p{L}/u.test(text) || (text.match(/\d/g)?.length ?? 0) >= 6)
    );
  });
}

/** The lines of the document's headers and footers, each once. */
export function headerFooterLines(
  bytes: Uint8Array,
  placeholders: ReadonlySet<string> = new Set(),
): { header: string[]; footer: string[] } {
  const header: string[] = [];
  const footer: string[] = [];
  const seen = new Set<string>();
  const parts = zipEntries(bytes)
    .filter((entry) => /^word\/(?:header|footer)\d*\.xml$/.test(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const entry of parts) {
    const xml = entryText(bytes, entry, MAX_PART_BYTES);
    if (!xml) continue;
    for (const line of paragraphs(readableWordXml(xml, undefined, placeholders))) {
      if (seen.has(line)) continue;
      seen.add(line);
      (entry.name.includes('header') ? header : footer).push(line);
    }
  }
  return { header, footer };
}
