/**
 * The structured profile (src/profile, JSON Resume fields with the lines each value came from) as
 * the roles the intents already answer from. A layout the older role reader does not know (JSON
 * Resume, a role written on one line) still has its `work` entries in the profile, so employer,
 * timeline and years questions are answered from those too: each entry becomes a `Role` whose
 * lines are the entry's own, added to the roles read from the passages where none covers it.
 */
import type { Passage } from '../chunking/passage.js';
import { linesOf, type FactLine, type ProfileFacts, type Role } from '../facts/profileFacts.js';
import type { RoleHead } from '../facts/storedFacts.js';
import type { WorkEntry } from '../profile/types.js';
import type { YearMonth } from '../text/dates.js';
import type { QuestionContext } from './context.js';
import { workEntryTexts } from '../profile/workEntryText.js';
import { entryRange, headsWithProfile, MAX_DETAIL_RUN, profileParts } from '../profile/roleHeads.js';

export { entryRange, isoPoint, profileParts } from '../profile/roleHeads.js';

const isHeadingLine = (text: string) => /^\s*#{1,6}\s/.test(text);
const headText = (lines: readonly FactLine[]) =>
  lines
    .map((line) => line.text.replace(/^\s*#{1,6}\s+/, '').trim())
    .filter(Boolean)
    .join(' · ');

/**
 * The last line of an entry's part of the profile: its own last line when it spans several; for a
 * one-line heading, the lines below it up to the next heading or the next entry.
 */
function throughOf(first: number, last: number, lines: readonly FactLine[], nextStart: number): number {
  if (last > first) return last;
  let through = first;
  for (const line of lines) {
    if (line.line <= first) continue;
    if (line.line >= nextStart || line.line > first + MAX_DETAIL_RUN || isHeadingLine(line.text)) break;
    through = line.line;
  }
  return through;
}

/**
 * The line an entry is cited by: a line stating it. Its own first line when that line names its
 * employer and title (or the one of them it has); else the line nearest it that does (a JSON Resume
 * entry's heading); else its first line when that names either; else none.
 */
function anchor(entry: WorkEntry, lines: readonly FactLine[], byLine: ReadonlyMap<number, FactLine>) {
  const [from] = entry.lines;
  const values = [entry.name, entry.position].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase());
  if (values.length === 0) return undefined;
  const statesAll = (line: FactLine) => values.every((value) => line.text.toLowerCase().includes(value));
  const statesAny = (line: FactLine) => values.some((value) => line.text.toLowerCase().includes(value));
  const first = byLine.get(from);
  if (first && statesAll(first)) return first;
  const distance = (line: FactLine) => (line.line >= from ? line.line - from : from - line.line + 0.5);
  const nearest = lines.filter(statesAll).sort((a, b) => distance(a) - distance(b))[0];
  if (nearest) return nearest;
  if (first && statesAny(first)) return first;
  return lines.find((line) => line.line > from && line.line <= from + MAX_DETAIL_RUN && statesAny(line));
}

/** The profile's work entries as roles over `passages` (one document's, in file order). */
export function rolesFromProfile(profile: unknown, passages: readonly Passage[]): Role[] {
  const { work } = profileParts(profile);
  if (work.length === 0 || passages.length === 0) return [];
  const lines = linesOf(passages);
  const byLine = new Map(lines.map((line) => [line.line, line]));
  const anchors = work.map((entry) => anchor(entry, lines, byLine));
  const starts = anchors.flatMap((first) => (first ? [first.line] : [])).sort((a, b) => a - b);
  const roles: Role[] = [];
  work.forEach((entry, order) => {
    const first = anchors[order];
    if (!first || (!entry.name && !entry.position)) return;
    const from = first.line;
    const to = Math.max(from, entry.lines[1]);
    // The heading block: the entry's first lines (a title line under an employer line), at most two.
    const block = lines.filter((line) => line.line >= from && line.line <= Math.min(to, from + 1));
    const last = block.at(-1) ?? first;
    const nextStart = starts.find((start) => start > from) ?? Number.POSITIVE_INFINITY;
    roles.push({
      first,
      last,
      head: headText(block) || [entry.position, entry.name].filter(Boolean).join(' · '),
      range: entryRange(entry),
      order,
      through: throughOf(from, to, lines, nextStart),
    });
  });
  return roles;
}

/** Latest first by end (open ends latest), then start; undated roles after, in profile order. */
function latestFirst(roles: readonly Role[]): Role[] {
  const point = (p: YearMonth | undefined, open: number) => (p ? p.year * 12 + (p.month ?? 6) : open);
  return [...roles].sort((a, b) => {
    if (a.range && b.range) {
      const end = point(b.range.end, Infinity) - point(a.range.end, Infinity);
      return end || point(b.range.start, 0) - point(a.range.start, 0) || a.order - b.order;
    }
    return a.range ? -1 : b.range ? 1 : a.order - b.order;
  });
}

/** Does a role read from the passages already stand for this entry (their heading lines meet)? */
const covers = (role: Role, entry: Role) =>
  (role.first.line >= entry.first.line && role.first.line <= entry.last.line) ||
  (entry.first.line >= role.first.line && entry.first.line <= role.last.line);

/**
 * A person's facts with the profile's roles added where no role read from the passages covers
 * them. Facts from a layout the role reader knows come back as they were (same roles, same order).
 */
export function withProfileRoles(
  facts: ProfileFacts | undefined,
  profile: unknown,
  passages: readonly Passage[],
): ProfileFacts | undefined {
  if (!facts) return facts;
  const own = facts.roles;
  const added = rolesFromProfile(profile, passages).filter((entry) => !own.some((role) => covers(role, entry)));
  if (added.length === 0) return facts;
  const renumbered = added.map((role, i) => ({ ...role, order: own.length + i }));
  return { ...facts, roles: latestFirst([...own, ...renumbered]) };
}

/** One person's facts with their profile's roles added (see withProfileRoles); undefined for an unknown person. */
export function factsWithProfile(ctx: QuestionContext, personId: string): ProfileFacts | undefined {
  const facts = ctx.facts().get(personId);
  const stored = ctx.facts().profileOf(personId);
  return stored ? withProfileRoles(facts, stored.profile, ctx.passagesOf(stored.source)) : facts;
}

/** Whether one of the person's profile work entries names what `matches` looks for, by its employer or title. */
export function profileWorkNames(ctx: QuestionContext, personId: string, matches: (text: string) => boolean): boolean {
  return workEntryTexts(ctx.facts().profileOf(personId)?.profile).some(matches);
}

/**
 * A person's role headings as the stored facts hold them, with the profile's work entries no stored
 * heading covers, read from the stored profile alone (no passage decoded).
 */
export function roleHeadsWithProfile(ctx: QuestionContext, personId: string): readonly RoleHead[] {
  return headsWithProfile(ctx.facts().roleHeads(personId), ctx.facts().profileOf(personId)?.profile);
}
