/**
 * The lines an HTML reader builds: text pieces joined up to each block's end (free layout) or put
 * on the line of the file they stand on (aligned layout), table cells and fields set apart.
 */
import { alignedLines, type Piece } from './alignedLines.js';

/** Builds output lines from text pieces and block boundaries. */
export class LineBuilder {
  readonly lines: string[] = [];
  private current: Piece[] = [];
  private prefix = '';
  private cellOpen = false;
  /** The open cell holds text: a line break or a block inside it starts its next field. */
  private cellHasText = false;

  constructor(private readonly aligned: boolean) {}

  /** Ends the line being built (free layout) or marks a break between pieces (aligned layout). */
  breakBlock(): void {
    if (this.aligned) {
      this.current.push({ text: '\n', line: -1 });
      return;
    }
    this.flush();
  }

  /** The next text starts with this marker (`# `, `- `). */
  mark(prefix: string): void {
    this.breakBlock();
    this.prefix = prefix;
  }

  cell(): void {
    if (this.cellOpen) this.current.push({ text: ' | ', line: -2 });
    this.cellOpen = true;
    this.cellHasText = false;
  }

  /**
   * "<td><b>Engineer</b><br>Acme, Leeds</td>": a break inside a cell sets apart two fields the cell
   * holds, as " · " does on a line; before the cell's first text it is a space.
   */
  fieldBreak(): void {
    this.current.push({ text: this.cellHasText ? ' · ' : ' ', line: -2 });
    this.cellHasText = false;
  }

  /**
   * A tab in a Word paragraph ("Acme Corp<tab>London", "Engineer<tab>2019 – 2021"), or a run of spaces
   * typed to align a field: a gap between two fields, kept as " | " (" · " inside a data table's cell,
   * whose cells " | " already parts). A gap before any text, after a label's colon, or beside a dash
   * ("2019<tab>–<tab>2021") only spaces; `next` is the text after the gap.
   */
  gap(next: string): void {
    const before = this.current
      .map((piece) => piece.text)
      .join('')
      .trimEnd();
    if (before === '' || /[:|–—-]$/.test(before) || /^[–—-]/.test(next)) {
      this.current.push({ text: ' ', line: -2 });
      return;
    }
    const mark = this.cellOpen ? ' · ' : ' | ';
    // A field mark already set there (bold text ending a field) becomes the gap's.
    const at = this.current.findLastIndex((piece) => piece.text.trim() !== '');
    if (this.current[at]?.text === ' · ') this.current[at] = { text: mark, line: -2 };
    else this.current.push({ text: mark, line: -2 });
  }

  endRow(): void {
    this.cellOpen = false;
    this.cellHasText = false;
    this.breakBlock();
  }

  /** `line` -2: a separator that goes wherever the text before it went. */
  text(text: string, line: number): void {
    if (text.trim() === '' && this.current.length === 0) return;
    if (this.cellOpen && text.trim() !== '') this.cellHasText = true;
    if (this.prefix && text.trim() !== '') {
      this.current.push({ text: this.prefix, line });
      this.prefix = '';
    }
    this.current.push({ text, line });
  }

  private flush(): void {
    const text = tidy(this.current.map((piece) => piece.text).join(''));
    this.current = [];
    this.prefix = '';
    if (text !== '') this.lines.push(text);
  }

  /** Aligned layout: every piece goes to the line it stands on in the file. */
  alignedLines(lineCount: number): string[] {
    return alignedLines(this.current, lineCount, tidy);
  }

  finish(): string[] {
    this.flush();
    return this.lines;
  }
}

/** Collapses whitespace as a browser does and drops separators left dangling by empty cells. */
function tidy(text: string): string {
  return (
    text
      .replace(/[\s\u00a0]+/g, (space) => (space.includes('\u00a0') && space.trim() === '' ? ' ' : ' '))
      // A break at a cell's end leaves no field after it.
      .replace(/ ·(?= \||\s*$)/g, '')
      .replace(/(?:\s*\|\s*)+$/g, '')
      .replace(/^(?:\s*\|\s*)+/g, '')
      .replace(/(?:\s\|\s*){2,}/g, ' | ')
      .replace(/^([#-]+ )(?:\s*\|\s*)+/, '$1')
      .trim()
      .normalize('NFC')
  );
}
