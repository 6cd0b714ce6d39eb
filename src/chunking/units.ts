/**
 * The pieces a section is packed from: units that are never cut (a bullet with its nested bullets,
 * a table row, a paragraph line, a LaTeX command spanning lines) unless one alone cannot fit, and
 * then only into its `parts`.
 */
import { type Block, type LineRange, type ListItem, isBlank } from './blocks.js';

/** A range that can be cut into `parts` when it exceeds `limit` on its own. */
export interface Unit extends LineRange {
  readonly parts: readonly Unit[];
  /** 'target' for prose (cut into lines when large); 'max' for bullets and rows (cut only when they cannot fit). */
  readonly limit: 'target' | 'max';
  /** Stays in the same passage as the unit after it. */
  readonly keepWithNext: boolean;
  /** Only meaningful with what follows (heading, label, table header): dropped when it would stand alone. */
  readonly label: boolean;
}

export interface Section {
  readonly path: readonly string[];
  readonly units: Unit[];
}

export interface Atom extends LineRange {
  readonly keepWithNext: boolean;
  readonly label: boolean;
}

/** How many more `{` than `}` a line opens: a LaTeX command such as `\cventry{…}{…}` may span lines. */
function braceDepth(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '%') break;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
  }
  return depth;
}

/** The lines one by one, except that a command whose braces stay open over several lines is one unit. */
export function lineUnits(start: number, end: number, lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (let line = start; line <= end; line++) {
    if (isBlank(lines[line - 1])) continue;
    let last = line;
    let depth = braceDepth(lines[line - 1]!);
    while (depth > 0 && last < end) depth += braceDepth(lines[last++]!);
    while (last > line && isBlank(lines[last - 1])) last--;
    units.push(leaf(line, last));
    line = last;
  }
  return units;
}

export function leaf(start: number, end: number, flags: Partial<Pick<Unit, 'keepWithNext' | 'label'>> = {}): Unit {
  return { start, end, parts: [], limit: 'max', keepWithNext: false, label: false, ...flags };
}

export function proseUnit(start: number, end: number, lines: readonly string[], keepWithNext = false): Unit {
  const parts = start === end ? [] : lineUnits(start, end, lines);
  return { start, end, parts, limit: 'target', keepWithNext, label: false };
}

/** A bullet's parts: its own lines one by one, each nested bullet whole. */
export function itemUnit(item: ListItem, lines: readonly string[]): Unit {
  const parts: Unit[] = [];
  let line = item.start;
  for (const child of item.children) {
    parts.push(...lineUnits(line, child.start - 1, lines));
    parts.push(itemUnit(child, lines));
    line = child.end + 1;
  }
  parts.push(...lineUnits(line, item.end, lines));
  return {
    start: item.start,
    end: item.end,
    parts: parts.length > 1 ? parts : [],
    limit: 'max',
    keepWithNext: false,
    label: false,
  };
}

/** True when the paragraph ends in `:` or `;` and a list or table follows: it introduces them. */
export function isLeadIn(block: Block, next: Block | undefined, lines: readonly string[]): boolean {
  if (block.kind !== 'paragraph' || (next?.kind !== 'listItem' && next?.kind !== 'table')) return false;
  return /[:;]$/.test((lines[block.end - 1] ?? '').trim());
}
