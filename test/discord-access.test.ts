/**
 * Access rules, private answers, the audit line, structured logs and shutdown, end to end: the real
 * discord.js client and the bot's router against the strict Discord stand-in. The answers come from
 * the fixed answerer: these tests are about who gets an answer and how, not what it says.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import type { Bot } from '../src/discord/client.js';
import { registerCommands } from '../src/discord/register.js';
import { usePlainLogs, useStructuredLogs } from '../src/log.js';
import { fixedAnswerer } from './discord-standin/fixedAnswerer.js';
import { DiscordStandIn, type Outcome } from './discord-standin/standin.js';
import { captureStderr, standinConfig as configFor, startBot, startStandinBot } from './support/discordBot.js';

/** The JSON lines among the captured output, parsed. */
function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Audit records so far; waits until there are at least `count` (the bot writes one right after its edit). */
async function auditsOf(text: () => string, count: number): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const audits = jsonLines(text()).filter((line) => line.audit === true);
    if (audits.length >= count || Date.now() > deadline) return audits;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function expectEphemeralNotice(outcome: Outcome): string {
  expect(outcome.callbackTypes).toEqual([4]); // answered at once, never a public "thinking…"
  expect(outcome.ephemeral).toBe(true);
  expect(outcome.message?.flags ?? 0).toBe(64);
  return outcome.message?.content ?? '';
}

describe('access rules against the Discord stand-in', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;
  let bot: Bot;
  let stderr: ReturnType<typeof captureStderr>;
  let offlineJoin: string;
  let engineers: string;

  beforeAll(async () => {
    stderr = captureStderr();
    standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000, roles: ['Engineers', 'Guests'] });
    engineers = standin.roleId('Engineers');
    // A server that added the bot while it was offline: found at start-up, and left.
    offlineJoin = standin.joinGuild().guildId;
    // Globally too, so the stand-in delivers commands in other servers (Discord runs global commands everywhere).
    await registerCommands(configFor(standin, { ALLOWED_GUILD_IDS: standin.guildId }, false));
    const env = {
      ALLOWED_GUILD_IDS: standin.guildId,
      ALLOWED_ROLE_IDS: engineers,
      ALLOWED_CHANNEL_IDS: standin.channelId,
    };
    ({ bot } = await startBot(standin, { answerer: fixedAnswerer(), env }));
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

  const member = { roles: [] as string[] };
  const asEngineer = () => ({ roles: [engineers] });

  it('registers every command for servers only, installed to servers, with an optional private flag', () => {
    const registered = standin.registered.guilds.get(standin.guildId) ?? [];
    expect(registered.length).toBeGreaterThanOrEqual(4);
    for (const command of registered) {
      expect(command.contexts).toEqual([0]);
      expect(command.integration_types).toEqual([0]);
      if (command.type !== 1) continue; // context-menu commands take no options
      const options = command.options as { name: string; type: number; required?: boolean }[];
      expect(options.find((option) => option.name === 'private')).toMatchObject({ type: 5 });
      expect(options.find((option) => option.name === 'private')?.required).not.toBe(true);
    }
  });

  it('registers DMs as a context only when ALLOW_DMS is on', async () => {
    const withDms = configFor(standin, { ALLOW_DMS: 'true' }, false);
    await registerCommands(withDms);
    expect(standin.registered.global?.every((command) => JSON.stringify(command.contexts) === '[0,1]')).toBe(true);
    await registerCommands(configFor(standin, {}, false));
    expect(standin.registered.global?.every((command) => JSON.stringify(command.contexts) === '[0]')).toBe(true);
  });

  it('is not reachable by DM: Discord does not deliver a command registered for servers only', () => {
    expect(() => standin.sendCommand('ask', { question: 'who knows terraform?' }, 'dm-user', { dm: true })).toThrow(
      /would not deliver "ask" in a DM with the bot: its contexts are \[0\]/,
    );
  });

  it('refuses a DM when ALLOW_DMS is off, even if a stale registration still offers commands there', async () => {
    await registerCommands(configFor(standin, { ALLOW_DMS: 'true' }, false));
    try {
      const outcome = await standin.sendCommand('ask', { question: 'who knows terraform?' }, 'dm-user', { dm: true });
      expect(expectEphemeralNotice(outcome)).toMatch(/only answer inside the team's server, not in direct messages/);
      expect(stderr.text()).toMatch(/Refused \/ask by user \d+ .*direct message from user \d+ \(ALLOW_DMS is off\)/);
    } finally {
      await registerCommands(configFor(standin, {}, false));
    }
  });

  it('refuses a command from a server not on ALLOWED_GUILD_IDS, ephemerally, with a log line naming the server', async () => {
    const elsewhere = '999999999999999999';
    const outcome = await standin.sendCommand('ask', { question: 'who knows terraform?' }, 'stranger', {
      guildId: elsewhere,
      ...asEngineer(),
    });
    expect(expectEphemeralNotice(outcome)).toBe("This bot isn't set up to answer in this server.");
    expect(stderr.text()).toContain(`server ${elsewhere} is not in ALLOWED_GUILD_IDS`);
  });

  it('leaves a server it was added to while offline, at start-up, and logs it', () => {
    expect(standin.joinedGuilds.get(offlineJoin)?.leftAt).toBeDefined();
    expect(
      standin.requests.some(
        (r) => r.method === 'DELETE' && r.path === `/users/@me/guilds/${offlineJoin}` && r.status === 204,
      ),
    ).toBe(true);
    expect(stderr.text()).toContain(
      `Leaving server ${offlineJoin} (found at start-up): it is not in ALLOWED_GUILD_IDS.`,
    );
  });

  it('leaves a server that is not allowed as soon as it joins (GUILD_CREATE → DELETE /users/@me/guilds/{id})', async () => {
    const joined = standin.joinGuild();
    await standin.waitForLeave(joined.guildId);
    const leave = standin.requests.find((r) => r.path === `/users/@me/guilds/${joined.guildId}`);
    expect(leave).toMatchObject({ method: 'DELETE', status: 204, authorized: true });
    expect(stderr.text()).toContain(`Leaving server ${joined.guildId} (just joined)`);
  });

  it('refuses a member without an allowed role, naming the role by name and never by id', async () => {
    const outcome = await standin.sendCommand('who-knows', { skill: 'terraform' }, 'no-role', {
      ...member,
      roles: [standin.roleId('Guests')],
    });
    const content = expectEphemeralNotice(outcome);
    expect(content).toMatch(/You need the Engineers role to ask me/);
    expect(content).not.toContain(engineers);
  });

  it('refuses a command in a channel that is not allowed, linking the allowed channel', async () => {
    const outcome = await standin.sendCommand('sources', {}, 'wrong-room', {
      channelId: standin.otherChannelId,
      ...asEngineer(),
    });
    expect(expectEphemeralNotice(outcome)).toBe(`I answer only in <#${standin.channelId}>. Ask me there.`);
  });

  it('gives autocomplete nothing to a member who may not ask', async () => {
    const choices = await standin.sendAutocomplete('profile', { person: 'a' }, 'person', 'no-role-typing');
    expect(choices).toEqual([]);
    const allowed = await standin.sendAutocomplete(
      'profile',
      { person: 'a' },
      'person',
      'engineer-typing',
      asEngineer(),
    );
    expect(allowed.length).toBeGreaterThan(0);
  });

  it('refuses a paging button to a member who may not ask', async () => {
    const outcome = await standin.sendCommand('ask', { question: 'many sources please' }, 'pager', asEngineer());
    const more =
      (outcome.message?.components[0] as { components: { custom_id: string }[] }).components[0]?.custom_id ?? '';
    const refused = await standin.clickButton(outcome.message!, more, 'no-role-clicker');
    expect(expectEphemeralNotice(refused)).toMatch(/You need the Engineers role/);
  });

  it('answers an allowed member in the allowed channel publicly, and writes one audit line', async () => {
    const before = jsonLines(stderr.text()).filter((line) => line.audit === true).length;
    const outcome = await standin.sendCommand('ask', { question: 'who knows terraform?' }, 'engineer', asEngineer());
    expect(outcome.callbackTypes).toEqual([5]);
    expect(outcome.ephemeral).toBe(false);
    const audits = await auditsOf(stderr.text, before + 1);
    expect(audits).toHaveLength(before + 1);
    const record = audits.at(-1)!;
    expect(record).toMatchObject({
      level: 'info',
      msg: 'answered',
      interaction: outcome.interaction.id,
      server: standin.guildId,
      channel: standin.channelId,
      user: standin.user('engineer').id,
      command: '/ask',
      question: 'who knows terraform?',
      people: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'],
      private: false,
    });
    expect(Date.parse(String(record.time))).toBeGreaterThan(Date.now() - 60_000);
    // No names of the asker, no answer text: ids and what was asked only.
    expect(JSON.stringify(record)).not.toContain('engineer"');
  });

  it('answers privately from the defer on when private:true is passed (flags 64)', async () => {
    const before = jsonLines(stderr.text()).filter((line) => line.audit === true).length;
    const outcome = await standin.sendCommand(
      'who-knows',
      { skill: 'terraform', private: true },
      'quiet-engineer',
      asEngineer(),
    );
    expect(outcome.callbackTypes).toEqual([5]);
    expect(outcome.interaction.callbacks[0]?.data).toEqual({ flags: 64 });
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.embeds.length).toBeGreaterThan(0);
    const audit = (await auditsOf(stderr.text, before + 1)).at(-1);
    expect(audit).toMatchObject({
      command: '/who-knows',
      skill: 'terraform',
      people: ['Ada Lovelace', 'Grace Hopper'],
      private: true,
    });
  });

  it('writes no audit line for refused commands', () => {
    const audits = jsonLines(stderr.text()).filter((line) => line.audit === true);
    expect(
      audits.every((line) => line.user !== standin.user('no-role').id && line.user !== standin.user('stranger').id),
    ).toBe(true);
  });
});

describe('private by default, no audit, structured logs', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;
  let bot: Bot;
  const lines: string[] = [];
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    useStructuredLogs({ write: (line: string) => lines.push(line) });
    ({ standin, bot } = await startStandinBot({
      answerer: fixedAnswerer(),
      env: { PRIVATE_BY_DEFAULT: 'true', AUDIT_LOG: 'false' },
    }));
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.close();
    usePlainLogs();
    stderr?.restore();
  });

  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  it('answers privately without the flag, and publicly with private:false', async () => {
    const quiet = await standin.sendCommand('ask', { question: 'who knows terraform?' }, 'default-user');
    expect(quiet.interaction.callbacks[0]?.data).toEqual({ flags: 64 });
    expect(quiet.ephemeral).toBe(true);
    const loud = await standin.sendCommand(
      'ask',
      { question: 'who knows terraform?', private: false },
      'default-user-2',
    );
    expect(loud.ephemeral).toBe(false);
  });

  it('writes no audit line when AUDIT_LOG is false', () => {
    expect(records().some((record) => record.audit === true)).toBe(false);
  });

  it('warns once at start-up that every server is allowed when ALLOWED_GUILD_IDS is empty', () => {
    const warnings = records().filter((record) => String(record.msg).startsWith('ALLOWED_GUILD_IDS is empty'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe('warn');
  });

  it('logs a failure as one JSON line with time, level, interaction id, server and the reference shown to the user', async () => {
    const outcome = await standin.sendCommand('ask', { question: 'please explode' }, 'unlucky');
    const ref = /reference `([0-9a-f]{8})`/.exec(outcome.message?.content ?? '')?.[1];
    expect(ref).toBeDefined();
    const record = records().find((line) => line.ref === ref);
    expect(record).toMatchObject({
      level: 'error',
      interaction: outcome.interaction.id,
      server: standin.guildId,
      channel: standin.channelId,
    });
    expect(typeof record?.time).toBe('string');
    expect(String(record?.msg)).toContain('fixedAnswerer exploded on purpose');
  });
});

describe('stopping the bot', { timeout: 120_000 }, () => {
  it('lets an answer in progress finish before disconnecting, and turns new commands away meanwhile', async () => {
    const stderr = captureStderr();
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let started!: () => void;
    const asked = new Promise<void>((resolve) => (started = resolve));
    const slow: Answerer = fixedAnswerer({ gate, onAsk: () => started() });
    let bot: Bot | undefined;
    try {
      ({ bot } = await startBot(standin, { answerer: slow }));
      const answer = standin.sendCommand('ask', { question: 'a slow one' }, 'patient');
      await asked;
      const stopped = bot.stop(5000);
      const late = await standin.sendCommand('sources', {}, 'latecomer');
      expect(expectEphemeralNotice(late)).toMatch(/restarting/);
      setTimeout(open, 200);
      const outcome = await answer;
      expect(outcome.message?.embeds.length).toBeGreaterThan(0);
      await stopped;
      expect(standin.openConnections).toBe(0);
    } finally {
      await bot?.stop(0);
      await standin.close();
      stderr.restore();
    }
  });

  it('disconnects after the grace period when an answer never finishes, saying so', async () => {
    const stderr = captureStderr();
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    let started!: () => void;
    const asked = new Promise<void>((resolve) => (started = resolve));
    const stuck = fixedAnswerer({ gate: new Promise<void>(() => undefined), onAsk: () => started() });
    try {
      const { bot } = await startBot(standin, { answerer: stuck });
      void standin.sendCommand('ask', { question: 'never answered' }, 'stuck-user');
      await asked;
      await bot.stop(300);
      expect(standin.openConnections).toBe(0);
      expect(stderr.text()).toContain('Disconnecting with 1 answer(s) still in progress after 300 ms.');
    } finally {
      await standin.close();
      stderr.restore();
    }
  });
});
