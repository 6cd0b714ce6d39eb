/**
 * What the model is told: the rules (only the numbered sources, a marker after every sentence,
 * "nobody" when they do not answer), then the question, what it was taken to ask, the extractive
 * answer as the facts to keep, and the sources the retriever chose, numbered as they are shown.
 */
import type { Answer, Citation } from '../answer/types.js';
import type { ChatMessage } from './client.js';

/** One earlier question of a conversation (a Discord thread), with the people its answer named. */
export interface PriorTurn {
  readonly question: string;
  readonly people: readonly string[];
}

/** Earlier turns given to the model: enough to read "and the second one?", little enough to stay on topic. */
export const TURNS_KEPT = 3;

/** A source longer than this is cut: a whole CV section would crowd the question out of a small model's window. */
const SOURCE_CHARS = 1500;

export const SYSTEM_PROMPT = [
  "You answer questions about a team's CVs using ONLY the numbered sources you are given.",
  'Rules:',
  '- End every sentence with the number of the source that states it, in square brackets, e.g. [2]; several as [1][3].',
  '- State only what the sources say. Add no person, employer, skill, date or number they do not contain.',
  '- Name only the people the sources belong to, spelled as given.',
  '- Write years and counts exactly as the sources or the draft answer give them.',
  '- If the sources do not answer the question, reply with the one word: nobody',
  '- Answer in the language of the question, in at most five short sentences, without headings.',
].join('\n');

function sourceBlock(citation: Citation): string {
  const { startLine, endLine } = citation;
  const lines = startLine === endLine ? `line ${startLine}` : `lines ${startLine}-${endLine}`;
  const text = citation.text.length > SOURCE_CHARS ? `${citation.text.slice(0, SOURCE_CHARS)} …` : citation.text;
  return `[${citation.id}] ${citation.person} · ${citation.section || '(no section)'} · ${lines}\n${text}`;
}

function historyBlock(history: readonly PriorTurn[]): string[] {
  const kept = history.slice(-TURNS_KEPT);
  if (kept.length === 0) return [];
  const named = (turn: PriorTurn) => (turn.people.length ? ` (answered with ${turn.people.join(', ')})` : '');
  const turns = kept.map((turn) => `- "${turn.question}"${named(turn)}`);
  return ['Earlier questions in this conversation (to understand the new one; they are not sources):', ...turns, ''];
}

/** The messages for one answer. */
export function groundedPrompt(answer: Answer, history: readonly PriorTurn[] = []): ChatMessage[] {
  const user = [
    ...historyBlock(history),
    `Question: ${answer.question}`,
    `Taken to ask: ${answer.intent ?? 'search'}`,
    `Draft answer (its facts are right; write it better, keeping its [n] markers where they belong):`,
    answer.answer,
    '',
    'Sources:',
    ...answer.citations.map(sourceBlock),
  ].join('\n');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: user },
  ];
}
