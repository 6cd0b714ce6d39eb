/**
 * A document's lines as the profile readers see them: markup taken off (Markdown markers and
 * links, HTML tags, LaTeX commands, icon glyphs), whitespace collapsed, the line number kept.
 */
import { formRow, wrappedLabel } from './formRows.js';
import { imagesAsWords, itemsOnlyLine } from './markupItems.js';
import { sectionOfHeading } from '../text/sectionHeadings.js';
import type { ProfileLine } from './types.js';

/**
 * Private-use icon glyphs (Font Awesome in PDFs), emoji before a heading ("💼 Experience") and
 * stray bullets carry no words. ©, ® and ™ are words of a footer or a name, and ▪ ⚫ ⚪ bullets or
 * levels, so they stay.
 */
const ICONS = /[\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}]|\u{FE0F}|\u{200D}|(?![©®™▪⚫⚪])\p{Extended_Pictographic}/gu;

/**
 * Where HTML breaks a line, a table row into cells, or ends one block and starts the next on the
 * same line (al-folio's `<h6>Research Scientist</h6><h6>Haldane Lab</h6>`), the parts stand apart
 * as " | " does.
 */
const HTML_BREAK = new RegExp(
  String.raw`(?<=[\p{L}\p{N}.)][^<>]*(?:<[^>]*>\s*)*)` +
    String.raw`(?:<br\s*\/?>|<\/t[dh]>\s*<t[dh]\b[^>]*>|<\/(?:h[1-6]|p|div|dt|dd)>\s*<(?:h[1-6]|p|div|dt|dd)\b[^>]*>)` +
    String.raw`(?=(?:\s*<[^>]*>)*\s*[^\s<])`,
  'giu',
);

/** `<li>Go</li><li>Rust</li>` on one line: items of a list. */
const LIST_ITEM_BREAK = /<\/li>\s*<li\b[^>]*>/giu;

/** Markup that separates items or holds words, made text before tags are dropped. */
function markupItems(raw: string): string {
  const items = itemsOnlyLine(raw);
  if (items !== undefined) return items;
  if (!raw.includes('<') && !raw.includes('![')) return raw;
  return imagesAsWords(raw).replace(LIST_ITEM_BREAK, ' · ').replace(HTML_BREAK, ' | ');
}

const ASCII = /^[\x00-\x7f]*$/;
/** A `*` or `_` of emphasis at a word's edge. */
const EMPHASIS_MARK = /(?<=\s|^)[*_](?=\S)|(?<=\S)[*_](?=[\s,;:)]|$)/g;

export function cleanText(raw: string): string {
  const items = markupItems(raw);
  // Every icon is outside ASCII: most lines skip the pattern (and the emphasis one when they hold no * or _).
  let text = ASCII.test(items) ? items : items.replace(ICONS, ' ');
  // No step below adds a character but a space: a pattern whose mark the line lacks is skipped, and
  // most lines hold no tag, link, LaTeX command or brace (the patterns anchored at the end scan every position).
  if (text.includes('<')) text = text.replace(/<[^>]{0,200}>/g, ' ');
  if (text.includes('[')) text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const latex = text.includes('\\');
  if (latex)
    text = text
      .replace(/\\(?:textbf|textit|emph|underline|href\{[^}]*\}|url)\s*\{([^}]*)\}/g, '$1')
      .replace(/\\[a-zA-Z]+\*?/g, ' ');
  // "### Experience {#experience}", "{: .note}": Pandoc's and kramdown's attributes after a heading or block.
  if (text.includes('{')) text = text.replace(/\s*\{[#.:][^{}]{0,80}\}\s*$/, '');
  if (text.includes('{') || text.includes('}')) text = text.replace(/[{}]/g, ' ');
  text = text
    .replace(/^\s*(?:#{1,6}\s+|>\s*)/, '')
    // A Pandoc definition (": text") and a Markdown hard break (a trailing backslash) are markup.
    .replace(/^\s*:\s+/, '');
  if (latex) text = text.replace(/\s*\\+\s*$/, '');
  text = text
    .replace(/^\s*(?:[-*+•·▪◦●■►–]\s+)+/, '')
    // "1. 2012 – date: Consultant…": an ordered list's number is markup, not part of the entry.
    .replace(/^\s*\d{1,2}[.)]\s+(?=\p{L}|(?:19|20)\d\d\b)/u, '');
  if (/[*_`]/.test(text)) text = text.replace(/\*\*|__|`/g, '');
  return (/[*_]/.test(text) ? text.replace(EMPHASIS_MARK, '') : text).replace(/\s+/g, ' ').trim();
}

/** `{% include role.html company="Acme" position="Engineer" %}`, `{{< job title="…" >}}`: a template block with fields. */
const TEMPLATE_BLOCK = /^\s*(?:\{%-?\s*include\b|\{\{[<%]\s*[\w/.-]+)([^%>]*?)-?(?:%\}|[>%]\}\})\s*$/;
const FIELD = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Field names in the order an entry's parts are read: the organisation, then the role, then when and where. */
const FIELD_ORDER: readonly RegExp[] = [
  /^(?:company|employer|organi[sz]ation|org|institution|school|university|name)$/i,
  /^(?:position|title|role|job|degree|studytype|area|field)$/i,
  /^(?:dates?|period|duration|when|from|start(?:date)?|to|end(?:date)?|until|year)$/i,
  /^(?:location|place|city|where)$/i,
];

/**
 * A template block's fields as an entry's heading: "Acme | Engineer | 2019 – 2021 | Berlin", the
 * organisation first, then the role, the dates ("from"/"to" joined) and the place; undefined when
 * the line is no such block.
 */
export function templateFields(raw: string): string | undefined {
  const block = TEMPLATE_BLOCK.exec(raw);
  if (!block) return undefined;
  const fields = [...block[1]!.matchAll(FIELD)].map((m) => ({ key: m[1]!, value: (m[2] ?? m[3] ?? '').trim() }));
  const parts = FIELD_ORDER.map((order) =>
    fields
      .filter((f) => order.test(f.key) && f.value)
      .map((f) => f.value)
      .join(' – '),
  ).filter(Boolean);
  return parts.length > 0 ? parts.join(' | ') : undefined;
}

/** A Markdown heading's level (1–6), or 0. */
export function headingLevel(raw: string): number {
  const match = /^\s*(#{1,6})\s/.exec(raw);
  return match ? match[1]!.length : 0;
}

/**
 * `<section><h2>Skills</h2><p>Go, Rust</p></section>` on one line of an HTML file: its text keeps the
 * file's line, "## Skills · Go, Rust". A heading the lists know, run into its blocks so, is the heading
 * line and a line per block, all on that line's number.
 */
function headingBlocks(text: string): string[] | undefined {
  const [heading, ...blocks] = text.split(' · ');
  return sectionOfHeading(cleanText(heading!)) ? [heading!, ...blocks] : undefined;
}

function profileLine(line: number, text: string): ProfileLine {
  const fields = templateFields(text);
  // A template block reads as the heading line its fields make, one entry each (see entryLayouts.ts).
  if (fields) return { line, raw: fields, text: fields, template: true };
  // A form's row ("Dates | 2019 – 2021") reads as the labelled line it is ("Dates: 2019 – 2021").
  const row = formRow(text);
  return row ? { line, raw: row, text: cleanText(row) } : { line, raw: text, text: cleanText(text) };
}

/** A setext heading's underline: `=====` (level 1) or `-----` (level 2), nothing else on the line. */
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-{3,})\s*$/;

/**
 * "Technical Background" over "--------------------": Markdown's other way to write a heading. A
 * short line alone (a blank line or nothing above it, no bullet) over an underline is the heading
 * `#` or `##` writes; the underline is no text.
 */
function setextHeadings(lines: readonly { readonly line: number; readonly text: string }[]) {
  if (!lines.some((l) => SETEXT_UNDERLINE.test(l.text))) return lines;
  const out = lines.map((l) => ({ ...l }));
  for (let i = 1; i < out.length; i++) {
    const underline = SETEXT_UNDERLINE.exec(out[i]!.text);
    const title = out[i - 1]!;
    if (!underline || title.line !== out[i]!.line - 1) continue;
    const text = title.text.trim();
    const above = out[i - 2];
    const alone = !above?.text.trim() || above.line !== title.line - 1;
    if (!alone || !text || text.length > 60 || /^(?:[#>|]|[-*+•]\s|\d+[.)]\s)/.test(text)) continue;
    if (/^[=-]+$/.test(text)) continue;
    out[i - 1] = { ...title, text: `${underline[1]!.startsWith('=') ? '#' : '##'} ${text}` };
    out[i] = { ...out[i]!, text: '' };
  }
  return out;
}

/** A heading in capitals, short: "WORK" over "EXPERIENCE", wrapped in a PDF's narrow label column. */
const CAPITALS_HEADING = /^\p{Lu}[\p{Lu}\p{M}&/ -]{1,30}$/u;

/**
 * What a narrow column of a PDF form wrapped (formRows.ts): a label's rest, alone on the rows under
 * its value ("Occupation or Engineer" / "position held"), read back on the label's row, and a
 * heading in capitals over two rows ("WORK" / "EXPERIENCE") read as one, when only the two together
 * name a section. The rows the rest stood on stay, empty, so every line keeps its number.
 */
function wrappedColumn(lines: readonly { readonly line: number; readonly text: string }[]) {
  let out: { line: number; text: string }[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const run: string[] = [];
    for (let k = i; k < lines.length && k <= i + 3 && lines[k]!.line === lines[i]!.line + (k - i); k++)
      run.push((out ?? lines)[k]!.text);
    if (run.length < 2) continue;
    const wrapped = wrappedLabel(run, 0);
    const [top, below] = [run[0]!.trim(), run[1]!.trim()];
    const heading =
      !wrapped &&
      CAPITALS_HEADING.test(top) &&
      CAPITALS_HEADING.test(below) &&
      sectionOfHeading(below) === undefined &&
      sectionOfHeading(`${top} ${below}`) !== undefined;
    if (!wrapped && !heading) continue;
    out ??= lines.map((l) => ({ ...l }));
    out[i]!.text = wrapped ? wrapped.text : `${top} ${below}`;
    for (let k = 1; k <= (wrapped ? wrapped.rows : 1); k++) out[i + k]!.text = '';
  }
  return out ?? lines;
}

export function profileLines(all: readonly { readonly line: number; readonly text: string }[]): ProfileLine[] {
  const out: ProfileLine[] = [];
  for (const { line, text } of wrappedColumn(setextHeadings(all))) {
    const blocks = text.includes(' · ') && headingLevel(text) > 0 ? headingBlocks(text) : undefined;
    if (blocks) for (const block of blocks) out.push(profileLine(line, block));
    else out.push(profileLine(line, text));
  }
  return out;
}

/** A bullet point: what a role did, never its heading. */
export function isBullet(raw: string): boolean {
  return /^\s*(?:[-*+•·▪◦●■►]|\d+[.)])\s/.test(raw);
}

/**
 * `lines` with each line for which `goesOn(previous, line)` holds joined onto the one before it, as
 * one line (raw and text both, the line number of the first): what a narrow column or a PDF cut apart.
 */
export function joinedWhere(
  lines: readonly ProfileLine[],
  goesOn: (previous: ProfileLine, line: ProfileLine) => boolean,
): ProfileLine[] {
  const out: ProfileLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && goesOn(prev, line))
      out[out.length - 1] = {
        ...prev,
        raw: `${prev.raw.trimEnd()} ${line.raw.trim()}`,
        text: `${prev.text} ${line.text}`,
      };
    else out.push(line);
  }
  return out;
}
