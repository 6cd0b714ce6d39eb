/** "Who worked at Google?", "Who worked at Initech before Acme?", "Who has worked as a nurse?": role headings. */
import { ordinal } from '../../facts/dates.js';
import type { RoleHead } from '../../facts/storedFacts.js';
import type { QuestionContext } from '../context.js';
import { entityMatcher, entityTerms, peopleMaybeNaming } from '../entities.js';
import { factsWithProfile, profileWorkNames } from '../profileRoles.js';
import type { Intent } from '../intent.js';
import { listedPeople, personLine, places } from '../phrasing.js';
import { answerOf, Citations, nobody, type Line } from '../statements.js';
import type { Answer, Citation } from '../types.js';
import { SECTION_SEPARATOR } from '../../chunking/passage.js';
import { sectionOfPath } from '../../text/sectionHeadings.js';
import { askEvidence } from '../ask.js';
import { employerAsWritten } from '../employmentMention.js';
import { defaultConceptMap, wholeWordTerms } from '../../retrieval/conceptMap.js';
import { tokenize } from '../../text/terms.js';
import { searchEveryone } from './search.js';

type EmployerIntent = Extract<Intent, { kind: 'employer' }>;

/** Earlier in time: an older start, or later in the profile's latest-first order. */
function isEarlier<R extends RoleHead>(role: R, next: R, roles: readonly R[]): boolean {
  return role.range && next.range
    ? ordinal(role.range.start) < ordinal(next.range.start)
    : roles.indexOf(role) > roles.indexOf(next);
}

/**
 * The roles that answer: those naming the employer (and, with "before", earlier than one naming
 * the other, which follows).
 */
function answeringRoles(intent: EmployerIntent) {
  const namesIt = entityMatcher(intent.entity);
  const namesLater = intent.before ? entityMatcher(intent.before) : undefined;
  return <R extends RoleHead>(roles: readonly R[]): R[] => {
    const at = roles.filter((role) => namesIt(role.head));
    if (!namesLater || at.length === 0) return at;
    const later = roles.filter((role) => namesLater(role.head));
    const earlier = at.filter((role) => later.some((next) => isEarlier(role, next, roles)));
    return earlier.length === 0 ? [] : [...earlier, ...later.slice(0, 1)];
  };
}

/**
 * The people whose roles may name the employer, in corpus order: those whose stored role headings
 * hold its terms, and those whose profile work entries name it (a layout the role reader does not
 * know), found through the postings first so no other profile is read.
 */
function candidates(intent: EmployerIntent, ctx: QuestionContext): { personId: string; byHeads: boolean }[] {
  const terms = entityTerms(intent.entity);
  const byHeads = new Set(ctx.facts().headTerms().peopleNaming(terms));
  const namesIt = workNaming(intent.entity, terms, ctx);
  const byProfile = new Set(
    peopleMaybeNaming(intent.entity, ctx).filter((personId) => !byHeads.has(personId) && namesIt(personId)),
  );
  return ctx
    .facts()
    .inCorpusOrder([...byHeads, ...byProfile])
    .map((personId) => ({ personId, byHeads: byHeads.has(personId) }));
}

/**
 * Whether a person's profile work entries name the employer, asked only of people no role heading
 * names: from the table of their terms the build stored (which leaves out the entries a heading
 * holds), the same test as reading each candidate's profile (which an older index needs).
 */
function workNaming(entity: string, terms: string[][], ctx: QuestionContext): (personId: string) => boolean {
  const stored = ctx.facts().workTerms();
  if (stored) {
    const naming = new Set(stored.peopleNaming(terms));
    return (personId) => naming.has(personId);
  }
  const matches = entityMatcher(entity);
  return (personId) => profileWorkNames(ctx, personId, matches);
}

/** The people found so far, their lines and how many were found (some only counted). */
interface Found {
  readonly citations: Citations;
  readonly lines: Line[];
  readonly shown: string[];
  readonly people: Set<string>;
  found: number;
}

/** Adds to `into` the people whose roles answer `intent`, each once. */
function collectRoles(intent: EmployerIntent, ctx: QuestionContext, into: Found): void {
  const answering = answeringRoles(intent);
  // "Before" needs a heading naming the later employer too: only those people's dates are read.
  const namingLater = intent.before
    ? new Set(ctx.facts().headTerms().peopleNaming(entityTerms(intent.before)))
    : undefined;
  for (const { personId, byHeads } of candidates(intent, ctx)) {
    if (into.people.has(personId)) continue;
    if (
      byHeads &&
      namingLater &&
      (!namingLater.has(personId) || answering(ctx.facts().roleHeads(personId)).length === 0)
    )
      continue;
    // Found by the profile alone: its roles are read now, and must answer (with "before", in order).
    const roles = byHeads ? undefined : answering(factsWithProfile(ctx, personId)?.roles ?? []);
    if (roles && roles.length === 0) continue;
    into.people.add(personId);
    into.found++;
    if (into.found > ctx.limits.maxPeopleListed) continue; // counted, not quoted
    const facts = factsWithProfile(ctx, personId)!;
    into.shown.push(facts.person);
    into.lines.push(
      personLine(
        facts.person,
        (roles ?? answering(facts.roles)).slice(0, 2).map((role) => into.citations.role(role)),
      ),
    );
  }
}

const noneFound = (): Found => ({ citations: new Citations(), lines: [], shown: [], people: new Set(), found: 0 });

export async function answerEmployer(question: string, intent: EmployerIntent, ctx: QuestionContext): Promise<Answer> {
  const found = noneFound();
  collectRoles(intent, ctx, found);
  if (found.found === 0) {
    const titled = intent.before ? undefined : titlesOfConcept(question, intent, ctx);
    if (titled) return titled;
    const mentioned = intent.before ? undefined : await mentionedInExperience(question, intent.entity, ctx);
    if (mentioned) return mentioned;
    // "Who served in the military?" names a kind of employer, not one: the CV wordings of that kind ("Army") answer.
    const kind = intent.before ? undefined : await searchedAsConcept(question, intent.entity, ctx);
    return kind ?? nobody(question, places.noEmployer(intent.entity, intent.before), 'employer', []);
  }
  return answerOf(
    question,
    found.citations.compose(listedPeople(found.shown, found.found, found.lines)),
    'employer',
    [],
  );
}

/** CV wordings of a concept a role heading is tried with: the first few some profile uses. */
const TITLE_WORDINGS = 6;

/**
 * "Who has worked as a nurse?" when no role heading says "nurse": the headings saying it in the
 * CVs' words ("Krankenpfleger", "Registered Nurse") answer, as the concept map writes the title.
 * Undefined when the question names no title, the title is no concept of the map, or no heading answers.
 */
function titlesOfConcept(question: string, intent: EmployerIntent, ctx: QuestionContext): Answer | undefined {
  const map = defaultConceptMap();
  if (!AS_TITLE.test(question) || !map.covers(intent.entity)) return undefined;
  const wordings = [...new Set(map.find(wholeWordTerms(intent.entity)).flatMap((trigger) => trigger.written))]
    .filter((wording) => tokenize(wording).every((term) => ctx.lexical.hasTerm(term)))
    .slice(0, TITLE_WORDINGS);
  const found = noneFound();
  for (const wording of wordings) collectRoles({ ...intent, entity: wording }, ctx, found);
  if (found.found === 0) return undefined;
  return answerOf(
    question,
    found.citations.compose(listedPeople(found.shown, found.found, found.lines)),
    'employer',
    [],
  );
}

/** "as a", "als", "comme", "en tant que", "como": the words before a job title in five languages. */
const AS_TITLE = /(?:^|\s)(?:as|als|comme|en tant que|como)\s/iu;

/** The passages answering the question when what it asks about is a concept of the concept map; undefined when not. */
async function searchedAsConcept(question: string, entity: string, ctx: QuestionContext): Promise<Answer | undefined> {
  // "Worked as a nurse" asks for a title a role holds, which a line only mentioning nurses does not prove.
  if (AS_TITLE.test(question) || !defaultConceptMap().covers(entity)) return undefined;
  const found = await searchEveryone(question, ctx);
  return found.noAnswer ? undefined : found;
}

/**
 * No role names the employer, but the structure may have missed one: the lines of experience
 * sections that put it where an employer stands ("Consultant at Acme") answer; failing those, the
 * lines that only mention it (a customer, a product) are shown as what they are under a first line
 * saying nobody lists it as an employer, and the answer stays "nobody". Undefined when no line of
 * experience names it.
 */
async function mentionedInExperience(
  question: string,
  entity: string,
  ctx: QuestionContext,
): Promise<Answer | undefined> {
  const evidence = await askEvidence(question, ctx.searcher, ctx.lexical, ctx.limits, { text: entity });
  if (!evidence) return undefined;
  const namesIt = entityMatcher(entity);
  const inExperience = (citation: Citation) =>
    sectionOfPath(citation.section.split(SECTION_SEPARATOR)) === 'experience' && namesIt(citation.text);
  const inExperienceLines = evidence.citations.filter(inExperience);
  if (inExperienceLines.length === 0) return undefined;
  const asEmployer = inExperienceLines.filter((citation) => employerAsWritten(citation.text, entity) !== undefined);
  const kept = asEmployer.length > 0 ? asEmployer : inExperienceLines;
  const newId = new Map(kept.map((citation, i) => [citation.id, i + 1]));
  const lines: Line[] = evidence.people.flatMap(({ person, statements }) => {
    const own = statements
      .filter((statement) => statement.citationIds.every((id) => newId.has(id)))
      .map((statement) => ({ text: statement.text, citationIds: statement.citationIds.map((id) => newId.get(id)!) }));
    return own.length > 0 ? [personLine(person, own)] : [];
  });
  const citations = kept.map((citation) => ({ ...citation, id: newId.get(citation.id)! }));
  if (asEmployer.length > 0)
    return answerOf(
      question,
      { lines: [[places.namedInExperience(employerAsWritten(asEmployer[0]!.text, entity)!)], ...lines], citations },
      'employer',
      [],
    );
  // Mentions only: shown for what they are, but the answer to "who worked there?" stays nobody.
  const mentions = answerOf(question, { lines: [[places.onlyMentioned(entity)], ...lines], citations }, 'employer', []);
  return { ...mentions, noAnswer: true };
}
