/**
 * Every English word an answer says, in one place: lists of names, counts and plural forms, and
 * the sentences of each intent. Intents decide what to say (who, which lines, which citations);
 * this module decides how it reads, so another language is another module of the same shape.
 */
import { describeMonths } from '../facts/dates.js';
import type { Threshold } from './intent.js';
import { joined, type Line, type Part, type Statement } from './statements.js';

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** "One person", "Two people", "12 people": `noun` is [singular, plural]. */
export const countOf = (n: number, noun: readonly [string, string]) =>
  `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? noun[0] : noun[1]}`;

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "A, B and C", or "A, B, C and 40 more" when only the first of `total` are named. */
export function namesAndMore(names: readonly string[], total: number): string {
  return total > names.length ? `${names.join(', ')} and ${total - names.length} more` : listNames(names);
}

export const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const people = (n: number) => countOf(n, ['person', 'people']);
/** "about 3 years and 2 months". */
export const about = (months: number) => `about ${describeMonths(months)}`;
const yearsPhrase = (threshold: Threshold) =>
  threshold.upTo !== undefined
    ? `${threshold.years} to ${threshold.upTo} years`
    : `${threshold.inclusive ? `${threshold.years}+` : `more than ${threshold.years}`} years`;

/** "Jane Doe: statement [1] statement [2]". */
export function personLine(name: string, statements: readonly Statement[]): Line {
  return [`${name}: `, ...joined(statements, ' ')];
}

/** "…and 3 more.", or nothing when everyone was shown. */
function moreLine(unshown: number): Line[] {
  return unshown > 0 ? [[`…and ${unshown} more.`]] : [];
}

/** The lead naming who was found (the `shown` of `total`), their lines, and how many more there are. */
export function listedPeople(shown: readonly string[], total: number, lines: readonly Line[]): Line[] {
  return [[`${people(total)}: ${namesAndMore(shown, total)}.`], ...lines, ...moreLine(total - shown.length)];
}

/** Sentences of the router: who the question is about. */
export const naming = {
  ambiguous: (name: string, candidates: readonly string[]) =>
    `${countOf(candidates.length, ['profile is', 'profiles are'])} named ${name}: ${listNames(candidates)}. ` +
    'Which one do you mean?',
  unknown: (name: string, close: readonly string[]) =>
    `No profile is named ${name}.${close.length > 0 ? ` Did you mean ${listNames(close)}?` : ''}`,
};

/** Sentences of answers found by passage retrieval. */
export const searching = {
  /** The first line of an answer about everyone: the people its passages come from. */
  lead: (found: readonly string[]) => `${people(found.length)}: ${listNames(found)}.`,
  none: 'None of the profiles answers that: no passage matches the question well enough to cite.',
  nothingIn: (person: string) => `${possessive(person)} profile does not say: no line of it answers that.`,
  /** No languages section and no line saying the person speaks a language. */
  noSpoken: (person: string) => `${possessive(person)} profile names no language the person speaks.`,
  /** A languages section that does not name the language asked about: what it does name follows. */
  spokenUnlisted: (person: string, language: string) =>
    `${possessive(person)} profile does not list ${language}; the languages it lists:`,
};

/** Sentences of "who knows X?" and "how many people know X?". */
export const skillHolders = {
  nobody: (skills: readonly string[]) => `Nobody: no profile mentions ${listNames(skills)}.`,
  count: (total: number, skills: readonly string[], names: string) =>
    `${people(total)} ${total === 1 ? 'names' : 'name'} ${listNames(skills)}: ${names}.`,
  who: (total: number, names: string) => `${people(total)}: ${names}.`,
  more: (unshown: number, skill: string) => `…and ${unshown} more: who-knows ${skill} lists them all.`,
};

/** Sentences of "who worked at X?" and "who studied at X?". */
export const places = {
  noEmployer: (entity: string, before: string | undefined) =>
    `Nobody: no role in the profiles names ${before ? `${entity} before ${before}` : entity}.`,
  /** Above lines of experience that put an employer no role heading lists where an employer stands. */
  namedInExperience: (entity: string) =>
    `${entity} stands as an employer in these lines of experience, outside the role headings:`,
  /** Above lines of experience sections that name an employer no role lists. */
  onlyMentioned: (entity: string) =>
    `Nobody lists ${entity} as an employer in a role; lines of their experience that mention it:`,
  /** "Nobody: no profile lists a PhD at Leeds in its education." (or the degree, or the school, alone) */
  noSchool: (degree: string | undefined, entity: string | undefined) =>
    `Nobody: no profile lists ${degree && entity ? `${degree} at ${entity}` : degree || entity || 'that'} ` +
    'in its education.',
  /** "Nobody: no profile gives Cairo as where its person is." */
  noneLiveIn: (place: string) => `Nobody: no profile gives ${place} as where its person lives or is based.`,
};

/** The years the roles counted run over: "since 2016" (`to` undefined: one is ongoing) or "2016–2020". */
export interface YearSpan {
  readonly from: number;
  readonly to: number | undefined;
}

const spanWords = ({ from, to }: YearSpan) =>
  to === undefined ? `since ${from}` : from === to ? `in ${from}` : `${from}–${to}`;

/** Months apart that dates written as years or months cannot tell from the same. */
const SAME_MONTHS = 2;

/** Sentences about years of experience. */
export const years = {
  basis: (skill: string | undefined, stated = false) =>
    skill
      ? `by the dates of the roles that name it${stated ? ' or the years a profile states' : ''}`
      : 'by the dates of their roles',
  nobodyMentions: (skill: string) => `Nobody: no profile mentions ${skill}.`,
  /** With the people who name the skill outside any dated role, the first few by name. */
  nobodyDated: (skill: string | undefined, undated: readonly string[] = [], total = undated.length) =>
    `Nobody: ${skill ? `no dated role in the profiles names ${skill}` : 'no profile dates its roles'}` +
    (skill && undated.length > 0
      ? `; ${namesAndMore(undated, total)} ${total === 1 ? 'names' : 'name'} it without dates.`
      : '.'),
  nobodyReaches: (threshold: Threshold, skill: string | undefined, closest: { person: string; months: number }) =>
    `Nobody has ${yearsPhrase(threshold)} of ${skill ?? 'experience'} ${years.basis(skill)}` +
    ` (the most: ${closest.person}, ${about(closest.months)}).`,
  fromFirstToLast: (skill: string | undefined) =>
    skill
      ? `from the first role that names ${skill} to the last, gaps included`
      : 'from the first dated role to the last, gaps included',
  reached: (threshold: Threshold, skill: string | undefined, total: number, names: string, stated = false) =>
    `${countOf(total, ['person has', 'people have'])} ${yearsPhrase(threshold)} of ${skill ?? 'experience'} ` +
    `${years.basis(skill, stated)}: ${names}.`,
  /** "The most experience of Go by the dates of the roles that name it, the most first: Ana (about 6 years), …". */
  most: (skill: string | undefined, names: string, stated = false) =>
    `The most experience${skill ? ` of ${skill}` : ''} ${years.basis(skill, stated)}, the most first: ${names}.`,
  onlySpanning: (threshold: Threshold, skill: string | undefined, names: string) =>
    `Nobody has ${yearsPhrase(threshold)} of ${skill ?? 'experience'} counting only the months of ` +
    `${skill ? 'the roles that name it' : 'their roles'}. ${capitalized(years.fromFirstToLast(skill))}: ${names}.`,
  alsoSpanning: (skill: string | undefined, names: string) =>
    `Counting ${years.fromFirstToLast(skill)}, also: ${names}.`,
  /** "Jane (about 12 years)". */
  named: (person: string, months: number) => `${person} (${about(months)})`,
  spanNamed: (person: string, spanMonths: number, months: number) =>
    `${person} (${about(spanMonths)}, of which ${about(months)} in those roles)`,
  /** "Jane, about 12 years: " and "Jane, about 14 years from first to last: ", before the roles said. */
  personHead: (person: string, months: number) => `${person}, ${about(months)}: `,
  spanHead: (person: string, spanMonths: number) => `${person}, ${about(spanMonths)} from first to last: `,
  more: moreLine,
  /** One person's years: "Jane: about 12 years of PHP by the dates of the roles that name it." */
  ofPerson: (person: string, months: number, skill: string | undefined, span?: YearSpan) =>
    `${person}: ${about(months)} ` +
    `${skill ? `of ${skill} by the dates of the roles that name it` : 'of experience by the dates of the roles'}` +
    `${span ? ` (${spanWords(span)})` : ''}.`,
  noneDated: (person: string, skill: string | undefined) =>
    `${possessive(person)} profile dates no role${skill ? ` that names ${skill}` : ''}.`,
  /** Above the passages of a profile that names a skill without dating or stating years of it. */
  noneDatedFound: (person: string, skill: string) =>
    `${possessive(person)} profile dates no role that names ${skill} and states no years of it; what it says:`,
  /** "Ben Ode: 5+ years of Python, as the profile states: " before the quoted line. */
  statedOf: (person: string, said: string, skill: string) => `${person}: ${said} of ${skill}, as the profile states: `,
  /** Under a stated duration, what the dates say: "By the dates of the roles that name it, about 2 years: ". */
  datedToo: (months: number) => `By the dates of the roles that name it, ${about(months)}: `,
  alsoStated: (said: string) => `The profile also states ${said}: `,
  statedNamed: (person: string, said: string) => `${person} (${said}, as the profile states)`,
  statedHead: (person: string, said: string) => `${person}, ${said} as the profile states: `,
};

/**
 * "Acme — Engineer [1]; Initech — PHP Developer [2] (Wrote PHP [3]); and two more roles.": the roles
 * said, each with the line naming the skill when its heading does not, and how many were left out.
 */
export function rolesList(roles: readonly { role: Statement; naming?: Statement }[], more: number): Part[] {
  const said = roles.map(({ role, naming }): Part[] => (naming ? [role, ' (', naming, ')'] : [role]));
  const rest = more > 0 ? `; and ${countOf(more, ['more role', 'more roles']).toLowerCase()}` : '';
  return [...said.flatMap((parts, i) => (i === 0 ? parts : ['; ', ...parts])), `${rest}.`];
}

/** Sentences about one person's profile. */
export const person = {
  headline: (name: string, headline: string) => `${name}: ${headline}.`.replace(/\.\.$/, '.'),
  /** "Jane Roe: Data Engineer at Globex (since 2019) [1]; studied Physics at Leeds [2]."; undefined: nothing to say. */
  whoTheyAre: (
    name: string,
    said: { label?: Statement; role?: Statement; school?: Statement & { withArea?: boolean } },
  ): Line | undefined => {
    const parts: Part[][] = [];
    if (said.label) parts.push([said.label]);
    if (said.role) parts.push(said.label ? ['role: ', said.role] : [said.role]);
    if (said.school) parts.push([said.school.withArea ? 'studied ' : 'studied at ', said.school]);
    if (parts.length === 0) return undefined;
    return [`${name}: `, ...parts.flatMap((part, i) => (i === 0 ? part : ['; ', ...part])), '.'];
  },
  /** "Jane Roe's profile:", above its lines when it gives no headline of its own. */
  overviewOf: (name: string) => `${possessive(name)} profile:`,
  /** "Role: Acme — Engineer [2]": a labelled line of the overview. */
  labelled: (label: string, statement: Statement): Line => [`${label}: `, statement],
  contactLead: (name: string, what: string) => `${possessive(name)} ${what}:`,
  noContact: (name: string, what: string) => `${possessive(name)} profile gives no ${what}.`,
  latestRole: (name: string) => `${possessive(name)} most recent role:`,
  roles: (name: string) => `${possessive(name)} roles, the most recent first:`,
  firstRole: (name: string) => `${possessive(name)} earliest role in the profile:`,
  noRoleBefore: (name: string, entity: string) => `${possessive(name)} profile lists no role before ${entity}.`,
  roleBefore: (name: string, entity: string) => `Before ${entity}, ${name} was at:`,
  /** "(Acme: Acme — Engineer [3])": the role the question named, beside the answer. */
  namedRole: (entity: string, role: Statement): Line => [`(${entity}: `, role, ')'],
  noRoleAfter: (name: string, entity: string) => `${possessive(name)} profile lists no role after ${entity}.`,
  roleAfter: (name: string, entity: string) => `After ${entity}, ${name} was at:`,
  duration: (name: string, entity: string, months: number, ongoing: boolean) =>
    `${name} was at ${entity} for about ${describeMonths(months)}${ongoing ? ' so far' : ''}:`,
  roleAt: (name: string, entity: string) => `${name} at ${entity}:`,
  /** Above the lines that give years at an employer no dated role names. */
  noDatedRoleAt: (name: string, entity: string) =>
    `${possessive(name)} profile dates no role at ${entity}; the lines naming it with years:`,
  rolesIn: (name: string, year: number) => `${name} in ${year}:`,
  /** No role in that year, a school: "Ana in 2012 (no role dated then; studying):". */
  studiedIn: (name: string, year: number) => `${name} in ${year} (no role dated then; studying):`,
  education: (name: string) => `${possessive(name)} education:`,
  /** "Jane Roe studied Physics (BSc) at Leeds [1]; Maths at York [2]." */
  studied: (name: string, studies: readonly Statement[]): Line => [`${name} studied `, ...joined(studies, '; '), '.'],
  noSchool: (name: string, degree: string | undefined) =>
    `${possessive(name)} profile names no ${degree ?? 'school or degree'}.`,
  skills: (name: string) => `${possessive(name)} skills:`,
  noSkills: (name: string) => `${possessive(name)} profile lists no skills.`,
  /** "Ana Lima is in Lisbon, Portugal [1]." */
  location: (name: string, place: Statement): Line => [`${name} is in `, place, '.'],
  locationLines: (name: string) => `${possessive(name)} profile, where it says where they are:`,
  noLocation: (name: string) => `${possessive(name)} profile does not say where they live or are based.`,
  /** No skills list: the technologies the CV names in its roles and projects. */
  technologies: (name: string) => `${possessive(name)} profile has no skills list; the technologies its lines name:`,
};

/** Sentences of "compare A and B on X". */
export const comparing = {
  nobody: (names: readonly string[], topic: string) =>
    `Neither ${listNames(names).replace(' and ', ' nor ')} mentions ${topic}.`,
  lead: (topic: string, names: readonly string[], answered: readonly string[]) => {
    const all = answered.length === names.length;
    const who = all ? `both ${listNames(names)} mention it` : `only ${listNames(answered)} mentions it`;
    return `On ${topic}: ${who}.`;
  },
  notMentioned: (name: string, topic: string) => `${name}: the profile does not mention ${topic}.`,
  /** "Compare Ana and Ben" with no topic: each one's most recent role, side by side. */
  overview: (names: readonly string[]) => `${listNames(names)}, each by their most recent role:`,
  noRole: (name: string) => `${name}: no role in the profile.`,
  /**
   * "Ana Lima has more experience of Go by the dates of the roles that name it: about 6 years, against
   * about 2 years for Ben Ode."
   */
  most: (
    first: { name: string; months: number },
    rest: readonly { name: string; months: number }[],
    skill: string | undefined,
    stated = false,
  ) => {
    const what = skill ? `experience of ${skill}` : 'experience';
    const basis = years.basis(skill, stated);
    // Two people a month or two apart have the same experience as far as the dates tell.
    const [second] = rest;
    if (rest.length === 1 && first.months - second!.months <= SAME_MONTHS)
      return (
        `${first.name} and ${second!.name} have about the same ${what} ${basis}: ` +
        `${about(first.months)} and ${about(second!.months)}.`
      );
    const none = skill ? 'nothing dated or stated' : 'none';
    const others = rest.map(({ name, months }) =>
      months > 0 ? `${about(months)} for ${name}` : `${none} for ${name}`,
    );
    // Two people: by how much, as the question "who has more" asks.
    const by = rest.length === 1 && second!.months > 0 ? ` (${about(first.months - second!.months)} more)` : '';
    return (
      `${first.name} has ${rest.length === 1 ? 'more' : 'the most'} ${what} ${basis}: ` +
      `${about(first.months)}, against ${listNames(others)}${by}.`
    );
  },
  /** "At Coursera, by the dates of their roles there: Ana Lima about 3 years, Ben Ode no dated role." */
  timeAt: (employer: string, timed: readonly { name: string; months: number }[]) =>
    `At ${employer}, by the dates of their roles there: ` +
    `${listNames(timed.map(({ name, months }) => `${name} ${months > 0 ? about(months) : 'no dated role'}`))}.`,
  /** "Ana Lima's profile names Python on more lines: 4, against 1 for Ben Ode." */
  moreLines: (
    topic: string,
    first: { name: string; lines: number },
    rest: readonly { name: string; lines: number }[],
  ) =>
    `On ${topic}: ${possessive(first.name)} profile names it on ${rest.length === 1 ? 'more' : 'the most'} lines ` +
    `(no dates for it): ${first.lines}, against ` +
    `${listNames(rest.map(({ name, lines }) => `${lines} for ${name}`))}.`,
  noneDated: (names: readonly string[], skill: string | undefined) =>
    `Neither ${listNames(names).replace(' and ', ' nor ')} dates a role${skill ? ` that names ${skill}` : ''}.`,
  /** "Ben Ode: no dated role names Go; the profile names it: " before the line that does. */
  undatedNamed: (name: string, skill: string) => `${name}: no dated role names ${skill}; the profile names it: `,
  undated: (name: string, skill: string | undefined) =>
    `${name}: no dated role${skill ? ` that names ${skill}` : ''} in the profile.`,
};
