/**
 * Reads a profile's lines into the structural blocks that chunking splits along: headings,
 * paragraphs, list items (with their nested items), tables, and the lines that carry no content
 * (rules, Hugo shortcodes). Only as much Markdown as CVs use (lineShapes.ts); anything unrecognised
 * is a paragraph.
 *
 * All line numbers here are 1-based and inclusive, like the passages that cite them. A block never
 * starts or ends on a blank line. Indexes into `lines` inside the parser are 0-based.
 */
import { parseFrontMatter } from '../corpus/frontMatter.js';
import { hasContactDetails } from '../text/contactDetails.js';
import { cleanTitle } from '../text/markup.js';
import { showsText } from '../text/rendered.js';
import {
  ATX_HEADING,
  BULLET,
  DEFINITION,
  FENCE,
  indentOf,
  isBlank,
  bare,
  labelTitle,
  MAX_UNDERLINED_CHARS,
  nonBlankCount,
  PROSE_FENCE_INFO,
  RULE,
  SETEXT_UNDERLINE,
  startsBlock,
  TABLE_ROW,
  TABLE_SEPARATOR,
  tableCells,
  TEMPLATE_LINE,
} from './lineShapes.js';
import { isPlainSectionTitle, UNDERLINE } from './plainStructure.js';
import { findRoleHeaders } from './roleHeaders.js';

export { isBlank } from './lineShapes.js';

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

export interface ParseOptions {
  /** Read front matter at the top (default true); off for the inside of a fenced CV. */
  readonly frontMatter?: boolean;
}

/**
 * Parses `lines` (the whole document) into blocks in document order. Front matter, when present,
 * is the first block.
 */
export function parseBlocks(lines: readonly string[], options: ParseOptions = {}): Block[] {
  return new BlockParser(lines, options).parse();
}

/** One pass over a document: each `read…` takes the block starting at a line and returns the index after it. */
class BlockParser {
  private readonly blocks: Block[] = [];
  private readonly n: number;
  /** Index of the first line after the front matter. */
  private readonly bodyStart: number;
  /** Role headers by first line index → last line index. */
  private readonly roleHeaders: Map<number, number>;

  constructor(
    private readonly lines: readonly string[],
    options: ParseOptions,
  ) {
    this.n = lines.length;
    const frontMatter = options.frontMatter === false ? undefined : parseFrontMatter(lines);
    if (frontMatter) this.blocks.push({ kind: 'frontMatter', start: frontMatter.startLine, end: frontMatter.endLine });
    this.bodyStart = frontMatter ? frontMatter.endLine : 0;
    this.roleHeaders = this.findRoles();
  }

  parse(): Block[] {
    let i = this.bodyStart;
    while (i < this.n) i = isBlank(this.line(i)) ? i + 1 : this.readBlock(i);
    return this.blocks;
  }

  private line(index: number): string {
    return this.lines[index] ?? '';
  }

  private push(block: Block, next: number): number {
    this.blocks.push(block);
    return next;
  }

  /** Line `index` opens a heading: a short line with a rule drawn under it. */
  private underlined(index: number): RegExpExecArray | null {
    const text = this.line(index);
    if (index + 1 >= this.n || isBlank(text) || startsBlock(text)) return null;
    const setext = SETEXT_UNDERLINE.exec(this.line(index + 1));
    if (setext) return setext;
    const drawn = UNDERLINE.exec(this.line(index + 1));
    return drawn && text.trim().length <= MAX_UNDERLINED_CHARS && !RULE.test(this.line(index + 1)) ? drawn : null;
  }

  /** A section title on a line of its own, as plain-text CVs write them ("Work Experience"). */
  private plainHeading(index: number): boolean {
    const text = this.line(index);
    if (startsBlock(text) || labelTitle(text) !== undefined || !isPlainSectionTitle(bare(text))) return false;
    const standsOut = index === this.bodyStart || isBlank(this.line(index - 1)) || /[A-Z]{3}/.test(text);
    return standsOut && (index + 1 >= this.n || isBlank(this.line(index + 1)) || !this.underlined(index + 1));
  }

  /** Role headers may only use lines that are prose outside fences, lists, tables and headings. */
  private findRoles(): Map<number, number> {
    const inFence = new Set<number>();
    for (let k = this.bodyStart, open: string | undefined; k < this.n; k++) {
      const mark = FENCE.exec(this.line(k))?.[1];
      if (open !== undefined) {
        inFence.add(k);
        if (mark !== undefined && mark[0] === open[0] && mark.length >= open.length) open = undefined;
      } else if (mark !== undefined) {
        open = mark;
        inFence.add(k);
      }
    }
    const line = (index: number): string => this.line(index);
    const isFree = (index: number): boolean => {
      const text = line(index);
      if (
        index < this.bodyStart ||
        isBlank(text) ||
        startsBlock(text) ||
        DEFINITION.test(text) ||
        DEFINITION.test(line(index + 1))
      )
        return false;
      if (
        /^[ \t]{4,}/.test(text) ||
        labelTitle(text) !== undefined ||
        this.plainHeading(index) ||
        this.underlined(index)
      )
        return false;
      return !(index > 0 && this.underlined(index - 1));
    };
    return findRoleHeaders(
      this.lines.map((text, index) => (inFence.has(index) ? '' : text)),
      (index) => !inFence.has(index) && isFree(index),
      (index) =>
        ATX_HEADING.test(line(index)) ||
        labelTitle(line(index)) !== undefined ||
        this.plainHeading(index) ||
        (index > 0 && this.underlined(index - 1) !== null),
    );
  }

  private roleTitle(start: number, end: number): string {
    const parts: string[] = [];
    for (let k = start; k <= end; k++)
      if (!isBlank(this.line(k))) parts.push(cleanTitle(this.line(k)).replace(/\\$/, '').trim());
    return parts.filter(Boolean).join(' · ');
  }

  /** The block starting at line index `i` (not blank); returns the index after it. */
  private readBlock(i: number): number {
    const text = this.line(i);
    if (FENCE.test(text)) return this.readFence(i);
    const atx = ATX_HEADING.exec(text);
    if (atx) return this.readAtxHeading(i, atx);
    if (RULE.test(text)) return this.push({ kind: 'rule', start: i + 1, end: i + 1 }, i + 1);
    // A tag that shows text (a caption, a title) is content; an include or a loop is not.
    if (TEMPLATE_LINE.test(text))
      return this.push({ kind: showsText(text) ? 'paragraph' : 'shortcode', start: i + 1, end: i + 1 }, i + 1);
    if (BULLET.test(text)) {
      const { item, next } = this.readItem(i);
      return this.push({ kind: 'listItem', ...item }, next);
    }
    if (TABLE_ROW.test(text)) return this.readTable(i);
    const label = labelTitle(text);
    if (label !== undefined) return this.push({ kind: 'label', start: i + 1, end: i + 1, title: label }, i + 1);
    // A one-line paragraph underlined with `===` or `---` is a setext heading; so is a short line
    // over a rule of dots, underscores or box-drawing characters ("EXPERIENCE" / "..........").
    const underline = this.underlined(i);
    if (underline) {
      const level = underline[1]!.startsWith('=') || underline[1]!.startsWith('═') ? 1 : 2;
      return this.push({ kind: 'heading', start: i + 1, end: i + 2, level, title: cleanTitle(text) }, i + 2);
    }
    if (this.plainHeading(i))
      return this.push({ kind: 'heading', start: i + 1, end: i + 1, level: 2, title: cleanTitle(text) }, i + 1);
    const roleEnd = this.roleHeaders.get(i);
    if (roleEnd !== undefined)
      return this.push(
        { kind: 'role', start: i + 1, end: roleEnd + 1, title: this.roleTitle(i, roleEnd) },
        roleEnd + 1,
      );
    if (DEFINITION.test(this.line(i + 1))) return this.readDefinition(i);
    return this.readParagraph(i);
  }

  private readFence(i: number): number {
    const text = this.line(i);
    const marker = FENCE.exec(text)![1]!;
    let j = i + 1;
    while (j < this.n && !this.line(j).trim().startsWith(marker)) j++;
    // A fence of plain text holding most of the document is the CV itself: its lines are read as
    // the document's structure, not kept as one block of code.
    const info = text.trim().slice(marker.length).trim();
    const inside = nonBlankCount(this.lines, i + 1, Math.min(j, this.n));
    if (PROSE_FENCE_INFO.test(info) && inside >= 5 && inside * 2 >= nonBlankCount(this.lines, this.bodyStart, this.n)) {
      const masked = this.lines.map((content, index) => (index > i && index < j ? content : ''));
      this.blocks.push(...parseBlocks(masked, { frontMatter: false }));
      return j + 1;
    }
    let end = Math.min(j, this.n - 1);
    while (end > i && isBlank(this.line(end))) end--;
    return this.push({ kind: 'code', start: i + 1, end: end + 1 }, j + 1);
  }

  private readAtxHeading(i: number, atx: RegExpExecArray): number {
    const raw = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '');
    const title = cleanTitle(raw);
    // Contact details set as a heading (`## jane@x.com | +44 …`) are a line of content, not a section.
    if (hasContactDetails(title)) return this.push({ kind: 'paragraph', start: i + 1, end: i + 1 }, i + 1);
    return this.push({ kind: 'heading', start: i + 1, end: i + 1, level: atx[1]!.length, title }, i + 1);
  }

  /** Reads the list item starting at index `first`; returns it (1-based) and the index after it. */
  private readItem(first: number): { item: ListItem; next: number } {
    const indent = indentOf(this.line(first));
    const children: ListItem[] = [];
    let end = first;
    let j = first + 1;
    while (j < this.n) {
      const text = this.line(j);
      if (isBlank(text)) {
        // A blank line ends the item unless the next content is indented under it.
        let k = j;
        while (k < this.n && isBlank(this.line(k))) k++;
        if (k < this.n && indentOf(this.line(k)) > indent && !FENCE.test(this.line(k))) {
          j = k;
          continue;
        }
        break;
      }
      const ownIndent = indentOf(text);
      if (BULLET.test(text) && !RULE.test(text)) {
        if (ownIndent <= indent) break;
        const child = this.readItem(j);
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
  }

  private readTable(i: number): number {
    const text = this.line(i);
    let j = i;
    while (j < this.n && TABLE_ROW.test(this.line(j))) j++;
    const hasHeader = j - i >= 2 && TABLE_SEPARATOR.test(this.line(i + 1));
    // Only a one-column table's header names what the rows are; a column title such as "Expiry" does not.
    const headerCells = hasHeader ? tableCells(text) : [];
    const caption = headerCells.length === 1 ? cleanTitle(headerCells[0]!) : undefined;
    return this.push(
      {
        kind: 'table',
        start: i + 1,
        end: j,
        headerEnd: hasHeader ? i + 2 : undefined,
        caption: caption === '' ? undefined : caption,
      },
      j,
    );
  }

  /** Definition list: a term line followed by `:   definition` lines and indented continuations. */
  private readDefinition(i: number): number {
    const continues = (index: number): boolean => DEFINITION.test(this.line(index)) || indentOf(this.line(index)) >= 2;
    let end = i + 1;
    let j = i + 2;
    while (j < this.n) {
      if (!isBlank(this.line(j)) && continues(j)) {
        end = j++;
        continue;
      }
      let k = j;
      while (k < this.n && isBlank(this.line(k))) k++;
      if (k < this.n && k > j && continues(k) && !BULLET.test(this.line(k))) {
        j = k;
        continue;
      }
      break;
    }
    return this.push({ kind: 'definition', start: i + 1, end: end + 1, children: [] }, end + 1);
  }

  private readParagraph(i: number): number {
    const endsParagraph = (index: number): boolean => {
      const text = this.line(index);
      if (isBlank(text) || startsBlock(text) || this.roleHeaders.has(index) || this.plainHeading(index)) return true;
      return this.underlined(index) !== null || DEFINITION.test(this.line(index + 1));
    };
    let j = i + 1;
    while (j < this.n && !endsParagraph(j)) j++;
    return this.push({ kind: 'paragraph', start: i + 1, end: j }, j);
  }
}
