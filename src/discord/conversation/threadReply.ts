/**
 * What the bot says to a message addressed to it: a new question goes down the shared path
 * (replyTo.ts) like a slash command; a follow-up is read against the thread's last turn and turned
 * into a question (a new skill, a person, one person's view of the last question) or a next page.
 */
import type { Answerer } from '../../answer/types.js';
import type { PriorTurn } from '../../llm/prompt.js';
import type { AnswerWriter } from '../../llm/writer.js';
import type { PageStore } from '../pageStore.js';
import type { ReplyPayload } from '../render/fit.js';
import { PEOPLE_KEPT } from '../render/limits.js';
import { clip } from '../render/text.js';
import { isPaged, renderView } from '../render/view.js';
import { renderNotice } from '../render/views/notice.js';
import { replyTo, storedView, type Question } from '../replyTo.js';
import { pickPerson, type FollowUp } from './followUp.js';
import type { ThreadMemory, Turn } from './threadMemory.js';

export interface ThreadReply {
  readonly payload: ReplyPayload;
  /** What the turn remembers; absent for notices. */
  readonly turn?: Omit<Turn, 'viewKey' | 'page'> & { viewKey?: string; page?: number };
  readonly audit?: Record<string, string>;
}

/** What answering in a thread needs: the Answerer taken when the message arrived, the stores, where. */
export interface ThreadContext {
  readonly answerer: Answerer;
  readonly pages: PageStore;
  readonly memory: ThreadMemory;
  readonly server: string | null;
  readonly writer?: AnswerWriter;
  /** Shows an answer while the model writes it. */
  readonly draft?: (payload: ReplyPayload) => Promise<unknown>;
  /** The thread's earlier questions, for the model. */
  readonly history?: readonly PriorTurn[];
}

export function notice(text: string): ThreadReply {
  return { payload: renderNotice(text) };
}

/** A question answered on the shared path, in public; remembered as a turn when something was shown. */
export async function answerQuestion(
  question: Exclude<Question, { kind: 'message' }>,
  command: string,
  context: ThreadContext,
): Promise<ThreadReply> {
  const reply = await replyTo(question, { command, server: context.server }, 'public', context);
  if (!reply.viewKey) return { payload: reply.payload };
  const input =
    question.kind === 'ask' ? question.text : question.kind === 'whoKnows' ? question.skill : question.person;
  const turn = { kind: question.kind, input, people: reply.people, viewKey: reply.viewKey };
  return { payload: reply.payload, turn, audit: reply.llm ? { ...reply.asked, llm: reply.llm } : reply.asked };
}

const COMMAND = 'follow-up';

/** "Who else?": after an answer, the other people who show its skill; otherwise the next page. */
async function more(last: Turn, threadId: string, context: ThreadContext): Promise<ThreadReply> {
  const { answerer, pages } = context;
  const skill = last.kind === 'ask' ? (await answerer.skillsIn(last.input))[0] : undefined;
  if (skill) {
    const result = await answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT + last.people.length });
    const others = result.people.filter((match) => !last.people.includes(match.person));
    const totalPeople = (result.totalPeople ?? result.people.length) - (result.people.length - others.length);
    if (others.length === 0) {
      const named = last.people.length > 0 ? last.people.join(', ') : 'the people above';
      return notice(`Nobody else: the profiles show ${skill} only for ${named}.`);
    }
    const view = { kind: 'whoKnows', result: { ...result, people: others, totalPeople } } as const;
    const { payload, key } = storedView(view, pages, { command: COMMAND, question: skill, server: context.server });
    const people = others.map((match) => match.person);
    return { payload, turn: { kind: 'whoKnows', input: skill, people, viewKey: key }, audit: { skill } };
  }
  const entry = pages.entry(last.viewKey);
  if (!entry) return notice('I no longer keep that answer (answers are kept for 15 minutes). Ask the question again.');
  const next = last.page + 1;
  const before = renderView(entry.view, { page: last.page, pageKey: last.viewKey });
  const after = renderView(entry.view, { page: next, pageKey: last.viewKey, feedbackKey: last.viewKey });
  if (!isPaged(entry.view) || JSON.stringify(before.embeds) === JSON.stringify(after.embeds)) {
    return notice(
      last.kind === 'whoKnows' ? "That's everyone the profiles show for it." : "That's every source for it.",
    );
  }
  last.page = next;
  context.memory.touch(threadId);
  return { payload: after, audit: { question: `${last.input} (page ${next + 1})` } };
}

/** "What about Go?": the last question with its skill swapped, or who-knows for the new topic. */
async function switchTopic(topic: string, last: Turn, context: ThreadContext): Promise<ThreadReply> {
  if (last.kind === 'ask') {
    const skills = await context.answerer.skillsIn(last.input);
    const old = skills.find((skill) => last.input.toLowerCase().includes(skill.toLowerCase()));
    if (old) {
      const at = last.input.toLowerCase().lastIndexOf(old.toLowerCase());
      // "who has run a CDN?" + "what about Terraform?" → "who has run Terraform?": the article goes with the old skill.
      const before = last.input.slice(0, at).replace(/\b(?:an?|the)\s+$/i, '');
      const text = `${before}${topic}${last.input.slice(at + old.length)}`;
      return answerQuestion({ kind: 'ask', text }, COMMAND, context);
    }
  }
  return answerQuestion({ kind: 'whoKnows', skill: topic }, COMMAND, context);
}

/** A follow-up read against the thread's last turn. */
export async function replyToFollowUp(
  said: FollowUp,
  last: Turn,
  threadId: string,
  context: ThreadContext,
): Promise<ThreadReply> {
  switch (said.kind) {
    case 'more':
      return more(last, threadId, context);
    case 'switch':
      return switchTopic(said.topic, last, context);
    case 'person': {
      const person = pickPerson(said, last.people, context.answerer.people());
      if (!person) {
        const what = 'ordinal' in said ? `a person number ${said.ordinal}` : `anyone called "${clip(said.name, 80)}"`;
        return notice(`The last answer here has no ${what}. Name someone from it, or ask a new question.`);
      }
      return answerQuestion({ kind: 'profile', person }, COMMAND, context);
    }
    case 'only': {
      const person = pickPerson({ name: said.name }, last.people, context.answerer.people());
      if (!person) return notice(`Nobody called "${clip(said.name, 80)}" is in the profiles.`);
      // The core scopes a question that names a person to that person's profile.
      const text = last.kind === 'whoKnows' ? `${person}: who knows ${last.input}?` : `${person}: ${last.input}`;
      return answerQuestion({ kind: 'ask', text }, COMMAND, context);
    }
    case 'question':
      // New questions never come here (see respond); answered as one all the same.
      return answerQuestion({ kind: 'ask', text: last.input }, COMMAND, context);
  }
}
