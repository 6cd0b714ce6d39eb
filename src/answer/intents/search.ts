/**
 * Passage retrieval, the answer to anything no other intent recognises: about everyone (led by
 * the people found) or scoped to the person a question names.
 */
import { ask, askEvidence, type Evidence } from '../ask.js';
import type { PersonQuestion, QuestionContext } from '../context.js';
import type { IntentName } from '../intent.js';
import { searching } from '../phrasing.js';
import { nobody } from '../statements.js';
import type { Answer } from '../types.js';

/** Passages answering `question` (searched as `text` when given), from the profiles of `only` when given. */
function search(question: string, ctx: QuestionContext, text?: string, only?: ReadonlySet<string>): Promise<Answer> {
  return ask(question, ctx.searcher, ctx.lexical, ctx.limits, { text, only });
}

/** A passage-retrieval answer about everyone, with a first line naming the people it found. */
export async function searchEveryone(question: string, ctx: QuestionContext): Promise<Answer> {
  const answer = await search(question, ctx);
  if (answer.noAnswer) return { ...answer, intent: 'search', people: [] };
  const found = [...new Set(answer.citations.map((c) => c.person))];
  return { ...answer, answer: `${searching.lead(found)}\n${answer.answer}`, intent: 'search', people: [] };
}

/** Passages of one person's profile answering the question; undefined when none does. */
export async function searchPerson(asked: PersonQuestion, kind: IntentName): Promise<Answer | undefined> {
  const { question, person, rest, ctx } = asked;
  const answer = await search(question, ctx, rest, new Set([person.personId]));
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
