/**
 * Asking the way people talk, end to end: the real discord.js client against the strict Discord
 * stand-in. A mention opens a thread with the cited answer; follow-ups in the thread use its memory;
 * "Who knows this?" on a message; feedback buttons; what is never read. Answers come from the fixed
 * answerer (canned), so these tests are about the conversation, not the retrieval.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Bot } from '../src/discord/client.js';
import { readFollowUp } from '../src/discord/conversation/followUp.js';
import { questionOf } from '../src/discord/conversation/messages.js';
import { morePeopleHint } from '../src/discord/morePeopleHint.js';
import type { Answerer } from '../src/answer/types.js';
import { ThreadMemory } from '../src/discord/conversation/threadMemory.js';
import { printNotHelpful } from '../src/evaluation/feedbackReport.js';
import { notHelpfulQuestions, readFeedback } from '../src/feedback/feedbackLog.js';
import type { StoredMessage } from './discord-standin/fixtures.js';
import { fixedAnswerer } from './discord-standin/fixedAnswerer.js';
import type { DiscordStandIn } from './discord-standin/standin.js';
import { captureStderr, startBot as startBotOn, startStandinBot } from './support/discordBot.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-talk-');
const MESSAGE_CONTENT = 1 << 15;

interface ApiEmbed {
  title?: string;
  description?: string;
  footer?: { text: string };
}

const embedsOf = (message: StoredMessage | undefined) => (message?.embeds ?? []) as ApiEmbed[];
const textOf = (message: StoredMessage | undefined) =>
  [
    message?.content ?? '',
    ...embedsOf(message).flatMap((embed) => [embed.title, embed.description, embed.footer?.text]),
  ]
    .filter(Boolean)
    .join('\n');
const buttonsOf = (message: StoredMessage | undefined) =>
  (message?.components ?? []).flatMap(
    (row) => (row as { components?: { custom_id: string; label?: string }[] }).components ?? [],
  );

async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The bot on the fixed answerer, logged in against `standin` with `env` on top of the stand-in's settings. */
function startBot(standin: DiscordStandIn, env: Record<string, string>) {
  return startBotOn(standin, { answerer: fixedAnswerer(), env });
}

describe('the "names 6 of 30 people" hint', () => {
  it('says how many people show the skill and how to see them all when the answer names fewer', async () => {
    const base = fixedAnswerer();
    const many: Answerer = {
      ...base,
      async whoKnows(skill) {
        const result = await base.whoKnows(skill);
        const people = Array.from({ length: 30 }, (_, i) => ({
          ...result.people[0]!,
          person: `Person ${i}`,
          source: `corpus/${i}.md`,
        }));
        return { ...result, people };
      },
    };
    const answer = await many.ask('who knows terraform?');
    expect(await morePeopleHint(many, answer)).toBe(
      'This answer names 3 of the 30 people whose profiles show terraform: /who-knows skill:terraform lists them all.',
    );
    expect(await morePeopleHint(base, answer)).toBeUndefined(); // 2 people show it, the answer names 3
  });
});

describe('follow-ups and mentions, read alone', () => {
  it('takes the mention of the bot out of the question', () => {
    expect(questionOf('<@123456789012345678> who knows  terraform?', '123456789012345678')).toBe(
      'who knows terraform?',
    );
    expect(questionOf('hey <@!123456789012345678>, who knows go?', '123456789012345678')).toBe('hey , who knows go?');
  });

  it('reads short thread messages as follow-ups, and anything else as a new question', () => {
    expect(readFollowUp('and who else?')).toEqual({ kind: 'more' });
    expect(readFollowUp('What about Go?')).toEqual({ kind: 'switch', topic: 'Go' });
    expect(readFollowUp('tell me more about the second one')).toEqual({ kind: 'person', ordinal: 2 });
    expect(readFollowUp('more about Grace')).toEqual({ kind: 'person', name: 'Grace' });
    expect(readFollowUp('only Phil')).toEqual({ kind: 'only', name: 'Phil' });
    expect(readFollowUp('who has run a CDN in production?')).toEqual({ kind: 'question' });
  });

  it('forgets a thread after its time limit and keeps at most the cap of threads', () => {
    let now = 0;
    const memory = new ThreadMemory({ ttlMs: 1000, maxThreads: 2, maxTurns: 2 }, () => now);
    const turn = { kind: 'ask' as const, input: 'q', people: [], viewKey: 'k', page: 0 };
    memory.add('a', turn);
    memory.add('b', turn);
    memory.add('c', turn);
    expect([memory.knows('a'), memory.knows('b'), memory.knows('c')]).toEqual([false, true, true]);
    memory.add('c', { ...turn, input: '2' });
    memory.add('c', { ...turn, input: '3' });
    expect(memory.turns('c')?.map((t) => t.input)).toEqual(['2', '3']);
    now = 1001;
    expect(memory.knows('c')).toBe(false);
  });
});

describe('asking by mention, in threads, with feedback (Message Content intent on)', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;
  let bot: Bot;
  let dataDir: string;
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    dataDir = await temporaryDir('data');
    ({ standin, bot } = await startStandinBot({
      standin: { privilegedIntents: MESSAGE_CONTENT },
      answerer: fixedAnswerer(),
      env: { DATA_DIR: dataDir, MESSAGE_CONTENT_INTENT: 'true' },
    }));
  }, 120_000);

  afterEach(() => {
    expect(standin.problems).toEqual([]);
    expect(standin.takeRejections()).toEqual([]);
  });

  afterAll(async () => {
    await bot?.stop();
    await standin?.close();
    stderr?.restore();
  });

  it('asks for the intents it needs: Guilds, GuildMessages, DirectMessages and (when set) Message Content', () => {
    expect(standin.identifies.at(-1)?.intents).toBe(1 | (1 << 9) | (1 << 12) | MESSAGE_CONTENT);
  });

  let thread: string;
  let answer: StoredMessage;

  it('answers a mention in a thread it opens on that message, with the cited answer and feedback buttons', async () => {
    const from = standin.botMessages.length;
    const asked = standin.postMessage('who knows terraform?', 'asker', { mentionBot: true });
    [answer] = (await standin.waitForBotMessages(from, 1)) as [StoredMessage];
    const opened = standin.threadFor(asked.id);
    expect(opened).toMatchObject({
      type: 11,
      parentId: standin.channelId,
      ownerId: standin.botUser.id,
      name: 'who knows terraform?',
    });
    thread = opened!.id;
    expect(answer.channel_id).toBe(thread);
    expect(embedsOf(answer)[0]?.title).toBe('who knows terraform?');
    expect(textOf(answer)).toMatch(/Ada Lovelace has done it \[1\]/);
    expect(embedsOf(answer)[1]?.description).toMatch(/\*\*\[1\]\*\* Ada Lovelace · .* · `corpus\/ada\.md:L11-L13`/);
    expect(buttonsOf(answer).map((button) => button.label)).toEqual(['Helpful', 'Not helpful']);
    const findAudit = () =>
      stderr
        .text()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => line.command === 'mention');
    for (let i = 0; i < 100 && !findAudit(); i++) await settle(20); // written right after the answer is sent
    const audit = findAudit();
    expect(audit).toMatchObject({
      audit: true,
      question: 'who knows terraform?',
      user: standin.user('asker').id,
      people: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'],
    });
  });

  it('never answers its own messages (it receives them too)', async () => {
    await settle();
    expect(standin.botMessages.filter((message) => message.channel_id === thread)).toHaveLength(1);
  });

  it('reads a follow-up without a mention in its thread: "what about Go?" asks the same question about Go', async () => {
    const from = standin.botMessages.length;
    standin.postMessage('what about Go?', 'asker', { channelId: thread });
    const [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.channel_id).toBe(thread);
    expect(embedsOf(reply)[0]?.title).toBe('who knows Go?');
  });

  it('"tell me more about the second one" shows the profile of the second person the last answer named', async () => {
    const from = standin.botMessages.length;
    standin.postMessage('tell me more about the second one', 'asker', { channelId: thread });
    const [reply] = await standin.waitForBotMessages(from, 1);
    expect(embedsOf(reply)[0]?.title).toBe('Grace Hopper');
  });

  it('"only Ada" asks the earlier question about that one person', async () => {
    const from = standin.botMessages.length;
    standin.postMessage('only Ada', 'asker', { channelId: thread });
    const [reply] = await standin.waitForBotMessages(from, 1);
    // The last question (not the profile shown since) is asked again, scoped to Ada.
    expect(embedsOf(reply)[0]?.title).toBe('Ada Lovelace: who knows Go?');
  });

  it('"and who else?" shows the next page of the last answer', async () => {
    let from = standin.botMessages.length;
    standin.postMessage('many sources please', 'asker', { channelId: thread });
    const [first] = await standin.waitForBotMessages(from, 1);
    expect(embedsOf(first)[1]?.title).toBe('Sources 1–5 of 12');
    from = standin.botMessages.length;
    standin.postMessage('and who else?', 'asker', { channelId: thread });
    const [next] = await standin.waitForBotMessages(from, 1);
    expect(embedsOf(next)[1]?.title).toBe('Sources 6–10 of 12');
  });

  it('"and who else?" after an answer names the other people whose profiles show its skill, or says there are none', async () => {
    let from = standin.botMessages.length;
    const asked = standin.postMessage('who knows terraform?', 'asker-2', { mentionBot: true });
    await standin.waitForBotMessages(from, 1);
    from = standin.botMessages.length;
    standin.postMessage('and who else?', 'asker-2', { channelId: standin.threadFor(asked.id)!.id });
    const [reply] = await standin.waitForBotMessages(from, 1);
    // The answer named all three; the fixed profiles show terraform for two of them.
    expect(reply?.content).toBe(
      'Nobody else: the profiles show terraform only for Ada Lovelace, Grace Hopper, Alan Turing.',
    );
  });

  it('names a thread and titles its answer with other mentions as people read them, never as <@id>', async () => {
    const from = standin.botMessages.length;
    const colleague = standin.user('colleague');
    const asked = standin.postMessage(`does <@${colleague.id}> or <@123456789012345678> know terraform?`, 'asker-3', {
      mentionBot: true,
      mentionUsers: ['colleague'],
    });
    const [reply] = (await standin.waitForBotMessages(from, 1)) as [StoredMessage];
    expect(standin.threadFor(asked.id)?.name).toBe('does @colleague or @someone know terraform?');
    expect(embedsOf(reply)[0]?.title).toBe('does @colleague or @someone know terraform?');
  });

  it('records a feedback click once per user, with no user name or id in the file, and acknowledges it privately', async () => {
    const helpful = buttonsOf(answer).find((button) => button.label === 'Helpful')!.custom_id;
    const notHelpful = buttonsOf(answer).find((button) => button.label === 'Not helpful')!.custom_id;
    const first = await standin.clickButton(answer, notHelpful, 'feedback-giver');
    expect(first.ephemeral).toBe(true);
    expect(first.message?.content).toMatch(/Thanks: recorded as not helpful/);
    const again = await standin.clickButton(answer, helpful, 'feedback-giver');
    expect(again.message?.content).toMatch(/already voted/);
    await standin.clickButton(answer, helpful, 'second-giver');

    const file = path.join(dataDir, 'feedback.jsonl');
    const records = await readFeedback(file);
    expect(records.map((record) => record.verdict)).toEqual(['not-helpful', 'helpful']);
    expect(records[0]).toMatchObject({
      server: standin.guildId,
      command: 'mention',
      question: 'who knows terraform?',
      people: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'],
      citations: ['corpus/ada.md:L11-L13', 'corpus/grace.md:L12-L14', 'corpus/alan.md:L13-L15'],
    });
    const raw = await readFile(file, 'utf8');
    for (const name of ['feedback-giver', 'second-giver']) {
      expect(raw).not.toContain(standin.user(name).id);
      expect(raw).not.toContain(`"${name}"`);
    }
    expect(notHelpfulQuestions(records)).toEqual([
      {
        question: 'who knows terraform?',
        command: 'mention',
        votes: 1,
        people: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'],
      },
    ]);
  });

  it('npm run eval -- --feedback lists the not-helpful questions', async () => {
    const lines: string[] = [];
    await printNotHelpful(loadConfig({ DATA_DIR: dataDir }), {}, (line) => lines.push(line));
    expect(lines).toEqual([
      `1 question(s) voted not helpful (${path.join(dataDir, 'feedback.jsonl')}):`,
      '- 1× mention "who knows terraform?" (answer named Ada Lovelace, Grace Hopper, Alan Turing)',
    ]);
    const json: string[] = [];
    await printNotHelpful(loadConfig({ DATA_DIR: dataDir }), { json: true }, (line) => json.push(line));
    expect(JSON.parse(json[0]!)).toMatchObject({ question: 'who knows terraform?', not_helpful: 1 });
  });

  it('"Who knows this?" on a message naming two skills answers who-knows for both, privately', async () => {
    const posted = standin.postMessage('Does anyone here know Terraform or Kubernetes well?', 'poster');
    await settle(100);
    const outcome = await standin.sendMessageCommand('Who knows this?', posted, 'quiet-one');
    expect(outcome.callbackTypes).toEqual([5]);
    expect(outcome.interaction.callbacks[0]?.data).toEqual({ flags: 64 });
    expect(outcome.ephemeral).toBe(true);
    expect(embedsOf(outcome.message).map((embed) => embed.title)).toEqual([
      'Who knows terraform?',
      'Who knows kubernetes?',
    ]);
    expect(textOf(outcome.message)).toMatch(/1\. Ada Lovelace/);
    expect(textOf(outcome.message)).toMatch(/Nobody in the profiles mentions \*\*kubernetes\*\*/);
  });

  it('says so when a message names no skill the profiles know', async () => {
    const posted = standin.postMessage('lunch at noon?', 'poster');
    const outcome = await standin.sendMessageCommand('Who knows this?', posted, 'quiet-one');
    expect(outcome.message?.content).toMatch(/found no skill or technology in that message/);
  });

  it('registers the context-menu command beside the slash commands', () => {
    const registered = standin.registered.guilds.get(standin.guildId) ?? [];
    expect(registered.map((command) => command.name)).toEqual([
      'ask',
      'who-knows',
      'profile',
      'sources',
      'Who knows this?',
    ]);
    expect(registered.at(-1)).toMatchObject({ type: 3, contexts: [0], integration_types: [0] });
  });

  it('says it forgot the thread after a restart when asked to continue', async () => {
    await bot.stop();
    ({ bot } = await startBot(standin, { DATA_DIR: dataDir, MESSAGE_CONTENT_INTENT: 'true' }));
    const from = standin.botMessages.length;
    standin.postMessage('and who else?', 'asker', { channelId: thread });
    const [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.content).toMatch(/don't remember this thread's earlier questions/);
  });
});

describe('what the bot does not read, and who it refuses (no Message Content intent)', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;
  let bot: Bot;
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    const env = { DATA_DIR: await temporaryDir('data2'), ALLOWED_GUILD_IDS: '' };
    ({ standin, bot } = await startStandinBot({ standin: { roles: ['Engineers'] }, answerer: fixedAnswerer(), env }));
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.close();
    stderr?.restore();
  });

  afterEach(() => {
    expect(standin.problems).toEqual([]);
  });

  it('identifies without any privileged intent', () => {
    expect(standin.identifies.at(-1)?.intents).toBe(1 | (1 << 9) | (1 << 12));
  });

  it('reads nothing and stores nothing from a message that does not mention it', async () => {
    const requests = standin.requests.length;
    standin.postMessage('who knows terraform?', 'chatter');
    await settle();
    expect(standin.requests.slice(requests)).toEqual([]);
    expect(bot.threadsRemembered()).toBe(0);
    // Discord blanked its content: the bot could not have read it.
    const dispatched = standin.gatewayFrames.filter((frame) => frame.t === 'MESSAGE_CREATE').at(-1)?.d as {
      content: string;
    };
    expect(dispatched.content).toBe('');
  });

  it('ignores an unmentioned message in its own thread when it may not read message content', async () => {
    const from = standin.botMessages.length;
    const asked = standin.postMessage('who knows terraform?', 'asker', { mentionBot: true });
    await standin.waitForBotMessages(from, 1);
    const thread = standin.threadFor(asked.id)!.id;
    const requests = standin.requests.length;
    standin.postMessage('and who else?', 'asker', { channelId: thread });
    await settle();
    expect(standin.requests.slice(requests)).toEqual([]);
    // With a mention (or a reply that pings it) the follow-up is read.
    standin.postMessage('and who else?', 'asker', { channelId: thread, mentionBot: true });
    const [reply] = await standin.waitForBotMessages(from + 1, 1);
    expect(reply?.content).toMatch(/^Nobody else: the profiles show terraform only for/);
  });

  it('refuses a DM, in the DM, while ALLOW_DMS is off', async () => {
    const from = standin.botMessages.length;
    const dm = standin.postMessage('who knows terraform?', 'dm-user', { dm: true });
    const [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.channel_id).toBe(dm.channel_id);
    expect(reply?.content).toMatch(/only answer inside the team's server/);
    expect(reply?.message_reference).toMatchObject({ message_id: dm.id });
  });

  it('applies the role and channel rules to mentions as to commands, replying with what is needed', async () => {
    await bot.stop();
    const engineers = standin.roleId('Engineers');
    ({ bot } = await startBot(standin, {
      DATA_DIR: await temporaryDir('data4'),
      ALLOWED_ROLE_IDS: engineers,
      ALLOWED_CHANNEL_IDS: standin.channelId,
    }));
    let from = standin.botMessages.length;
    const elsewhere = standin.postMessage('who knows terraform?', 'roomy', {
      channelId: standin.otherChannelId,
      mentionBot: true,
      roles: [engineers],
    });
    let [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.content).toBe(`I answer only in <#${standin.channelId}>. Ask me there.`);
    expect(standin.threadFor(elsewhere.id)).toBeUndefined();
    from = standin.botMessages.length;
    const roleless = standin.postMessage('who knows terraform?', 'roleless', { mentionBot: true });
    [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.content).toMatch(/You need the Engineers role to ask me/);
    expect(standin.threadFor(roleless.id)).toBeUndefined();
    from = standin.botMessages.length;
    const allowed = standin.postMessage('who knows terraform?', 'engineer', { mentionBot: true, roles: [engineers] });
    await standin.waitForBotMessages(from, 1);
    expect(standin.threadFor(allowed.id)).toBeDefined();
  });

  it('refuses a mention from a server that is not allowed, and opens no thread there', async () => {
    await bot.stop();
    ({ bot } = await startBot(standin, { DATA_DIR: await temporaryDir('data3'), ALLOWED_GUILD_IDS: standin.guildId }));
    const joined = standin.joinGuild();
    const asked = standin.postMessage('who knows terraform?', 'outsider', {
      guildId: joined.guildId,
      mentionBot: true,
    });
    await standin.waitForLeave(joined.guildId);
    await settle();
    expect(stderr.text()).toMatch(
      new RegExp(
        `Refused a message by user ${standin.user('outsider').id}: server ${joined.guildId} is not in ALLOWED_GUILD_IDS`,
      ),
    );
    expect(standin.threadFor(asked.id)).toBeUndefined();
    // The refusal reply may arrive after the bot left (then Discord refuses it): either way no answer.
    expect(
      standin.botMessages
        .filter((m) => m.channel_id === joined.channelId)
        .every((m) => /isn't set up to answer/.test(m.content)),
    ).toBe(true);
    standin.takeRejections();
  });
});
