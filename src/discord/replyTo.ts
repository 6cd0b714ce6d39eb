/**
 * The one path from a question to a reply, whichever door it came through: a slash command
 * (/ask, /who-knows, /profile), a mention, a follow-up in the bot's thread, or "Who knows this?"
 * on a message. Each door reads its question and says where it was asked and who may see the
 * reply; `replyTo` answers it, stores the result for its page and vote buttons, and renders it.
 * The door then only delivers the payload (editReply, or a message in a thread) and writes its
 * audit line from `asked` and `people`.
 */
import { MessageFlags } from 'discord.js';
import type { Answer, Answerer, WhoKnowsResult } from '../answer/types.js';
import type { PriorTurn } from '../llm/prompt.js';
import { auditOf, type AnswerWriter, type Written } from '../llm/writer.js';
import { DraftEdits } from './drafts.js';
import { morePeopleHint } from './morePeopleHint.js';
import type { AskedFor, PageStore } from './pageStore.js';
import { fitEmbeds, type ReplyPayload } from './render/fit.js';
import { PEOPLE_KEPT } from './render/limits.js';
import { clip } from './render/text.js';
import { isPaged, renderView, type PagedView } from './render/view.js';
import { renderNotice } from './render/views/notice.js';
import { renderWhoKnows } from './render/views/whoKnows.js';

/** What was asked, read from the door it came through. */
export type Question =
  /** A question in words: answered with numbered citations. */
  | { readonly kind: 'ask'; readonly text: string }
  /** One skill: the people whose profiles show it. */
  | { readonly kind: 'whoKnows'; readonly skill: string }
  /** One person's profile overview. */
  | { readonly kind: 'profile'; readonly person: string }
  /** A posted message: who knows the skills it names. */
  | { readonly kind: 'message'; readonly text: string };

/** Where the question was asked (`/ask`, `mention`, `follow-up`, `Who knows this?`; the server): kept for its votes. */
export type Scope = Pick<AskedFor, 'command' | 'server'>;

/** Who sees the reply: the channel, or the asker only. */
export type Visibility = 'public' | 'private';

export interface Reply {
  readonly payload: ReplyPayload;
  /** What the audit line records as asked, under its name (`question`, `skill`, `person`, `skills`). */
  readonly asked: Readonly<Record<string, string>>;
  /** People the reply names, in its order. */
  readonly people: readonly string[];
  /** The stored view's key (paging, votes, a thread's "who else?"); absent when the reply is a notice. */
  readonly viewKey?: string;
  /** With a language model configured, what the audit line records: `written`, `fallback: <reason>`, `skipped`. */
  readonly llm?: string;
}

/** What answering needs: the Answerer taken when the question arrived, and where views are kept. */
export interface Answering {
  readonly answerer: Answerer;
  readonly pages: PageStore;
  /** Words /ask answers from their citations (LLM_BASE_URL); absent: the extractive answer as it is. */
  readonly writer?: AnswerWriter;
  /** Shows the reply while the model writes it (an edit of the deferred reply, or of the thread's message). */
  readonly draft?: (payload: ReplyPayload) => Promise<unknown>;
  /** The conversation so far (a thread's earlier questions), for the model to read the new one with. */
  readonly history?: readonly PriorTurn[];
}

/** Skills answered from one message: the rest are named in a note. */
const MAX_SKILLS = 3;

export async function replyTo(
  question: Question,
  scope: Scope,
  visibility: Visibility,
  answering: Answering,
): Promise<Reply> {
  const reply = await answer(question, scope, answering);
  if (visibility === 'public') return reply;
  return { ...reply, payload: { ...reply.payload, flags: MessageFlags.Ephemeral } };
}

function answer(question: Question, scope: Scope, answering: Answering): Promise<Reply> {
  switch (question.kind) {
    case 'ask':
      return ask(question.text, scope, answering);
    case 'whoKnows':
      return whoKnows(question.skill, scope, answering);
    case 'profile':
      return profile(question.person, scope, answering);
    case 'message':
      return skillsInMessage(question.text, scope, answering);
  }
}

/**
 * Stores a view when it has pages or votes (`asked` given) and renders its first page with the
 * paging and helpful / not helpful buttons that need the key.
 */
export function storedView(
  view: PagedView,
  pages: PageStore,
  asked?: AskedFor,
): { payload: ReplyPayload; key?: string } {
  const paged = isPaged(view);
  if (!paged && !asked) return { payload: renderView(view) };
  const key = pages.put(view, asked);
  const options = { ...(paged ? { pageKey: key } : {}), ...(asked ? { feedbackKey: key } : {}) };
  return { payload: renderView(view, options), key };
}

async function ask(text: string, scope: Scope, answering: Answering): Promise<Reply> {
  const { answerer, pages, writer } = answering;
  const extractive = await answerer.ask(text);
  const written = writer ? await worded(extractive, writer, answering) : undefined;
  const result = written?.answer ?? extractive;
  const hint = await morePeopleHint(answerer, result);
  const view: PagedView = hint ? { kind: 'answer', answer: result, hint } : { kind: 'answer', answer: result };
  const { payload, key } = storedView(view, pages, { ...scope, question: text });
  const llm = written ? { llm: auditOf(written) } : {};
  return { payload, asked: { question: text }, people: peopleOf(result.citations), viewKey: key, ...llm };
}

/** The model's wording of `answer`, shown in drafts as it is written, under the retriever's sources. */
async function worded(answer: Answer, writer: AnswerWriter, { answerer, draft, history }: Answering): Promise<Written> {
  const drafting = { ...answer, writtenBy: writer.model };
  const drafts = draft
    ? new DraftEdits((soFar) => draft(renderView({ kind: 'answer', answer: { ...drafting, answer: `${soFar} …` } })))
    : undefined;
  try {
    return await writer.write(answer, { people: answerer.people(), history, onText: drafts?.push });
  } finally {
    await drafts?.close();
  }
}

async function whoKnows(skill: string, scope: Scope, { answerer, pages }: Answering): Promise<Reply> {
  const result = await answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT });
  const { payload, key } = storedView({ kind: 'whoKnows', result }, pages, { ...scope, question: skill });
  return { payload, asked: { skill }, people: result.people.map((match) => match.person), viewKey: key };
}

async function profile(person: string, scope: Scope, { answerer, pages }: Answering): Promise<Reply> {
  const overview = await answerer.profile(person);
  if (!overview) {
    const notice = renderNotice(`Nobody called "${clip(person, 80)}" is in the profiles.`);
    return { payload: notice, asked: { person }, people: [] };
  }
  const { payload, key } = storedView({ kind: 'profile', profile: overview }, pages, { ...scope, question: person });
  return { payload, asked: { person }, people: [overview.person], viewKey: key };
}

/** One who-knows embed per skill the message names, in one message; paging and vote buttons for the first. */
async function skillsInMessage(text: string, scope: Scope, { answerer, pages }: Answering): Promise<Reply> {
  const skills = await answerer.skillsIn(text);
  if (skills.length === 0) {
    const notice = renderNotice(
      'I found no skill or technology in that message that the profiles know. ' +
        'Try /who-knows with the skill, or /ask with the question.',
    );
    return { payload: notice, asked: {}, people: [] };
  }
  const asked = skills.slice(0, MAX_SKILLS);
  const results = await Promise.all(asked.map((skill) => answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT })));
  const first = storedView({ kind: 'whoKnows', result: results[0]! }, pages, { ...scope, question: asked[0]! });
  return {
    payload: combine(results, first.payload, skills.slice(MAX_SKILLS)),
    asked: { skills: asked.join(', ') },
    people: [...new Set(results.flatMap((result) => result.people.map((match) => match.person)))],
    viewKey: first.key,
  };
}

function combine(results: readonly WhoKnowsResult[], first: ReplyPayload, skipped: readonly string[]): ReplyPayload {
  const rest = results.slice(1).flatMap((result) => renderWhoKnows(result).embeds);
  const note = skipped.length > 0 ? `Also named: ${skipped.join(', ')} (run /who-knows for each).` : undefined;
  return { ...first, embeds: fitEmbeds([...first.embeds, ...rest]), ...(note ? { content: note } : {}) };
}

/** Each person cited, once, in citation order. */
export function peopleOf(citations: readonly { readonly person: string }[]): string[] {
  return [...new Set(citations.map((citation) => citation.person))];
}
