/**
 * A PDF page's positioned runs of text → lines in reading order.
 *
 * A PDF has no lines, only positioned runs of text. Reading them top to bottom would interleave a
 * two-column CV line by line, so each page is laid out again:
 * 1. runs on one baseline form rows; a wide horizontal gap cuts a row into segments;
 * 2. a gutter is an x-range that (almost) no segment crosses, with text on both sides that does
 *    not share baselines (shared baselines are a table or a right-aligned date, read row by row),
 *    unless each side has section headings of its own (a sidebar set on the main column's grid);
 * 3. rows crossing the gutter (a full-width name or header) are read where they stand; between them,
 *    the left column is read before the right one, each column laid out the same way again.
 */
import { fromCorkCodes } from './corkCodes.js';
import { type Cell, joinBrokenRanges } from './pdfBrokenRanges.js';
import { cutsOffFlushRight } from './pdfFlushRight.js';
import { headingWords } from './pdfSpacedHeadings.js';
import { splitHeadingMargin, withMarginHeadings } from './pdfMarginHeadings.js';
import { sectionOfHeading } from '../../text/sectionHeadings.js';
import { splitLigatures } from '../cleanText.js';

export interface Run {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly text: string;
}

/** Runs on one baseline that sit close together. */
interface Segment {
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  readonly runs: readonly Run[];
  /** Runs that end a cell of a label column inside the segment (see labelColumnCuts). */
  readonly cellEnds: ReadonlySet<Run>;
}

export interface Line {
  readonly text: string;
  readonly size: number;
  readonly y: number;
  /** Starts a new block (a paragraph gap or a column change above it). */
  readonly gapBefore: boolean;
  /** The row's largest text alone: a name set large beside a small job title. */
  readonly peak: { readonly size: number; readonly text: string };
}

/** Smallest clear width between columns, in points. */
const MIN_GUTTER = 8;
/** A gap wider than this many font sizes splits a row into segments. */
const SEGMENT_GAP_EM = 1.2;
/** Share of a column's rows that may share a baseline with the other side before it counts as a table. */
const MAX_SHARED_BASELINES = 0.75;
const MAX_DEPTH = 3;

/**
 * The largest (smallest) of `value` over `items`. Not `Math.max(...values)`: spreading passes every
 * value as an argument, and a row of 200,000 runs overflows the stack.
 */
export function maxOf<T>(items: readonly T[], value: (item: T) => number): number {
  let best = -Infinity;
  for (const item of items) best = Math.max(best, value(item));
  return best;
}

function minOf<T>(items: readonly T[], value: (item: T) => number): number {
  return -maxOf(items, (item) => -value(item));
}

export function clean(text: string): string {
  return fromCorkCodes(text)
    .replace(/[\uFB00-\uFB06]+/g, splitLigatures)
    .replace(/\s+/g, ' ')
    .normalize('NFC');
}

/** Baselines this close, in points, are one: the runs of one line of text. */
const SAME_BASELINE = 0.1;

/**
 * Groups runs (or segments) whose baselines are within a fraction of their font size. Runs on one
 * baseline exactly stay in one row: a heading in small caps (a large capital, its smaller letters
 * beside it, as a browser sets `font-variant: small-caps`) is not cut where the large capital
 * alone comes near the baseline of a line in the column beside it.
 */
function byBaseline<T extends { y: number; size: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y);
  const rows: T[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    const onBaseline = row !== undefined && Math.abs(row.at(-1)!.y - item.y) <= SAME_BASELINE;
    if (row && anchor && (onBaseline || Math.abs(anchor.y - item.y) <= 0.45 * Math.max(anchor.size, item.size)))
      row.push(item);
    else rows.push([item]);
  }
  return rows;
}

/** Gap, in font sizes, that sets a label column's cell apart from the text beside it. */
const LABEL_GAP_EM = 0.4;
/** Edges this close, in points, are one column's. */
const SAME_EDGE = 1.5;
/** A label or a date has a word or a number in it; a column of bullets or icons is no label column. */
const WORDED = /[\p{L}\p{N}]{2}/u;
/** Rows that make a label column: fewer could be chance. */
const MIN_LABEL_ROWS = 3;

/** The value most often among `values`, rounded to whole points, with its count. */
function modeOf(values: readonly number[]): { at: number; count: number } | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const [at, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  return at === undefined ? undefined : { at, count: count! };
}

/**
 * Runs after which a segment holds two cells though the gap is narrower than a segment gap: a column of labels
 * or dates set right-aligned close to the entries (moderncv's years and `\cvitem` labels, europass's
 * headings). Such a column shows as rows whose first cell ends on one right edge while the text
 * beside it starts on one left edge, a narrow gap between; a label too long for the column runs
 * over the gap into the entry, and is cut at the entry's edge all the same.
 */
function labelColumnCuts(rows: readonly Run[][]): Set<Run> {
  const cuts = new Set<Run>();
  const pairs = rows.flatMap((row) =>
    row
      .slice(0, -1)
      .map((run, i) => ({ run, next: row[i + 1]!, gap: row[i + 1]!.x - (run.x + run.width) }))
      .filter((pair) => WORDED.test(pair.run.text)),
  );
  const spaced = pairs.filter((p) => p.gap > LABEL_GAP_EM * p.run.size && p.gap <= SEGMENT_GAP_EM * p.run.size);
  const right = modeOf(spaced.map((p) => p.run.x + p.run.width));
  if (!right || right.count < MIN_LABEL_ROWS) return cuts;
  const left = modeOf(
    spaced.filter((p) => Math.abs(p.run.x + p.run.width - right.at) <= SAME_EDGE).map((p) => p.next.x),
  );
  if (!left || left.count < MIN_LABEL_ROWS) return cuts;
  for (const row of rows) {
    // The column's cell is what stands left of the entry's edge, its first run at most: a label
    // column holds one cell a row.
    const at = row.findIndex((run) => Math.abs(run.x - left.at) <= SAME_EDGE);
    const cell = row[at - 1];
    if (!cell || !WORDED.test(cell.text)) continue;
    const end = cell.x + cell.width;
    const onEdge = Math.abs(end - right.at) <= SAME_EDGE && left.at - end > LABEL_GAP_EM * cell.size;
    if (onEdge || (end > left.at && cell.x < left.at - 2 * SAME_EDGE)) cuts.add(cell);
  }
  return cuts;
}

export function segmentsOf(runs: readonly Run[]): Segment[] {
  const segments: Segment[] = [];
  const rows = byBaseline(runs);
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  const cuts = labelColumnCuts(rows);
  for (const row of rows) {
    let current: Run[] = [];
    let right = -Infinity;
    const flush = (): void => {
      if (current.length === 0) return;
      segments.push({
        left: current[0]!.x,
        right: maxOf(current, (run) => run.x + run.width),
        y: current[0]!.y,
        size: maxOf(current, (run) => run.size),
        runs: current,
        cellEnds: new Set(current.filter((run) => cuts.has(run))),
      });
      current = [];
    };
    for (const run of row) {
      if (current.length > 0 && run.x - right > SEGMENT_GAP_EM * Math.max(run.size, current.at(-1)!.size)) flush();
      current.push(run);
      right = Math.max(right, run.x + run.width);
    }
    flush();
  }
  return segments;
}

/** Text that ends in letters set one space apart ("J O Ã O"): a letter-spaced word. */
const LETTER_SPACED_END = /(?:^|\s)\p{L}\p{M}* \p{L}\p{M}*$/u;
/** A run that opens with a letter standing alone ("D A", "P E D R O", "E"): a letter-spaced word. */
const SPACED_START = /^\s*\p{L}\p{M}*(?:\s|$)/u;
/** A gap this many font sizes wide, after a letter-spaced word, is the space between two such words. */
const SPACED_WORD_GAP_EM = 0.6;

/**
 * Small caps as TeX sets them ("R" large, "ODRIGO" smaller, touching it): a word's capital and the
 * rest of its letters in two sizes, one word. A smaller capital after a space, or after a gap, starts a word.
 */
function smallCapsGoOn(text: string, run: Run, previous: Run, gap: number): boolean {
  if (gap > 0.15 * run.size || !/^\p{Lu}/u.test(run.text)) return false;
  // On one baseline: the LaTeX logo's raised A is no small capital (cleanText.ts reads the logo).
  if (Math.abs(run.y - previous.y) > 0.05 * previous.size) return false;
  // "AGARDÈRE-" small, then "M" large: a capital after a hyphen or an apostrophe goes on the word.
  return run.size < previous.size ? /\p{Lu}$/u.test(text) : /\p{Lu}[-'’]$/u.test(text);
}

/**
 * A row's largest runs, with the smaller capitals that go on their words (small caps): its peak
 * text. A browser writes small caps a letter a run: each smaller capital after one that went on
 * goes on too, while it touches it at its size.
 */
function peakRuns(runs: readonly Run[], peakSize: number): Run[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const peak: Run[] = [];
  let small = false;
  sorted.forEach((run, i) => {
    const before = peak.at(-1);
    const previous = sorted[i - 1];
    const gap = before ? run.x - (before.x + before.width) : Infinity;
    const goesOn =
      before !== undefined &&
      before === previous &&
      (smallCapsGoOn(before.text, run, before, gap) ||
        (small &&
          Math.abs(run.size - before.size) < 0.05 * run.size &&
          Math.abs(run.y - before.y) <= SAME_BASELINE &&
          (gap <= 0.15 * run.size || (/^\s/.test(run.text) && gap <= 0.5 * run.size))));
    if (run.size >= peakSize - 0.5) {
      peak.push(run);
      small = false;
    } else if (goesOn) {
      peak.push(run);
      small = true;
    }
  });
  return peak;
}

/**
 * Joins runs left to right, adding a space where the gap between them is wider than a letter's
 * kerning. Letter-spaced words ("J O Ã O", a wide space, "D A", a wide space, "S I L V A") are
 * joined here, where the wide spaces still tell the words apart: "JOÃO DA SILVA", never
 * "JOÃODASILVA" (what joining the letters after the gaps were lost would give).
 */
function joinRuns(runs: readonly Run[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const words: string[] = [];
  let text = '';
  let right = -Infinity;
  let previousSize = sorted[0]?.size ?? 0;
  let previous: Run | undefined;
  for (const run of sorted) {
    const gap = run.x - right;
    if (gap > SPACED_WORD_GAP_EM * run.size && LETTER_SPACED_END.test(text.trim()) && SPACED_START.test(run.text)) {
      words.push(text);
      text = '';
    }
    const sizeChange =
      Math.abs(run.size - previousSize) > 0.2 * Math.max(run.size, previousSize) &&
      !(previous && smallCapsGoOn(text, run, previous, gap));
    if (text !== '' && (gap > 0.15 * run.size || sizeChange) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    previousSize = run.size;
    previous = run;
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  if (words.length === 0) return headingWords(clean(text).trim());
  words.push(text);
  return words
    .map((word) => clean(word).trim())
    .map((word) => (SPACED_LETTERS.test(word) ? word.replace(/ /g, '') : word))
    .filter(Boolean)
    .join(' ');
}

const SPACED_LETTERS = /^(?:\p{L}\p{M}* )+\p{L}\p{M}*$/u;

interface Gutter {
  readonly at: number;
  readonly left: Segment[];
  readonly right: Segment[];
  readonly crossing: Segment[];
}

function sharesBaseline(segment: Segment, others: readonly Segment[]): boolean {
  return others.some((other) => Math.abs(other.y - segment.y) <= 0.45 * Math.min(other.size, segment.size));
}

/** Share of a column's width its lines fill, on average, above which it is wrapped prose, not table cells. */
const FULL_COLUMN_FILL = 0.8;

/** Lines that mostly run the column's full width: text wrapped inside a column, not short cells. */
function isTextColumn(side: readonly Segment[]): boolean {
  if (side.length < 5) return false;
  const width = maxOf(side, (s) => s.right) - minOf(side, (s) => s.left);
  if (width <= 0) return false;
  const fill = side.reduce((sum, s) => sum + (s.right - s.left) / width, 0) / side.length;
  return fill >= FULL_COLUMN_FILL;
}

/**
 * A side holding a section heading of its own ("SKILLS" in a sidebar, "EXPERIENCE" beside it): two
 * columns with a heading each are two columns even when their lines share baselines, which a table
 * of dates beside roles, or of labels beside values, never has on both sides.
 */
/** Runs a heading may be written in: a browser writes one set in small caps or letter-spaced a letter a run. */
const MAX_HEADING_RUNS = 60;
const headingOf = new WeakMap<Segment, boolean>();

const isHeading = (segment: Segment): boolean => {
  if (segment.runs.length > MAX_HEADING_RUNS) return false;
  let heading = headingOf.get(segment);
  if (heading === undefined) {
    // Set in a few runs, or written a run a letter in a few words.
    const text = joinRuns(segment.runs);
    heading = (segment.runs.length <= 3 || text.split(' ').length <= 4) && sectionOfHeading(text) !== undefined;
    headingOf.set(segment, heading);
  }
  return heading;
};

function headed(side: readonly Segment[]): boolean {
  return side.some(isHeading);
}

/**
 * The share of one side's lines on a baseline of the other's. A label column's own headings ("WORK
 * EXPERIENCE" over its dates) stand alone on their rows, and lines above or below the other side (the
 * name and contact lines over a column of dates) pair with nothing there: the rest is what pairs.
 */
function sharedShare(side: readonly Segment[], other: readonly Segment[]): number {
  const [top, bottom] = [maxOf(other, (s) => s.y + s.size), minOf(other, (s) => s.y - s.size)];
  const paired = side.filter((s) => !isHeading(s) && s.y <= top && s.y >= bottom);
  return paired.filter((s) => sharesBaseline(s, other)).length / Math.max(1, paired.length);
}

/** A split of `segments` at `at` into two real columns, if it is one. */
function splitAt(segments: readonly Segment[], at: number): Gutter | undefined {
  const left = segments.filter((s) => s.right <= at);
  const right = segments.filter((s) => s.left >= at);
  const crossing = segments.filter((s) => s.left < at && s.right > at);
  if (left.length < 3 || right.length < 3) return undefined;
  // Both sides must stand side by side, not one above the other.
  const overlap =
    Math.min(
      maxOf(left, (s) => s.y),
      maxOf(right, (s) => s.y),
    ) -
    Math.max(
      minOf(left, (s) => s.y),
      minOf(right, (s) => s.y),
    );
  if (overlap <= 0) return undefined;
  const smaller = left.length < right.length ? left : right;
  const other = smaller === left ? right : left;
  // Measured from either side: a column of dates beside two-line roles shares all its rows, the
  // roles' column only half of its own.
  const shared = Math.max(sharedShare(left, right), sharedShare(right, left));
  // Shared baselines mean a table (or dates beside roles), unless both sides are full columns of
  // wrapped text set on one grid, line for line (dates beside roles share only the roles' first lines).
  const sameGrid = other.filter((s) => sharesBaseline(s, smaller)).length / other.length > MAX_SHARED_BASELINES;
  const twoTextColumns = sameGrid && isTextColumn(left) && isTextColumn(right);
  if (shared > MAX_SHARED_BASELINES && !twoTextColumns && !(headed(left) && headed(right))) return undefined;
  if (cutsOffFlushRight(right, (s) => sharesBaseline(s, left))) return undefined;
  return { at, left, right, crossing };
}

interface Stretch {
  crossing: number;
  from: number;
  to: number;
}

/** The clearest vertical gutter splitting `segments` into two real columns, if there is one. */
function findGutter(segments: readonly Segment[]): Gutter | undefined {
  if (segments.length < 6) return undefined;
  const minX = minOf(segments, (s) => s.left);
  const maxX = maxOf(segments, (s) => s.right);
  const allowedCrossing = Math.max(2, Math.floor(segments.length * 0.15));
  let best: Gutter | undefined;
  let bestScore = 0;
  let runStart: number | undefined;
  // The stretches of the open run that the fewest segments cross: the split goes through the
  // middle of one, so a sidebar's long e-mail line reaching into the gutter stays on its side. The
  // widest that splits the page into real columns is taken: between a column's text and its
  // flush-right dates lies a stretch as clear as the gutter beyond those dates.
  let clearest: Stretch[] = [];
  for (let x = Math.floor(minX) + 1; x <= Math.ceil(maxX); x++) {
    const crossing = segments.filter((s) => s.left < x && s.right > x).length;
    const open = crossing <= allowedCrossing;
    if (open && runStart === undefined) {
      runStart = x;
      clearest = [];
    }
    const last = clearest.at(-1);
    if (open && (!last || crossing < last.crossing)) clearest = [{ crossing, from: x, to: x }];
    else if (open && crossing === last!.crossing) {
      if (last!.to === x - 1) last!.to = x;
      else clearest.push({ crossing, from: x, to: x });
    }
    if ((!open || x === Math.ceil(maxX)) && runStart !== undefined) {
      const width = x - runStart;
      runStart = undefined;
      if (width < MIN_GUTTER) continue;
      const widestFirst = clearest.sort((a, b) => b.to - b.from - (a.to - a.from));
      const gutter = widestFirst.map((c) => splitAt(segments, (c.from + c.to) / 2)).find(Boolean);
      if (!gutter) continue;
      const score = Math.min(gutter.left.length, gutter.right.length) * width;
      if (score > bestScore) {
        bestScore = score;
        best = gutter;
      }
    }
  }
  return best;
}

/** The size most of a row's characters are set in: a large icon glyph does not make a heading. */
function dominantSize(runs: readonly Run[]): number {
  const chars = new Map<number, number>();
  for (const run of runs) chars.set(run.size, (chars.get(run.size) ?? 0) + run.text.trim().length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 10;
}

/**
 * A row's cells, left to right. Its segments stand apart by a wide gap ("Acme Corp" … "Berlin", a
 * title … its dates flush right); runs close together join as words do.
 */
function cellsOf(row: readonly Segment[]): Cell[] {
  return [...row]
    .sort((a, b) => a.left - b.left)
    .flatMap((segment) => {
      const groups: Run[][] = [[]];
      for (const run of segment.runs) {
        groups.at(-1)!.push(run);
        if (segment.cellEnds.has(run)) groups.push([]);
      }
      return groups
        .filter((runs) => runs.length > 0)
        .map((runs) => ({
          left: minOf(runs, (run) => run.x),
          right: maxOf(runs, (run) => run.x + run.width),
          text: joinRuns(runs),
        }));
    })
    .filter((cell) => cell.text !== '');
}

/** Three spaces keep the gap between a row's cells, as a plain-text layout does, so a reader can tell them apart. */
const CELL_GAP = '   ';

/** Rows of one column (or of a page without columns), top to bottom. */
function rowsToLines(segments: readonly Segment[]): Line[] {
  const rows = byBaseline(segments);
  const cells = rows.map(cellsOf);
  const sizes = rows.map((row) => {
    // A row's size is its text's, not its flush-right cell's: a role's title set large beside its
    // dates in small type is a heading whether the dates are longer than the title or not.
    const lead = [...row].sort((a, b) => a.left - b.left)[0]!;
    return dominantSize(row.length > 1 && joinRuns(lead.runs).length > 2 ? lead.runs : row.flatMap((s) => s.runs));
  });
  const near = (above: number, below: number) =>
    rows[above]![0]!.y - rows[below]![0]!.y <= 1.9 * Math.max(sizes[above]!, sizes[below]!);
  joinBrokenRanges(cells, near);
  const lines: Line[] = [];
  let previous: { y: number; size: number } | undefined;
  rows.forEach((row, i) => {
    const text = cells[i]!.map((cell) => cell.text).join(CELL_GAP);
    if (text === '') return;
    const runs = row.flatMap((segment) => segment.runs);
    const size = sizes[i]!;
    const y = row[0]!.y;
    const gapBefore = previous !== undefined && previous.y - y > 1.9 * Math.max(size, previous.size);
    const peakSize = maxOf(runs, (run) => run.size);
    const peak = { size: peakSize, text: joinRuns(peakRuns(runs, peakSize)) };
    lines.push({ text, size, y, gapBefore, peak });
    previous = { y, size };
  });
  return lines;
}

/** A column this much narrower than the other, with headings of its own, is a sidebar. */
const SIDEBAR_SHARE = 0.7;

const widthOf = (side: readonly Segment[]) =>
  side.length === 0 ? 0 : maxOf(side, (s) => s.right) - minOf(side, (s) => s.left);

/**
 * A band's two columns in reading order: left, then right; but a sidebar on the right (education,
 * skills, languages beside the roles) is read first, so the main column runs on into the next
 * page, where its roles go on, instead of into the sidebar's last section. Either way, what the main
 * column sets above the sidebar and its own first heading (the name, a title) opens the page.
 */
function sidebarFirst(segments: readonly Segment[], at: number): Segment[][] {
  const left = segments.filter((s) => s.right <= at);
  const right = segments.filter((s) => s.right > at);
  if (!headed(right) || !headed(left)) return [left, right];
  const rightBar = widthOf(right) < SIDEBAR_SHARE * widthOf(left);
  const leftBar = widthOf(left) < SIDEBAR_SHARE * widthOf(right);
  if (!rightBar && !leftBar) return [left, right];
  const [bar, main] = rightBar ? [right, left] : [left, right];
  if (rightBar && continuesLeft(bar)) return [left, right];
  const top = maxOf(bar, (s) => s.y);
  const firstHeading = maxOf(main.filter(isHeading), (s) => s.y);
  const opens = (s: Segment) => s.y > top + s.size && s.y > firstHeading;
  return [main.filter(opens), bar, main.filter((s) => !opens(s))].filter((part) => part.length > 0);
}

/** An e-mail address, a phone number or a web address: what a sidebar opens with before its first heading. */
const CONTACT = /@|\+?\d[\d ()/.-]{6,}\d|https?:|www\./;

/**
 * A right column that opens with an entry, its head set larger than the column's text and no
 * contact details above its first heading, continues the left column's last section: text flowing
 * from one column into the next (CSS `columns:`, a newspaper layout), read after the left column,
 * not as a sidebar. A sidebar opens with its own heading, or with the owner's place or contact.
 */
function continuesLeft(bar: readonly Segment[]): boolean {
  const firstHeading = maxOf(bar.filter(isHeading), (s) => s.y);
  const above = bar.filter((s) => s.y > firstHeading + 0.5 * s.size).sort((a, b) => b.y - a.y);
  if (above.length === 0 || above.some((s) => CONTACT.test(joinRuns(s.runs)))) return false;
  const text = dominantSize(bar.flatMap((s) => s.runs));
  return above[0]!.size >= 1.1 * text;
}

interface Band {
  crossing: boolean;
  segments: Segment[];
  /** A joined stretch's bands' first rows: each still opens a block, as it did read alone. */
  starts?: number[];
}

/**
 * Bands with text on one side of the gutter only are no columns: between rows that cross it (a
 * dates column and entries under a header whose contact block made the gutter, where long lines
 * cross it and short ones do not), they are read with those rows as one stretch of rows, so a
 * range broken over two rows, one short and one long, is still read whole.
 */
function oneSidedBandsJoined(bands: readonly Band[], at: number): Band[] {
  const oneSided = (band: Band) =>
    !band.crossing && (band.segments.every((s) => s.right <= at) || band.segments.every((s) => s.left >= at));
  const joined: Band[] = [];
  let stretch: Band[] = [];
  const flush = () => {
    if (stretch.some((band) => band.crossing))
      joined.push({
        crossing: true,
        segments: stretch.flatMap((band) => band.segments),
        starts: stretch.map((band) => maxOf(band.segments, (s) => s.y)),
      });
    else joined.push(...stretch);
    stretch = [];
  };
  for (const band of bands) {
    if (band.crossing || oneSided(band)) stretch.push(band);
    else {
      flush();
      joined.push(band);
    }
  }
  flush();
  return joined;
}

export function layOut(segments: readonly Segment[], depth = 0): Line[] {
  const margin = depth === 0 ? splitHeadingMargin(segments, (s) => joinRuns(s.runs)) : undefined;
  // The content beside a heading margin is one column: short titles and their flush-right dates are rows, not columns.
  if (margin) return withMarginHeadings(rowsToLines(margin.margin), rowsToLines(margin.body));
  const gutter = depth < MAX_DEPTH ? findGutter(segments) : undefined;
  if (!gutter) return rowsToLines(segments);
  // Rows that cross the gutter cut the page into bands; inside a band the columns are read in turn.
  const crossingRows = byBaseline(gutter.crossing).map((row) => row[0]!.y);
  const bands: Band[] = [];
  for (const row of byBaseline(segments)) {
    const crossing = crossingRows.some((y) => Math.abs(y - row[0]!.y) <= 0.45 * row[0]!.size);
    const last = bands.at(-1);
    if (last && last.crossing === crossing && !crossing) for (const segment of row) last.segments.push(segment);
    else bands.push({ crossing, segments: [...row] });
  }
  const lines: Line[] = [];
  for (const band of oneSidedBandsJoined(bands, gutter.at)) {
    const parts = band.crossing ? [band.segments] : sidebarFirst(band.segments, gutter.at);
    for (const part of parts) {
      const partLines = part.length > 0 ? (band.crossing ? rowsToLines(part) : layOut(part, depth + 1)) : [];
      const opens = (line: Line, i: number) => i === 0 || band.starts?.includes(line.y) === true;
      partLines.forEach((line, i) =>
        lines.push(opens(line, i) && lines.length > 0 ? { ...line, gapBefore: true } : line),
      );
    }
  }
  return lines;
}
