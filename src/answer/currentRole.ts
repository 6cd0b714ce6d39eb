/**
 * Who someone is now, from their structured profile (src/profile): the label they give themselves,
 * their current (or latest) role and employer, and where they studied, each with the lines it was
 * read from, so an "about" answer can lead with it instead of repeating the name or a heading.
 */
import type { Passage } from '../chunking/passage.js';
import type { EducationEntry, LineRange, Profile, WorkEntry } from '../profile/types.js';

export interface Said {
  readonly text: string;
  /** The passage holding the first line, and the lines quoted (cut to that passage, at most two). */
  readonly passage: Passage;
  readonly first: number;
  readonly last: number;
  /** A school said with what was studied there ("Physics at Leeds"), not the school alone. */
  readonly withArea?: boolean;
}

export interface WhoTheyAre {
  readonly label?: Said;
  readonly role?: Said;
  readonly school?: Said;
}

/** Longest value read as a title, an employer or a school: longer ones are sentences the reader mis-split. */
const MAX_VALUE = 70;

/** A value worth saying: starts with a letter or digit, holds no sentence, is not the person's own name. */
function clean(value: string | undefined, name: string): string | undefined {
  const text = value?.replace(/^[\s.,;:•·–—-]+|[\s.,;:•·–—-]+$/g, '').replace(/\s+/g, ' ');
  if (!text || text.length > MAX_VALUE || !/^[\p{L}\p{N}]/u.test(text)) return undefined;
  if (text.toLowerCase() === name.toLowerCase()) return undefined;
  return text;
}

/** Where lines `range` sit among the profile's passages: the passage holding the first, cut to it. */
function placed(range: LineRange | undefined, passages: readonly Passage[]): Omit<Said, 'text'> | undefined {
  if (!range) return undefined;
  const [first, last] = range;
  const passage = passages.find((p) => p.startLine <= first && first <= p.endLine);
  return passage ? { passage, first, last: Math.min(last, passage.endLine, first + 1) } : undefined;
}

/** The role held now (no end date) that started last, else the one that ended last; undated roles come last. */
function currentRole(work: readonly WorkEntry[]): WorkEntry[] {
  const key = (entry: WorkEntry) => `${entry.endDate ? '0' : '1'}${entry.endDate ?? entry.startDate ?? ''}`;
  return [...work].filter((entry) => entry.startDate || entry.endDate).sort((a, b) => key(b).localeCompare(key(a)));
}

/** "Engineer at Acme (since 2021-03)", "Engineer at Acme (until 2019)", or whichever half the profile gives. */
function roleText(entry: WorkEntry, name: string): string | undefined {
  const position = clean(entry.position, name);
  const employer = clean(entry.name, name);
  if (!position && !employer) return undefined;
  const what = position && employer ? `${position} at ${employer}` : position ? position : `at ${employer}`;
  const when = entry.endDate ? ` (until ${entry.endDate})` : entry.startDate ? ` (since ${entry.startDate})` : '';
  return `${what}${when}`;
}

function schoolText(entry: EducationEntry, name: string): string | undefined {
  const institution = clean(entry.institution, name);
  if (!institution) return undefined;
  const area = clean(entry.area, name);
  return area ? `${area} at ${institution}` : institution;
}

/** Who `name` is, as their profile says it; empty when the profile is missing or gives nothing usable. */
export function whoTheyAre(profile: unknown, name: string, passages: readonly Passage[]): WhoTheyAre {
  if (!profile || typeof profile !== 'object') return {};
  const { basics, work = [], education = [] } = profile as Partial<Profile>;
  const said = (text: string | undefined, range: LineRange | undefined): Said | undefined => {
    const where = text ? placed(range, passages) : undefined;
    return text && where ? { text, ...where } : undefined;
  };
  const label = said(clean(basics?.label, name), basics?.lines?.label);
  let role: Said | undefined;
  for (const entry of currentRole(work)) if ((role = said(roleText(entry, name), entry.lines))) break;
  let school: Said | undefined;
  for (const entry of education) {
    school = said(schoolText(entry, name), entry.lines);
    if (school) {
      if (clean(entry.area, name)) school = { ...school, withArea: true };
      break;
    }
  }
  return { ...(label ? { label } : {}), ...(role ? { role } : {}), ...(school ? { school } : {}) };
}
