/**
 * Skills tables as the DOCX and HTML readers hand them over: one row a line, its cells joined by
 * " | " ("Frontend | Vue.js, Svelte"), a head row first ("Area | Tools"), or every row of a table
 * that stood on one line of the page joined by " · "; moderncv's \cvitem reads the same way
 * ("Programming · C++, Python"). The first cell is the category, the second lists its items.
 */
import { listItems } from './labels.js';
import type { ProfileLine } from './types.js';

const CELLS = /^([^,;|·]{1,40}?)\s+[|·]\s+([^|·]+)$/u;
const hasWords = (line: ProfileLine) => /[\p{L}\p{N}]/u.test(line.text);

/** A category cell, then a cell listing two items or more (one when `single`); undefined for any other line. */
function cellGroup(text: string, single = false): { label: string; rest: string } | undefined {
  const cells = CELLS.exec(text);
  if (!cells || cells[1]!.trim().split(/\s+/).length > 4) return undefined;
  if (!single && !/[,;]/.test(cells[2]!)) return undefined;
  const label = cells[1]!.replace(/[\s:：*]+$/u, '').trim();
  return listItems(cells[2]!).length >= (single ? 1 : 2) && label ? { label, rest: cells[2]! } : undefined;
}

/** "Area | Tools" over "Frontend | Vue.js, Svelte": a table's first row, a head whose cells are no skills. */
function tableHead(lines: readonly ProfileLine[], at: number): boolean {
  const next = lines.slice(at + 1).find(hasWords);
  const previous = lines.slice(0, at).findLast(hasWords);
  const cells = lines[at]!.text.split(/\s+[|·]\s+/);
  return (
    next !== undefined &&
    !(previous && /\s[|·]\s/.test(previous.text)) &&
    cells.length >= 2 &&
    cells.every((cell) => !/[,;:]/.test(cell) && cell.split(/\s+/).length <= 3) &&
    cellGroup(next.text) !== undefined
  );
}

/**
 * A table's row of skills: its category and items; null for its head row; undefined for a line
 * that is no such row. A row of one item ("Ops | Docker") is one beside a row that lists several.
 */
export function tableRow(
  lines: readonly ProfileLine[],
  at: number,
): { label: string; rest: string } | null | undefined {
  const text = lines[at]!.text;
  const group = cellGroup(text);
  if (group) return group;
  if (!CELLS.test(text)) return undefined;
  if (tableHead(lines, at)) return null;
  const beside = [lines.slice(0, at).findLast(hasWords), lines.slice(at + 1).find(hasWords)];
  return beside.some((line) => line && cellGroup(line.text)) ? cellGroup(text, true) : undefined;
}

/** "Area | Tools · Core | Go, Rust · Ops | Docker": a table's rows run into one line, each a line of its own. */
export function joinedRows(line: ProfileLine): ProfileLine[] | undefined {
  if (!line.text.includes(' · ') || !line.text.includes(' | ')) return undefined;
  const rows = line.text.split(' · ');
  if (rows.length < 2 || !rows.every((row) => /^[^|]+ \| [^|]+$/.test(row))) return undefined;
  return rows.map((row) => ({ line: line.line, raw: row, text: row }));
}
