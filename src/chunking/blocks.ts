/**
 * Reads a profile's lines into the structural blocks that chunking splits along: headings,
 * paragraphs, list items (with their nested items), tables, and the lines that carry no content
 * (rules, Hugo shortcodes). Only as much Markdown as CVs use; anything unrecognised is a paragraph.
 *
 * All line numbers here are 1-based and inclusive, like the passages that cite them. A block never
 * starts or ends on a blank line.
 */
import { parseFrontMatter } from '../corpus/frontMatter.js';
import { isPlainSectionTitle, isTitleLike, UNDERLINE } from './plainStructure.js';
import { isDateLine } from '../text/dates.js';
import { cleanTitle } from '../text/markup.js';
import { showsText } from '../text/rendered.js';

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
  /** A template tag that shows the reader nothing (`{% include x %}`, `{{< figure src="x" >}}`). */
  | (LineRange & { readonly kind: 'shortcode' })
  /**
   * A role written as plain lines: title and employer lines above a date line ("Engineer" /
   * "Acme – Leeds" / "2019 – Present"), or a date line right under a heading. `title` joins them.
   */
  | (LineRange & { readonly kind: 'role'; readonly title: string })
  /** A definition-list entry: term line(s), `:` definitions and their indented continuations, kept whole. */
  | (ListItem & { readonly kind: 'definition' });

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TABLE_ROW = /^ {0,3}\|/;
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A line made only of template tags: Hugo shortcodes, Liquid/Jekyll tags and includes. */
const TEMPLATE_LINE = /^[ \t]*(?:(?:\{\{.*?\}\}|\{%.*?%\})[ \t]*)+$/;
/** An e-mail address, a web address or a phone number: what a contact line is made of. */
const CONTACT_DETAILS = /[\w.+-]+@[\w-]+\.\w|https?:\/\/|www\.|\+?\(?\d[\d\s().-]{7,}\d/;
/** A definition line of a definition list (pandoc `:   text`, kramdown `: text`, `~ text`). */
const DEFINITION = /^ {0,3}[:~][ \t]+\S/;
/** Longest line still read as a heading when a rule of dots or underscores is drawn under it. */
const MAX_UNDERLINED_CHARS = 60;
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
    TEMPLATE_LINE.test(line) ||
    FENCE.test(line)
  );
}

/** Fence info strings of a fenced block that holds prose, not code: a CV kept whole in one fence. */
const PROSE_FENCE_INFO = /^(?:|te?xt|plain(?:text)?|markdown|md|none|nohighlight)$/i;

function nonBlankCount(lines: readonly string[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (!isBlank(lines[i])) count++;
  return count;
}

/** Text without emphasis markers, for judging what a line says. */
function bare(line: string): string {
  return line.replace(/[*_`]/g, '').replace(/\\$/, '').trim();
}

/**
 * Role headers written as plain lines, by their first line index (0-based) → last line index: a
 * date line, with up to three title-like lines right above it (title, employer, place) that are
 * not part of anything else. `isFree(i)` says whether line i may belong to one (not a heading,
 * bullet, table, fence or front matter).
 */
function findRoleHeaders(lines: readonly string[], isFree: (index: number) => boolean, opensSection: (index: number) => boolean): Map<number, number> {
  const headers = new Map<number, number>();
  let claimedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isFree(i) || !isDateLine(lines[i]!)) continue;
    const taken: number[] = [];
    for (let k = i - 1; k > claimedUntil && taken.length < 3; k--) {
      if (isBlank(lines[k])) continue;
      if (!isFree(k) || isDateLine(lines[k]!) || !isTitleLike(lines[k]!) || isPlainSectionTitle(bare(lines[k]!))) break;
      taken.unshift(k);
    }
    // A header starts a paragraph: a title line right after other text is the wrapped end of it.
    const startsParagraph = (k: number): boolean => k === 0 || isBlank(lines[k - 1]) || opensSection(k - 1);
    while (taken.length > 0 && !startsParagraph(taken[0]!)) taken.shift();
    if (taken.length === 0 && !startsParagraph(i) && !isBlank(lines[i - 1])) continue;
    const start = taken[0] ?? i;
    // Dates alone after a paragraph close that entry ("… Lyon, France (June 2029 – July 2029)"); they
    // open a role only at the top of a section, right under its heading.
    if (taken.length === 0) {
      let above = i - 1;
      while (above >= 0 && isBlank(lines[above])) above--;
      if (above >= 0 && !opensSection(above)) continue;
    }
    headers.set(start, i);
    claimedUntil = i;
  }
  return headers;
}

export interface ParseOptions {
  /** Read front matter at the top (default true); off for the inside of a fenced CV. */
  readonly frontMatter?: boolean;
}

/**
 * Parses `lines` (the whole document) into blocks in document order. Front matter, when present,
 * is the first block.
 */
export function parseBlocks(lines: readonly string[], options: ParseOptions = {}): Block[] {
  const blocks: Block[] = [];
  const n = lines.length;
  const line = (index: number): string => lines[index] ?? '';
  let i = 0;

  const frontMatter = options.frontMatter === false ? undefined : parseFrontMatter(lines);
  if (frontMatter) {
    blocks.push({ kind: 'frontMatter', start: frontMatter.startLine, end: frontMatter.endLine });
    i = frontMatter.endLine;
  }
  const bodyStart = i;

  /** Line i opens a heading: ATX, or a short line with a rule drawn under it. */
  const underlined = (index: number): RegExpExecArray | null => {
    const text = line(index);
    if (index + 1 >= n || isBlank(text) || startsBlock(text)) return null;
    const setext = SETEXT_UNDERLINE.exec(line(index + 1));
    if (setext) return setext;
    const drawn = UNDERLINE.exec(line(index + 1));
    return drawn && text.trim().length <= MAX_UNDERLINED_CHARS && !RULE.test(line(index + 1)) ? drawn : null;
  };
  /** A section title on a line of its own, as plain-text CVs write them ("Work Experience"). */
  const plainHeading = (index: number): boolean => {
    const text = line(index);
    if (startsBlock(text) || labelTitle(text) !== undefined || !isPlainSectionTitle(bare(text))) return false;
    return (index === bodyStart || isBlank(line(index - 1)) || /[A-Z]{3}/.test(text)) && (index + 1 >= n || isBlank(line(index + 1)) || !underlined(index + 1));
  };

  // Role headers may only use lines that are prose outside fences, lists, tables and headings.
  const inFence = new Set<number>();
  for (let k = bodyStart, open: string | undefined; k < n; k++) {
    const mark = FENCE.exec(line(k))?.[1];
    if (open !== undefined) {
      inFence.add(k);
      if (mark !== undefined && mark[0] === open[0] && mark.length >= open.length) open = undefined;
    } else if (mark !== undefined) {
      open = mark;
      inFence.add(k);
    }
  }
  const isFree = (index: number): boolean => {
    const text = line(index);
    if (index < bodyStart || isBlank(text) || startsBlock(text) || DEFINITION.test(text) || DEFINITION.test(line(index + 1))) return false;
    if (/^[ \t]{4,}/.test(text) || labelTitle(text) !== undefined || plainHeading(index) || underlined(index)) return false;
    return !(index > 0 && underlined(index - 1));
  };
  const roleHeaders = findRoleHeaders(
    lines.map((text, index) => (inFence.has(index) ? '' : text)),
    (index) => !inFence.has(index) && isFree(index),
    (index) => ATX_HEADING.test(line(index)) || labelTitle(line(index)) !== undefined || plainHeading(index) || (index > 0 && underlined(index - 1) !== null),
  );
  const roleTitle = (start: number, end: number): string => {
    const parts: string[] = [];
    for (let k = start; k <= end; k++) if (!isBlank(line(k))) parts.push(cleanTitle(line(k)).replace(/\\$/, '').trim());
    return parts.filter(Boolean).join(' · ');
  };

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
      // A fence of plain text holding most of the document is the CV itself: its lines are read as
      // the document's structure, not kept as one block of code.
      const info = text.trim().slice(marker.length).trim();
      const inside = nonBlankCount(lines, i + 1, Math.min(j, n));
      if (PROSE_FENCE_INFO.test(info) && inside >= 5 && inside * 2 >= nonBlankCount(lines, bodyStart, n)) {
        const masked = lines.map((content, index) => (index > i && index < j ? content : ''));
        blocks.push(...parseBlocks(masked, { frontMatter: false }));
        i = j + 1;
        continue;
      }
      let end = Math.min(j, n - 1);
      while (end > i && isBlank(line(end))) end--;
      blocks.push({ kind: 'code', start: i + 1, end: end + 1 });
      i = j + 1;
      continue;
    }

    const atx = ATX_HEADING.exec(text);
    if (atx) {
      const raw = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '');
      const title = cleanTitle(raw);
      // Contact details set as a heading (`## jane@x.com | +44 …`) are a line of content, not a section.
      if (CONTACT_DETAILS.test(title)) {
        blocks.push({ kind: 'paragraph', start: i + 1, end: i + 1 });
        i++;
        continue;
      }
      blocks.push({ kind: 'heading', start: i + 1, end: i + 1, level: atx[1]!.length, title });
      i++;
      continue;
    }

    if (RULE.test(text)) {
      blocks.push({ kind: 'rule', start: i + 1, end: i + 1 });
      i++;
      continue;
    }

    if (TEMPLATE_LINE.test(text)) {
      // A tag that shows text (a caption, a title) is content; an include or a loop is not.
      blocks.push({ kind: showsText(text) ? 'paragraph' : 'shortcode', start: i + 1, end: i + 1 });
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

    // A one-line paragraph underlined with `===` or `---` is a setext heading; so is a short line
    // over a rule of dots, underscores or box-drawing characters ("EXPERIENCE" / "..........").
    const underline = underlined(i);
    if (underline) {
      const level = underline[1]!.startsWith('=') || underline[1]!.startsWith('═') ? 1 : 2;
      blocks.push({ kind: 'heading', start: i + 1, end: i + 2, level, title: cleanTitle(text) });
      i += 2;
      continue;
    }

    if (plainHeading(i)) {
      blocks.push({ kind: 'heading', start: i + 1, end: i + 1, level: 2, title: cleanTitle(text) });
      i++;
      continue;
    }

    const roleEnd = roleHeaders.get(i);
    if (roleEnd !== undefined) {
      blocks.push({ kind: 'role', start: i + 1, end: roleEnd + 1, title: roleTitle(i, roleEnd) });
      i = roleEnd + 1;
      continue;
    }

    // Definition list: a term line followed by `:   definition` lines and indented continuations.
    if (DEFINITION.test(line(i + 1))) {
      let end = i + 1;
      let j = i + 2;
      while (j < n) {
        if (!isBlank(line(j)) && (DEFINITION.test(line(j)) || indentOf(line(j)) >= 2)) {
          end = j++;
          continue;
        }
        let k = j;
        while (k < n && isBlank(line(k))) k++;
        if (k < n && k > j && (DEFINITION.test(line(k)) || indentOf(line(k)) >= 2) && !BULLET.test(line(k))) {
          j = k;
          continue;
        }
        break;
      }
      blocks.push({ kind: 'definition', start: i + 1, end: end + 1, children: [] });
      i = end + 1;
      continue;
    }

    let j = i + 1;
    while (j < n && !isBlank(line(j)) && !startsBlock(line(j)) && !roleHeaders.has(j) && !plainHeading(j) && !underlined(j) && !DEFINITION.test(line(j + 1) ?? '')) j++;
    blocks.push({ kind: 'paragraph', start: i + 1, end: j });
    i = j;
  }
  return blocks;
}
