/**
 * What a person studied, as their structured profile reads it (src/profile `education`): the subject,
 * the degree and the school of each entry, each cited by the lines of the entry that state them. An
 * entry counts only when it reads as schooling: a school's name ("University", "Hochschule", "École"…)
 * or a degree ("MSc", "Bachelor"…), so a mis-read line is never said as where someone studied.
 */
import type { Passage } from '../chunking/passage.js';
import { linesOf, type FactLine } from '../facts/profileFacts.js';
import type { EducationEntry } from '../profile/types.js';
import words from '../profile/words/education.json' with { type: 'json' };
import { unaccent } from '../text/questionLanguage.js';
import { profileParts } from './profileRoles.js';

export interface Study {
  readonly institution?: string;
  readonly area?: string;
  readonly degree?: string;
  /** The lines stating it: the one naming the subject, then the one naming the school (once if one says both). */
  readonly lines: readonly FactLine[];
  /** Every line of the entry, for matching what a question names. */
  readonly text: string;
}

const MAX_VALUE = 70;
const fold = (text: string) => unaccent(text).toLowerCase();
const wordsIn = (text: string) =>
  new Set(
    fold(text)
      .split(/[^a-z0-9.'’]+/)
      .filter(Boolean),
  );
const SCHOOL_WORDS = new Set(words.school);
const DEGREE_WORDS = new Set(words.degree);

/** A value worth saying: a few words, no grade or page furniture after them ("Physics; GPA: 4.00" → "Physics"). */
function said(value: string | undefined): string | undefined {
  const text = value
    ?.split(/;|\s[|·•]\s|\bGPA\b|\bCGPA\b|©/i)[0]
    ?.replace(/^[\s.,;:•·–—-]+|[\s.,;:•·–—(-]+$/g, '')
    .replace(/\s+/g, ' ');
  return text && text.length <= MAX_VALUE && /^[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

const namesSchool = (text: string) => [...wordsIn(text)].some((word) => SCHOOL_WORDS.has(word));
const namesDegree = (text: string) =>
  [...wordsIn(text)].some((word) => DEGREE_WORDS.has(word) || DEGREE_WORDS.has(word.replace(/[.’']+$/, '')));

/** The first line of the entry holding `value` (case and accents aside). */
function lineHolding(lines: readonly FactLine[], value: string | undefined): FactLine | undefined {
  if (!value) return undefined;
  const wanted = fold(value);
  return lines.find((line) => fold(line.text).includes(wanted));
}

/** Whether one of `lines` is `value` and nothing else (but list marks and end punctuation). */
function standsAlone(lines: readonly FactLine[], value: string): boolean {
  const bare = (text: string) => fold(text).replace(/^[\s\-–•*#>]+|[\s.,;:]+$/g, '');
  return lines.some((line) => bare(line.text) === bare(value));
}

/** A degree cut before its field ("Ph.D. in"): the field was read as the school (LaTeX CV entries). */
const DANGLING = /\s+(?:in|of|en|de|em|im|in der|en el)$/i;

function studyOf(entry: EducationEntry, lines: readonly FactLine[]): Study | undefined {
  const [from, to] = entry.lines;
  const own = lines.filter((line) => line.line >= from && line.line <= Math.max(from, to));
  let institution = said(entry.institution);
  let degree = said(entry.studyType);
  let area = said(entry.area);
  if (degree && DANGLING.test(degree) && !area && institution && !namesSchool(institution)) {
    [area, institution, degree] = [institution, undefined, degree.replace(DANGLING, '')];
  }
  // A study type naming no degree, on a line of its own, is the subject ("Computer Science" read as the
  // degree of a CV that gives none); a label ("Graduation Date: 2020") is not.
  if (degree && !area && !namesDegree(degree) && !/\d/.test(degree) && standsAlone(own, degree)) {
    [area, degree] = [degree, undefined];
  }
  const degreeNamed = degree !== undefined && namesDegree(degree);
  const schooling = (institution && namesSchool(institution)) || degreeNamed;
  if (!schooling || own.length === 0) return undefined;
  // Beside a degree, a school without a school word ("Fenwick Tech", "ETH") is said too; a date or
  // a grade read as the institution is not.
  const institutionSaid =
    institution &&
    (namesSchool(institution) || (degreeNamed && /\p{L}{2}/u.test(institution) && !/\d{4}/.test(institution)))
      ? institution
      : undefined;
  const stating = [lineHolding(own, area), lineHolding(own, institutionSaid)].filter(
    (line): line is FactLine => line !== undefined,
  );
  const cited = [...new Set(stating.length > 0 ? stating : own.slice(0, 1))];
  return {
    ...(institutionSaid ? { institution: institutionSaid } : {}),
    ...(area ? { area } : {}),
    ...(degreeNamed ? { degree } : {}),
    lines: cited,
    text: own.map((line) => line.text).join(' '),
  };
}

/** The profile's education entries that read as schooling, in the profile's order. */
export function studiesOf(profile: unknown, passages: readonly Passage[]): Study[] {
  const { education } = profileParts(profile);
  if (education.length === 0 || passages.length === 0) return [];
  const lines = linesOf(passages);
  return education.flatMap((entry) => studyOf(entry, lines) ?? []);
}

/** "Computer Science (M.S.) at Stanford University", "M.S. at Stanford", "at Stanford", "Physics". */
export function studyText(study: Study): string {
  const what = study.area ?? study.degree;
  const degree = study.area && study.degree ? ` (${study.degree})` : '';
  const where = study.institution ? `at ${study.institution}` : '';
  return [what ? `${what}${degree}` : '', where].filter(Boolean).join(' ');
}
