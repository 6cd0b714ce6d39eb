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
import { cleanContent, type Message, type SendableChannels, type TextBasedChannel } from 'discord.js';
import type { Answerer } from '../../answer/types.js';
import type { Config } from '../../config.js';
import { isWhoKnowsError } from '../../errors.js';
import { log } from '../../log.js';
import { accessRequestOf } from '../access/fromDiscord.js';
import { checkAccess } from '../access/index.js';
import { InputError } from '../command.js';
import { messagePayload } from '../commands/reply.js';
import { cooldownMessage, type Cooldown } from '../cooldown.js';
import type { AnswererSource } from '../liveAnswerer.js';
import { morePeopleHint } from '../morePeopleHint.js';
import type { PageStore } from '../pageStore.js';
import { clip, isPaged, PEOPLE_KEPT, renderNotice, renderView, type PagedView, type ReplyPayload } from '../render.js';
import { pickPerson, readFollowUp, type FollowUp } from './followUp.js';
import type { ThreadMemory, Turn } from './threadMemory.js';

export interface MessageDeps {
  readonly config: Config;
  readonly answerers: AnswererSource;
  readonly cooldown: Cooldown;
  readonly pages: PageStore;
  readonly memory: ThreadMemory;
}

/** Thread names are 1 to 100 characters. */
const THREAD_NAME_CHARS = 100;

/** The message's text without mentions of the bot (`<@id>`, `<@!id>`). */
export function questionOf(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
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

interface Reply {
  readonly payload: ReplyPayload;
  /** What the turn remembers; absent for notices. */
  readonly turn?: Omit<Turn, 'viewKey' | 'page'> & { viewKey?: string; page?: number };
  readonly audit?: Record<string, string>;
}

function notice(text: string): Reply {
  return { payload: renderNotice(text) };
}

export function createMessageHandler(deps: MessageDeps): (message: Message) => Promise<void> {
  /** Stores the view for its buttons and renders it with paging and feedback buttons. */
  function show(view: PagedView, command: string, question: string, server: string | null, page = 0): { payload: ReplyPayload; key: string } {
    const key = deps.pages.put(view, { command, question, server });
    return { payload: renderView(view, { page, ...(isPaged(view) ? { pageKey: key } : {}), feedbackKey: key }), key };
  }

  async function answer(question: string, answerer: Answerer, server: string | null, command: string): Promise<Reply> {
    const result = await answerer.ask(question);
    const hint = await morePeopleHint(answerer, result);
    const view: PagedView = hint ? { kind: 'answer', answer: result, hint } : { kind: 'answer', answer: result };
    const { payload, key } = show(view, command, question, server);
    const people = [...new Set(result.citations.map((citation) => citation.person))];
    return { payload, turn: { kind: 'ask', input: question, people, viewKey: key }, audit: { question } };
  }

  async function whoKnows(skill: string, answerer: Answerer, server: string | null, command: string): Promise<Reply> {
    const result = await answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT });
    const { payload, key } = show({ kind: 'whoKnows', result }, command, skill, server);
    return { payload, turn: { kind: 'whoKnows', input: skill, people: result.people.map((match) => match.person), viewKey: key }, audit: { skill } };
  }

  async function profile(person: string, answerer: Answerer, server: string | null, command: string): Promise<Reply> {
    const overview = await answerer.profile(person);
    if (!overview) return notice(`Nobody called "${clip(person, 80)}" is in the profiles.`);
    const { payload, key } = show({ kind: 'profile', profile: overview }, command, person, server);
    return { payload, turn: { kind: 'profile', input: person, people: [overview.person], viewKey: key }, audit: { person } };
  }

  /** A follow-up read against the thread's last turn. */
  async function followUp(said: FollowUp, last: Turn, threadId: string, answerer: Answerer, server: string | null): Promise<Reply> {
    const command = 'follow-up';
    switch (said.kind) {
      case 'more': {
        // After an answer: the other people whose profiles show the question's skill.
        const skill = last.kind === 'ask' ? (await answerer.skillsIn(last.input))[0] : undefined;
        if (skill) {
          const result = await answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT + last.people.length });
          const others = result.people.filter((match) => !last.people.includes(match.person));
          const totalPeople = (result.totalPeople ?? result.people.length) - (result.people.length - others.length);
          if (others.length === 0) {
            return notice(`Nobody else: the profiles show ${skill} only for ${last.people.length > 0 ? last.people.join(', ') : 'the people above'}.`);
          }
          const { payload, key } = show({ kind: 'whoKnows', result: { ...result, people: others, totalPeople } }, command, skill, server);
          return { payload, turn: { kind: 'whoKnows', input: skill, people: others.map((match) => match.person), viewKey: key }, audit: { skill } };
        }
        const entry = deps.pages.entry(last.viewKey);
        if (!entry) return notice('I no longer keep that answer (answers are kept for 15 minutes). Ask the question again.');
        const next = last.page + 1;
        const before = renderView(entry.view, { page: last.page, pageKey: last.viewKey });
        const after = renderView(entry.view, { page: next, pageKey: last.viewKey, feedbackKey: last.viewKey });
        if (!isPaged(entry.view) || JSON.stringify(before.embeds) === JSON.stringify(after.embeds)) {
          return notice(last.kind === 'whoKnows' ? "That's everyone the profiles show for it." : "That's every source for it.");
        }
        last.page = next;
        deps.memory.touch(threadId);
        return { payload: after, audit: { question: `${last.input} (page ${next + 1})` } };
      }
      case 'switch': {
        if (last.kind === 'ask') {
          const old = (await answerer.skillsIn(last.input)).find((skill) => last.input.toLowerCase().includes(skill.toLowerCase()));
          if (old) {
            const at = last.input.toLowerCase().lastIndexOf(old.toLowerCase());
            // "who has run a CDN?" + "what about Terraform?" → "who has run Terraform?": the article goes with the old skill.
            const before = last.input.slice(0, at).replace(/\b(?:an?|the)\s+$/i, '');
            return answer(`${before}${said.topic}${last.input.slice(at + old.length)}`, answerer, server, command);
          }
        }
        return whoKnows(said.topic, answerer, server, command);
      }
      case 'person': {
        const person = pickPerson(said, last.people, answerer.people());
        if (!person) {
          const what = 'ordinal' in said ? `a person number ${said.ordinal}` : `anyone called "${clip(said.name, 80)}"`;
          return notice(`The last answer here has no ${what}. Name someone from it, or ask a new question.`);
        }
        return profile(person, answerer, server, command);
      }
      case 'only': {
        const person = pickPerson({ name: said.name }, last.people, answerer.people());
        if (!person) return notice(`Nobody called "${clip(said.name, 80)}" is in the profiles.`);
        // The core scopes a question that names a person to that person's profile.
        const question = last.kind === 'whoKnows' ? `${person}: who knows ${last.input}?` : `${person}: ${last.input}`;
        return answer(question, answerer, server, command);
      }
      case 'question':
        // New questions never come here (see respond); answered as one all the same.
        return answer(last.input, answerer, server, command);
    }
  }

  async function respond(message: Message, botId: string): Promise<void> {
    const mentioned = message.mentions.users.has(botId);
    const channel = message.channel;
    const thread = channel.isThread() ? channel : null;
    const botThread = thread !== null && thread.ownerId === botId;
    const inDm = !message.inGuild();
    // Addressed to the bot, or not read at all.
    if (!(inDm || mentioned || botThread)) return;
    const question = readableMentions(questionOf(message.content, botId), message.channel);
    // In the bot's thread without a mention, Discord sends no content unless the Message Content intent is on.
    if (!mentioned && !inDm && question === '') return;

    const fields = { message: message.id, server: message.guildId, channel: message.channelId, user: message.author.id };
    const verdict = checkAccess(accessRequestOf(message, message.author.id, deps.config.access), deps.config.access);
    if (!verdict.ok) {
      log.info(`Refused a message by user ${message.author.id}: ${verdict.reason}.`, { ...fields, refused: verdict.rule });
      await message.reply(messagePayload(renderNotice(verdict.message)));
      return;
    }
    if (question === '') {
      await message.reply(messagePayload(renderNotice(`Ask me after the mention, e.g. "@${message.client.user.username} who has run a CDN?"`)));
      return;
    }
    const wait = deps.cooldown.take(message.author.id);
    if (!wait.ok) {
      await message.reply(messagePayload(renderNotice(cooldownMessage(wait.retryAfterSeconds))));
      return;
    }

    // Where the answer goes: the thread asked in, a new thread on the message, or (DMs) the DM.
    let target: SendableChannels;
    let threadId: string | undefined;
    if (thread) {
      target = thread;
      threadId = thread.id;
    } else if (inDm) {
      target = channel as SendableChannels;
    } else {
      try {
        const opened = await message.startThread({ name: clip(question, THREAD_NAME_CHARS), autoArchiveDuration: 1440 });
        target = opened;
        threadId = opened.id;
      } catch (error) {
        // No "Create Public Threads" permission here: answer as a reply instead.
        log.warn(`Could not open a thread in channel ${message.channelId}: ${error instanceof Error ? error.message : String(error)}; replying in the channel.`, fields);
        target = channel as SendableChannels;
      }
    }

    const answerer = deps.answerers.current();
    const turns = threadId ? deps.memory.turns(threadId) : undefined;
    const said = thread ? readFollowUp(question) : ({ kind: 'question' } as const);
    let reply: Reply;
    if (said.kind !== 'question' && !turns?.length) {
      reply = notice(
        "I don't remember this thread's earlier questions (I was restarted, or it has been quiet for a while). Ask the whole question again, e.g. \"who has run a CDN?\".",
      );
    } else if (said.kind !== 'question' && turns?.length) {
      // "only Phil" and "what about Go?" re-ask the last question, not a profile shown since.
      const last = said.kind === 'only' || said.kind === 'switch' ? (turns.findLast((turn) => turn.kind !== 'profile') ?? turns.at(-1)!) : turns.at(-1)!;
      reply = await followUp(said, last, threadId!, answerer, message.guildId);
    } else {
      reply = await answer(question, answerer, message.guildId, thread ? 'follow-up' : 'mention');
    }
    // Remembered before sending: the asker can read the answer and reply before our send() call
    // returns (the reply's gateway event can overtake the HTTP response), and that follow-up must
    // find this turn.
    if (reply.turn && threadId) deps.memory.add(threadId, { viewKey: '', page: 0, ...reply.turn });
    await target.send(messagePayload(reply.payload));
    if (reply.audit && deps.config.access.auditLog) {
      log.audit({ ...fields, command: thread ? 'follow-up' : inDm ? 'dm' : 'mention', ...reply.audit, people: reply.turn?.people ?? [], private: false });
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
  const fields = { message: message.id, server: message.guildId, channel: message.channelId, user: message.author.id };
  let text: string;
  if (isWhoKnowsError(error) || error instanceof InputError) {
    text = error.message;
  } else {
    const ref = randomBytes(4).toString('hex');
    log.error(`[ref ${ref}] message ${message.id} by user ${message.author.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, { ...fields, ref });
    text = `Sorry, something went wrong while answering (reference \`${ref}\`). Please try again; if it keeps happening, pass the reference on to whoever runs this bot.`;
  }
  try {
    await message.reply(messagePayload(renderNotice(text)));
  } catch (deliveryError) {
    log.error(`Could not deliver the error reply for message ${message.id}: ${deliveryError instanceof Error ? deliveryError.message : String(deliveryError)}`, fields);
  }
}
