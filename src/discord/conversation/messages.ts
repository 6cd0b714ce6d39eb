/**
 * Asking the way people talk: "@whoknows who has run a CDN?" in a channel gets the cited answer in a
 * thread the bot opens on that message (or in the thread it was asked in); inside the bot's threads
 * later messages are follow-ups read with the thread's memory.
 *
 * Only messages addressed to the bot are read: ones that mention it, DMs to it, and messages in the
 * threads it opened. Everything else returns at the first line, untouched and never stored. The
 * access preconditions are the same list the slash commands pass.
 */
import { randomBytes } from 'node:crypto';
import {
  cleanContent,
  type AnyThreadChannel,
  type Message,
  type SendableChannels,
  type TextBasedChannel,
} from 'discord.js';
import type { Config } from '../../config.js';
import { isWhoKnowsError } from '../../errors.js';
import type { PriorTurn } from '../../llm/prompt.js';
import type { AnswerWriter } from '../../llm/writer.js';
import { log } from '../../log.js';
import { accessRequestOf } from '../access/fromDiscord.js';
import { checkAccess } from '../access/index.js';
import { InputError } from '../command.js';
import { cooldownMessage, type Cooldown } from '../cooldown.js';
import type { AnswererSource } from '../liveAnswerer.js';
import type { PageStore } from '../pageStore.js';
import { messagePayload } from '../render/delivery.js';
import type { ReplyPayload } from '../render/fit.js';
import { clip } from '../render/text.js';
import { renderNotice } from '../render/views/notice.js';
import { readFollowUp } from './followUp.js';
import { answerQuestion, notice, replyToFollowUp, type ThreadContext, type ThreadReply } from './threadReply.js';
import type { ThreadMemory, Turn } from './threadMemory.js';

export interface MessageDeps {
  readonly config: Config;
  readonly answerers: AnswererSource;
  readonly cooldown: Cooldown;
  readonly pages: PageStore;
  readonly memory: ThreadMemory;
  readonly writer?: AnswerWriter;
}

/** The whole answer to a message in a server when PRIVATE_BY_DEFAULT is on: no profile text in public. */
export const PRIVATE_POINTER = 'Answers here are private: ask with `/ask` and only you will see the answer.';

/** Thread names are 1 to 100 characters. */
const THREAD_NAME_CHARS = 100;

/** The message's text without mentions of the bot (`<@id>`, `<@!id>`). */
export function questionOf(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Other mentions as people read them (`@Ada`, `@engineers`, `#general`), so neither the answer's
 * title nor the thread's name shows `<@1234…>` (thread names do not render mentions). One Discord
 * does not resolve for us is shown by its kind alone, never by its id.
 */
export function readableMentions(text: string, channel: TextBasedChannel): string {
  return cleanContent(text, channel)
    .replace(/<@!?\d{17,20}>/g, '@someone')
    .replace(/<@&\d{17,20}>/g, '@role')
    .replace(/<#\d{17,20}>/g, '#channel');
}

/** A message addressed to the bot, as read. */
interface Addressed {
  readonly question: string;
  /** The bot's thread (or another thread it was mentioned in) the message came from. */
  readonly thread: AnyThreadChannel | null;
  readonly inDm: boolean;
}

/** The question when the message is addressed to the bot (a mention, a DM, its own thread); else undefined. */
function addressed(message: Message, botId: string): Addressed | undefined {
  const mentioned = message.mentions.users.has(botId);
  const thread = message.channel.isThread() ? message.channel : null;
  const botThread = thread !== null && thread.ownerId === botId;
  const inDm = !message.inGuild();
  if (!(inDm || mentioned || botThread)) return undefined;
  const question = readableMentions(questionOf(message.content, botId), message.channel);
  // In the bot's thread without a mention, Discord sends no content unless the Message Content intent is on.
  if (!mentioned && !inDm && question === '') return undefined;
  return { question, thread, inDm };
}

/** Shows the answer: sent with the first draft (when a model writes it), edited by later drafts and the end. */
function answerMessage(target: SendableChannels): (payload: ReplyPayload) => Promise<unknown> {
  let sent: Message | undefined;
  return async (payload) => {
    sent = sent ? await sent.edit(messagePayload(payload)) : await target.send(messagePayload(payload));
  };
}

/** A thread's turns as the model reads them: the questions, and whom their answers named. */
function historyOf(turns: readonly Turn[] | undefined): PriorTurn[] {
  const asked = ({ kind, input }: Turn) =>
    kind === 'ask' ? input : kind === 'whoKnows' ? `who knows ${input}?` : `profile of ${input}`;
  return (turns ?? []).map((turn) => ({ question: asked(turn), people: turn.people }));
}

function fieldsOf(message: Message): Record<string, string | null> {
  return { message: message.id, server: message.guildId, channel: message.channelId, user: message.author.id };
}

/** Where the answer goes: the thread asked in, a new thread on the message, or (DMs) the DM. */
async function answerTarget(
  message: Message,
  { question, thread, inDm }: Addressed,
): Promise<{ target: SendableChannels; threadId?: string }> {
  if (thread) return { target: thread, threadId: thread.id };
  if (inDm) return { target: message.channel as SendableChannels };
  try {
    const opened = await message.startThread({ name: clip(question, THREAD_NAME_CHARS), autoArchiveDuration: 1440 });
    return { target: opened, threadId: opened.id };
  } catch (error) {
    // No "Create Public Threads" permission here: answer as a reply instead.
    const reason = error instanceof Error ? error.message : String(error);
    const where = `channel ${message.channelId}`;
    log.warn(`Could not open a thread in ${where}: ${reason}; replying in the channel.`, fieldsOf(message));
    return { target: message.channel as SendableChannels };
  }
}

export function createMessageHandler(deps: MessageDeps): (message: Message) => Promise<void> {
  /** Access, an empty mention, the cooldown: a short reply and false when the message is not answered. */
  async function admitted(message: Message, question: string): Promise<boolean> {
    const verdict = checkAccess(accessRequestOf(message, message.author.id, deps.config.access), deps.config.access);
    let refusal: string | undefined;
    if (!verdict.ok) {
      const fields = { ...fieldsOf(message), refused: verdict.rule };
      log.info(`Refused a message by user ${message.author.id}: ${verdict.reason}.`, fields);
      refusal = verdict.message;
    } else if (deps.config.access.privateByDefault && message.inGuild()) {
      // A message is answered where everyone in the channel reads it: only /ask can answer privately.
      log.info(`Pointed message ${message.id} to /ask: PRIVATE_BY_DEFAULT is on.`, fieldsOf(message));
      refusal = PRIVATE_POINTER;
    } else if (question === '') {
      refusal = `Ask me after the mention, e.g. "@${message.client.user.username} who has run a CDN?"`;
    } else {
      const wait = deps.cooldown.take(message.author.id);
      if (!wait.ok) refusal = cooldownMessage(wait.retryAfterSeconds);
    }
    if (refusal === undefined) return true;
    await message.reply(messagePayload(renderNotice(refusal)));
    return false;
  }

  /** A new question, or a follow-up read with the thread's memory. */
  async function replyFor(
    message: Message,
    { question, thread }: Addressed,
    threadId: string | undefined,
    draft: (payload: ReplyPayload) => Promise<unknown>,
  ): Promise<ThreadReply> {
    const answerer = deps.answerers.current();
    const turns = threadId ? deps.memory.turns(threadId) : undefined;
    const { pages, memory, writer } = deps;
    const history = historyOf(turns);
    const context: ThreadContext = { answerer, pages, memory, server: message.guildId, writer, draft, history };
    const said = thread ? readFollowUp(question) : ({ kind: 'question' } as const);
    if (said.kind === 'question') {
      return answerQuestion({ kind: 'ask', text: question }, thread ? 'follow-up' : 'mention', context);
    }
    if (!turns?.length) {
      return notice(
        "I don't remember this thread's earlier questions (I was restarted, or it has been quiet for a while). " +
          'Ask the whole question again, e.g. "who has run a CDN?".',
      );
    }
    // "only Phil" and "what about Go?" re-ask the last question, not a profile shown since.
    const reAsks = said.kind === 'only' || said.kind === 'switch';
    const last = reAsks ? (turns.findLast((turn) => turn.kind !== 'profile') ?? turns.at(-1)!) : turns.at(-1)!;
    return replyToFollowUp(said, last, threadId!, context);
  }

  async function respond(message: Message, botId: string): Promise<void> {
    const read = addressed(message, botId);
    if (!read || !(await admitted(message, read.question))) return;
    const { target, threadId } = await answerTarget(message, read);
    const show = answerMessage(target);
    const reply = await replyFor(message, read, threadId, show);
    // Remembered before sending: the asker can read the answer and reply before our send() call
    // returns (the reply's gateway event can overtake the HTTP response), and that follow-up must
    // find this turn.
    if (reply.turn && threadId) deps.memory.add(threadId, { viewKey: '', page: 0, ...reply.turn });
    await show(reply.payload);
    if (reply.audit && deps.config.access.auditLog) {
      const command = read.thread ? 'follow-up' : read.inDm ? 'dm' : 'mention';
      log.audit({ ...fieldsOf(message), command, ...reply.audit, people: reply.turn?.people ?? [], private: false });
    }
  }

  return async function handle(message: Message): Promise<void> {
    const botId = message.client.user.id;
    // Never our own messages, other bots' or webhooks', nor system messages (thread created…).
    if (message.author.bot || message.webhookId || message.system || message.author.id === botId) return;
    try {
      await respond(message, botId);
    } catch (error) {
      await failed(message, error);
    }
  };
}

/** Logs and answers a failure in the channel the message came from; never throws. */
async function failed(message: Message, error: unknown): Promise<void> {
  const fields = fieldsOf(message);
  if (message.guildId !== null && !message.client.guilds.cache.has(message.guildId)) {
    // Removed from the server while answering: nothing can be sent there any more.
    log.info(`Dropped the answer to message ${message.id}: the bot is no longer in server ${message.guildId}.`, fields);
    return;
  }
  let text: string;
  if (isWhoKnowsError(error) || error instanceof InputError) {
    text = error.message;
  } else {
    const ref = randomBytes(4).toString('hex');
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log.error(`[ref ${ref}] message ${message.id} by user ${message.author.id} failed: ${detail}`, { ...fields, ref });
    text =
      `Sorry, something went wrong while answering (reference \`${ref}\`). Please try again; ` +
      'if it keeps happening, pass the reference on to whoever runs this bot.';
  }
  try {
    await message.reply(messagePayload(renderNotice(text)));
  } catch (deliveryError) {
    const reason = deliveryError instanceof Error ? deliveryError.message : String(deliveryError);
    log.error(`Could not deliver the error reply for message ${message.id}: ${reason}`, fields);
  }
}
