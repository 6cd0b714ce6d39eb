/**
 * Passage retrieval, the answer to anything no other intent recognises: about everyone (led by
 * the people found) or scoped to the person a question names.
 */
import { ask, askEvidence, type Evidence } from '../ask.js';
import type { PersonQuestion, QuestionContext } from '../context.js';
import type { IntentName } from '../intent.js';
import { searching } from '../phrasing.js';
import { nobody } from '../statements.js';
import { readCues } from '../cues.js';
import { sectionWords } from '../sections.js';
import { askedSections, type CanonicalSection, foldHeading } from '../../text/sectionHeadings.js';
import type { Answer } from '../types.js';

/** Passages answering `question` (searched as `text` when given), from the profiles of `only` when given. */
function search(
  question: string,
  ctx: QuestionContext,
  text?: string,
  only?: ReadonlySet<string>,
  limits = ctx.limits,
): Promise<Answer> {
  return ask(question, ctx.searcher, ctx.lexical, limits, { text, only });
}

/** Sections whose having anything at all answers "who has …?": "who has won an award?". */
const HELD_SECTIONS: ReadonlySet<CanonicalSection> = new Set([
  'awards',
  'publications',
  'certifications',
  'teaching',
  'volunteering',
  'supervision',
]);

/**
 * The section a question about everyone asks for and nothing more ("who has won an award?", "who
 * has published papers?"): every word it leaves once its cues are out is a word asking for that
 * section. Undefined when it names something else too ("who won the hackathon?").
 */
export function sectionAskedAlone(question: string): CanonicalSection | undefined {
  const asked = askedSections(question);
  const section = asked.sections[0];
  if (!section || !HELD_SECTIONS.has(section)) return undefined;
  const cueWords = new Set(asked.words.flatMap((word) => word.split(/\s+/)));
  const left = readCues(question)
    .segments.flatMap((segment) => segment.text.split(/\s+/))
    .map(foldHeading)
    .filter((word) => !cueWords.has(word) && !NOT_A_TOPIC.test(word));
  return left.length === 0 ? section : undefined;
}

/** Verbs of having or doing that name no topic of their own. */
const NOT_A_TOPIC =
  /^(?:won|win|got|get|received|receive|given|gave|held|hold|done|any|ever|papers?|anything|something|etwas|chose|quelque|algo|algum|alguma|a|an|the|some|ein|eine|einen|un|une|des|el|la|los|las|um|uma|uns|umas)$/;

/**
 * The sections whose heading alone says a person has one: everyone under one is on the list. Not
 * supervision, whose lines stand under education headings, where most lines are no supervision.
 */
const LISTED_BY_HEADING: ReadonlySet<CanonicalSection> = new Set([
  'awards',
  'publications',
  'certifications',
  'teaching',
  'volunteering',
]);

const peopleIn = (answer: Answer) => new Set(answer.citations.map((c) => c.person)).size;

/** A passage-retrieval answer about everyone, with a first line naming the people it found. */
export async function searchEveryone(question: string, ctx: QuestionContext): Promise<Answer> {
  // A question asking for a section alone ("who has published papers?") is answered by everyone with
  // that section, not by the few lines the concept map's wordings ("journal") reach first.
  const section = sectionAskedAlone(question);
  let answer = await ask(question, ctx.searcher, ctx.lexical, ctx.limits, { literal: section !== undefined });
  // Words of asking ("won", "published") no line holds, or only some profiles' lines hold ("award" beside
  // "Auszeichnungen", "Prémios"): the section's headings, in five languages, find everyone with it.
  // Each heading its own "or" clause: a passage under any one of them answers.
  // Any heading of the section is as good as another, whatever its words weigh: none is left out.
  if (section) {
    const headings = sectionWords(section).split(' ').join(' or ');
    const underHeadings = await search(question, ctx, headings, undefined, { ...ctx.limits, relativeStrength: 0 });
    if (answer.noAnswer || (LISTED_BY_HEADING.has(section) && peopleIn(underHeadings) > peopleIn(answer)))
      answer = underHeadings;
  }
  if (answer.noAnswer) return { ...answer, intent: 'search', people: [] };
  const found = [...new Set(answer.citations.map((c) => c.person))];
  return { ...answer, answer: `${searching.lead(found)}\n${answer.answer}`, intent: 'search', people: [] };
}

/** Passages of one person's profile answering the question; undefined when none does. */
export async function searchPerson(
  asked: PersonQuestion,
  kind: IntentName,
  text = asked.rest,
): Promise<Answer | undefined> {
  const { question, person, ctx } = asked;
  const answer = await search(question, ctx, text, new Set([person.personId]));
  return answer.noAnswer ? undefined : { ...answer, intent: kind, people: [person.name] };
}

/** The same, saying so when nothing in the profile answers. */
export async function searchPersonOrSay(asked: PersonQuestion, kind: IntentName = 'person'): Promise<Answer> {
  const found = await searchPerson(asked, kind);
  return found ?? nobody(asked.question, searching.nothingIn(asked.person.name), kind, [asked.person.name]);
}

/** One person's statements about `topic`, with their citations (for answers that join several people). */
export function evidenceOf(
  question: string,
  topic: string,
  personId: string,
  ctx: QuestionContext,
): Promise<Evidence | undefined> {
  return askEvidence(question, ctx.searcher, ctx.lexical, ctx.limits, { text: topic, only: new Set([personId]) });
}
