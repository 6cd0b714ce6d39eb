/**
 * PDF → readable lines in reading order, each with its page, using pdfjs-dist's text layer.
 *
 * A PDF has no lines, only positioned runs of text. Reading them top to bottom would interleave a
 * two-column CV line by line, so each page is laid out again:
 * 1. runs on one baseline form rows; a wide horizontal gap cuts a row into segments;
 * 2. a gutter is an x-range that (almost) no segment crosses, with text on both sides that does
 *    not share baselines (shared baselines are a table or a right-aligned date, read row by row);
 * 3. rows crossing the gutter (a full-width name or header) are read where they stand; between them,
 *    the left column is read before the right one, each column laid out the same way again.
 * Larger text becomes a `#`/`##` heading line, so the chunker sees the document's sections.
 */
// Before pdfjs (imported on first use, below), so it keeps the engine's own JSON and Array.prototype.push.
import { restoreNativeBuiltins } from './nativeBuiltins.js';
import { DEFAULT_READ_LIMITS } from '../isolation/readLimits.js';
import { checkPdfInflatedSize } from './inflateBudget.js';
import { nameHintFrom } from './nameHint.js';
import type { ReadOutcome } from './types.js';
import { splitLigatures } from '../cleanText.js';

interface Run {
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
}

interface Line {
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
function maxOf<T>(items: readonly T[], value: (item: T) => number): number {
  let best = -Infinity;
  for (const item of items) best = Math.max(best, value(item));
  return best;
}

function minOf<T>(items: readonly T[], value: (item: T) => number): number {
  return -maxOf(items, (item) => -value(item));
}

function clean(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]+/g, splitLigatures)
    .replace(/\s+/g, ' ')
    .normalize('NFC');
}

/** Groups runs (or segments) whose baselines are within a fraction of their font size. */
function byBaseline<T extends { y: number; size: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y);
  const rows: T[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= 0.45 * Math.max(anchor.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows;
}

function segmentsOf(runs: readonly Run[]): Segment[] {
  const segments: Segment[] = [];
  for (const row of byBaseline(runs)) {
    row.sort((a, b) => a.x - b.x);
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

/** Joins runs left to right, adding a space where the gap between them is wider than a letter's kerning. */
function joinRuns(runs: readonly Run[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  let previousSize = sorted[0]?.size ?? 0;
  for (const run of sorted) {
    const gap = run.x - right;
    const sizeChange = Math.abs(run.size - previousSize) > 0.2 * Math.max(run.size, previousSize);
    if (text !== '' && (gap > 0.15 * run.size || sizeChange) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    previousSize = run.size;
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  return clean(text).trim();
}

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

/** The clearest vertical gutter splitting `segments` into two real columns, if there is one. */
function findGutter(segments: readonly Segment[]): Gutter | undefined {
  if (segments.length < 6) return undefined;
  const minX = minOf(segments, (s) => s.left);
  const maxX = maxOf(segments, (s) => s.right);
  const allowedCrossing = Math.max(2, Math.floor(segments.length * 0.15));
  let best: Gutter | undefined;
  let bestScore = 0;
  let runStart: number | undefined;
  for (let x = Math.floor(minX) + 1; x <= Math.ceil(maxX); x++) {
    const crossing = segments.filter((s) => s.left < x && s.right > x).length;
    const open = crossing <= allowedCrossing;
    if (open && runStart === undefined) runStart = x;
    if ((!open || x === Math.ceil(maxX)) && runStart !== undefined) {
      const width = x - runStart;
      const at = runStart + width / 2;
      runStart = undefined;
      if (width < MIN_GUTTER) continue;
      const left = segments.filter((s) => s.right <= at);
      const right = segments.filter((s) => s.left >= at);
      const crossingSegments = segments.filter((s) => s.left < at && s.right > at);
      if (left.length < 3 || right.length < 3) continue;
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
      if (overlap <= 0) continue;
      const smaller = left.length < right.length ? left : right;
      const other = smaller === left ? right : left;
      const shared = smaller.filter((s) => sharesBaseline(s, other)).length / smaller.length;
      // Shared baselines mean a table (or dates beside roles), unless both sides are full columns of
      // wrapped text set on one grid, line for line (dates beside roles share only the roles' first lines).
      const sameGrid = other.filter((s) => sharesBaseline(s, smaller)).length / other.length > MAX_SHARED_BASELINES;
      const twoTextColumns = sameGrid && isTextColumn(left) && isTextColumn(right);
      if (shared > MAX_SHARED_BASELINES && !twoTextColumns) continue;
      const score = Math.min(left.length, right.length) * width;
      if (score > bestScore) {
        bestScore = score;
        best = { at, left, right, crossing: crossingSegments };
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

/** Rows of one column (or of a page without columns), top to bottom. */
function rowsToLines(segments: readonly Segment[]): Line[] {
  const lines: Line[] = [];
  let previous: { y: number; size: number } | undefined;
  for (const row of byBaseline(segments)) {
    const text = joinRuns(row.flatMap((segment) => segment.runs));
    if (text === '') continue;
    const runs = row.flatMap((segment) => segment.runs);
    const size = dominantSize(runs);
    const y = row[0]!.y;
    const gapBefore = previous !== undefined && previous.y - y > 1.9 * Math.max(size, previous.size);
    const peakSize = maxOf(runs, (run) => run.size);
    const peak = { size: peakSize, text: joinRuns(runs.filter((run) => run.size >= peakSize - 0.5)) };
    lines.push({ text, size, y, gapBefore, peak });
    previous = { y, size };
  }
  return lines;
}

function layOut(segments: readonly Segment[], depth = 0): Line[] {
  const gutter = depth < MAX_DEPTH ? findGutter(segments) : undefined;
  if (!gutter) return rowsToLines(segments);
  // Rows that cross the gutter cut the page into bands; inside a band the columns are read in turn.
  const crossingRows = byBaseline(gutter.crossing).map((row) => row[0]!.y);
  const bands: { crossing: boolean; segments: Segment[] }[] = [];
  for (const row of byBaseline(segments)) {
    const crossing = crossingRows.some((y) => Math.abs(y - row[0]!.y) <= 0.45 * row[0]!.size);
    const last = bands.at(-1);
    if (last && last.crossing === crossing && !crossing) for (const segment of row) last.segments.push(segment);
    else bands.push({ crossing, segments: [...row] });
  }
  const lines: Line[] = [];
  for (const band of bands) {
    const parts = band.crossing
      ? [band.segments]
      : [band.segments.filter((s) => s.right <= gutter.at), band.segments.filter((s) => s.right > gutter.at)];
    for (const part of parts) {
      const partLines = part.length > 0 ? (band.crossing ? rowsToLines(part) : layOut(part, depth + 1)) : [];
      partLines.forEach((line, i) => lines.push(i === 0 && lines.length > 0 ? { ...line, gapBefore: true } : line));
    }
  }
  return lines;
}

/** The font size most characters are set in: text clearly larger than it is a heading. */
function bodySize(pages: readonly (readonly Line[])[]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat())
    chars.set(Math.round(line.size), (chars.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * The title line: the largest text in the top third of page 1 that reads as a name; failing that,
 * the first line, where CVs set in one size put the name.
 */
function titleHint(firstPage: readonly Line[], pageTop: number, pageHeight: number, body: number): string | undefined {
  const top = firstPage.filter((line) => line.y >= pageTop - pageHeight / 3);
  const large = top.filter((line) => line.peak.size >= body * 1.15).sort((a, b) => b.peak.size - a.peak.size);
  return nameHintFrom([...large.slice(0, 3).map((line) => line.peak.text), top[0]?.text]);
}

/** Markdown's own markers at the start of a plain line would be read as structure: escape them. */
function escapeMarkers(text: string): string {
  return /^(#{1,6}\s|[-=+]{3,}\s*$|>\s)/.test(text) ? `\\${text}` : text;
}

/**
 * Lines of text with `#` for the title and `##`/`###` for the two largest heading sizes. A heading
 * wrapped over several rows becomes one line; a blank line marks each block break.
 */
function toMarkdownLines(pages: readonly (readonly Line[])[]): { lines: string[]; pageOf: number[] } {
  const body = bodySize(pages);
  const largest = maxOf(pages.flat(), (line) => line.size);
  const headingSizes = [
    ...new Set(
      pages
        .flat()
        .filter((line) => line.size >= body * 1.15)
        .map((line) => Math.round(line.size)),
    ),
  ].sort((a, b) => b - a);
  const lines: string[] = [];
  const pageOf: number[] = [];
  const push = (text: string, page: number): void => {
    lines.push(text);
    pageOf.push(page);
  };
  const breakBlock = (page: number): void => {
    if (lines.length > 0 && lines.at(-1) !== '') push('', page);
  };
  pages.forEach((pageLines, index) => {
    const page = index + 1;
    let previousHeading: Line | undefined;
    for (const line of pageLines) {
      const isHeading = line.size >= body * 1.15 && line.text.length <= 80;
      if (
        isHeading &&
        previousHeading &&
        !line.gapBefore &&
        Math.round(previousHeading.size) === Math.round(line.size)
      ) {
        lines[lines.length - 1] += ` ${line.text}`;
        continue;
      }
      if (line.gapBefore || isHeading) breakBlock(page);
      if (isHeading) {
        const tier = headingSizes.indexOf(Math.round(line.size));
        const marker = page === 1 && line.size >= largest - 0.5 ? '#' : tier <= 1 ? '##' : '###';
        push(`${marker} ${line.text}`, page);
        previousHeading = line;
      } else {
        push(escapeMarkers(line.text), page);
        previousHeading = undefined;
      }
    }
    breakBlock(page);
  });
  while (lines.at(-1) === '') {
    lines.pop();
    pageOf.pop();
  }
  return { lines, pageOf };
}

function offPageNotice(pages: readonly number[]): string {
  const where = pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`;
  return `text runs past the edge of ${where}; what lies beyond the edge is not read`;
}

function failureReason(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return 'password-protected PDF';
  if (name === 'InvalidPDFException') return 'not a readable PDF (damaged or not a PDF)';
  return `unreadable PDF (${(error as Error)?.message ?? String(error)})`;
}

/** `inflatedMb`: what the PDF's compressed streams may inflate to in total (see inflateBudget.ts). */
export async function readPdf(bytes: Uint8Array, inflatedMb = DEFAULT_READ_LIMITS.inflatedMb): Promise<ReadOutcome> {
  checkPdfInflatedSize(bytes, inflatedMb);
  // Imported on first use: a corpus without PDFs never loads it. Its legacy build replaces
  // JSON.parse/stringify with slower polyfills for the whole process: put the engine's back.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  restoreNativeBuiltins();
  // pdfjs takes ownership of the buffer it is given; hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    return { kind: 'skipped', reason: failureReason(error) };
  } finally {
    // The first PDF loads pdfjs's worker code, which brings core-js again.
    restoreNativeBuiltins();
  }
  try {
    const pages: Line[][] = [];
    const offPage: number[] = [];
    let firstPage: { lines: readonly Line[]; top: number; height: number } | undefined;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      const turned: string[] = [];
      const [left = 0, , right = 612] = page.view;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Text set at an angle (a vertical sidebar label) has no place among the rows: it is read after them.
        if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01) turned.push(clean(item.str).trim());
        else {
          // pdfjs drops the glyphs of a run past the page's edge: nobody reading the page sees them either.
          if ((x! + item.width > right + 1 || x! < left - 1) && offPage.at(-1) !== number) offPage.push(number);
          runs.push({
            x: x!,
            y: y!,
            width: item.width,
            size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || 10,
            text: item.str,
          });
        }
      }
      const lines = layOut(segmentsOf(runs));
      if (turned.length > 0) {
        const body = lines.at(-1)?.size ?? 10;
        lines.push({
          text: turned.join(' '),
          size: body,
          y: 0,
          gapBefore: true,
          peak: { size: body, text: turned.join(' ') },
        });
      }
      pages.push(lines);
      if (number === 1) {
        const [, bottom = 0, , top = 792] = page.view;
        firstPage = { lines, top, height: top - bottom };
      }
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      return { kind: 'skipped', reason: 'scanned PDF with no text layer (nothing to read without OCR)' };
    }
    const { lines, pageOf } = toMarkdownLines(pages);
    const hint = firstPage && titleHint(firstPage.lines, firstPage.top, firstPage.height, bodySize(pages));
    return {
      kind: 'read',
      text: {
        format: 'pdf',
        lines,
        converted: true,
        pages: pageOf,
        ...(hint ? { nameHint: hint } : {}),
        ...(offPage.length > 0 ? { notice: offPageNotice(offPage) } : {}),
      },
    };
  } catch (error) {
    return { kind: 'skipped', reason: failureReason(error) };
  } finally {
    await pdf.destroy().catch(() => {});
  }
}
