/**
 * question → who it is about → what it asks → the answer from the structure that fits: the
 * skills ranking, roles and schools read from the profiles, a profile overview, or passage
 * retrieval (scoped to the people named). Every answer starts with a line that answers the
 * question, then one sentence per person, each with the [n] of the lines that prove it.
 */
import { remembered } from '../caches.js';
import type { Passage } from '../chunking/passage.js';
import { describeMonths, monthsBetween, ordinal } from '../facts/dates.js';
import { experienceOf, rolesHolding, type DatedRole, type Experience } from '../facts/experienceYears.js';
import type { FactLine, ProfileFacts, Role } from '../facts/profileFacts.js';
import type { PeopleFacts, RoleHead } from '../facts/storedFacts.js';
import type { LexicalSearch } from '../index/read/indexReader.js';
import { rankPeopleBySkill, type SkillRankings } from '../retrieval/rankPeople.js';
import type { SkillLine, SkillRanking, SkillSource } from '../retrieval/skillRanking.js';
import type { PassageSearcher } from '../retrieval/searchPassages.js';
import type { TermGroups } from '../retrieval/termGroups.js';
import { isWeakTerm, queryTerms, tokenize } from '../text/terms.js';
import { ask, statementOf, type AskLimits } from './ask.js';
import { citationFor, spanOf } from './citeLines.js';
import { classify, type Intent, type IntentName, type Threshold } from './intent.js';
import { findNamedPeople, type DirectoryEntry } from './namedPeople.js';
import { profileOverview } from './profile.js';
import type { Answer, Citation } from './types.js';
import { rankForSkill } from './whoKnows.js';

export interface QuestionContext {
  readonly directory: readonly DirectoryEntry[];
  /** Passages by label and who-knows' stored postings: no answer reads every passage. */
  readonly index: SkillSource;
  /** One profile's passages (by source), in file order. */
  passagesOf(source: string): readonly Passage[];
  /** Every passage of one person (all their profiles), in label order. */
  passagesOfPerson(personId: string): readonly Passage[];
  /** Roles, schools, skills and contact lines of every profile, by person id, restored as asked for. */
  readonly facts: () => PeopleFacts;
  readonly searcher: PassageSearcher;
  readonly lexical: LexicalSearch;
  readonly skills: TermGroups;
  readonly skillRankings: SkillRankings;
  readonly limits: AskLimits;
}

/** Words naming a kind of skill list rather than a skill. */
const SKILL_KINDS = new Set(tokenize('skills skill languages language programming technologies technology tools stack frameworks framework databases libraries'));

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countOf = (n: number, noun: [string, string]) => `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? noun[0] : noun[1]}`;

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "A, B and C", or "A, B, C and 40 more" when only the first of `total` are named. */
function namesAndMore(names: readonly string[], total: number): string {
  return total > names.length ? `${names.join(', ')} and ${total - names.length} more` : listNames(names);
}

/** The lead naming who was found (the `shown` of `total`), their sentences, and how many more there are. */
function listedPeople(shown: readonly string[], total: number, sentences: readonly string[]): string {
  const more = total > shown.length ? [`…and ${total - shown.length} more.`] : [];
  return [`${countOf(total, ['person', 'people'])}: ${namesAndMore(shown, total)}.`, ...sentences, ...more].join('\n');
}

const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/** Collects citations with consecutive ids, each quoted once. */
class Citations {
  readonly list: Citation[] = [];
  add(passage: Passage, first: number, last: number, score = 1): Citation {
    const existing = this.list.find((c) => c.source === passage.source && c.startLine === first && c.endLine === last);
    if (existing) return existing;
    const citation = citationFor(this.list.length + 1, passage, spanOf(passage, first, last), score);
    this.list.push(citation);
    return citation;
  }
  line(entry: FactLine, last: FactLine = entry): Citation {
    return this.add(entry.passage, entry.line, last.line);
  }
}

function nobody(question: string, text: string, intent: IntentName, people: readonly string[]): Answer {
  return { question, answer: text, noAnswer: true, citations: [], intent, people };
}

/**
 * The index terms of each text an entity is looked for in, kept per text: a question about an
 * employer reads every role heading of every profile, and tokenizing each again per question was
 * most of its time at 10k profiles. Role headings and school lines repeat little across questions.
 */
const TERMS_CACHE_LIMIT = 200_000;
const termsOf = remembered(TERMS_CACHE_LIMIT, (text): ReadonlySet<string> => new Set(tokenize(text)));

/** What an entity is looked for as: each alternative's index terms, any one of which must all be present. */
function entityTerms(entity: string): string[][] {
  const alternatives = [entity, entity.replace(/\([^)]*\)/g, ' '), ...[...entity.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!)];
  // A trailing place ("… in Pune") narrows, but a profile may leave it out.
  for (const alternative of [...alternatives]) {
    const withoutPlace = alternative.replace(/\s+in\s+[^,]+$/i, '');
    if (withoutPlace !== alternative) alternatives.push(withoutPlace);
  }
  return alternatives.map((alternative) => queryTerms(alternative)).filter((terms) => terms.length > 0);
}

/**
 * Does a text name `entity` (all its words)? Made once per question: "University of Oklahoma" in
 * "B.S., University of Oklahoma, 2014".
 */
export function entityMatcher(entity: string): (text: string) => boolean {
  const wanted = entityTerms(entity);
  return (text) => {
    const have = termsOf(text);
    return wanted.some((terms) => terms.every((term) => have.has(term)));
  };
}

/**
 * The people who may name `entity` in a school line, in corpus order: those with a passage holding
 * the rarest index term of one of its alternatives (a line naming it holds all of them, and its
 * passage's postings hold them too). A superset, checked line by line by `entityMatcher`; the
 * postings spare a school question restoring every profile's facts (100,000 at 100k profiles).
 */
function peopleMaybeNaming(entity: string, ctx: QuestionContext): string[] {
  const holding = new Set<string>();
  for (const terms of entityTerms(entity)) {
    const rarest = terms.reduce((a, b) => (ctx.lexical.idf(b) > ctx.lexical.idf(a) ? b : a));
    if (!ctx.lexical.hasTerm(rarest)) continue;
    const { labels, rows } = ctx.lexical.hitTable([rarest]);
    for (let row = 0; row < rows; row++) holding.add(ctx.index.documents[ctx.index.documentIndexOf(labels[row]!)]!.person.id);
  }
  return ctx.facts().people.filter((personId) => holding.has(personId));
}

/** Restored facts of `people`, in the order given, one at a time (a caller keeps only what it needs of each). */
function* factsIn(people: readonly string[], ctx: QuestionContext): Iterable<ProfileFacts> {
  for (const personId of people) yield ctx.facts().get(personId)!;
}

/** Do all the words of `entity` appear in `text`? */
export function namesEntity(entity: string, text: string): boolean {
  return entityMatcher(entity)(text);
}

function roleStatement(role: Role): string {
  return statementOf(role.head.replace(/\s·\s/g, ' — '));
}

const DEGREES: Record<string, RegExp> = {
  phd: /\bph\.?\s?d\b|doctor(?:ate| of philosophy)/i,
  master: /\bmaster|\bm\.?\s?sc?\b|\bmsc\b|\bm\.?\s?eng\b|\bm\.?\s?tech\b|\bmba\b/i,
  bachelor: /\bbachelor|\bb\.?\s?sc?\b|\bbsc\b|\bb\.?\s?a\.|\bb\.?\s?eng\b|\bb\.?\s?tech\b|\bb\.?\s?e\./i,
  mba: /\bmba\b/i,
  degree: /./,
};
function degreePattern(degree: string): RegExp {
  const key = degree.toLowerCase().replace(/[^a-z]/g, '');
  if (key.startsWith('phd') || key.startsWith('doctor')) return DEGREES.phd!;
  if (key.startsWith('master')) return DEGREES.master!;
  if (key.startsWith('bachelor')) return DEGREES.bachelor!;
  if (key === 'mba') return DEGREES.mba!;
  return DEGREES.degree!;
}

/** A passage-retrieval answer with a first line naming the people it found. */
function withLead(answer: Answer, intent: IntentName, people: readonly string[]): Answer {
  if (answer.noAnswer) return { ...answer, intent, people };
  const found = [...new Set(answer.citations.map((c) => c.person))];
  const lead = `${countOf(found.length, ['person', 'people'])}: ${listNames(found)}.`;
  return { ...answer, answer: `${lead}\n${answer.answer}`, intent, people };
}

export async function answerQuestion(question: string, ctx: QuestionContext): Promise<Answer> {
  const named = findNamedPeople(question, ctx.directory, (word) => ctx.lexical.hasTerm(tokenize(word)[0] ?? word));

  if (named.people.length === 0 && named.ambiguous.length > 0) {
    const [group] = named.ambiguous;
    const candidates = group!.candidates.map((entry) => entry.name);
    return nobody(question, `${countOf(candidates.length, ['profile is', 'profiles are'])} named ${group!.name}: ${listNames(candidates)}. Which one do you mean?`, 'ambiguous-person', candidates);
  }
  if (named.people.length === 0 && named.unknown.length > 0) {
    const [unknown] = named.unknown;
    const close = unknown!.close.map((entry) => entry.name);
    const hint = close.length > 0 ? ` Did you mean ${listNames(close)}?` : '';
    return nobody(question, `No profile is named ${unknown!.name}.${hint}`, 'unknown-person', []);
  }

  const intent = classify(named.people.length > 0 ? named.rest : question, named.people.length);
  if (named.people.length === 0) return answerAboutEveryone(question, intent, ctx);
  if (intent.kind === 'compare') return compare(question, named.people, intent.topic, ctx);
  return answerAboutPerson(question, named.people[0]!, named.rest, intent, ctx);
}

async function search(question: string, ctx: QuestionContext, text?: string, only?: ReadonlySet<string>): Promise<Answer> {
  return ask(question, ctx.searcher, ctx.lexical, ctx.limits, { text, only });
}

/** "Who knows both Docker and Kubernetes?": the places of the first ranking's people whose document every other ranking names too, in its order. */
function placesInEvery(rankings: readonly SkillRanking[]): number[] {
  const [first, ...others] = rankings;
  const places: number[] = [];
  for (let place = 0; place < first!.length; place++) if (others.every((ranking) => ranking.placeOfSource(first!.sourceAt(place)) >= 0)) places.push(place);
  return places;
}

async function answerAboutEveryone(question: string, intent: Intent, ctx: QuestionContext): Promise<Answer> {
  switch (intent.kind) {
    case 'who-knows':
    case 'count': {
      const skills = intent.kind === 'count' ? [intent.skill] : intent.skills;
      const rankings = skills.map((skill) => rankForSkill(skill, ctx.index, ctx.skills, ctx.skillRankings));
      const places = placesInEvery(rankings);
      if (places.length === 0) {
        // A phrase the skills ranking does not know as written may still be answered by passages.
        if (skills.some((skill) => skill.includes(' '))) return withLead(await search(question, ctx), 'search', []);
        return nobody(question, `Nobody: no profile mentions ${listNames(skills)}.`, intent.kind, []);
      }
      // The strongest few, each with a citation; the rest counted (who-knows pages through them all).
      const shown = places.slice(0, ctx.limits.maxPeopleListed).map((place) => rankings[0]!.at(place));
      const citations = new Citations();
      const sentences = shown.map((person) => {
        const evidence = rankings.flatMap((ranking) => ranking.at(ranking.placeOfSource(person.source)).lines.slice(0, 1));
        const markers = evidence.map((line) => {
          const passage = ctx.passagesOf(line.passage.source).find((p) => p.startLine <= line.line && p.endLine >= line.line)!;
          const citation = citations.add(passage, line.line, line.line, person.score);
          return `${statementOf(citation.text, skills.flatMap((skill) => tokenize(skill)))} [${citation.id}]`;
        });
        return `${person.person}: ${markers.join(' ')}`;
      });
      const names = namesAndMore(shown.map((p) => p.person), places.length);
      const lead =
        intent.kind === 'count'
          ? `${countOf(places.length, ['person', 'people'])} ${places.length === 1 ? 'names' : 'name'} ${listNames(skills)}: ${names}.`
          : `${countOf(places.length, ['person', 'people'])}: ${names}.`;
      const more = places.length > shown.length ? [`…and ${places.length - shown.length} more: who-knows ${skills[0]} lists them all.`] : [];
      return { question, answer: [lead, ...sentences, ...more].join('\n'), noAnswer: false, citations: citations.list, intent: intent.kind, people: [] };
    }
    case 'employer': {
      const citations = new Citations();
      const sentences: string[] = [];
      const shown: string[] = [];
      let found = 0;
      const namesIt = entityMatcher(intent.entity);
      const namesLater = intent.before ? entityMatcher(intent.before) : undefined;
      /** The roles that answer: those naming the employer (and, with "before", earlier than one naming the other, which follows). */
      const answering = <R extends RoleHead>(roles: readonly R[]): R[] => {
        const at = roles.filter((role) => namesIt(role.head));
        if (!intent.before || at.length === 0) return at;
        const later = roles.filter((role) => namesLater!(role.head));
        // Earlier in time: an older start, or later in the profile's latest-first order.
        const earlier = at.filter((role) => later.some((next) => (role.range && next.range ? ordinal(role.range.start) < ordinal(next.range.start) : roles.indexOf(role) > roles.indexOf(next))));
        return earlier.length === 0 ? [] : [...earlier, ...later.slice(0, 1)];
      };
      // Found by the headings' terms; only the people quoted have their roles restored (passages read).
      const headTerms = ctx.facts().headTerms();
      // "Before" needs a heading naming the later employer too: only those people's dates are read.
      const namingLater = intent.before ? new Set(headTerms.peopleNaming(entityTerms(intent.before))) : undefined;
      for (const personId of headTerms.peopleNaming(entityTerms(intent.entity))) {
        if (namingLater && (!namingLater.has(personId) || answering(ctx.facts().roleHeads(personId)).length === 0)) continue;
        found++;
        if (found > ctx.limits.maxPeopleListed) continue; // counted, not quoted
        const facts = ctx.facts().get(personId)!;
        const markers = answering(facts.roles).slice(0, 2).map((role) => `${roleStatement(role)} [${citations.line(role.first, role.last).id}]`);
        shown.push(facts.person);
        sentences.push(`${facts.person}: ${markers.join(' ')}`);
      }
      if (found === 0) {
        const what = intent.before ? `${intent.entity} before ${intent.before}` : intent.entity;
        return nobody(question, `Nobody: no role in the profiles names ${what}.`, 'employer', []);
      }
      return { question, answer: listedPeople(shown, found, sentences), noAnswer: false, citations: citations.list, intent: 'employer', people: [] };
    }
    case 'school': {
      const citations = new Citations();
      const sentences: string[] = [];
      const found: string[] = [];
      const degree = intent.degree ? degreePattern(intent.degree) : undefined;
      const namesIt = intent.entity ? entityMatcher(intent.entity) : () => true;
      for (const facts of factsIn(intent.entity ? peopleMaybeNaming(intent.entity, ctx) : ctx.facts().people, ctx)) {
        const lines = facts.schools.filter((line) => namesIt(line.text) && (!degree || degree.test(line.text)));
        if (lines.length === 0) continue;
        found.push(facts.person);
        if (found.length > ctx.limits.maxPeopleListed) continue; // counted, not quoted
        sentences.push(`${facts.person}: ${lines.slice(0, 2).map((line) => `${statementOf(line.text)} [${citations.line(line).id}]`).join(' ')}`);
      }
      if (found.length === 0) {
        const what = [intent.degree, intent.entity && `at ${intent.entity}`].filter(Boolean).join(' ');
        return nobody(question, `Nobody: no profile lists ${what || 'that'} in its education.`, 'school', []);
      }
      return { question, answer: listedPeople(found.slice(0, ctx.limits.maxPeopleListed), found.length, sentences), noAnswer: false, citations: citations.list, intent: 'school', people: [] };
    }
    case 'timeline':
      if (intent.which === 'years' && intent.atLeast) return yearsAnswer(question, intent.atLeast, intent.skill, ctx);
      return withLead(await search(question, ctx), 'search', []);
    default:
      return withLead(await search(question, ctx), 'search', []);
  }
}

/** Each profile naming the skill with its lines (the who-knows rules: a short skill must read as a technology). */
function skillLines(skill: string, ctx: QuestionContext): SkillRanking {
  return rankPeopleBySkill(ctx.index, ctx.skills.variants(skill), ctx.skillRankings, undefined, ctx.skills.names());
}

/** A person's lines in a ranking; undefined when it does not name them. */
function linesOf(ranking: SkillRanking, personId: string): readonly SkillLine[] | undefined {
  const place = ranking.placeOf(personId);
  return place < 0 ? undefined : ranking.at(place).lines;
}

/** A person's experience: of the roles whose lines name the skill, or of every dated role. */
function experienceWith<R extends DatedRole>(roles: readonly R[], lines: readonly SkillLine[] | undefined, skill: string | undefined, now: Date): Experience<R> {
  if (!skill) return experienceOf(roles, now);
  const holding = new Set((lines ?? []).flatMap((line) => rolesHolding(roles, line.line)));
  return experienceOf(roles, now, (role) => holding.has(role));
}

const MAX_ROLES_SAID = 3;

/** "Tobias & Tobias — Senior PHP & Python Developer • Apr. '07 – Aug. '09 [1]", with the line naming the skill when the role's heading does not. */
function rolesSaid(experience: Experience, lines: readonly SkillLine[] | undefined, skill: string | undefined, citations: Citations): string {
  const said = experience.roles.slice(0, MAX_ROLES_SAID).map((role) => {
    const head = `${roleStatement(role)} [${citations.line(role.first, role.last).id}]`;
    const inHead = (lines ?? []).some((line) => line.line >= role.first.line && line.line <= role.last.line);
    const named = skill && !inHead ? (lines ?? []).find((line) => line.line > role.last.line && line.line <= role.through) : undefined;
    if (!named) return head;
    const citation = citations.add(named.passage, named.line, named.line);
    return `${head} (${statementOf(citation.text, tokenize(skill!))} [${citation.id}])`;
  });
  const more = experience.roles.length - said.length;
  return `${said.join('; ')}${more > 0 ? `; and ${countOf(more, ['more role', 'more roles']).toLowerCase()}` : ''}.`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A span is shown by its ends: the earliest role moves up among the few roles quoted. */
function withEarliestSaid(experience: Experience): Experience {
  const { roles } = experience;
  if (roles.length <= MAX_ROLES_SAID) return experience;
  const latest = roles.slice(0, MAX_ROLES_SAID - 1);
  return { ...experience, roles: [...latest, roles.at(-1)!, ...roles.slice(MAX_ROLES_SAID - 1, -1)] };
}

const yearsPhrase = (threshold: Threshold) => `${threshold.inclusive ? `${threshold.years}+` : `more than ${threshold.years}`} years`;
const about = (months: number) => `about ${describeMonths(months)}`;

/**
 * "Who has 10+ years of Python?": per person, the months of the roles whose lines name Python
 * (every dated role for "10+ years of experience"), overlapping roles counted once.
 */
function yearsAnswer(question: string, threshold: Threshold, skill: string | undefined, ctx: QuestionContext, now = new Date()): Answer {
  const lines = skill ? skillLines(skill, ctx) : undefined;
  const what = skill ?? 'experience';
  if (lines && lines.length === 0) return nobody(question, `Nobody: no profile mentions ${skill}.`, 'timeline', []);
  // Counted on the stored roles (no passage read): numbers only, everyone's restored roles would hold most of a large index.
  // With a skill, only the people naming it can have months of it (their stored roles read, the most recent kept);
  // without one, everyone's, from a table of numbers made once.
  const rolesOf = skill ? (personId: string) => ctx.facts().roleHeads(personId) : (personId: string) => ctx.facts().roleDates().rolesOf(personId);
  const measured = (lines ? ctx.facts().people.filter((personId) => lines.placeOf(personId) >= 0) : ctx.facts().people)
    .map((personId) => {
      const { months, spanMonths } = experienceWith(rolesOf(personId), lines && linesOf(lines, personId), skill, now);
      return { personId, months, spanMonths };
    })
    .filter(({ months }) => months > 0)
    .sort((a, b) => b.months - a.months);
  const enough = threshold.years * 12;
  const reaches = (months: number) => (threshold.inclusive ? months >= enough : months > enough);
  const found = measured.filter(({ months }) => reaches(months));
  // "10+ years of PHP" often means "since 2007": people whose roles naming it span the years with
  // gaps between are named too, apart, with both numbers, so neither reading hides them.
  const spanning = measured.filter(({ months, spanMonths }) => !reaches(months) && reaches(spanMonths));
  const basis = skill ? 'by the dates of the roles that name it' : 'by the dates of their roles';
  if (found.length === 0 && spanning.length === 0) {
    const best = measured[0];
    const closest = best ? ` (the most: ${ctx.facts().get(best.personId)!.person}, ${about(best.months)})` : '';
    const none = skill ? `no dated role in the profiles names ${skill}` : 'no profile dates its roles';
    return nobody(question, best ? `Nobody has ${yearsPhrase(threshold)} of ${what} ${basis}${closest}.` : `Nobody: ${none}.`, 'timeline', []);
  }
  // The most years first; past the listing limit people are counted, not quoted (and their roles not restored again).
  const withRoles = ({ personId }: { personId: string }) => {
    const facts = ctx.facts().get(personId)!;
    return { facts, experience: experienceWith(facts.roles, lines && linesOf(lines, personId), skill, now) };
  };
  const shown = found.slice(0, ctx.limits.maxPeopleListed).map(withRoles);
  const spanShown = spanning.slice(0, Math.max(0, ctx.limits.maxPeopleListed - shown.length)).map(withRoles);
  const citations = new Citations();
  const sentences = shown.map(({ facts, experience }) => `${facts.person}, ${about(experience.months)}: ${rolesSaid(experience, lines && linesOf(lines, facts.personId), skill, citations)}`);
  const names = shown.map(({ facts, experience }) => `${facts.person} (${about(experience.months)})`);
  const spanNames = spanShown.map(({ facts, experience }) => `${facts.person} (${about(experience.spanMonths)}, of which ${about(experience.months)} in those roles)`);
  const spanSentences = spanShown.map(
    ({ facts, experience }) => `${facts.person}, ${about(experience.spanMonths)} from first to last: ${rolesSaid(withEarliestSaid(experience), lines && linesOf(lines, facts.personId), skill, citations)}`,
  );
  const fromFirstToLast = skill ? `from the first role that names ${skill} to the last, gaps included` : 'from the first dated role to the last, gaps included';
  const lead =
    found.length > 0
      ? `${countOf(found.length, ['person has', 'people have'])} ${yearsPhrase(threshold)} of ${what} ${basis}: ${namesAndMore(names, found.length)}.`
      : `Nobody has ${yearsPhrase(threshold)} of ${what} counting only the months of ${skill ? 'the roles that name it' : 'their roles'}. ${capitalized(fromFirstToLast)}: ${namesAndMore(spanNames, spanning.length)}.`;
  const alsoSpanning = found.length > 0 && spanning.length > 0 ? [`Counting ${fromFirstToLast}, also: ${namesAndMore(spanNames, spanning.length)}.`] : [];
  const unshown = found.length - shown.length + spanning.length - spanShown.length;
  const more = unshown > 0 ? [`…and ${unshown} more.`] : [];
  return {
    question,
    answer: [lead, ...alsoSpanning, ...sentences, ...spanSentences, ...more].join('\n'),
    noAnswer: false,
    citations: citations.list,
    intent: 'timeline',
    people: [],
  };
}

async function answerAboutPerson(question: string, person: DirectoryEntry, rest: string, intent: Intent, ctx: QuestionContext): Promise<Answer> {
  const facts = ctx.facts().get(person.personId);
  const only = new Set([person.personId]);
  const people = [person.name];
  const citations = new Citations();
  const done = (lead: string, sentences: readonly string[], kind: IntentName): Answer => ({
    question,
    answer: [lead, ...sentences].join('\n'),
    noAnswer: false,
    citations: citations.list,
    intent: kind,
    people,
  });
  const scoped = async (kind: IntentName = 'person'): Promise<Answer> => {
    const answer = await search(question, ctx, rest, only);
    if (answer.noAnswer) return nobody(question, `Nothing in ${possessive(person.name)} profile answers that.`, kind, people);
    return { ...answer, intent: kind, people };
  };

  switch (intent.kind) {
    case 'about': {
      const overview = profileOverview({ ...person }, ctx.passagesOfPerson(person.personId));
      const sentences = overview.lines.map((line) => `${line.label}: ${line.text} [${line.citation}]`);
      return { question, answer: [`${overview.person}: ${overview.headline}.`.replace(/\.\.$/, '.'), ...sentences].join('\n'), noAnswer: false, citations: overview.citations, intent: 'about', people };
    }
    case 'contact': {
      const patterns: Record<string, RegExp> = {
        email: /@|e-?mail/i,
        phone: /phone|\btel\b|\bmobile\s*[:.]|\+?\d[\d\s().-]{7,}\d/i,
        website: /website|homepage|https?:|www\.|\b[\w-]+\.(?:com|org|net|io|dev|gg|me|uk|co)\b/i,
        github: /github/i,
        gitlab: /gitlab/i,
        linkedin: /linkedin/i,
        twitter: /twitter/i,
      };
      const key = Object.keys(patterns).find((name) => intent.what.replace(/[^a-z]/g, '').startsWith(name.slice(0, 4))) ?? 'contact';
      const lines = (facts?.contacts ?? []).filter((line) => (patterns[key] ?? /./).test(line.text));
      if (lines.length === 0) return nobody(question, `${possessive(person.name)} profile gives no ${intent.what}.`, 'contact', people);
      return done(`${possessive(person.name)} ${intent.what}:`, lines.slice(0, 2).map((line) => `${statementOf(line.text)} [${citations.line(line).id}]`), 'contact');
    }
    case 'timeline': {
      if (intent.which === 'years') {
        const skill = intent.skill;
        const lines = skill ? linesOf(skillLines(skill, ctx), person.personId) : undefined;
        const experience = facts ? experienceWith(facts.roles, lines, skill, new Date()) : undefined;
        if (!experience || experience.months === 0) {
          return nobody(question, `${possessive(person.name)} profile dates no role${skill ? ` that names ${skill}` : ''}.`, 'timeline', people);
        }
        const basis = skill ? `of ${skill} by the dates of the roles that name it` : 'of experience by the dates of the roles';
        return done(`${person.name}: ${about(experience.months)} ${basis}.`, [rolesSaid(experience, lines, skill, citations)], 'timeline');
      }
      const roles = facts?.roles ?? [];
      if (roles.length === 0) return scoped('timeline');
      const say = (role: Role) => `${roleStatement(role)} [${citations.line(role.first, role.last).id}]`;
      if (intent.which === 'latest') return done(`${possessive(person.name)} most recent role:`, [say(roles[0]!)], 'timeline');
      if (intent.which === 'first') return done(`${possessive(person.name)} earliest role in the profile:`, [say(roles.at(-1)!)], 'timeline');
      const index = roles.findIndex((role) => namesEntity(intent.entity!, role.head));
      if (index < 0) return scoped('timeline');
      const role = roles[index]!;
      if (intent.which === 'before') {
        const earlier = roles[index + 1];
        if (!earlier) return nobody(question, `${possessive(person.name)} profile lists no role before ${intent.entity}.`, 'timeline', people);
        return done(`Before ${intent.entity}, ${person.name} was at:`, [say(earlier), `(${intent.entity}: ${say(role)})`], 'timeline');
      }
      if (intent.which === 'after') {
        const later = roles[index - 1];
        if (!later) return nobody(question, `${possessive(person.name)} profile lists no role after ${intent.entity}.`, 'timeline', people);
        return done(`After ${intent.entity}, ${person.name} was at:`, [say(later)], 'timeline');
      }
      if (intent.aspect === 'duration' && role.range) {
        const length = describeMonths(monthsBetween(role.range.start, role.range.end));
        return done(`${person.name} was at ${intent.entity} for about ${length}${role.range.end ? '' : ' so far'}:`, [say(role)], 'timeline');
      }
      return done(`${person.name} at ${intent.entity}:`, [say(role)], 'timeline');
    }
    case 'school': {
      const degree = intent.degree ? degreePattern(intent.degree) : undefined;
      const schools = facts?.schools ?? [];
      const topical = schools.filter((line) => (!degree || degree.test(line.text)) && (!intent.entity || namesEntity(intent.entity, line.text)));
      const lines = topical.length > 0 ? topical : degree ? [] : schools;
      if (lines.length === 0) {
        const answer = await search(question, ctx, rest, only);
        if (!answer.noAnswer) return { ...answer, intent: 'school', people };
        return nobody(question, `${possessive(person.name)} profile names no ${intent.degree ?? 'school or degree'}.`, 'school', people);
      }
      return done(`${possessive(person.name)} education:`, lines.slice(0, 3).map((line) => `${statementOf(line.text)} [${citations.line(line).id}]`), 'school');
    }
    case 'skills': {
      // The skills lists first, narrowed to the kind asked about when a list is labelled so ("Databases", "Languages").
      const lines = facts?.skills ?? [];
      const wanted = new Set(queryTerms(rest));
      const topical = lines.filter((line) => tokenize(`${line.passage.sectionPath.join(' ')} ${line.text}`).some((term) => wanted.has(term)));
      // "What languages does Phil know?" asks for the lists themselves; "which skills for data work?" says more.
      const beyondKind = [...wanted].some((term) => !SKILL_KINDS.has(term) && !isWeakTerm(term));
      if (topical.length === 0 && beyondKind) {
        const answer = await search(question, ctx, rest, only);
        if (!answer.noAnswer) return { ...answer, intent: 'skills', people };
      }
      const chosen = topical.length > 0 ? topical : lines;
      if (chosen.length === 0) return nobody(question, `${possessive(person.name)} profile lists no skills.`, 'skills', people);
      return done(`${possessive(person.name)} skills:`, chosen.slice(0, 3).map((line) => `${statementOf(line.text, ['skills', 'technolog'])} [${citations.line(line).id}]`), 'skills');
    }
    default:
      return scoped();
  }
}

/** "Compare Phil and kura on AWS": one paragraph per person, each cited, side by side. */
async function compare(question: string, people: readonly DirectoryEntry[], topic: string, ctx: QuestionContext): Promise<Answer> {
  const citations: Citation[] = [];
  const paragraphs: string[] = [];
  const answered: string[] = [];
  for (const person of people) {
    const answer = await search(question, ctx, topic, new Set([person.personId]));
    if (answer.noAnswer) {
      paragraphs.push(`${person.name}: the profile does not mention ${topic}.`);
      continue;
    }
    answered.push(person.name);
    // Renumber this person's citations after the ones already given.
    const offset = citations.length;
    for (const citation of answer.citations.slice(0, 2)) citations.push({ ...citation, id: citation.id + offset });
    const body = answer.answer.replace(/^[^:]*:\s*/, '').replace(/\[(\d+)\]/g, (_, id: string) => `[${Number(id) + offset}]`);
    const kept = body.split(/(?<=\])\s+/).filter((part) => {
      const id = /\[(\d+)\]$/.exec(part)?.[1];
      return id === undefined || citations.some((c) => c.id === Number(id));
    });
    paragraphs.push(`${person.name}: ${kept.join(' ')}`);
  }
  const names = people.map((person) => person.name);
  if (answered.length === 0) return nobody(question, `Neither ${listNames(names).replace(' and ', ' nor ')} mentions ${topic}.`, 'compare', names);
  const lead = `On ${topic}: ${answered.length === people.length ? `both ${listNames(names)} mention it` : `only ${listNames(answered)} mentions it`}.`;
  return { question, answer: [lead, ...paragraphs].join('\n'), noAnswer: false, citations, intent: 'compare', people: names };
}
