/**
 * A work or education section cut into its entries, whatever the layout: a Markdown sub-heading
 * per entry; or groups of short heading lines (employer, title, dates) above bullet points; or,
 * with no bullets between them, a run of heading lines cut at each line with dates, keeping the
 * place the dates have in the first entry (dates first, last or in between).
 */
import { findDates, type FoundDates, withoutDates } from '../text/dates.js';
import { block, dateCutAcross, isHeadLine, rangeGoesOn, type EntryBlock } from './entryHead.js';
import { anchoredBlocks, bulletBlocks, formBlocks, headedBlocks, tableBlocks, templateBlocks } from './entryLayouts.js';
import { headingLevel, isBullet, joinedWhere } from './lines.js';
import { datesOnly } from './sections.js';
import type { ProfileLine } from './types.js';

export type { EntryBlock } from './entryHead.js';

/** Cut a run of heading lines holding several dates into one run per date. */
function splitRun(run: readonly ProfileLine[]): ProfileLine[][] {
  const dated = run
    .map((l, i) => (findDates(l.text).length > 0 && !rangeGoesOn(run[i - 1]) ? i : -1))
    .filter((i) => i >= 0);
  if (dated.length <= 1) return [run.slice()];
  const offset = dated[0]!;
  const starts = dated.map((i) => Math.max(0, i - offset));
  starts[0] = 0;
  return starts.map((start, k) => run.slice(start, starts[k + 1] ?? run.length)).filter((piece) => piece.length > 0);
}

/**
 * A sub-heading's entry, or several: "### Acme" over "**Engineer** (2019 – 2021)", its bullets, then
 * "**Senior Engineer** (2021 – now)", or "### Senior Engineer" over "_2021 – now_": each run of heading
 * lines after a body that holds dates starts another role under the same sub-heading, which names
 * the employer of each.
 */
function underSubHeading(group: readonly ProfileLine[], headCount: number): EntryBlock[] {
  const starts = [0];
  let lateDates: ProfileLine | undefined;
  for (let i = headCount + 1; i < group.length; i++) {
    if (!isHeadLine(group[i]!) || isHeadLine(group[i - 1]!)) continue;
    let end = i;
    while (end + 1 < group.length && isHeadLine(group[end + 1]!)) end++;
    const run = group.slice(i, end + 1);
    if (!run.some((l) => findDates(l.text).length > 0)) continue;
    // "### Senior Web Developer" / "Intelitec" / what it did / "March 2013 – Present": a theme that sets
    // the dates in a side column after the description. A run of nothing but dates names no other
    // role: it dates the one whose heading has none.
    const undated = starts.length === 1 && !group.slice(0, headCount).some((l) => findDates(l.text).length > 0);
    if (undated && lateDates === undefined && run.every((l) => datesOnly(l.text))) lateDates = run[0];
    else starts.push(i);
  }
  return starts.flatMap((start, k) => {
    const piece = group.slice(start, starts[k + 1] ?? group.length);
    const headEnd = piece.findIndex((l) => !isHeadLine(l));
    const heads = headEnd < 0 ? piece : piece.slice(0, headEnd);
    if (k > 0) return [block([group[0]!, ...heads], piece)];
    if (lateDates) return [block([...heads, lateDates], piece)];
    // "### Lakemont University" over "MEng …" / "Dec 2014" and "BA …" / "May 2014" with no body
    // between: a run of heading lines holding several dates is one entry per date, each under the sub-heading.
    const runs = splitRun(heads.slice(1));
    if (runs.length < 2) return [block(heads, piece)];
    return runs.map((run, r) => {
      const lines = r === runs.length - 1 ? [...run, ...piece.slice(heads.length)] : run;
      return block([group[0]!, ...run], r === 0 ? [group[0]!, ...lines] : lines);
    });
  });
}

/** "- **Lead Engineer** (2021 – present)": a short bullet with dates, no sentence, is a role of its own. */
function isRoleBullet(line: ProfileLine): boolean {
  if (!isBullet(line.raw) || findDates(line.text).length === 0 || /[.!?]$/.test(line.text)) return false;
  return (
    withoutDates(line.text)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length <= 8
  );
}

/**
 * "### Fjordline Energy" over "- **Lead Engineer** (2021 – present)" and "- **Engineer** (2015 – 2018)":
 * an undated head over short dated bullets names the employer of each; each bullet is a
 * role, the lines under it its body.
 */
function rolesUnderHead(heads: readonly ProfileLine[], body: readonly ProfileLine[]): EntryBlock[] | undefined {
  // With no head at all ("- 2015–2019 · Lecturer, Univ. X" before an entry of another form), only
  // a group that opens with such a bullet is a list of roles.
  if (heads.length === 0 ? !body[0] || !isRoleBullet(body[0]) : heads.some((l) => findDates(l.text).length > 0)) {
    return undefined;
  }
  const roles = body.filter(isRoleBullet);
  if (roles.length === 0) return undefined;
  const top = Math.min(...roles.map((l) => /^\s*/.exec(l.raw)![0].length));
  const at = body
    .map((l, i) => (roles.includes(l) && /^\s*/.exec(l.raw)![0].length === top ? i : -1))
    .filter((i) => i >= 0);
  return at.map((start, k) => {
    const role = body[start]!;
    const rest = body.slice(start + 1, at[k + 1] ?? body.length);
    return block([...heads, { ...role, raw: role.text }], [k === 0 ? (heads[0] ?? role) : role, ...rest]);
  });
}

/**
 * "Jan 2018 – Present" over "#### Brightwater Analytics" over "Data Scientist": when the line just
 * above the first sub-heading is only dates, every entry's dates stand above its sub-heading (a
 * theme floats them right of it). Each such line moves into the entry below it, after its
 * sub-heading; the line it moved from is returned for the entry's line range.
 */
function datesAbove(groups: ProfileLine[][], subLevel: number): Map<ProfileLine[], ProfileLine> {
  const moved = new Map<ProfileLine[], ProfileLine>();
  const lastText = (group: readonly ProfileLine[]) => group.findLast((l) => l.text);
  const first = groups[0];
  if (subLevel === 7 || !first || headingLevel(first[0]!.raw) === subLevel || !datesOnly(lastText(first)?.text ?? '')) {
    return moved;
  }
  for (let k = 0; k + 1 < groups.length; k++) {
    const line = lastText(groups[k]!);
    const next = groups[k + 1]!;
    if (!line || headingLevel(line.raw) > 0 || !datesOnly(line.text) || headingLevel(next[0]!.raw) !== subLevel)
      continue;
    groups[k]!.splice(groups[k]!.indexOf(line), 1);
    next.splice(1, 0, line);
    moved.set(next, line);
  }
  return moved;
}

/** A line a PDF cut between a date's month and its year goes on with the next one: one line, as written. */
function datesRejoined(lines: readonly ProfileLine[]): readonly ProfileLine[] {
  if (!lines.some((l, i) => i > 0 && dateCutAcross(lines[i - 1]!, l))) return lines;
  return joinedWhere(lines, dateCutAcross);
}

export function entryBlocks(all: readonly ProfileLine[]): EntryBlock[] {
  const lines = datesRejoined(all);
  const subLevel = Math.min(7, ...lines.map((l) => headingLevel(l.raw) || 7));
  const laidOut =
    templateBlocks(lines) ??
    formBlocks(lines) ??
    (subLevel < 7
      ? undefined
      : (headedBlocks(lines) ?? tableBlocks(lines) ?? bulletBlocks(lines) ?? anchoredBlocks(lines)));
  if (laidOut) return laidOut.filter((b) => b.parts.length > 0 || b.dates);
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
  const moved = datesAbove(groups, subLevel);
  const blocks: EntryBlock[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    const headEnd = group.findIndex((l) => !isHeadLine(l));
    const heads = headEnd < 0 ? group : group.slice(0, headEnd);
    const body = headEnd < 0 ? [] : group.slice(headEnd);
    if (subLevel < 7 && headingLevel(group[0]!.raw) !== subLevel) continue;
    const roles = rolesUnderHead(heads, body);
    if (roles) {
      blocks.push(...roles);
      continue;
    }
    if (subLevel < 7) {
      const own = underSubHeading(group, heads.length);
      const above = moved.get(group);
      if (above && own[0]) own[0] = { ...own[0], lines: [above.line, own[0].lines[1]] };
      blocks.push(...own);
      continue;
    }
    const runs = splitRun(heads);
    runs.forEach((run, k) => blocks.push(block(run, k === runs.length - 1 ? [...run, ...body] : run)));
  }
  return blocks.filter((b) => b.parts.length > 0 || b.dates);
}

/** ISO dates of an entry: a single date on a role is its start and end; on a school, its end. */
export function entryDates(
  dates: FoundDates | undefined,
  single: 'both' | 'end',
): { startDate?: string; endDate?: string } {
  if (!dates?.start) return {};
  if (dates.open) return { startDate: dates.start };
  if (dates.end) return { startDate: dates.start, endDate: dates.end };
  return single === 'both' ? { startDate: dates.start, endDate: dates.start } : { endDate: dates.start };
}
