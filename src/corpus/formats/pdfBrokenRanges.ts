/**
 * A date range broken over two rows ("Aug 2022 –" on the title's row, "Dec 2023" under it), in a
 * narrow dates column on the left (its cells set left or right-aligned) or set flush right: the range's end is read on the row its start
 * stands on. Read row by row, the end would stand on the employer's line as a date of its own, and
 * the role would seem to begin and end in one month.
 */

/** One cell of a row: text standing apart from its neighbours by a wide gap. */
export interface Cell {
  readonly left: number;
  readonly right: number;
  text: string;
}

/**
 * A cell holding a year and ending on a dash, or on the word that joins a range in one of five
 * languages ("March 2019 to", "09/2023 bis", "juillet 2021 à", "enero de 2020 a", "2018 até"): a
 * range whose end was set on the next row.
 */
const DANGLING = /\d{2}\s*[-–—]$|(?<!\d)(?:19|20)\d{2}\s+(?:to|till|until|bis|à|au|a|al|hasta|até)$/iu;
/**
 * A range cut after its end's month ("Sept. 2018 – Apr.", "nov. 2018 — jun.", "fev. 2020 – dez."),
 * as a narrow dates column wraps it: its year stands alone on the next row.
 */
const MONTH_DANGLING = /(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*\p{L}{3,5}\.?$/u;
const YEAR_ALONE = /^(?:19|20)\d{2}$/;
/** The end of a range is short: a date, or a word for "now". */
const MAX_END_LENGTH = 20;
/** Edges this close, in points, are one column's. */
const SAME_EDGE = 3;

/**
 * Moves the end of every broken range up to its start's cell. `rows` are a column's rows top to
 * bottom, each cell list left to right; `near(a, b)` tells whether row b follows row a closely.
 */
export function joinBrokenRanges(rows: Cell[][], near: (above: number, below: number) => boolean): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    if (!near(r, r + 1)) continue;
    const next = rows[r + 1]!;
    for (const cell of rows[r]!) {
      const month = MONTH_DANGLING.test(cell.text);
      if (!month && !DANGLING.test(cell.text)) continue;
      const flushRight = cell !== rows[r]![0];
      // A flush-right range's end lines up with its start on the right (a tab stop) or on the
      // left (a right-aligned box whose lines are set left); a dates column's, on the left.
      // A dates column's cells are set left or, as moderncv sets its years, right-aligned.
      const at = next.findIndex(
        (other) => Math.abs(other.left - cell.left) <= SAME_EDGE || Math.abs(other.right - cell.right) <= SAME_EDGE,
      );
      const end = next[at];
      if (!end || end.text.length > MAX_END_LENGTH || (!flushRight && next.length < 2)) continue;
      if (month && !YEAR_ALONE.test(end.text)) continue;
      cell.text = `${cell.text} ${end.text}`;
      next.splice(at, 1);
    }
  }
}
