/**
 * question → who it is about → what it asks → the intent that answers it: the skills ranking,
 * roles and schools read from the profiles, a profile overview, or passage retrieval (scoped to
 * the people named). Every answer starts with a line that answers the question, then one line per
 * person, each statement with the [n] of the lines that prove it.
 */
import { sectionOfHeading } from '../text/sectionHeadings.js';
import { tokenize } from '../text/terms.js';
import type { PersonQuestion, QuestionContext } from './context.js';
import { withCueSpelling } from './cues.js';
import { withSkillSpelling } from './skillSpelling.js';
import { classify, type Intent } from './intent.js';
import { schoolAsked, skillAsked } from './intents/byMeaning.js';
import { answerAbout } from './intents/about.js';
import { answerCompare, answerCompareOverview, answerCompareYears } from './intents/compare.js';
import { answerContact } from './intents/contact.js';
import { answerLanguages } from './intents/languages.js';
import { answerLivesIn, answerPersonLocation } from './intents/location.js';
import { answerEmployer } from './intents/employer.js';
import { answerRoles } from './intents/roles.js';
import { answerPersonSchool } from './intents/school.js';
import { searchEveryone, searchPerson, searchPersonOrSay, sectionAskedAlone } from './intents/search.js';
import { answerSkills } from './intents/skills.js';
import { answerWhoKnows } from './intents/whoKnows.js';
import { answerPersonYears, answerYears } from './intents/years.js';
import { findNamedPeople, type DirectoryEntry, type NamedPeople } from './namedPeople.js';
import { naming, years } from './phrasing.js';
import { factsWithProfile } from './profileRoles.js';
import { nobody } from './statements.js';
import type { Answer } from './types.js';

/** Where a question goes, decided from the people it names and its wording. */
export type Route =
  | { readonly to: 'ambiguous'; readonly name: string; readonly candidates: readonly string[] }
  | { readonly to: 'unknown'; readonly name: string; readonly close: readonly string[] }
  | { readonly to: 'everyone'; readonly intent: Intent }
  | {
      readonly to: 'compare';
      readonly people: readonly DirectoryEntry[];
      readonly topic: string;
      readonly years?: { readonly skill?: string };
    }
  | { readonly to: 'person'; readonly person: DirectoryEntry; readonly rest: string; readonly intent: Intent };

/**
 * The route of a question: a name that fits several profiles, or none, is asked back about when
 * it is the only name; two or more people are compared; one is asked about; none means everyone.
 * `spell` mends the wording's misspelt cue words before the intent is read (names are found first).
 */
export function route(question: string, named: NamedPeople, spell: (text: string) => string = (text) => text): Route {
  if (named.people.length === 0 && named.ambiguous.length > 0) {
    const [group] = named.ambiguous;
    return { to: 'ambiguous', name: group!.name, candidates: group!.candidates.map((entry) => entry.name) };
  }
  if (named.people.length === 0 && named.unknown.length > 0) {
    const [unknown] = named.unknown;
    return { to: 'unknown', name: unknown!.name, close: unknown!.close.map((entry) => entry.name) };
  }
  if (named.people.length === 0) return { to: 'everyone', intent: classify(spell(question), 0) };
  // The wording with its cue words mended is also what a person's profile is searched for.
  const rest = spell(named.rest);
  const intent = classify(rest, named.people.length);
  if (intent.kind === 'compare') {
    const years = intent.years ? { years: intent.skill ? { skill: intent.skill } : {} } : {};
    return { to: 'compare', people: named.people, topic: intent.topic, ...years };
  }
  return { to: 'person', person: named.people[0]!, rest, intent };
}

export async function answerQuestion(question: string, ctx: QuestionContext): Promise<Answer> {
  const isKnownWord = (word: string) => ctx.lexical.hasTerm(tokenize(word)[0] ?? word);
  const named = findNamedPeople(question, ctx.directory, isKnownWord, (word) => ctx.skills.names().has(word));
  const skills = ctx.skills.names();
  // The wording left once names are out has its accents dropped ("rhône" → "rhone"): a word is known
  // when the question wrote it, accented, as a word the profiles use ("Rhône" is never "phone").
  const asTyped = new Map<string, string[]>();
  for (const word of question.match(/\p{L}+/gu) ?? []) {
    const folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded !== word.toLowerCase()) asTyped.set(folded, [...(asTyped.get(folded) ?? []), word]);
  }
  const isKnownTyped = (word: string) =>
    isKnownWord(word) || (asTyped.get(word.toLowerCase())?.some(isKnownWord) ?? false);
  const to = route(question, named, (text) =>
    withCueSpelling(withSkillSpelling(text, skills, isKnownTyped), isKnownTyped),
  );
  switch (to.to) {
    case 'ambiguous':
      return nobody(question, naming.ambiguous(to.name, to.candidates), 'ambiguous-person', to.candidates);
    case 'unknown':
      return nobody(question, naming.unknown(to.name, to.close), 'unknown-person', []);
    case 'everyone':
      return answerAboutEveryone(question, to.intent, ctx);
    case 'compare':
      if (to.years) return answerCompareYears(question, to.people, to.years.skill, ctx);
      if (!to.topic) return answerCompareOverview(question, to.people, ctx);
      return answerCompare(question, to.people, to.topic, ctx);
    case 'person': {
      const facts = factsWithProfile(ctx, to.person.personId);
      const asked = { question, person: to.person, rest: to.rest, facts, ctx };
      return answerAboutPerson(asked, to.intent);
    }
  }
}

async function answerAboutEveryone(question: string, intent: Intent, ctx: QuestionContext): Promise<Answer> {
  switch (intent.kind) {
    case 'who-knows':
      // "who has certifications?" names a section, not a skill: the sections with something under
      // them answer, never an empty heading of that name.
      if (!intent.spoken && intent.skills.every((skill) => sectionOfHeading(skill) !== undefined))
        return searchEveryone(question, ctx);
      // "who has taught?": a word asking for a section and nothing else.
      if (!intent.spoken && sectionAskedAlone(question)) return searchEveryone(question, ctx);
      return skillAsked(question, intent, ctx);
    case 'count':
      return answerWhoKnows(question, intent, ctx);
    case 'employer':
      return answerEmployer(question, intent, ctx);
    case 'school':
      return schoolAsked(question, intent, ctx);
    case 'location':
      return intent.place ? answerLivesIn(question, intent.place, ctx) : searchEveryone(question, ctx);
    case 'timeline':
      if (intent.which === 'years' && intent.atLeast)
        return answerYears(question, intent.atLeast, intent.skill, ctx, { asTitle: intent.asTitle === true });
      return searchEveryone(question, ctx);
    default:
      return searchEveryone(question, ctx);
  }
}

async function answerAboutPerson(asked: PersonQuestion, intent: Intent): Promise<Answer> {
  switch (intent.kind) {
    case 'about':
      return answerAbout(asked);
    case 'contact':
      return answerContact(asked, intent.what);
    case 'timeline':
      return intent.which === 'years'
        ? personYears(asked, intent.skill, intent.asTitle === true)
        : answerRoles(asked, intent);
    case 'school':
      return answerPersonSchool(asked, intent);
    case 'skills':
      return answerSkills(asked);
    case 'languages':
      return answerLanguages(asked, intent.language);
    case 'location':
      return answerPersonLocation(asked);
    default:
      return searchPersonOrSay(asked);
  }
}

/**
 * One person's years of a skill by the dates of their roles; when no dated role names it, the profile
 * may still say it in prose ("working with AWS since 2011"), and the passage that does is the answer.
 */
async function personYears(asked: PersonQuestion, skill: string | undefined, asTitle: boolean): Promise<Answer> {
  const counted = answerPersonYears(asked, skill, asTitle);
  if (!counted.noAnswer || !skill) return counted;
  // The question's words find a line that says since when ("since 2011"); when their other words ("yrs",
  // "wie lange") leave too little matched, the skill alone finds the lines that name it.
  const found = (await searchPerson(asked, 'timeline')) ?? (await searchPerson(asked, 'timeline', skill));
  // The passages found say what the profile holds; the first line says what it does not.
  return found ? { ...found, answer: `${years.noneDatedFound(asked.person.name, skill)}\n${found.answer}` } : counted;
}
