/** One person's roles in time: the latest, the first, before or after an employer, the time at one. */
import { asWritten } from '../../text/asWritten.js';
import { ordinal } from '../../facts/dates.js';
import { mergedMonths } from '../../facts/experienceYears.js';
import { type Role, underWorkHeading } from '../../facts/profileFacts.js';
import { tokenize } from '../../text/terms.js';
import type { PersonQuestion } from '../context.js';
import { namesEntity } from '../entities.js';
import type { Intent } from '../intent.js';
import { person as say } from '../phrasing.js';
import { answerOf, cited, Citations, nobody, statementOf, type Line } from '../statements.js';
import type { Answer } from '../types.js';
import { searchPersonOrSay } from './search.js';
import { statesDuration } from '../statedYears.js';
import type { Passage } from '../../chunking/passage.js';
import type { Profile } from '../../profile/types.js';

type RoleIntent = Extract<
  Intent,
  { kind: 'timeline'; which: 'latest' | 'all' | 'first' | 'before' | 'after' | 'at' | 'year' }
>;

/** Roles an answer listing them all names, the most recent first. */
const MAX_LISTED_ROLES = 4;

/** Whether a role's dates take in `year` (an open end runs to now). */
const holdsYear = (role: Role, year: number) =>
  role.range !== undefined &&
  role.range.start.year <= year &&
  (role.range.end?.year ?? new Date().getFullYear()) >= year;

const MAX_DETAIL_LINES = 3;

/** The lines under a role's heading (its bullets), each quoted with its citation. */
function detailLines(asked: PersonQuestion, role: Role, citations: Citations): Line[] {
  const passages = asked.ctx.passagesOf(role.first.passage.source);
  const lines: Line[] = [];
  for (let n = role.last.line + 1; n <= role.through && lines.length < MAX_DETAIL_LINES; n++) {
    const passage = passages.find((p) => p.startLine <= n && n <= p.endLine);
    if (!passage) continue;
    const text = passage.text.split('\n')[n - passage.startLine]?.trim() ?? '';
    if (!/\p{L}{3}/u.test(text)) continue;
    const citation = citations.add(passage, n, n);
    lines.push([cited(statementOf(citation.text), citation)]);
  }
  return lines;
}

/** Months at an employer over its stints, each from its start to its end as dated, overlaps once. */
export function stintMonths(stints: readonly Role[], now = new Date()): number {
  const today = { year: now.getFullYear(), month: now.getMonth() + 1 };
  return mergedMonths(stints.map((r) => [ordinal(r.range!.start), ordinal(r.range!.end ?? today)] as const));
}

/**
 * A role's heading with the line after it, when that line is still the role's: an employer's name
 * wrapped onto the next line ("… Head of Finance with Northwind" / "Shipping Ltd …").
 */
function wrappedInto(entity: string, role: Role): boolean {
  const next = role.last.line + 1;
  const { passage } = role.last;
  if (next > role.through || next > passage.endLine) return false;
  // The name must start in the heading: a description line below naming it is a mention, not the employer.
  const [firstWord] = tokenize(entity);
  if (!firstWord || !tokenize(role.head).includes(firstWord)) return false;
  return namesEntity(entity, `${role.head} ${passage.text.split('\n')[next - passage.startLine] ?? ''}`);
}

/** "Where does Phil work now?", "What did kura do before Acme?", "How long was Jane at Initech?". */
export async function answerRoles(asked: PersonQuestion, intent: RoleIntent): Promise<Answer> {
  const { question, person, facts } = asked;
  const name = person.name;
  const roles = facts?.roles ?? [];
  // No dated role to read: the search of the profile, or for "how long at X" its lines giving years there.
  const unread = () =>
    intent.which === 'at' && intent.aspect === 'duration'
      ? (durationLines(asked, intent.entity!) ?? searchPersonOrSay(asked, 'timeline'))
      : searchPersonOrSay(asked, 'timeline');
  if (roles.length === 0) return unread();
  const citations = new Citations();
  const done = (lead: string, lines: readonly Line[]) =>
    answerOf(question, citations.compose([[lead], ...lines]), 'timeline', [name]);
  const say1 = (role: Role): Line => [citations.role(role)];
  // One role asked for: its heading, then the first line under it, which says what the job was where a
  // heading only names the employer ("Natwest is a high-street bank." / "My first job. I wrote …").
  const withWhat = (role: Role): Line[] => [say1(role), ...detailLines(asked, role, citations).slice(0, 1)];
  // The latest role under a work heading, when there is one: a course still given ("Teaching: field course,
  // 2020 – present") is not the job held since 2019.
  if (intent.which === 'latest') {
    const latest = roles.find(underWorkHeading) ?? roles[0]!;
    return done(say.latestRole(name), withWhat(latest));
  }
  if (intent.which === 'first') return done(say.firstRole(name), withWhat(roles.at(-1)!));
  if (intent.which === 'all') return done(say.roles(name), roles.slice(0, MAX_LISTED_ROLES).map(say1));
  if (intent.which === 'year') {
    const held = roles.filter((role) => holdsYear(role, intent.year));
    // No role that year: where they studied then ("where was Ana in 2012?" during her PhD).
    if (held.length === 0) return studiesIn(asked, intent.year) ?? searchPersonOrSay(asked, 'timeline');
    return done(say.rolesIn(name, intent.year), held.slice(0, 3).map(say1));
  }
  const typed = intent.entity!;
  // A job there before a course given there ("Faculdade de Medicina de Santos" under Docência).
  const naming = (role: Role) => namesEntity(typed, role.head);
  const atWork = roles.findIndex((role) => naming(role) && underWorkHeading(role));
  const index = atWork >= 0 ? atWork : roles.findIndex(naming);
  const at = index >= 0 ? index : roles.findIndex((role) => wrappedInto(typed, role));
  if (at < 0) return unread();
  const role = roles[at]!;
  // Said as the CV writes it ("Morgan Stanley" for "morgan stanley").
  const entity = asWritten(role.head, typed);
  if (intent.which === 'before') {
    const earlier = roles[at + 1];
    if (!earlier) return nobody(question, say.noRoleBefore(name, entity), 'timeline', [name]);
    return done(say.roleBefore(name, entity), [say1(earlier), say.namedRole(entity, citations.role(role))]);
  }
  if (intent.which === 'after') {
    const later = roles[at - 1];
    if (!later) return nobody(question, say.noRoleAfter(name, entity), 'timeline', [name]);
    return done(say.roleAfter(name, entity), [say1(later)]);
  }
  if (intent.aspect === 'duration' && role.range) {
    // Several stints at one employer are one answer: their months together, overlaps counted once.
    const stints = roles.filter((r) => r.range && (r === role || namesEntity(entity, r.head)));
    const months = stintMonths(stints);
    const ongoing = stints.some((r) => !r.range!.end);
    return done(say.duration(name, entity, months, ongoing), stints.slice(0, MAX_DETAIL_LINES).map(say1));
  }
  // A role naming it without dates: the lines that give years there, when some do.
  const undated = intent.aspect === 'duration' ? durationLines(asked, entity) : undefined;
  if (undated) return undated;
  if (intent.aspect === 'details') {
    // Every stint at the employer, the ones that say what was done first.
    const stints = [role, ...roles.filter((r) => r !== role && namesEntity(entity, r.head))].slice(0, 2);
    const saysWhat = (r: Role) => detailLines(asked, r, new Citations()).length > 0;
    const ordered = [...stints].sort((a, b) => Number(saysWhat(b)) - Number(saysWhat(a)));
    // Cited in the order said: each stint's heading, then what it says.
    return done(
      say.roleAt(name, entity),
      ordered.flatMap((r) => [say1(r), ...detailLines(asked, r, citations)]),
    );
  }
  // "what was Ana's role at Acme?" may ask for the title or for what she did: the heading, then its first lines.
  const heading = say1(role);
  const said = intent.aspect === 'title' ? detailLines(asked, role, citations).slice(0, 2) : [];
  return done(say.roleAt(name, entity), [heading, ...said]);
}

const YEAR = /\b(?:19|20)\d\d\b/;

/** The education entries of the person's profile whose dates take in `year`, cited; undefined when none does. */
function studiesIn(asked: PersonQuestion, year: number): Answer | undefined {
  const { education = [] } = (asked.ctx.facts().profileOf(asked.person.personId)?.profile ?? {}) as Partial<Profile>;
  const yearOf = (date: string | undefined) => (date ? Number(/^\d{4}/.exec(date)?.[0]) : undefined);
  const during = education.filter((entry) => {
    const start = yearOf(entry.startDate);
    const end = yearOf(entry.endDate) ?? start;
    return start !== undefined && end !== undefined && start <= year && year <= end;
  });
  if (during.length === 0) return undefined;
  const passages = asked.ctx.passagesOf(asked.person.source);
  const citations = new Citations();
  const lines: Line[] = [];
  for (const entry of during.slice(0, 2)) {
    const line = entry.lines[0];
    const passage = passages.find((p) => p.startLine <= line && line <= p.endLine);
    if (!passage) continue;
    const citation = citations.add(passage, line, line);
    lines.push([cited(statementOf(citation.text), citation)]);
  }
  if (lines.length === 0) return undefined;
  const lead = say.studiedIn(asked.person.name, year);
  return answerOf(asked.question, citations.compose([[lead], ...lines]), 'timeline', [asked.person.name]);
}

/**
 * "How long was Atul with Northwind?" when no role heading names it (a CV in prose): the person's
 * lines naming it that state a number of years, then those giving a year, in the profile's order,
 * under a first line saying no dated role names it. Undefined when no line names it with either.
 */
function durationLines(asked: PersonQuestion, entity: string): Answer | undefined {
  const [first] = tokenize(entity);
  if (!first) return undefined;
  // Its first word is enough ("with Northwinds 16 years" for "the Northwind group"); a date or a
  // duration must be on the line too.
  const names = (text: string) => tokenize(text).includes(first);
  const found: { passage: Passage; line: number; text: string; stated: boolean }[] = [];
  for (const passage of asked.ctx.passagesOfPerson(asked.person.personId)) {
    passage.text.split('\n').forEach((text, i) => {
      const stated = statesDuration(text);
      if ((stated || YEAR.test(text)) && names(text))
        found.push({ passage, line: passage.startLine + i, text, stated });
    });
  }
  if (found.length === 0) return undefined;
  const citations = new Citations();
  const lines: Line[] = [...found]
    .sort((a, b) => Number(b.stated) - Number(a.stated))
    .slice(0, MAX_DETAIL_LINES)
    .map(({ passage, line }) => {
      const citation = citations.add(passage, line, line);
      return [cited(statementOf(citation.text, [first]), citation)];
    });
  const lead = say.noDatedRoleAt(asked.person.name, entity);
  return answerOf(asked.question, citations.compose([[lead], ...lines]), 'timeline', [asked.person.name]);
}
