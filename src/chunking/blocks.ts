/**
 * Reads a profile's lines into the structural blocks that chunking splits along: headings,
 * paragraphs, list items (with their nested items), tables, and the lines that carry no content
 * (rules, Hugo shortcodes). Only as much Markdown as CVs use; anything unrecognised is a paragraph.
 *
 * All line numbers here are 1-based and inclusive, like the passages that cite them. A block never
 * starts or ends on a blank line.
 */
import { parseFrontMatter } from '../corpus/frontMatter.js';

/** A range of lines with the finer ranges it may be cut into when it is too big to keep whole. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** One bullet with its continuation lines and nested bullets. */
export interface ListItem extends LineRange {
  /** Nested bullets, in order. Lines of the item that are not inside a child are its own text. */
  readonly children: readonly ListItem[];
}

export type Block =
  | (LineRange & { readonly kind: 'frontMatter' })
  | (LineRange & { readonly kind: 'heading'; readonly level: number; readonly title: string })
  /** A line that is wholly emphasised and reads as a heading, e.g. `*More recently in this role:*`. */
  | (LineRange & { readonly kind: 'label'; readonly title: string })
  /** Consecutive lines of prose (or a block quote): each line can be cited on its own. */
  | (LineRange & { readonly kind: 'paragraph' })
  /** A fenced code block: never parsed for headings inside. */
  | (LineRange & { readonly kind: 'code' })
  | (ListItem & { readonly kind: 'listItem' })
  | (LineRange & {
      readonly kind: 'table';
      /** Last line of the header row(s) and separator; undefined when the table has no separator row. */
      readonly headerEnd: number | undefined;
      /** The header of a one-column table, e.g. "Previous Relevant Employment": it reads as a heading. */
      readonly caption: string | undefined;
    })
  | (LineRange & { readonly kind: 'rule' })
  | (LineRange & { readonly kind: 'shortcode' });

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TABLE_ROW = /^ {0,3}\|/;
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const SHORTCODE = /^[ \t]*\{\{[<%].*[>%]\}\}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The whole line emphasised, with an optional colon outside: `*Text:*`, `**Text**`, `**Text**:`. */
const EMPHASISED_LINE = /^[ \t]*(\*\*|__|\*|_)(?=\S)(.*?\S)\1[ \t]*(:?)[ \t]*$/;
/** Longest emphasised line still read as a sub-heading rather than a sentence. */
const MAX_LABEL_CHARS = 80;

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Heading text as it should read in a section path: no `#`s, emphasis, link syntax or trailing colon. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+|`+|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_{1,2}(?=\S)(.*?\S)_{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:+$/, '')
    .trim();
}

function labelTitle(line: string): string | undefined {
  const match = EMPHASISED_LINE.exec(line);
  if (!match) return undefined;
  const marker = match[1]!;
  const inner = match[2]!;
  const endsWithColon = match[3] === ':' || inner.trimEnd().endsWith(':');
  const bold = marker.length === 2;
  const title = cleanTitle(inner);
  if (title === '' || title.length > MAX_LABEL_CHARS || !(bold || endsWithColon)) return undefined;
  return title;
}

function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** True when the line cannot continue a paragraph because it begins a block of its own. */
function startsBlock(line: string): boolean {
  return (
    ATX_HEADING.test(line) ||
    RULE.test(line) ||
    BULLET.test(line) ||
    TABLE_ROW.test(line) ||
    SHORTCODE.test(line) ||
    FENCE.test(line)
  );
}

/**
 * Parses `lines` (the whole document) into blocks in document order. Front matter, when present,
 * is the first block.
 */
export function parseBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const n = lines.length;
  const line = (index: number): string => lines[index] ?? '';
  let i = 0;

  const frontMatter = parseFrontMatter(lines);
  if (frontMatter) {
    blocks.push({ kind: 'frontMatter', start: frontMatter.startLine, end: frontMatter.endLine });
    i = frontMatter.endLine;
  }

  /** Reads the list item starting at index `first`; returns it (1-based) and the index after it. */
  const readItem = (first: number): { item: ListItem; next: number } => {
    const indent = indentOf(line(first));
    const children: ListItem[] = [];
    let end = first;
    let j = first + 1;
    while (j < n) {
      const text = line(j);
      if (isBlank(text)) {
        // A blank line ends the item unless the next content is indented under it.
        let k = j;
        while (k < n && isBlank(line(k))) k++;
        if (k < n && indentOf(line(k)) > indent && !FENCE.test(line(k))) {
          j = k;
          continue;
        }
        break;
      }
      const ownIndent = indentOf(text);
      if (BULLET.test(text) && !RULE.test(text)) {
        if (ownIndent <= indent) break;
        const child = readItem(j);
        children.push(child.item);
        end = child.item.end - 1;
        j = child.next;
        continue;
      }
      // Indented text continues the item; unindented prose right after it is a lazy continuation.
      if (ownIndent <= indent && (startsBlock(text) || labelTitle(text) !== undefined)) break;
      end = j;
      j++;
    }
    return { item: { start: first + 1, end: end + 1, children }, next: end + 1 };
  };

  while (i < n) {
    const text = line(i);
    if (isBlank(text)) {
      i++;
      continue;
    }

    const fence = FENCE.exec(text);
    if (fence) {
      const marker = fence[1]!;
      let j = i + 1;
      while (j < n && !line(j).trim().startsWith(marker)) j++;
      let end = Math.min(j, n - 1);
      while (end > i && isBlank(line(end))) end--;
      blocks.push({ kind: 'code', start: i + 1, end: end + 1 });
      i = j + 1;
      continue;
    }

    const atx = ATX_HEADING.exec(text);
    if (atx) {
      const raw = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '');
      blocks.push({ kind: 'heading', start: i + 1, end: i + 1, level: atx[1]!.length, title: cleanTitle(raw) });
      i++;
      continue;
    }

    if (RULE.test(text)) {
      blocks.push({ kind: 'rule', start: i + 1, end: i + 1 });
      i++;
      continue;
    }

    if (SHORTCODE.test(text)) {
      blocks.push({ kind: 'shortcode', start: i + 1, end: i + 1 });
      i++;
      continue;
    }

    if (BULLET.test(text)) {
      const { item, next } = readItem(i);
      blocks.push({ kind: 'listItem', ...item });
      i = next;
      continue;
    }

    if (TABLE_ROW.test(text)) {
      let j = i;
      while (j < n && TABLE_ROW.test(line(j))) j++;
      const hasHeader = j - i >= 2 && TABLE_SEPARATOR.test(line(i + 1));
      // Only a one-column table's header names what the rows are; a column title such as "Expiry" does not.
      const headerCells = hasHeader ? tableCells(text) : [];
      const caption = headerCells.length === 1 ? cleanTitle(headerCells[0]!) : undefined;
      blocks.push({
        kind: 'table',
        start: i + 1,
        end: j,
        headerEnd: hasHeader ? i + 2 : undefined,
        caption: caption === '' ? undefined : caption,
      });
      i = j;
      continue;
    }

    const label = labelTitle(text);
    if (label !== undefined) {
      blocks.push({ kind: 'label', start: i + 1, end: i + 1, title: label });
      i++;
      continue;
    }

    // A one-line paragraph underlined with `===` or `---` is a setext heading.
    const underline = SETEXT_UNDERLINE.exec(line(i + 1));
    if (i + 1 < n && underline) {
      const level = underline[1]!.startsWith('=') ? 1 : 2;
      blocks.push({ kind: 'heading', start: i + 1, end: i + 2, level, title: cleanTitle(text) });
      i += 2;
      continue;
    }

    let j = i + 1;
    while (j < n && !isBlank(line(j)) && !startsBlock(line(j))) j++;
    blocks.push({ kind: 'paragraph', start: i + 1, end: j });
    i = j;
  }
  return blocks;
}
