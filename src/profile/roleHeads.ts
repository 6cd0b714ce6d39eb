/**
 * A person's role headings as a years question counts them: the headings the role reader found,
 * then the stored profile's work entries no heading covers. Worked out in one place for the two
 * that need it: answers (answer/profileRoles.ts) and the build, which stores each person's as
 * numbers with the role-terms table (index/store/manifest/roleSpans.ts), so counting years reads no
 * one's facts.
 */
import type { RoleHead } from '../facts/storedFacts.js';
import type { DateRange, YearMonth } from '../text/dates.js';
import type { EducationEntry, Profile, SkillEntry, WorkEntry } from './types.js';

/** How far below a one-line role its description may run when the profile gives only the heading line. */
export const MAX_DETAIL_RUN = 30;

/** "2019-03" → { year: 2019, month: 3 }; undefined for anything else. */
export function isoPoint(date: string | undefined): YearMonth | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!match) return undefined;
  const month = match[2] ? Number(match[2]) : undefined;
  return { year: Number(match[1]), month: month && month >= 1 && month <= 12 ? month : undefined };
}

/** A work entry's dates as a range; an entry with an end and no start is taken as that one point. */
export function entryRange(entry: Pick<WorkEntry, 'startDate' | 'endDate'>): DateRange | undefined {
  const start = isoPoint(entry.startDate) ?? isoPoint(entry.endDate);
  if (!start) return undefined;
  const end = isoPoint(entry.endDate);
  return { start, end, index: 0, length: 0 };
}

/** The profile's parts an answer reads, whatever the stored value's shape. */
export function profileParts(profile: unknown): Pick<Profile, 'work' | 'education' | 'skills'> {
  const p = (profile && typeof profile === 'object' ? profile : {}) as Partial<Profile>;
  const list = <T>(value: readonly T[] | undefined) => (Array.isArray(value) ? value : []);
  return {
    work: list<WorkEntry>(p.work),
    education: list<EducationEntry>(p.education),
    skills: list<SkillEntry>(p.skills),
  };
}

/**
 * `heads` (a person's stored role headings) with the work entries of their stored `profile` that no
 * heading covers, after them: an entry's lines run to the next entry of any profile section.
 */
export function headsWithProfile(heads: readonly RoleHead[], profile: unknown): readonly RoleHead[] {
  const { work, education, skills } = profileParts(profile);
  if (work.length === 0) return heads;
  const starts = [...work, ...education, ...skills].map((entry) => entry.lines[0]).sort((a, b) => a - b);
  const added: RoleHead[] = [];
  for (const entry of work) {
    const [from, to] = entry.lines;
    if (heads.some((head) => (head.first.line >= from && head.first.line <= to) || head.first.line === from - 1))
      continue;
    const next = starts.find((start) => start > from) ?? Number.POSITIVE_INFINITY;
    const through = to > from ? to : Math.min(next - 1, from + MAX_DETAIL_RUN);
    const head = [entry.position, entry.name].filter(Boolean).join(' · ');
    if (head) added.push({ head, range: entryRange(entry), through, first: { line: from } });
  }
  return added.length === 0 ? heads : [...heads, ...added];
}
