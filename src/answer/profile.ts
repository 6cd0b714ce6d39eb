/**
 * person → a short overview (headline, recent roles, main skills), each line cited. Built from
 * the profile's own structure where it has one (front matter, experience and skills headings)
 * and from recognisable lines where it has none ("Full-time employee at Apple as an SRE.",
 * "The primary technologies involved were AWS, Chef and Ruby.").
 */
import { FRONT_MATTER_SECTION, type Passage } from '../chunking/passage.js';
import { citationFor, spanOf } from './citeLines.js';
import { overviewOf } from '../profile/overview.js';
import type { Profile } from '../profile/types.js';
import { LANGUAGE_NAMES, fold, namesDegree } from '../profile/wordLists.js';
import { findDates } from '../text/dates.js';
import { sectionOfHeading } from '../text/sectionHeadings.js';
import { statementOf } from './statements.js';
import type { Citation, ProfileLine, ProfileOverview } from './types.js';

export interface PersonEntry {
  readonly personId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly source: string;
}

const ROLES = 3;
const SKILL_LINES = 3;

const EXPERIENCE_HEADING = /experience|employment|career|work history|roles/i;
const SKILLS_HEADING = /skill|technolog|languages|tools|stack/i;
/** Roles stated in prose: "Full-time employee at Apple as an SRE.", "Contractor at Apple", "Centrica is a … supplier." */
const ROLE_LINE =
  /^(?:(?:full-time|part-time|permanent)?\s*(?:employee|contractor|consultant|engineer|developer|architect|lead|director|manager)\b.*\b(?:at|for)\b|[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)* (?:is|was) an? .*(?:company|provider|supplier|platform|developer|house|bank|agency|consultancy|service|firm|business|startup))/i;
/** A line that lists technologies: a skills line, or prose naming "technologies"/"stack"/"tools" with a list. */
const SKILL_LIST_LINE = /\b(?:technolog(?:y|ies)|stack|tools|skills)\b.*,/i;
/** Where a long skills line gets cut, so the list itself shows. */
const SKILL_WORDS = ['technolog', 'stack', 'tools', 'skills'];

/** Exact name or alias first, then a prefix, then a substring; case-insensitive. */
export function findPerson(query: string, people: readonly PersonEntry[]): PersonEntry | undefined {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return undefined;
  const names = (entry: PersonEntry) => [entry.name, ...entry.aliases].map((name) => name.toLowerCase());
  return (
    people.find((entry) => names(entry).includes(wanted)) ??
    people.find((entry) => names(entry).some((name) => name.startsWith(wanted))) ??
    people.find((entry) => names(entry).some((name) => name.includes(wanted)))
  );
}

export interface SourceLine {
  readonly passage: Passage;
  readonly line: number;
  readonly text: string;
}

/** Every source line of the person's passages once (chunk overlap repeats some), in file order. */
export function linesOf(passages: readonly Passage[]): SourceLine[] {
  const seen = new Map<number, SourceLine>();
  for (const passage of passages) {
    passage.text.split('\n').forEach((text, i) => {
      const line = passage.startLine + i;
      if (!seen.has(line)) seen.set(line, { passage, line, text });
    });
  }
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

export const isHeadingLine = (text: string) => /^\s*#{1,6}\s/.test(text);
const isContent = (text: string) => text.trim() !== '' && !/^\s*(\+\+\+|---|\|[\s|:-]*\||\{\{<.*>\}\})\s*$/.test(text);

/** Sections where people describe themselves: "Personal Profile", "Summary", "About me". */
const SUMMARY_HEADING = /profile|summary|about|overview|introduction|\bbio\b|objective/i;

/**
 * The person's own headline: the first line of their summary section, or the first line before any
 * section. Never front matter (a page title, quoted raw) and never a role (shown as a role already).
 */
function headline(own: readonly SourceLine[], isRole: (line: SourceLine) => boolean): SourceLine | undefined {
  const usable = (l: SourceLine) =>
    l.passage.sectionPath[0] !== FRONT_MATTER_SECTION && isContent(l.text) && !isHeadingLine(l.text) && !isRole(l);
  return (
    own.find(
      (l) => usable(l) && l.passage.sectionPath.length > 0 && SUMMARY_HEADING.test(l.passage.sectionPath.at(-1)!),
    ) ?? own.find((l) => usable(l) && l.passage.sectionPath.length === 0)
  );
}

/** A role: its heading and, when the next line is a short title/dates line ("Engineer • Aug. '19 –"), that too. */
function roles(own: readonly SourceLine[]): { first: SourceLine; last: SourceLine }[] {
  const found: { first: SourceLine; last: SourceLine }[] = [];
  const seen = new Set<string>();
  own.forEach((entry, i) => {
    const [top, role] = entry.passage.sectionPath;
    if (!top || !role || !EXPERIENCE_HEADING.test(top) || EXPERIENCE_HEADING.test(role) || seen.has(role)) return;
    // A passage may open with the section heading above its role ("## Experience" with no body of its own).
    if (!isHeadingLine(entry.text) || EXPERIENCE_HEADING.test(entry.text.replace(/^\s*#{1,6}\s+/, ''))) return;
    seen.add(role);
    const next = own.slice(i + 1).find((candidate) => isContent(candidate.text));
    const titled = next && next.passage === entry.passage && !isHeadingLine(next.text) && next.text.trim().length <= 80;
    found.push({ first: entry, last: titled ? next : entry });
  });
  if (found.length > 0) return found;
  // No headings: roles stated in prose, in the order the profile gives them (latest first, by CV habit).
  return own.filter((l) => ROLE_LINE.test(l.text.trim())).map((l) => ({ first: l, last: l }));
}

/** "Python, Lua, Shell scripting, & some C" is a list; "I lead teams, and I mentor people who ask" is prose. */
function isList(text: string): boolean {
  const items = text
    .split(/,|;|\s&\s|\band\b/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 5);
}

/**
 * "English (fluent), Yoruba (native)", "Swedish — native": a list of the languages a person speaks,
 * which a "Languages" heading holds as often as programming languages; never a skills line.
 */
export function spokenLanguages(text: string): boolean {
  const items = text
    .split(/[,;·|]|\s[-–—]\s|\band\b/)
    .map((item) => item.replace(/[(:].*$/, '').trim())
    // "Languages · Czech (native), …": the list's own label is no item of it.
    .filter((item) => item !== '' && sectionOfHeading(item) !== 'languages');
  return items.length > 0 && items.every((item) => LANGUAGE_NAMES.has(fold(item.split(/\s+/)[0]!)));
}

/** Skills lists, and apart from them the spoken languages a languages section lists. */
function skills(own: readonly SourceLine[]): { skills: SourceLine[]; languages: SourceLine[] } {
  // "B.E, Information Technology", "BA Modern Languages": a degree heading names a field, not a skills section.
  const skillsHeading = (part: string) => SKILLS_HEADING.test(part) && !namesDegree(part);
  const inSkillSections = own.filter(
    (l) => l.passage.sectionPath.some(skillsHeading) && !isHeadingLine(l.text) && isList(l.text),
  );
  const listed = own.filter((l) => SKILL_LIST_LINE.test(l.text) && !inSkillSections.includes(l));
  // A role line under an experience heading ("Data Engineer, Andela (2017 – 2020)") lists its parts, not skills.
  const isRole = (l: SourceLine) =>
    l.passage.sectionPath.some((part) => EXPERIENCE_HEADING.test(part)) && findDates(l.text).length > 0;
  const lists = [...inSkillSections, ...listed].filter((l) => !isRole(l));
  return {
    skills: lists.filter((l) => !spokenLanguages(l.text)),
    languages: lists.filter((l) => spokenLanguages(l.text)),
  };
}

/**
 * The overview from the profile stored with the person's document (src/profile/overview.ts): what
 * they do now as the headline, then roles with dates, schools, languages and skills, each cited at
 * the lines it was read from. Undefined when none of its lines can be cited.
 */
function storedOverview(
  entry: PersonEntry,
  passages: readonly Passage[],
  profile: Profile,
): ProfileOverview | undefined {
  const own = passages.filter((passage) => passage.personId === entry.personId && passage.source === entry.source);
  const citations: Citation[] = [];
  const lines: ProfileLine[] = [];
  let headline = '';
  for (const line of overviewOf(profile)) {
    const [first, last] = line.lines;
    const passage = own.find((candidate) => candidate.startLine <= first && candidate.endLine >= first);
    if (!passage) continue;
    const span = spanOf(passage, first, last);
    const citation = citationFor(citations.length + 1, passage, span, 1);
    citations.push(citation);
    const isHeadline = (line.label === 'Now' || line.label === 'Latest') && lines.length === 0;
    if (isHeadline) headline = line.label === 'Now' ? line.text : `Latest: ${line.text}`;
    const label = isHeadline ? 'Headline' : line.label;
    lines.push({ label, text: isHeadline ? headline : line.text, citation: citation.id });
  }
  return lines.length > 0 ? { person: entry.name, source: entry.source, headline, lines, citations } : undefined;
}

/**
 * `passages`: the person's own (others are left out, so a caller may pass more). `stored`: the
 * profile stored with their document, used when it holds anything citable; else the overview is
 * read from the passages' headings and recognisable lines.
 */
export function profileOverview(entry: PersonEntry, passages: readonly Passage[], stored?: Profile): ProfileOverview {
  const fromProfile = stored?.work ? storedOverview(entry, passages, stored) : undefined;
  if (fromProfile) return fromProfile;
  const own = linesOf(passages.filter((passage) => passage.personId === entry.personId));
  const citations: Citation[] = [];
  const lines: ProfileLine[] = [];
  const cite = (label: string, first: SourceLine, last: SourceLine = first, text?: string) => {
    const citation = citationFor(citations.length + 1, first.passage, spanOf(first.passage, first.line, last.line), 1);
    citations.push(citation);
    lines.push({ label, text: text ?? statementOf(citation.text), citation: citation.id });
  };

  const allRoles = roles(own);
  const roleSpans = allRoles.slice(0, ROLES);
  const inRole = (line: SourceLine) =>
    allRoles.some((role) => line.line >= role.first.line && line.line <= role.last.line);
  const top = headline(own, inRole);
  // No summary of their own: no headline (the roles below describe them), rather than a role twice.
  let headlineText = '';
  if (top) {
    headlineText = statementOf(top.text);
    cite('Headline', top, top, headlineText);
  }
  for (const role of roleSpans) {
    const text =
      role.last === role.first
        ? statementOf(role.first.text)
        : `${statementOf(role.first.text)} — ${statementOf(role.last.text)}`;
    cite('Role', role.first, role.last, text);
  }
  const listed = skills(own);
  for (const line of listed.languages.slice(0, 1)) cite('Languages', line, line, statementOf(line.text));
  for (const line of listed.skills.slice(0, SKILL_LINES))
    cite('Skills', line, line, statementOf(line.text, SKILL_WORDS));

  return { person: entry.name, source: entry.source, headline: headlineText, lines, citations };
}
