/**
 * What an operator meets setting the bot up, end to end against the strict Discord stand-in: the
 * refusals at log-in (a wrong token, a privileged intent not switched on), registering with
 * ALLOW_DMS and a server, PRIVATE_BY_DEFAULT for mentions, and leaving or being removed from a server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../src/discord/client.js';
import { createBot } from '../src/discord/client.js';
import { PRIVATE_POINTER } from '../src/discord/conversation/messages.js';
import { registerCommands, registrationSummary } from '../src/discord/register.js';
import { isWhoKnowsError } from '../src/errors.js';
import { fixedAnswerer } from './discord-standin/fixedAnswerer.js';
import { DiscordStandIn } from './discord-standin/standin.js';
import { captureStderr, standinConfig, startBot, startStandinBot } from './support/discordBot.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** What `promise` rejected with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error & { code?: string }) => error,
  );
}

describe('refusals at log-in', { timeout: 60_000 }, () => {
  let standin: DiscordStandIn;
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 }); // no privileged intent switched on
  });

  afterAll(async () => {
    await standin?.close();
    stderr?.restore();
  });

  it('fails with one line naming the portal switch when Message Content is not switched on (4014)', async () => {
    const before = stderr.text().length;
    const env = { MESSAGE_CONTENT_INTENT: 'true' };
    const error = await rejection(startBot(standin, { answerer: fixedAnswerer(), env }));
    expect(isWhoKnowsError(error)).toBe(true);
    expect(error.code).toBe('DISCORD_INTENTS_DISALLOWED');
    expect(error.message).toContain('Bot → Privileged Gateway Intents → Message Content Intent');
    expect(error.message).toContain('MESSAGE_CONTENT_INTENT=false');
    expect(standin.gatewayFrames.length).toBeGreaterThan(0);
    // The library's own lines ("Used disallowed intents", "closed for good") stay at debug level.
    expect(stderr.text().slice(before)).not.toMatch(/disallowed intents|closed for good/i);
  });

  it('fails with DISCORD_TOKEN_INVALID, one full stop and the fix, when Discord answers 401', async () => {
    const config = standinConfig(standin, { DISCORD_TOKEN: 'not.the.token' });
    const bot = createBot(config, { current: () => fixedAnswerer() });
    try {
      const error = await rejection(bot.start());
      expect(error.code).toBe('DISCORD_TOKEN_INVALID');
      expect(error.message).toMatch(/^Discord refused DISCORD_TOKEN \(401 Unauthorized\)\. .*Reset Token.*\.$/);
      expect(error.message).not.toContain('..');
      expect(standin.requests.some((request) => request.path === '/gateway/bot' && request.status === 401)).toBe(true);
    } finally {
      await bot.stop(0);
    }
  });

  it('names the token the same way when `npm run register` is refused', async () => {
    const error = await rejection(registerCommands(standinConfig(standin, { DISCORD_TOKEN: 'not.the.token' })));
    expect(error.code).toBe('DISCORD_TOKEN_INVALID');
  });
});

describe('ALLOW_DMS with DISCORD_GUILD_ID, and PRIVATE_BY_DEFAULT for messages', { timeout: 60_000 }, () => {
  let standin: DiscordStandIn;
  let bot: Bot;
  let stderr: ReturnType<typeof captureStderr>;
  const asked: string[] = [];

  beforeAll(async () => {
    stderr = captureStderr();
    const answerer = fixedAnswerer({ onAsk: (question) => asked.push(question) });
    ({ standin, bot } = await startStandinBot({ answerer, env: { ALLOW_DMS: 'true', PRIVATE_BY_DEFAULT: 'true' } }));
  }, 60_000);

  afterAll(async () => {
    await bot?.stop(0);
    await standin?.close();
    stderr?.restore();
  });

  it('registers the commands to the server and, for DMs only, globally, so none shows twice in the server', () => {
    const server = standin.registered.guilds.get(standin.guildId) ?? [];
    const global = standin.registered.global ?? [];
    expect(server.map((command) => command.name)).toEqual(global.map((command) => command.name));
    expect(server.every((command) => JSON.stringify(command.contexts) === '[0]')).toBe(true);
    expect(global.every((command) => JSON.stringify(command.contexts) === '[1]')).toBe(true);
  });

  it('answers a command in a DM, which a server registration alone would never offer there', async () => {
    const outcome = await standin.sendCommand('ask', { question: 'who knows terraform?' }, 'dm-asker', { dm: true });
    expect(outcome.message?.embeds?.length).toBeGreaterThan(0);
  });

  it('says so when registering, and prints the context menu without a slash', async () => {
    const lines = registrationSummary(await registerCommands(standinConfig(standin, { ALLOW_DMS: 'true' })));
    expect(lines).toHaveLength(2);
    const listed = '/ask, /who-knows, /profile, /sources, Who knows this? (message menu).';
    expect(lines[0]).toContain(`in server ${standin.guildId}: ${listed}`);
    expect(lines[1]).toMatch(/^ALLOW_DMS is on and Discord never offers a server's commands in DMs/);
    expect(lines.join('\n')).not.toContain('/Who knows this?');
  });

  it('prints one line, without the DM part, when DMs are off', async () => {
    const lines = registrationSummary(await registerCommands(standinConfig(standin, {}, false)));
    const global = /in every server \(global; .*\): \/ask, .*, Who knows this\? \(message menu\)\.$/;
    expect(lines).toEqual([expect.stringMatching(global)]);
    await registerCommands(standinConfig(standin, { ALLOW_DMS: 'true' })); // back to this bot's registration
  });

  it('answers a mention with a one-line pointer to /ask, and no profile text, no thread', async () => {
    const from = standin.botMessages.length;
    const before = asked.length;
    const mention = standin.postMessage('who knows terraform?', 'mentioner', { mentionBot: true });
    const [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.content).toBe(PRIVATE_POINTER);
    expect(reply?.embeds ?? []).toEqual([]);
    expect(standin.threadFor(mention.id)).toBeUndefined();
    expect(asked.length).toBe(before);
    expect(stderr.text()).toContain(`Pointed message ${mention.id} to /ask: PRIVATE_BY_DEFAULT is on.`);
  });

  it('still answers a DM to the bot (nobody else reads it)', async () => {
    const from = standin.botMessages.length;
    standin.postMessage('who knows terraform?', 'dm-asker-2', { dm: true });
    const [reply] = await standin.waitForBotMessages(from, 1);
    expect(reply?.embeds?.length).toBeGreaterThan(0);
  });
});

describe('servers the bot left or was removed from', { timeout: 60_000 }, () => {
  it('does not count a server it left at start-up in its ready line', async () => {
    const stderr = captureStderr();
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    let bot: Bot | undefined;
    try {
      const offline = standin.joinGuild().guildId;
      ({ bot } = await startBot(standin, { answerer: fixedAnswerer(), env: { ALLOWED_GUILD_IDS: standin.guildId } }));
      expect(standin.joinedGuilds.get(offline)?.leftAt).toBeDefined();
      expect(stderr.text()).toMatch(/Ready as \S+ in 1 server\(s\);/);
    } finally {
      await bot?.stop(0);
      await standin.close();
      stderr.restore();
    }
  });

  it('does not answer a mention from a server it has just left, before Discord confirms the leave', async () => {
    const stderr = captureStderr();
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000, guildDeleteDelayMs: 1500 });
    let bot: Bot | undefined;
    try {
      ({ bot } = await startBot(standin, { answerer: fixedAnswerer(), env: { ALLOWED_GUILD_IDS: standin.guildId } }));
      const joined = standin.joinGuild();
      await until(() => stderr.text().includes(`Leaving server ${joined.guildId}`), 'the leave');
      const path = `/users/@me/guilds/${joined.guildId}`;
      const leave = () => standin.requests.find((r) => r.method === 'DELETE' && r.path === path);
      await until(() => leave()?.status === 204, 'the leave request');
      await sleep(100); // the bot has its 204; GUILD_DELETE is still 1.4 s away
      const from = standin.botMessages.length;
      standin.postMessage('who knows terraform?', 'stranger', { mentionBot: true, guildId: joined.guildId });
      standin.postMessage('who knows terraform?', 'member', { mentionBot: true });
      const [answer] = await standin.waitForBotMessages(from, 1);
      await sleep(200);
      expect(standin.botMessages.length - from).toBe(1);
      expect(answer?.channel_id).not.toBe(joined.channelId);
      expect(standin.takeRejections()).toEqual([]);
    } finally {
      await bot?.stop(0);
      await standin.close();
      stderr.restore();
    }
  });

  it('after a kick (GUILD_DELETE), logs the new count and drops a mention from that server (no 403)', async () => {
    const stderr = captureStderr();
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    const other = standin.joinGuild(); // before start: it comes with READY
    let bot: Bot | undefined;
    try {
      ({ bot } = await startBot(standin, { answerer: fixedAnswerer() }));
      expect(stderr.text()).toMatch(/Ready as \S+ in 2 server\(s\);/);
      standin.kickBot(other.guildId);
      await until(() => stderr.text().includes(`No longer in server ${other.guildId}`), 'the removal log line');
      const removed = 'removed (kicked, banned, or the server was deleted); in 1 server(s) now.';
      expect(stderr.text()).toContain(`No longer in server ${other.guildId}: ${removed}`);

      const from = standin.botMessages.length;
      standin.postMessage('who knows terraform?', 'stranger', { mentionBot: true, guildId: other.guildId });
      // A mention in the bot's own server afterwards: once it is answered, the first one was dropped.
      standin.postMessage('who knows terraform?', 'member', { mentionBot: true });
      const [answer] = await standin.waitForBotMessages(from, 1);
      await sleep(200);
      expect(standin.botMessages.length - from).toBe(1);
      expect(answer?.channel_id).not.toBe(other.channelId);
      expect(standin.takeRejections()).toEqual([]);
      expect(stderr.text()).not.toMatch(/Missing Access|50001/);
    } finally {
      await bot?.stop(0);
      await standin.close();
      stderr.restore();
    }
  });
});
