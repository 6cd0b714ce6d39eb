/**
 * The structure of a profile, read from its passages: roles (employer line, title, dates and the
 * lines that state them), schools and degrees, skills lists and contact lines. Questions about
 * employers, schools and timelines are answered from these, not from any line sharing a word
 * with the question ("Oracle" in a list of ERP products is not an employer).
 */
import type { Passage } from '../chunking/passage.js';
import { dateRanges, type DateRange } from '../text/dates.js';
import { HIDDEN_AT } from '../text/emailAddress.js';
import { BIRTH_DATE, hasPhoneNumber } from '../text/contactDetails.js';
import { ordinal } from './dates.js';
import { sectionOfHeading, type CanonicalSection } from '../text/sectionHeadings.js';

export interface FactLine {
  readonly passage: Passage;
  /** 1-based line in the source file. */
  readonly line: number;
  readonly text: string;
}

export interface Role {
  /** The line naming the employer (a heading, a table row, a sentence). */
  readonly first: FactLine;
  /** Last line of the role's heading block (the title/dates line under a heading), or `first`. */
  readonly last: FactLine;
  /** The heading block as one line of text: what employer questions are matched against. */
  readonly head: string;
  readonly range: DateRange | undefined;
  /** Position in the profile (file order). */
  readonly order: number;
  /** Last line of the role's part of the profile: its heading, then what is said under it, up to the next role or section. */
  readonly through: number;
}

export interface ProfileFacts {
  readonly personId: string;
  readonly person: string;
  readonly source: string;
  /** Latest first: by dates where the profile gives them, else in the profile's own order. */
  readonly roles: readonly Role[];
  readonly schools: readonly FactLine[];
  readonly skills: readonly FactLine[];
  readonly contacts: readonly FactLine[];
}

const EXPERIENCE = /experience|employment|career|work history|positions|professional|roles\b|jobs\b/i;
const EDUCATION = /education|academic|qualification|degrees?\b|studies|schooling|training/i;
const NOT_ROLES =
  /\b(?:certif\w*|licen[cs]e\w*|awards?|honou?rs?|publications?|talks?|presentations?|projects?|volunteer\w*|interests?|hobb\w*|courses?|coursework|skills?|languages?|references?|patents?|grants?)\b/i;
const SKILLS = /skill|technolog|languages|tools|stack|expertise|competenc/i;
const DEGREE =
  /\b(?:ph\.?\s?d|doctor(?:ate| of)|master'?s?|m\.?\s?sc|msc|m\.?\s?s\.|m\.?\s?eng|m\.?\s?tech|mba|bachelor'?s?|b\.?\s?sc|bsc|b\.?\s?a\.|b\.?\s?s\.|b\.?\s?eng|b\.?\s?tech|b\.?\s?e\.|degree|diploma|graduated|high school|a-levels?|gcses?)(?![\w])/i;
const SCHOOL = /\b(?:universit\w*|college|institute|school|academy|polytechnic)\b/i;
/** Roles stated in prose: "Full-time employee at Apple as an SRE.", "Centrica is a … supplier." */
const ROLE_SENTENCE =
  /^(?:(?:full-time|part-time|permanent)?\s*(?:employee|contractor|consultant|engineer|developer|architect|lead|director|manager|intern)\b.*\b(?:at|for)\b|(?!(?:This|That|It|The|My|Our|I)\b)[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)* (?:is|was) an? [^.]{0,60}\b(?:company|provider|supplier|platform|developer|house|bank|agency|consultancy|service|firm|business|startup|publisher|studio|organi[sz]ation))/i;
const SKILL_LIST = /\b(?:technolog(?:y|ies)|stack|tools|skills)\b.*,/i;
const CONTACT = new RegExp(
  String.raw`@|${HIDDEN_AT.source}` +
    String.raw`|\b(?:e-?mail|phone|telephone|tel|website|github|gitlab|linkedin|twitter|blog|homepage|address)\b` +
    String.raw`|https?:\/\/`,
  'i',
);
const isContactLine = (text: string) => CONTACT.test(text) || hasPhoneNumber(text);

/** "Geburtsdatum · 01.02.1979": a birth date's digits are no phone number; a line giving one beside it still counts. */
const OTHER_CONTACT = /@|e-?mail|phone|\bt[ée]l|mobil|handy|celular|m[óo]vil/i;
const birthDateOnly = (text: string) => BIRTH_DATE.test(text) && !OTHER_CONTACT.test(text) && !HIDDEN_AT.test(text);

const isHeading = (text: string) => /^\s*#{1,6}\s/.test(text);
const isContent = (text: string) => text.trim() !== '' && !/^\s*(\+\+\+|---+|\|[\s|:-]*\||\{\{<.*>\}\})\s*$/.test(text);

/** Every source line of the passages once (chunk overlap repeats some), in file order. */
export function linesOf(passages: readonly Passage[]): FactLine[] {
  const seen = new Map<number, FactLine>();
  for (const passage of passages) {
    passage.text.split('\n').forEach((text, i) => {
      const line = passage.startLine + i;
      if (!seen.has(line)) seen.set(line, { passage, line, text });
    });
  }
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

/** "Python, Lua, Shell scripting, & some C" is a list; "I lead teams, and I mentor people" is prose. */
export function isList(text: string): boolean {
  const items = text
    .split(/,|;|\s&\s|\band\b|\s[|·•]\s/)
    .map((item) => item.trim())
    .filter(Boolean);
  const short = items.filter((item) => item.split(/\s+/).length <= 5).length;
  return items.length >= 2 && short >= Math.max(2, items.length * 0.66);
}

const headingText = (text: string) => text.replace(/^\s*#{1,6}\s+/, '').trim();

/** A heading's own path: the passage's path cut back to the part this heading starts. */
function headingPath(sectionPath: readonly string[], heading: string): readonly string[] {
  const own = headingText(heading);
  for (let i = sectionPath.length - 1; i >= 0; i--)
    if (sectionPath[i]!.startsWith(own)) return sectionPath.slice(0, i + 1);
  return sectionPath;
}

const linePaths = new WeakMap<Passage, (readonly string[])[]>();

/**
 * The headings a line sits under, its own heading included when it is one. A passage's section
 * path is the one of its last heading, so lines above that heading in the passage ("## Experience"
 * above "### Acme Ltd") are given the path they really sit under, not Acme's.
 */
function pathOf(entry: FactLine): readonly string[] {
  const { passage } = entry;
  let paths = linePaths.get(passage);
  if (!paths) {
    const texts = passage.text.split('\n');
    const firstHeading = texts.findIndex(isHeading);
    const above =
      firstHeading >= 0 ? headingPath(passage.sectionPath, texts[firstHeading]!).slice(0, -1) : passage.sectionPath;
    let current = above;
    paths = texts.map((text) => (isHeading(text) ? (current = headingPath(passage.sectionPath, text)) : current));
    linePaths.set(passage, paths);
  }
  return paths[entry.line - passage.startLine] ?? passage.sectionPath;
}

/**
 * The English patterns above read English headings only; the five languages' heading map reads
 * "Berufserfahrung", "Formação Acadêmica" and "Compétences" as the same sections.
 */
const EXPERIENCE_SECTIONS: ReadonlySet<CanonicalSection> = new Set<CanonicalSection>(['experience']);
const EDUCATION_SECTIONS: ReadonlySet<CanonicalSection> = new Set<CanonicalSection>(['education']);
const SKILLS_SECTIONS: ReadonlySet<CanonicalSection> = new Set<CanonicalSection>(['skills']);
/** Sections whose dated lines are no jobs: a project's, a certificate's or an award's years. */
const NOT_ROLE_CANONICAL: ReadonlySet<CanonicalSection> = new Set<CanonicalSection>([
  'certifications',
  'projects',
  'publications',
  'awards',
  'interests',
  'references',
  'volunteering',
  'skills',
  'languages',
]);

/** Whether a heading's text names one of `sections`, by the English pattern or in any of the five languages. */
function heads(part: string, pattern: RegExp, sections: ReadonlySet<CanonicalSection>): boolean {
  if (pattern.test(part)) return true;
  // A short section's path part is its heading joined to its first lines ("Projekte · Wetterstation · 2021").
  const section = sectionOfHeading(part) ?? sectionOfHeading(part.split(' · ')[0]!);
  return section !== undefined && sections.has(section);
}

/** Whether a line stands under a heading naming one of `sections`. */
const under = (entry: FactLine, pattern: RegExp, sections: ReadonlySet<CanonicalSection>) =>
  pathOf(entry).some((part) => heads(part, pattern, sections));
const inExperience = (entry: FactLine) => under(entry, EXPERIENCE, EXPERIENCE_SECTIONS);
const inEducation = (entry: FactLine) => under(entry, EDUCATION, EDUCATION_SECTIONS);
const inNotRoles = (entry: FactLine) => under(entry, NOT_ROLES, NOT_ROLE_CANONICAL);
const inSkills = (entry: FactLine) => under(entry, SKILLS, SKILLS_SECTIONS);

/**
 * Whether a role stands under a heading of work ("Experience", "Berufserfahrung", "Current Position"):
 * a dated line under "Teaching" or "Research" may be read as a role too, but is not the job someone
 * holds when a role under a work heading is also open.
 */
export const underWorkHeading = (role: Role): boolean => inExperience(role.first);

/** A heading that names a section of the CV (not an employer written as a heading). */
const namesSection = (text: string) => {
  const own = headingText(text);
  return EXPERIENCE.test(own) || EDUCATION.test(own) || sectionOfHeading(own) !== undefined;
};

type RoleHead = Omit<Role, 'through'>;

/**
 * The lines in file order with each line's position among them, so a range of lines is a slice and
 * the lines just above one a short walk back: a 10 MB profile has thousands of roles and hundreds of
 * thousands of lines, and filtering every line per role made reading its facts quadratic.
 */
class LineRuns {
  private readonly position = new Map<number, number>();

  constructor(readonly lines: readonly FactLine[]) {
    lines.forEach((entry, i) => this.position.set(entry.line, i));
  }

  /** Where `entry` (one of the lines) sits among them. */
  at(entry: FactLine): number {
    return this.position.get(entry.line)!;
  }

  /** The lines from `first` to `last`, both included. */
  between(first: FactLine, last: FactLine): readonly FactLine[] {
    return this.lines.slice(this.at(first), this.at(last) + 1);
  }

  /** Up to `count` content lines above `entry`, nearest first. */
  contentAbove(entry: FactLine, count: number): FactLine[] {
    const found: FactLine[] = [];
    for (let i = this.at(entry) - 1; i >= 0 && found.length < count; i--)
      if (isContent(this.lines[i]!.text)) found.push(this.lines[i]!);
    return found;
  }
}

/** The first of the ascending `sorted` that is greater than `value`. */
function firstAbove(sorted: readonly number[], value: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return sorted[low];
}

function roles(runs: LineRuns): Role[] {
  const { lines } = runs;
  const found: RoleHead[] = [];
  const used = new Set<number>();
  const add = (first: FactLine, last: FactLine) => {
    const block = runs.between(first, last).filter((l) => isContent(l.text));
    for (const l of block) used.add(l.line);
    const head = block.map((l) => l.text.replace(/^\s*#{1,6}\s+/, '').trim()).join(' · ');
    const range = dateRanges(head)[0];
    found.push({ first, last, head, range, order: found.length });
  };

  // 1. A heading under an experience heading (not itself a section title), with the short title/dates line below it.
  lines.forEach((entry, i) => {
    if (used.has(entry.line)) return;
    const last = headingRoleEnd(lines, i);
    if (last) add(entry, last);
  });

  // 2. A line with a date range outside education, certificate and project sections: a table row or a one-line role.
  for (const entry of lines) {
    if (used.has(entry.line) || !isContent(entry.text) || isHeading(entry.text)) continue;
    if (inEducation(entry) || inNotRoles(entry) || DEGREE.test(entry.text) || /certif/i.test(entry.text)) continue;
    if (dateRanges(entry.text).length === 0) continue;
    if (!inExperience(entry) && entry.text.length > 200) continue;
    // A line that is only dates ("April 2023 – Present") belongs to the short lines above it: title, employer.
    let first = entry;
    const range = dateRanges(entry.text)[0]!;
    const besides = entry.text
      .replace(entry.text.slice(range.index, range.index + range.length), '')
      .replace(/[^\p{L}\s]/gu, '')
      .trim();
    if (besides.length <= 40) {
      const above = runs.contentAbove(entry, 2);
      // Dates under a heading role that had none ("Schlumberger" / "DATA ENGINEER July 2018 - Present"): they are that role's dates.
      const undated = found.findIndex(
        (role) => !role.range && above.slice(0, 2).some((l) => l.line === role.last.line),
      );
      if (undated >= 0) {
        const role = found[undated]!;
        found.splice(undated, 1);
        const block = runs.between(role.first, entry).filter((l) => isContent(l.text));
        const head = block.map((l) => l.text.replace(/^\s*#{1,6}\s+/, '').trim()).join(' · ');
        for (const l of block) used.add(l.line);
        found.push({ first: role.first, last: entry, head, range: dateRanges(head)[0], order: role.order });
        continue;
      }
      for (const candidate of above.slice(0, besides.replace(/[^\p{L}]/gu, '').length < 12 ? 2 : 1)) {
        if (
          used.has(candidate.line) ||
          (isHeading(candidate.text) && namesSection(candidate.text)) ||
          candidate.text.trim().length > 80 ||
          dateRanges(candidate.text).length > 0 ||
          /^\s*[-*+•]\s/.test(candidate.text) ||
          /[.;]\s*$/.test(candidate.text)
        )
          break;
        first = candidate;
      }
    }
    const block = runs
      .between(first, entry)
      .map((l) => l.text)
      .join(' ');
    if (DEGREE.test(block)) continue;
    add(first, entry);
  }

  // 3. Profiles written as prose: role sentences.
  if (found.length === 0) {
    for (const entry of lines) if (entry.text.length <= 160 && ROLE_SENTENCE.test(entry.text.trim())) add(entry, entry);
  }

  return latestFirst(found, runs);
}

/** Latest first by end date (open ends are the latest), then start; undated roles keep the profile's order after dated ones. */
function latestFirst(found: readonly RoleHead[], runs: LineRuns): Role[] {
  const dated = found.some((role) => role.range);
  const starts = found.map((role) => role.first.line).sort((a, b) => a - b);
  return found
    .map((role) => ({ ...role, through: roleEnd(role, runs, starts) }))
    .sort((a, b) => {
      if (!dated) return a.order - b.order;
      if (a.range && b.range) {
        return (
          ordinal(b.range.end) - ordinal(a.range.end) ||
          ordinal(b.range.start) - ordinal(a.range.start) ||
          a.order - b.order
        );
      }
      return a.range ? -1 : b.range ? 1 : a.order - b.order;
    });
}

/**
 * When line `i` is a heading that names a role (the first level under an experience heading, not a
 * section title of its own), the last line of its head: the heading, or the short title/dates line
 * right below it.
 */
function headingRoleEnd(lines: readonly FactLine[], i: number): FactLine | undefined {
  const entry = lines[i]!;
  if (!isHeading(entry.text)) return undefined;
  const headings = pathOf(entry);
  const own = headings.at(-1);
  const parents = headings.slice(0, -1);
  if (
    !own ||
    !parents.some((part) => heads(part, EXPERIENCE, EXPERIENCE_SECTIONS)) ||
    parents.some((part) => heads(part, NOT_ROLES, NOT_ROLE_CANONICAL) || heads(part, EDUCATION, EDUCATION_SECTIONS))
  )
    return undefined;
  if (heads(own, EXPERIENCE, EXPERIENCE_SECTIONS) && !dateRanges(own).length) return undefined;
  if (/^(?:key|main)?\s*(?:responsibilities|achievements|skills|duties|projects?)\b/i.test(own)) return undefined;
  // Only the first heading level below the experience heading names roles.
  const depth = headings.findIndex((part) => heads(part, EXPERIENCE, EXPERIENCE_SECTIONS));
  if (headings.length - 1 !== depth + 1) return undefined;
  let last = entry;
  for (const next of lines.slice(i + 1, i + 4)) {
    if (isHeading(next.text)) break;
    if (!isContent(next.text)) continue;
    if (next.text.trim().length <= 90 && !/^\s*[-*+]\s/.test(next.text)) last = next;
    break;
  }
  return last;
}

/** A line that only names a section ("EDUCATION", "Skills", "Projects"): in text without headings, where a role's part ends. */
const SECTION_TITLE =
  /^\W*(?:technical\s+)?(?:education|skills|projects|publications|awards|certifications|languages|interests|references|volunteering|hobbies|training|qualifications|courses|honou?rs)(?:\s*(?:&|and)\s*\w+)?\W*$/i;

/**
 * Where a role's part of the profile ends: before the next role, a heading beside or above the
 * role's own, a line outside the role's section, or a line that only names a section.
 */
function roleEnd(role: RoleHead, runs: LineRuns, starts: readonly number[]): number {
  const { lines } = runs;
  const next = firstAbove(starts, role.last.line) ?? Number.POSITIVE_INFINITY;
  const own = pathOf(role.first);
  let end = role.last.line;
  for (let i = runs.at(role.last) + 1; i < lines.length; i++) {
    const entry = lines[i]!;
    if (entry.line >= next) break;
    const path = pathOf(entry);
    if (path.length < own.length || own.some((part, j) => path[j] !== part)) break;
    if (isHeading(entry.text) ? path.length <= own.length : SECTION_TITLE.test(entry.text.trim())) break;
    end = entry.line;
  }
  return end;
}

export function profileFacts(passages: readonly Passage[]): ProfileFacts {
  const first = passages[0]!;
  const lines = linesOf(passages);
  const runs = new LineRuns(lines);
  const roleList = roles(runs);
  const schools = lines.filter(
    (entry) =>
      isContent(entry.text) &&
      !isHeading(entry.text) &&
      (inEducation(entry)
        ? !NOT_ROLES.test(entry.text)
        : DEGREE.test(entry.text) && (SCHOOL.test(entry.text) || !inExperience(entry))),
  );
  // Where layout hid the education heading (PDF, DOCX), a line naming a university or college outside the roles is a school line too.
  const roleLines = new Set(roleList.flatMap((role) => runs.between(role.first, role.last).map((l) => l.line)));
  const schoolLines = new Set(schools);
  const schoolNames = lines.filter(
    (entry) =>
      SCHOOL.test(entry.text) &&
      !schoolLines.has(entry) &&
      !roleLines.has(entry.line) &&
      !inExperience(entry) &&
      isContent(entry.text) &&
      entry.text.length <= 200,
  );
  const skillSection = lines.filter(
    (entry) => inSkills(entry) && !isHeading(entry.text) && isContent(entry.text) && isList(entry.text),
  );
  const inSkillSection = new Set(skillSection);
  const listed = lines.filter((entry) => SKILL_LIST.test(entry.text) && !inSkillSection.has(entry));
  const contacts = lines.filter(
    (entry) =>
      isContent(entry.text) && isContactLine(entry.text) && entry.text.length <= 160 && !birthDateOnly(entry.text),
  );
  return {
    personId: first.personId,
    person: first.person,
    source: first.source,
    roles: roleList,
    schools: [...schools, ...schoolNames].sort((a, b) => a.line - b.line),
    skills: [...skillSection, ...listed],
    contacts,
  };
}
