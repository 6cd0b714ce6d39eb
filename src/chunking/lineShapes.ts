/**
 * What one line of a profile looks like to the block parser: a heading, a bullet, a table row, a
 * fence, a rule, a template tag, an emphasised label. Only as much Markdown as CVs use.
 */
import { cleanTitle } from '../text/markup.js';

export const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
export const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
export const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
export const BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
export const TABLE_ROW = /^ {0,3}\|/;
export const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A line made only of template tags: Hugo shortcodes, Liquid/Jekyll tags and includes. */
export const TEMPLATE_LINE = /^[ \t]*(?:(?:\{\{.*?\}\}|\{%.*?%\})[ \t]*)+$/;
/** A definition line of a definition list (pandoc `:   text`, kramdown `: text`, `~ text`). */
export const DEFINITION = /^ {0,3}[:~][ \t]+\S/;
/** Longest line still read as a heading when a rule of dots or underscores is drawn under it. */
export const MAX_UNDERLINED_CHARS = 60;
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The whole line emphasised, with an optional colon outside: `*Text:*`, `**Text**`, `**Text**:`. */
const EMPHASISED_LINE = /^[ \t]*(\*\*|__|\*|_)(?=\S)(.*?\S)\1[ \t]*(:?)[ \t]*$/;
/** Longest emphasised line still read as a sub-heading rather than a sentence. */
const MAX_LABEL_CHARS = 80;

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

export function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

export function labelTitle(line: string): string | undefined {
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

export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** True when the line cannot continue a paragraph because it begins a block of its own. */
export function startsBlock(line: string): boolean {
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
export const PROSE_FENCE_INFO = /^(?:|te?xt|plain(?:text)?|markdown|md|none|nohighlight)$/i;

export function nonBlankCount(lines: readonly string[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (!isBlank(lines[i])) count++;
  return count;
}

/** Text without emphasis markers, for judging what a line says. */
export function bare(line: string): string {
  return line.replace(/[*_`]/g, '').replace(/\\$/, '').trim();
}
