/**
 * DOCX → Markdown-like lines through mammoth (Word's headings, lists and tables as HTML; text in
 * tables and text boxes included, each once), then the HTML reader's free layout: a line per
 * paragraph, `#` headings, `- ` bullets, a table row per line. The page header's lines go first
 * and the footer's last (docxHeaders.ts), where a template keeps the name and contact details.
 */
import { DEFAULT_READ_LIMITS } from '../isolation/readLimits.js';
import { headerFooterLines } from './docxHeaders.js';
import { glossaryTexts, readableWordXml, styleNumbering } from './docxMarkup.js';
import { htmlToLines } from './html.js';
import { checkZipInflatedSize } from './inflateBudget.js';
import { nameHintFrom } from './nameHint.js';
import type { ReadOutcome } from './types.js';
import { entryText, withEntries, zipEntries } from './zipDirectory.js';

/** Word's own Title/Subtitle styles carry the document's title line, often the owner's name. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p.doc-subtitle:fresh"];

/** An OLE compound file: an encrypted (password-protected) DOCX, or an old binary .doc renamed. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** The placeholder texts of the document's glossary (word/glossary/document.xml), if it has one. */
function docxPlaceholders(bytes: Uint8Array): Set<string> {
  const glossary = zipEntries(bytes).find((entry) => /^word\/glossary\/document\.xml$/.test(entry.name));
  const xml = glossary && entryText(bytes, glossary, 4 * 1024 * 1024);
  return xml ? glossaryTexts(xml) : new Set();
}

/**
 * The DOCX with its main document's markup rewritten where mammoth would miss text (docxMarkup.ts);
 * the bytes as they are when nothing changes or the archive can't be written again.
 */
function readableDocx(bytes: Uint8Array, inflatedMb: number, placeholders: ReadonlySet<string>): Uint8Array {
  const entries = zipEntries(bytes);
  const rels = entries.find((entry) => entry.name === '_rels/.rels');
  const target =
    rels &&
    /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
      entryText(bytes, rels, 1024 * 1024) ?? '',
    );
  const name = target?.[1] ?? target?.[2] ?? 'word/document.xml';
  const main = entries.find((entry) => entry.name === name);
  const xml = main && entryText(bytes, main, inflatedMb * 1024 * 1024);
  if (!xml) return bytes;
  const styles = entries.find((entry) => entry.name === name.replace(/[^/]*$/, 'styles.xml'));
  const stylesXml = styles && entryText(bytes, styles, inflatedMb * 1024 * 1024);
  try {
    const readable = readableWordXml(xml, stylesXml ? styleNumbering(stylesXml) : undefined, placeholders);
    return readable === xml ? bytes : (withEntries(bytes, new Map([[name, readable]])) ?? bytes);
  } catch {
    // Markup too odd to rewrite: mammoth reads the document as it is.
    return bytes;
  }
}

/** `inflatedMb`: what the DOCX's zip entries may inflate to in total (see inflateBudget.ts). */
export async function readDocx(bytes: Uint8Array, inflatedMb = DEFAULT_READ_LIMITS.inflatedMb): Promise<ReadOutcome> {
  if (isCompoundFile(bytes))
    return { kind: 'skipped', reason: 'password-protected DOCX (or an old .doc file renamed)' };
  checkZipInflatedSize(bytes, inflatedMb);
  // Imported on first use: a corpus without DOCX files never loads it.
  const { default: mammoth } = await import('mammoth');
  const placeholders = docxPlaceholders(bytes);
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml(
        { buffer: Buffer.from(readableDocx(bytes, inflatedMb, placeholders)) },
        { styleMap: STYLE_MAP, includeDefaultStyleMap: true },
      )
    ).value;
  } catch (error) {
    return { kind: 'skipped', reason: `not a readable DOCX (${(error as Error).message.split('\n')[0]})` };
  }
  const body = htmlToLines(html, false, { docx: true });
  const { titles } = body;
  const { header, footer } = headerFooterLines(bytes, placeholders);
  // A line the body has already is not said twice (a template may repeat the name in both).
  const own = new Set(body.lines.map((line) => line.replace(/^(?:#+|-)\s+/, '').trim()));
  const extra = (part: readonly string[]) => part.filter((line) => !own.has(line));
  const top = extra(header);
  const bottom = extra(footer);
  const lines = [...top, ...(top.length ? [''] : []), ...body.lines, ...(bottom.length ? ['', ...bottom] : [])];
  if (body.lines.length === 0 && top.length + bottom.length === 0)
    return { kind: 'skipped', reason: 'no text in the DOCX' };
  // The title line: a Title-styled paragraph, else the first heading, else one of the first lines.
  // The page header stands above the body; where the body repeats a header line ("Jane Q Doe" /
  // "Jane Q. Doe"), the body's spelling is the one typed with care.
  const bare = (line: string) =>
    line
      .replace(/^#+ /, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .toLowerCase();
  const bodyFirst = body.lines.slice(0, 3).map((line) => line.replace(/^#+ /, ''));
  const headerFirst = top.slice(0, 3).map((line) => bodyFirst.find((b) => bare(b) === bare(line)) ?? line);
  const first = [...headerFirst, ...bodyFirst];
  const nameHint = nameHintFrom([titles.docTitle?.split('\n')[0], titles.h1?.split('\n')[0], ...first]);
  return { kind: 'read', text: { format: 'docx', lines, converted: true, ...(nameHint ? { nameHint } : {}) } };
}
