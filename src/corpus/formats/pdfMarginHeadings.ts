/**
 * Section headings set in a left margin, each on the row where its section's content starts to
 * its right (LaTeX article CVs, moderncv's classic style, Word templates). The column split would
 * take the margin for a column of its own and read all headings apart from their sections, so a
 * narrow left column whose lines are mostly section headings (or short, as dates under them are)
 * and which start rows of the right column is read as headings: each margin line comes just before
 * the content rows it starts.
 */
import { sectionOfHeading } from '../../text/sectionHeadings.js';

interface Placed {
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
}

interface PlacedLine {
  readonly text: string;
  readonly y: number;
  readonly size: number;
  readonly gapBefore: boolean;
}

/** The margin is at most this share of the text's width: wider, it is a sidebar. */
const MAX_MARGIN_SHARE = 0.35;
/** Clear space between the margin's lines and the content's left edge, in points. */
const MIN_GAP = 6;
/** A margin line other than a heading must be this short (dates, a place) to stay a margin, in characters. */
const SHORT_LINE = 32;

const near = (a: Placed, b: Placed) => Math.abs(a.y - b.y) <= 0.45 * Math.max(a.size, b.size);

/** The left edge most content lines start at, right of the page's own left edge. */
function contentEdge<S extends Placed>(segments: readonly S[], pageLeft: number): number | undefined {
  const counts = new Map<number, number>();
  for (const s of segments) {
    const x = Math.round(s.left);
    if (x > pageLeft + 30) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/** The margin's segments and the rest, when the page's left column is a heading margin. */
export function splitHeadingMargin<S extends Placed>(
  segments: readonly S[],
  text: (segment: S) => string,
): { margin: S[]; body: S[] } | undefined {
  if (segments.length < 6) return undefined;
  const pageLeft = Math.min(...segments.map((s) => s.left));
  const pageRight = Math.max(...segments.map((s) => s.right));
  const edge = contentEdge(segments, pageLeft);
  if (edge === undefined || edge - pageLeft > MAX_MARGIN_SHARE * (pageRight - pageLeft)) return undefined;
  const margin = segments.filter((s) => s.right <= edge - MIN_GAP);
  const body = segments.filter((s) => s.right > edge - MIN_GAP);
  if (margin.length < 2 || body.length < margin.length) return undefined;
  const headings = margin.filter((s) => sectionOfHeading(text(s)) !== undefined);
  if (headings.length < 2 || headings.length < 0.5 * margin.length) return undefined;
  const short = margin.filter((s) => headings.includes(s) || text(s).trim().length <= SHORT_LINE);
  if (short.length < margin.length) return undefined;
  // Each heading starts a row of the content beside it, as a margin heading does and a sidebar's never all do.
  const starting = headings.filter((h) => body.some((b) => b.left >= edge - 1 && near(h, b))).length;
  if (starting < 0.5 * headings.length) return undefined;
  return { margin, body };
}

/**
 * The content's lines with each margin line set before the first content line at or below it:
 * a heading opens a block of its own, while dates under it stay with the entry beside them.
 */
export function withMarginHeadings<L extends PlacedLine>(margin: readonly L[], body: readonly L[]): L[] {
  const lines: L[] = [];
  let m = 0;
  for (const line of body) {
    while (m < margin.length && margin[m]!.y >= line.y - 0.45 * Math.max(line.size, margin[m]!.size)) {
      const heading = sectionOfHeading(margin[m]!.text) !== undefined;
      lines.push({ ...margin[m]!, gapBefore: lines.length > 0 && heading });
      m++;
    }
    lines.push(line);
  }
  for (; m < margin.length; m++) lines.push({ ...margin[m]!, gapBefore: true });
  return lines;
}
