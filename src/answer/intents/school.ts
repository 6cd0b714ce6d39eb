/** "Who studied at MIT?", "Who has a PhD?", "Where did Phil study?": education lines. */
import type { FactLine } from '../../facts/profileFacts.js';
import { sectionOfPath } from '../../text/sectionHeadings.js';
import { hasContactDetails } from '../../text/contactDetails.js';
import type { PersonQuestion, QuestionContext } from '../context.js';
import { degreePattern } from '../degrees.js';
import { entityMatcher, entityTerms, factsIn, namesEntity } from '../entities.js';
import type { Intent } from '../intent.js';
import { listedPeople, person, personLine, places } from '../phrasing.js';
import { answerOf, Citations, nobody, type Line } from '../statements.js';
import type { Answer } from '../types.js';
import { searchPerson } from './search.js';
import { type Study, studiesOf, studyText } from '../profileEducation.js';
import { profileParts } from '../profileRoles.js';
import { namesDegree, namesSchool } from '../../profile/wordLists.js';
import type { Passage } from '../../chunking/passage.js';
import cities from '../cities.json' with { type: 'json' };
import { unaccent } from '../../text/questionLanguage.js';

/** Schools said in one answer about one person. */
const MAX_STUDIES = 4;

type SchoolIntent = Extract<Intent, { kind: 'school' }>;

/**
 * Where an education line stops speaking of the person's own school: a supervisor's or a
 * collaborator's institution ("under the co-supervision of Dr. Ng at the University of Leeds"), a
 * list of partners, customers or sponsors. From the cue to the end of its clause (";" or the line's end).
 */
const OTHERS_CUES = [
  '(?:co-?)?supervis\\w*',
  'advis(?:or|er|ed)',
  'mentored',
  'collaborat\\w*',
  'partner\\w*',
  'customers?',
  'clients?',
  'sponsor\\w*',
  'funded by',
  'betreu\\w*',
  'kooperation\\w*',
  'kunden',
  'partenaires?',
  'encadr\\w*',
  'socios?',
  'colabora\\w*',
  'clientes?',
  'parceir\\w*',
  'orienta[çc]\\w*',
];
const OTHERS_INSTITUTIONS = new RegExp(`(?<![\\p{L}])(?:${OTHERS_CUES.join('|')})(?![\\p{L}])[^;]*`, 'giu');

/**
 * Sections whose lines name institutions without being anyone's schooling: an award from an
 * academy, a talk at a university, a fellowship, a reference's employer, a certificate ("Scrum
 * Master" is no master's degree).
 */
const NOT_SCHOOLING: ReadonlySet<string> = new Set([
  'certifications',
  'skills',
  'awards',
  'publications',
  'projects',
  'references',
  'volunteering',
  'interests',
  'teaching',
  'supervision',
  'experience',
]);

/** Whether an education line sits where schooling is written (not under one of NOT_SCHOOLING's headings). */
export function inSchooling(line: FactLine): boolean {
  const section = sectionOfPath(line.passage.sectionPath);
  return section === undefined || !NOT_SCHOOLING.has(section);
}

/** The part of an education line about the person's own schooling. */
export function ownSchooling(text: string): string {
  return text.replace(OTHERS_INSTITUTIONS, ' ');
}

export function answerSchool(question: string, intent: SchoolIntent, ctx: QuestionContext): Answer {
  const citations = new Citations();
  const lines: Line[] = [];
  const found: string[] = [];
  const degree = intent.degree ? degreePattern(intent.degree) : undefined;
  // A city asked by another language's name ("Oporto", "Lissabon") is any of its names.
  const forms = intent.entity ? placeForms(intent.entity) : [];
  const matchers = forms.map(entityMatcher);
  const namesIt = intent.entity ? (text: string) => matchers.some((matches) => matches(text)) : () => true;
  // Per person, the passages naming the place or school: all a line-by-line reading needs to read.
  const naming = new Map<string, number[]>();
  for (const terms of forms.flatMap(entityTerms))
    for (const label of ctx.lexical.passagesWithAll(terms)) {
      const personId = ctx.index.documents[ctx.index.documentIndexOf(label)]!.person.id;
      naming.set(personId, [...(naming.get(personId) ?? []), label]);
    }
  const people = intent.entity ? ctx.facts().inCorpusOrder(naming.keys()) : ctx.facts().people;
  for (const facts of factsIn(people, ctx)) {
    const asked = (line: FactLine) =>
      inSchooling(line) &&
      !isReference(line.text) &&
      namesIt(ownSchooling(line.text)) &&
      (!degree || degree.test(line.text));
    const schools = facts.schools.filter(asked);
    // A school only the profile reader found (a layout the line rules miss): its entry's lines answer.
    const studies =
      schools.length === 0 && (intent.entity || intent.degree) ? profileStudies(facts.personId, intent, ctx) : [];
    // Neither found a school: a line naming the place or school beside a degree or a school word,
    // outside the work sections, is one (a table whose cells wrap, a heading the layout lost).
    const stated =
      schools.length === 0 && studies.length === 0 && intent.entity
        ? statedSchooling(
            [...new Set(naming.get(facts.personId))].map((label) => ctx.index.passage(label)),
            namesIt,
            degree,
          )
        : [];
    const quoted = schools.length > 0 ? schools : stated;
    if (quoted.length === 0 && studies.length === 0) continue;
    found.push(facts.person);
    if (found.length > ctx.limits.maxPeopleListed) continue; // counted, not quoted
    const statements =
      quoted.length > 0
        ? quoted.slice(0, 2).map((line) => citations.quote(line))
        : studies.slice(0, 2).map((study) => ({
            text: studyText(study),
            citationIds: study.lines.map((line) => citations.line(line).id),
          }));
    lines.push(personLine(facts.person, statements));
  }
  if (found.length === 0) return nobody(question, places.noSchool(intent.degree, intent.entity), 'school', []);
  const listed = listedPeople(found.slice(0, ctx.limits.maxPeopleListed), found.length, lines);
  return answerOf(question, citations.compose(listed), 'school', []);
}

const placeKey = (text: string) => unaccent(text).toLowerCase().replace(/\s+/g, ' ').trim();
/** Each city's names in the five languages, by any of them folded. */
const CITY_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  cities.groups.flatMap((group) => group.map((name) => [placeKey(name), group] as const)),
);

/** The entity as asked and, for a city with other names, those too. */
function placeForms(entity: string): string[] {
  return [...new Set([entity, ...(CITY_NAMES.get(placeKey(entity)) ?? [])])];
}

/** A contact line: an e-mail or web address, a phone number, a postcode ending an address. */
function isContactLine(text: string): boolean {
  return hasContactDetails(text) || /\b\d{4,5}(?:-\d{3})?\s*$/.test(text.trim());
}

/** An author list: "Porto-Lima, R., Silva, M.S. 2024." (initials after two names or more), whose "M.S." is no degree. */
const isReference = (text: string) => (text.match(/\p{L},\s\p{Lu}\.(?:\s?\p{Lu}\.)*(?:,|\s\d)/gu) ?? []).length >= 2;

/** An author list or any list of many items: no school row. */
const isListOrReference = (text: string) => (text.match(/,/g) ?? []).length > 4 || isReference(text);

/** A year a school line dates itself by ("2021", "2012 – 2016"). */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/**
 * Lines of one person's passages that name the school or place asked about and read as schooling:
 * a school word in the line, or a degree with a year or with a school word on the next line (a
 * table whose cells wrap: "B.Sc. (Information   KPT (Kestrel Porto   2021" over "Technology)
 * Polytechnic)"); never under a heading of work or of others' institutions, never an address.
 */
function statedSchooling(
  passages: readonly Passage[],
  namesIt: (text: string) => boolean,
  degree: RegExp | undefined,
): FactLine[] {
  const found = new Map<number, FactLine>();
  for (const passage of passages) {
    const section = sectionOfPath(passage.sectionPath);
    if (section !== undefined && (NOT_SCHOOLING.has(section) || section === 'contact')) continue;
    const lines = passage.text.split('\n');
    lines.forEach((text, i) => {
      const line = passage.startLine + i;
      if (found.has(line) || !namesIt(ownSchooling(text)) || isContactLine(text) || isListOrReference(text)) return;
      const next = lines[i + 1] ?? '';
      const school = namesSchool(text) || (namesDegree(text) && (YEAR.test(text) || namesSchool(next)));
      if (!school || (degree && !degree.test(text) && !degree.test(next))) return;
      found.set(line, { passage, line, text });
    });
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/**
 * The profile's studies of one person holding the school and degree asked about. The entries are
 * checked first, so a person's passages are read only when one of them answers.
 */
function profileStudies(personId: string, intent: SchoolIntent, ctx: QuestionContext): Study[] {
  const stored = ctx.facts().profileOf(personId);
  if (!stored) return [];
  const degree = intent.degree ? degreePattern(intent.degree) : undefined;
  const namesIt = intent.entity ? entityMatcher(intent.entity) : undefined;
  const answers = (institution: string | undefined, degreeText: string) =>
    (!namesIt || (institution !== undefined && namesIt(institution))) && (!degree || degree.test(degreeText));
  const { education } = profileParts(stored.profile);
  if (!education.some((entry) => answers(entry.institution, `${entry.studyType ?? ''} ${entry.area ?? ''}`))) return [];
  return studiesOf(stored.profile, ctx.passagesOf(stored.source)).filter((study) =>
    answers(study.institution, `${study.degree ?? ''} ${study.text}`),
  );
}

/** One person's education lines, narrowed to the degree or school asked about; their passages when none is. */
export async function answerPersonSchool(asked: PersonQuestion, intent: SchoolIntent): Promise<Answer> {
  const { question, facts } = asked;
  const name = asked.person.name;
  const degree = intent.degree ? degreePattern(intent.degree) : undefined;
  const schools = facts?.schools ?? [];
  const isAsked = (line: FactLine) =>
    (!degree || degree.test(line.text)) && (!intent.entity || namesEntity(intent.entity, line.text));
  const studied = fromProfile(asked, intent);
  if (studied) return studied;
  const topical = schools.filter(isAsked);
  const lines = topical.length > 0 ? topical : degree ? [] : schools;
  if (lines.length === 0) {
    const found = await searchPerson(asked, 'school');
    return found ?? nobody(question, person.noSchool(name, intent.degree), 'school', [name]);
  }
  const citations = new Citations();
  const quoted = lines.slice(0, 3).map((line) => [citations.quote(line)]);
  return answerOf(question, citations.compose([[person.education(name)], ...quoted]), 'school', [name]);
}

/**
 * "What did Ana study?" from the profile: the subject, degree and school of each entry (those the
 * question names, else all), each cited by the lines stating it; undefined when the profile has none.
 */
function fromProfile(asked: PersonQuestion, intent: SchoolIntent): Answer | undefined {
  const stored = asked.ctx.facts().profileOf(asked.person.personId);
  if (!stored) return undefined;
  const studies = studiesOf(stored.profile, asked.ctx.passagesOf(stored.source));
  const degree = intent.degree ? degreePattern(intent.degree) : undefined;
  const wanted = studies.filter(
    (study) =>
      (!degree || degree.test(`${study.degree ?? ''} ${study.text}`)) &&
      (!intent.entity || namesEntity(intent.entity, study.text)),
  );
  const chosen = wanted.length > 0 ? wanted : degree ? [] : studies;
  if (chosen.length === 0) return undefined;
  const citations = new Citations();
  const statements = chosen.slice(0, MAX_STUDIES).map((study) => ({
    text: studyText(study),
    citationIds: study.lines.map((line) => citations.line(line).id),
  }));
  const name = asked.person.name;
  return answerOf(asked.question, citations.compose([person.studied(name, statements)]), 'school', [name]);
}
