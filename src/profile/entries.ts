/**
 * A work or education section cut into its entries, whatever the layout: a Markdown sub-heading
 * per entry; or groups of short heading lines (employer, title, dates) above bullet points; or,
 * with no bullets between them, a run of heading lines cut at each line with dates, keeping the
 * place the dates have in the first entry (dates first, last or in between).
 */
import { findDates, firstDates, withoutDates, type FoundDates } from './dates.js';
import { headingLevel, isBullet } from './lines.js';
import type { LineRange, ProfileLine } from './types.js';

export interface EntryBlock {
  /** The entry's heading lines (not its bullets), in order. */
  readonly head: readonly ProfileLine[];
  readonly dates: FoundDates | undefined;
  /** The heading lines' parts with the dates cut out: "Acme Ltd | Berlin" → ["Acme Ltd", "Berlin"]. */
  readonly parts: readonly string[];
  readonly lines: LineRange;
}

/** A heading line of an entry: not a bullet, not a sentence, not a paragraph. */
function isHeadLine(line: ProfileLine): boolean {
  if (!line.text || isBullet(line.raw) || line.text.length > 110) return false;
  // A wrapped bullet goes on in small letters; a sentence ends in a full stop after a few words.
  if (/^[\p{Ll}(]/u.test(line.text) && headingLevel(line.raw) === 0) return false;
  return !/[.!?]$/.test(line.text) || line.text.split(/\s+/).length < 5 || findDates(line.text).length > 0;
}

/** Separators between the parts of a heading line: "Engineer | Acme", "Engineer — Acme", "Engineer at Acme". */
const PART_SPLIT = /\s+[|—–·•]\s+|\s*\|\s*|\s+-\s+|\s{3,}|\t+|\s+(?:at|@|bei|chez)\s+(?=\p{Lu}|\d)/u;

export function partsOf(text: string): string[] {
  return withoutDates(text)
    .split(PART_SPLIT)
    .map((part) => part.replace(/^[\s,;:()[\]–—-]+|[\s,;:([–—-]+$/g, '').replace(/\(\s*\)/g, '').trim())
    .filter((part) => /\p{L}/u.test(part));
}

function block(head: readonly ProfileLine[], all: readonly ProfileLine[]): EntryBlock {
  const joined = head.map((l) => l.text).join(' | ');
  const dates = firstDates(joined);
  return { head, dates, parts: head.flatMap((l) => partsOf(l.text)), lines: [all[0]!.line, all.at(-1)!.line] };
}

/** Cut a run of heading lines holding several dates into one run per date. */
function splitRun(run: readonly ProfileLine[]): ProfileLine[][] {
  const dated = run.map((l, i) => (findDates(l.text).length > 0 ? i : -1)).filter((i) => i >= 0);
  if (dated.length <= 1) return [run.slice()];
  const offset = dated[0]!;
  const starts = dated.map((i) => Math.max(0, i - offset));
  starts[0] = 0;
  return starts.map((start, k) => run.slice(start, starts[k + 1] ?? run.length)).filter((piece) => piece.length > 0);
}

export function entryBlocks(lines: readonly ProfileLine[]): EntryBlock[] {
  const subLevel = Math.min(7, ...lines.map((l) => headingLevel(l.raw) || 7));
  const groups: ProfileLine[][] = [];
  let current: ProfileLine[] = [];
  let inBody = false;
  for (const line of lines) {
    if (!line.text) {
      if (current.length) inBody = true;
      continue;
    }
    const level = headingLevel(line.raw);
    const head = isHeadLine(line);
    // A new entry: a sub-heading, or a heading line after the previous entry's bullets or blank line.
    // With sub-headings, only a sub-heading starts an entry.
    const starts = subLevel < 7 ? level === subLevel : head && inBody;
    if (starts && current.length) {
      if (current.length) groups.push(current);
      current = [];
      inBody = false;
    }
    current.push(line);
    if (!head) inBody = true;
  }
  if (current.length) groups.push(current);
  const blocks: EntryBlock[] = [];
  for (const group of groups) {
    const headEnd = group.findIndex((l) => !isHeadLine(l));
    const heads = headEnd < 0 ? group : group.slice(0, headEnd);
    const body = headEnd < 0 ? [] : group.slice(headEnd);
    if (subLevel < 7 && headingLevel(group[0]!.raw) !== subLevel) continue;
    const runs = subLevel < 7 ? [heads] : splitRun(heads);
    runs.forEach((run, k) => blocks.push(block(run, k === runs.length - 1 ? [...run, ...body] : run)));
  }
  return blocks.filter((b) => b.parts.length > 0 || b.dates);
}

/** ISO dates of an entry: a single date on a role is its start and end; on a school, its end. */
export function entryDates(dates: FoundDates | undefined, single: 'both' | 'end'): { startDate?: string; endDate?: string } {
  if (!dates?.start) return {};
  if (dates.open) return { startDate: dates.start };
  if (dates.end) return { startDate: dates.start, endDate: dates.end };
  return single === 'both' ? { startDate: dates.start, endDate: dates.start } : { endDate: dates.start };
}
