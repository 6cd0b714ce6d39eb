/**
 * Cells set flush right in a column (each role's dates against the column's right edge), told from
 * a column of their own: they share a right edge to the point while their left edges vary.
 */

interface Placed {
  readonly left: number;
  readonly right: number;
}

/** Right edges this close, in points, are set flush against one tab stop. */
const SAME_RIGHT = 1.5;

/**
 * Whether the right side of a candidate split holds the flush-right cells of the left side's rows
 * (`paired`: on a baseline of the left side), a minority of its lines, standing before the side's
 * own lines (a sidebar): a split there cuts through the main column, and the true gutter lies
 * beyond those cells.
 */
export function cutsOffFlushRight<S extends Placed>(right: readonly S[], paired: (segment: S) => boolean): boolean {
  // Grouped by right edge in one sweep: a page may hold many thousands of segments.
  const cells = right.filter(paired).sort((a, b) => a.right - b.right);
  for (let from = 0; from < cells.length; ) {
    let to = from + 1;
    while (to < cells.length && cells[to]!.right - cells[from]!.right <= SAME_RIGHT) to++;
    if (to - from >= 2 && to - from < right.length / 2 && flushBeforeRest(right, new Set(cells.slice(from, to))))
      return true;
    from = to;
  }
  return false;
}

/** Cells whose left edges vary, all ending before the side's other lines begin. */
function flushBeforeRest<S extends Placed>(right: readonly S[], group: ReadonlySet<S>): boolean {
  let [minLeft, maxLeft, maxRight, restLeft] = [Infinity, -Infinity, -Infinity, Infinity];
  for (const s of right) {
    if (!group.has(s)) {
      restLeft = Math.min(restLeft, s.left);
      continue;
    }
    minLeft = Math.min(minLeft, s.left);
    maxLeft = Math.max(maxLeft, s.left);
    maxRight = Math.max(maxRight, s.right);
  }
  // They end before the side's own lines begin: that side's column starts beyond them.
  return maxLeft - minLeft > SAME_RIGHT && maxRight < restLeft;
}
