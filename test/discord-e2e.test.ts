/**
 * End to end: the real discord.js client, the bot's own code, and a strict Discord stand-in on
 * 127.0.0.1 (test/discord-standin/). Nothing reaches the internet.
 *
 * To run against the real answering core instead of the fake, change `makeAnswerer` below; the
 * assertions about answer content all live in `expectations`, right under it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answererOpener, openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildStandinModel, removeStandinModels } from '../scripts/synthetic/standinModel.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { runBot, type Bot } from '../src/discord/client.js';
import { commandDefinitions } from '../src/discord/commands/index.js';
import { Cooldown } from '../src/discord/cooldown.js';
import { LiveAnswerer, type SwapEvent } from '../src/discord/liveAnswerer.js';
import { registerCommands } from '../src/discord/register.js';
import { fixedAnswerer } from './discord-standin/fixedAnswerer.js';
import { DiscordStandIn, type Outcome } from './discord-standin/standin.js';
import type { StoredMessage } from './discord-standin/fixtures.js';
import { captureStderr, standinConfig as configFor, startBot, startStandinBot } from './support/discordBot.js';
import { temporaryDirs } from './support/temporaryDirs.js';

// ---------------------------------------------------------------------------------------------
// The real answering core on the real corpus, with the ONNX stand-in model the tests build
// (a bag-of-word-pieces encoder for the real @xenova/transformers pipeline, not a semantic model).
// ---------------------------------------------------------------------------------------------
const temporaryDir = temporaryDirs('whoknows-e2e-');
afterAll(removeStandinModels);

async function standinModelEnv(): Promise<Record<string, string>> {
  const standin = await buildStandinModel();
  const dataDir = await temporaryDir();
  return { MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, DATA_DIR: dataDir };
}

const makeAnswerer: () => Promise<Answerer> = async () =>
  openAnswerer(loadConfig(await standinModelEnv()), { warn: () => {} });

/** Corpus lines by source, to check that every cited range quotes what the file says. */
async function expectCitationsPointAtRealLines(message: StoredMessage): Promise<void> {
  const cited = [...embedText(message).matchAll(/`([^`]+):L(\d+)(?:-L(\d+))?`/g)];
  expect(cited.length).toBeGreaterThan(0);
  for (const [, source, start, end] of cited) {
    const lines = (await readFile(path.join(PROJECT_ROOT, source!), 'utf8')).split('\n');
    expect(Number(start)).toBeGreaterThanOrEqual(1);
    expect(Number(end ?? start)).toBeLessThanOrEqual(lines.length);
    expect(
      lines
        .slice(Number(start) - 1, Number(end ?? start))
        .join('\n')
        .trim(),
    ).not.toBe('');
  }
}

/** Every assertion about what the answers say, in one place (the rest checks the Discord side). */
const expectations = {
  ask: {
    question: 'Who worked on the BBC iPlayer CDN?',
    async check(message: StoredMessage) {
      expect(embedText(message)).toMatch(/kura \(profile 002\)/);
      expect(embedText(message)).toMatch(/BIDI CDN for BBC iPlayer/);
      expect(sourcesOf(message)).toMatch(/\*\*\[1\]\*\* .+ · `corpus\/002_9a63d334eb8a7d54\.txt:L\d+(-L\d+)?`/);
      await expectCitationsPointAtRealLines(message);
    },
  },
  whoKnows: {
    skill: 'terraform',
    /** The two people whose profiles list Terraform, best first. */
    people: ['Phil Kershaw', 'Apple SRE (profile 001)'],
    async check(message: StoredMessage) {
      const text = embedText(message);
      expect(text).toContain('Who knows terraform?');
      const ranked = [...text.matchAll(/^\*\*\d+\. (.+?)\*\* · /gm)].map((match) => match[1]);
      expect(ranked).toEqual(this.people);
      await expectCitationsPointAtRealLines(message);
    },
  },
  profile: { typed: 'ph', choice: 'Phil Kershaw' },
  sources: {
    check(message: StoredMessage) {
      expect(embedText(message)).toMatch(/Documents[\s\S]*People[\s\S]*Passages[\s\S]*Model[\s\S]*Built/);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface ApiEmbed {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}

function embedsOf(message: StoredMessage | undefined): ApiEmbed[] {
  return (message?.embeds ?? []) as ApiEmbed[];
}

function embedText(message: StoredMessage | undefined): string {
  return embedsOf(message)
    .flatMap((embed) => [
      embed.title,
      embed.description,
      embed.footer?.text,
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .filter(Boolean)
    .join('\n');
}

function sourcesOf(message: StoredMessage): string {
  return embedsOf(message).find((embed) => embed.title?.startsWith('Sources'))?.description ?? '';
}

function buttonIds(message: StoredMessage | undefined): string[] {
  return (message?.components ?? []).flatMap((row) =>
    ((row as { components?: { custom_id?: string }[] }).components ?? []).map((button) => button.custom_id ?? ''),
  );
}

/** True when text could still ping: an intact @everyone/@here or <@id>/<@&id>/<@!id>. */
function canPing(text: string): boolean {
  return /@(everyone|here)/.test(text) || /<@[!&]?\d+>/.test(text);
}

/** Deferred (type 5), then edited: the normal path for every command. */
function expectDeferredThenEdited(outcome: Outcome): void {
  expect(outcome.callbackTypes).toEqual([5]);
  expect(outcome.deferred).toBe(true);
  expect(outcome.ephemeral).toBe(false);
  expect(outcome.interaction.payloads.map((p) => p.via)).toEqual(['edit']);
  expect((outcome.message?.flags ?? 0) & 128).toBe(0); // no longer "thinking…"
}

/** An ephemeral text reply (flags 64). */
function expectEphemeral(outcome: Outcome): string {
  expect(outcome.ephemeral).toBe(true);
  expect((outcome.message?.flags ?? 0) & 64).toBe(64);
  return outcome.message?.content ?? '';
}

/**
 * Wraps whichever Answerer the tests use with two special questions, so these Discord-side
 * behaviours don't depend on what the corpus says: EXPLODE makes `ask` throw a plain Error (a
 * failure inside a command); PAGING answers with 12 sources (more than one page).
 */
const EXPLODE = 'please explode now';
const PAGING = 'paging test: many sources';
function withTestQuestions(answerer: Answerer): Answerer {
  const paging = fixedAnswerer();
  return {
    ask: (q) =>
      q === EXPLODE
        ? Promise.reject(new Error('simulated failure inside /ask'))
        : q === PAGING
          ? paging.ask(q)
          : answerer.ask(q),
    whoKnows: (skill, page) => answerer.whoKnows(skill, page),
    profile: (name) => answerer.profile(name),
    people: () => answerer.people(),
    skillsIn: (text) => answerer.skillsIn(text),
    summary: () => answerer.summary(),
  };
}

// ---------------------------------------------------------------------------------------------
// The main bot: one stand-in, one client, cooldown off (so 50 users at once are all answered)
// ---------------------------------------------------------------------------------------------

describe('the bot against the Discord stand-in', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;
  let config: Config;
  let bot: Bot;
  let stderr: ReturnType<typeof captureStderr>;
  const previousLogLevel = process.env.LOG_LEVEL;

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'debug'; // so "never logs the token" covers discord.js's debug lines too
    stderr = captureStderr();
    const answerer = withTestQuestions(await makeAnswerer());
    ({ standin, bot, config } = await startStandinBot({ standin: { settleTimeoutMs: 30_000 }, answerer }));
  }, 120_000);

  afterEach(() => {
    expect(standin.problems).toEqual([]);
    expect(standin.takeRejections()).toEqual([]);
  });

  afterAll(async () => {
    await bot?.stop();
    await standin?.close();
    stderr?.restore();
    if (previousLogLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = previousLogLevel;
  });

  describe('connecting', () => {
    it('identifies with Guilds, GuildMessages and DirectMessages (no privileged intent) and logs one ready line with user, guilds and passages', () => {
      expect(standin.identifies).toHaveLength(1);
      expect(standin.identifies[0]?.intents).toBe(1 | (1 << 9) | (1 << 12));
      const ready = stderr
        .text()
        .split('\n')
        .filter((line) => line.startsWith('Ready as '));
      expect(ready).toEqual([
        expect.stringMatching(/^Ready as whoknows-standin-bot in 1 server\(s\); \d+ passages loaded\.$/),
      ]);
    });
  });

  describe('registering commands', () => {
    it('registers exactly the commands the bot answers to the guild when DISCORD_GUILD_ID is set', async () => {
      const result = await registerCommands(config);
      expect(result.scope).toBe('guild');
      const registered = standin.registered.guilds.get(standin.guildId) ?? [];
      const definitions = commandDefinitions(config);
      expect(registered.map((c) => c.name)).toEqual(['ask', 'who-knows', 'profile', 'sources', 'Who knows this?']);
      for (const definition of definitions) {
        expect(registered.find((c) => c.name === definition.name)).toMatchObject(
          JSON.parse(JSON.stringify(definition)),
        );
      }
      const ask = registered.find((c) => c.name === 'ask') as { options?: { name: string; max_length?: number }[] };
      expect(ask.options?.[0]).toMatchObject({ name: 'question', max_length: config.maxQuestionChars });
      const profile = registered.find((c) => c.name === 'profile') as { options?: { autocomplete?: boolean }[] };
      expect(profile.options?.[0]?.autocomplete).toBe(true);
    });

    it('registers globally when no guild is set, finding the application id itself', async () => {
      const globalConfig = loadConfig({ DISCORD_TOKEN: standin.token, DISCORD_API_BASE: standin.apiBase });
      const result = await registerCommands(globalConfig);
      expect(result).toMatchObject({ scope: 'global', applicationId: standin.applicationId });
      expect(standin.registered.global?.map((c) => c.name)).toEqual([
        'ask',
        'who-knows',
        'profile',
        'sources',
        'Who knows this?',
      ]);
      expect(standin.requests.some((r) => r.method === 'GET' && r.path === '/applications/@me' && r.authorized)).toBe(
        true,
      );
    });
  });

  describe('answering', () => {
    it('/ask is deferred at once, then edited with the answer and its numbered sources', async () => {
      const outcome = await standin.sendCommand('ask', { question: expectations.ask.question }, 'ask-user');
      expectDeferredThenEdited(outcome);
      expect(embedsOf(outcome.message)[0]?.title).toBe(expectations.ask.question);
      await expectations.ask.check(outcome.message!);
    });

    it('/who-knows is deferred, then edited with the people who have the skill', async () => {
      const outcome = await standin.sendCommand('who-knows', { skill: expectations.whoKnows.skill }, 'who-user');
      expectDeferredThenEdited(outcome);
      await expectations.whoKnows.check(outcome.message!);
    });

    it('/profile autocompletes names from the index, and shows the chosen profile', async () => {
      const choices = await standin.sendAutocomplete(
        'profile',
        { person: expectations.profile.typed },
        'person',
        'profile-user',
      );
      expect(choices.map((choice) => choice.value)).toContain(expectations.profile.choice);
      const outcome = await standin.sendCommand('profile', { person: expectations.profile.choice }, 'profile-user');
      expectDeferredThenEdited(outcome);
      expect(embedsOf(outcome.message)[0]?.title).toBe(expectations.profile.choice);
    });

    it('/profile for someone not in the index says so, ephemeral from the start (never a public "thinking…")', async () => {
      const outcome = await standin.sendCommand('profile', { person: 'Nobody Atall' }, 'profile-user-2');
      expect(expectEphemeral(outcome)).toMatch(/Nobody called "Nobody Atall"/);
      expect(outcome.callbackTypes).toEqual([4]);
    });

    it('/sources shows documents, people, passages, model and build time', async () => {
      const outcome = await standin.sendCommand('sources', {}, 'sources-user');
      expectDeferredThenEdited(outcome);
      expectations.sources.check(outcome.message!);
    });

    it('pages long source lists with "More sources", and the button shows the next page', async () => {
      const outcome = await standin.sendCommand('ask', { question: PAGING }, 'paging-user');
      const [more] = buttonIds(outcome.message);
      expect(more).toMatch(/^wk:more:/);
      expect(embedsOf(outcome.message)[1]?.title).toBe('Sources 1–5 of 12');

      const next = await standin.clickButton(outcome.message!, more!, 'someone-else');
      expect(next.callbackTypes).toEqual([6]); // deferred update of the same message
      expect(next.message?.id).toBe(outcome.message?.id);
      expect(embedsOf(next.message)[1]?.title).toBe('Sources 6–10 of 12');
      expect(embedsOf(next.message)[0]).toEqual(embedsOf(outcome.message)[0]); // the answer stays
      expect(buttonIds(next.message)[0]).toMatch(/^wk:more:.+:0$/); // "Previous"
    });
  });

  describe('safety', () => {
    it('a question crafted to ping produces a reply that cannot ping', async () => {
      const question = '@everyone <@&123> <@456> @here who knows terraform?';
      const outcome = await standin.sendCommand('ask', { question }, 'pinger');
      for (const payload of outcome.interaction.payloads) expect(payload.body.allowed_mentions).toEqual({ parse: [] });
      expect(canPing(`${outcome.message?.content ?? ''}\n${embedText(outcome.message)}`)).toBe(false);
      expect(embedText(outcome.message)).toContain('everyone'); // neutralised, not hidden
    });

    it('sent every message payload with allowed_mentions that parse nothing', () => {
      const payloads = [...standin.interactions.values()].flatMap((record) => record.payloads);
      expect(payloads.length).toBeGreaterThan(5);
      for (const payload of payloads) expect(payload.body.allowed_mentions).toEqual({ parse: [] });
    });
  });

  describe('errors', () => {
    it('a command that throws gets an ephemeral reply with a reference id, logged, and the next command works', async () => {
      const outcome = await standin.sendCommand('ask', { question: EXPLODE }, 'unlucky');
      const content = expectEphemeral(outcome);
      const ref = /reference `([0-9a-f]{8})`/.exec(content)?.[1];
      expect(ref).toBeDefined();
      expect(stderr.text()).toContain(`[ref ${ref}]`);
      expect(stderr.text()).toMatch(new RegExp(`\\[ref ${ref}\\] /ask by user \\d+ .*simulated failure`));
      expect(outcome.interaction.originalDeleted).toBe(true); // no "thinking…" left behind

      const next = await standin.sendCommand('ask', { question: expectations.ask.question }, 'unlucky');
      expectDeferredThenEdited(next);
    });

    it('user mistakes from the core are shown as they are, ephemerally and without a reference id', async () => {
      const outcome = await standin.sendCommand('ask', { question: '   ' }, 'typo-user');
      expect(outcome.callbackTypes).toEqual([4]); // refused before deferring: never a public "thinking…"
      const content = expectEphemeral(outcome);
      expect(content).toMatch(/The question is empty/);
      expect(content).not.toMatch(/reference/);
    });

    it('unknown commands get a clear ephemeral reply', async () => {
      const outcome = await standin.sendCommand('frobnicate', {}, 'curious');
      expect(outcome.callbackTypes).toEqual([4]);
      expect(expectEphemeral(outcome)).toMatch(/I don't know \/frobnicate.*\/ask/);
    });

    it('options beyond their registered limits get a clear ephemeral reply', async () => {
      const question = 'x'.repeat(config.maxQuestionChars + 1);
      const outcome = await standin.sendCommand('ask', { question }, 'verbose');
      expect(outcome.callbackTypes).toEqual([4]);
      expect(expectEphemeral(outcome)).toContain(`the limit is ${config.maxQuestionChars}`);
    });
  });

  describe('connection trouble', () => {
    it('resumes after the socket drops, replays what it missed, and answers', async () => {
      const resumesBefore = standin.resumes.length;
      standin.dropConnection();
      // Sent while the bot is away: the stand-in keeps it and replays it on RESUME.
      const outcome = await standin.sendCommand('who-knows', { skill: expectations.whoKnows.skill }, 'after-drop');
      expectDeferredThenEdited(outcome);
      expect(standin.resumes.length).toBe(resumesBefore + 1);
      expect(standin.resumes.at(-1)?.replayed).toContain('INTERACTION_CREATE');
      expect(standin.identifies).toHaveLength(1);
    });

    it('identifies again when the session is invalidated, and answers the next interaction', async () => {
      const identified = standin.waitFor('identify', 15_000);
      standin.invalidateSession();
      await identified;
      await standin.waitForReady();
      expect(standin.identifies).toHaveLength(2);
      const outcome = await standin.sendCommand('sources', {}, 'after-reidentify');
      expectDeferredThenEdited(outcome);
    });
  });

  describe('load', () => {
    it('answers 50 interactions sent at once, each exactly once', async () => {
      const questions = Array.from({ length: 50 }, (_, i) => `${expectations.ask.question} (#${i})`);
      const outcomes = await Promise.all(
        questions.map((question, i) => standin.sendCommand('ask', { question }, `load-user-${i}`)),
      );
      expect(new Set(outcomes.map((o) => o.interaction.id)).size).toBe(50);
      outcomes.forEach((outcome, i) => {
        expectDeferredThenEdited(outcome);
        expect(outcome.interaction.callbacks).toHaveLength(1);
        expect(outcome.interaction.followUps).toHaveLength(0);
        expect(embedsOf(outcome.message)[0]?.title).toBe(questions[i]);
      });
    });
  });

  describe('logging', () => {
    it('never writes the token to the logs', () => {
      expect(stderr.text().length).toBeGreaterThan(0);
      expect(stderr.text()).not.toContain(standin.token);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Starting: what `npm start` does
// ---------------------------------------------------------------------------------------------

describe('starting the bot', { timeout: 120_000 }, () => {
  it('stops before connecting when the token is missing or empty, naming DISCORD_TOKEN and .env.example', async () => {
    const run = promisify(execFile);
    const result = await run(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', DISCORD_API_BASE: 'http://127.0.0.1:9/api' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_TOKEN is not set\. Copy \.env\.example to \.env/);
  });

  it('opens the index once, logs in, follows the index folder, and stops cleanly', async () => {
    const stderr = captureStderr();
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-start-'));
    let opened = 0;
    try {
      await expect(runBot(loadConfig({ DATA_DIR: dataDir }), async () => fixedAnswerer())).rejects.toMatchObject({
        code: 'TOKEN_MISSING',
      });
      const running = await runBot(configFor(standin, { DATA_DIR: dataDir }), async () => (opened++, fixedAnswerer()));
      expect(opened).toBe(1);
      expectDeferredThenEdited(await standin.sendCommand('sources', {}, 'starter'));
      await running.stop();
      expect(stderr.text()).toMatch(/Ready as whoknows-standin-bot in 1 server\(s\); 12 passages loaded\./);
    } finally {
      stderr.restore();
      await standin.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Cooldown: a second bot with COOLDOWN_SECONDS set
// ---------------------------------------------------------------------------------------------

describe('per-user cooldown', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;
  let bot: Bot;
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    // Not registered: the stand-in delivers a command registered nowhere, as a stale one.
    ({ standin, bot } = await startStandinBot({
      answerer: fixedAnswerer(),
      env: { COOLDOWN_SECONDS: '30' },
      register: false,
    }));
  });

  afterAll(async () => {
    await bot?.stop();
    await standin?.close();
    stderr?.restore();
  });

  it('answers a second command within the cooldown politely, saying how long to wait, and only for that user', async () => {
    expectDeferredThenEdited(await standin.sendCommand('sources', {}, 'eager'));
    const again = await standin.sendCommand('sources', {}, 'eager');
    expect(again.callbackTypes).toEqual([4]);
    expect(expectEphemeral(again)).toMatch(/please wait (\d+) seconds? before your next command/);
    expectDeferredThenEdited(await standin.sendCommand('sources', {}, 'patient'));
    expect(standin.rejections).toEqual([]);
  });

  it('counts down per user, and 0 seconds turns it off', () => {
    let now = 0;
    const cooldown = new Cooldown(3, () => now);
    expect(cooldown.take('a')).toEqual({ ok: true });
    now = 1200;
    expect(cooldown.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(cooldown.take('b')).toEqual({ ok: true });
    now = 3000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    const off = new Cooldown(0, () => now);
    expect([off.take('a'), off.take('a')]).toEqual([{ ok: true }, { ok: true }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Index updates while running (fake answerers on purpose: the swap, not the answers, is tested)
// ---------------------------------------------------------------------------------------------

describe('index updates while running', { timeout: 120_000 }, () => {
  let dataDir: string;
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-live-'));
  });

  afterAll(async () => {
    stderr?.restore();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Writes a new index generation and swaps it in by rename, like the index writer does. */
  async function swapIndex(dir: string, generation: string): Promise<void> {
    const next = path.join(dir, `index-${generation}`);
    await mkdir(next, { recursive: true });
    await writeFile(
      path.join(next, 'manifest.json'),
      JSON.stringify({ generation, builtAt: new Date().toISOString() }),
    );
    await rm(path.join(dir, 'index'), { recursive: true, force: true });
    await rename(next, path.join(dir, 'index'));
  }

  function nextSwap(live: LiveAnswerer): Promise<SwapEvent> {
    return new Promise((resolve) => {
      const off = live.onSwap((event) => {
        off();
        resolve(event);
      });
    });
  }

  it('swaps to a new answerer when the manifest changes, and keeps the old one when reopening fails', async () => {
    const dir = path.join(dataDir, 'swap');
    await swapIndex(dir, 'one');
    const first = fixedAnswerer({ label: 'one' });
    const second = fixedAnswerer({ label: 'two' });
    let reopen: () => Promise<Answerer> = async () => second;
    const live = await LiveAnswerer.open({
      initial: first,
      reopen: () => reopen(),
      watchPath: path.join(dir, 'index', 'manifest.json'),
      debounceMs: 50,
      pollMs: 100,
    });
    try {
      expect(live.current()).toBe(first);

      let swapped = nextSwap(live);
      await swapIndex(dir, 'two');
      expect(await swapped).toEqual({ kind: 'swapped', generation: 2 });
      expect(live.current()).toBe(second);

      reopen = async () => {
        throw new Error('manifest.json is unreadable');
      };
      swapped = nextSwap(live);
      await swapIndex(dir, 'broken');
      expect((await swapped).kind).toBe('refused');
      expect(live.current()).toBe(second);
      expect(stderr.text()).toMatch(
        /could not be opened \(manifest\.json is unreadable\); still answering from the previous index/,
      );
    } finally {
      live.close();
    }
  });

  it('lets an answer in progress finish on the answerer it started with, while new commands use the new one', async () => {
    const dir = path.join(dataDir, 'inflight');
    await swapIndex(dir, 'old');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    let askStarted!: () => void;
    const started = new Promise<void>((resolve) => (askStarted = resolve));
    const old = fixedAnswerer({ label: 'old-index', gate, onAsk: () => (asked.push('old'), askStarted()) });
    const fresh = fixedAnswerer({ label: 'new-index', onAsk: () => asked.push('new') });
    const live = await LiveAnswerer.open({
      initial: old,
      reopen: async () => fresh,
      watchPath: path.join(dir, 'index', 'manifest.json'),
      debounceMs: 50,
      pollMs: 100,
    });
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    let bot: Bot | undefined;
    try {
      ({ bot } = await startBot(standin, { answerer: live, register: false }));
      const inFlight = standin.sendCommand('ask', { question: 'slow question' }, 'first');
      await started;
      const swapped = nextSwap(live);
      await swapIndex(dir, 'new');
      await swapped;
      const summary = await standin.sendCommand('sources', {}, 'second');
      expect(embedText(summary.message)).toContain('new-index');
      release();
      const answer = await inFlight;
      expectDeferredThenEdited(answer);
      expect(asked).toEqual(['old']); // the slow answer stayed on the old index
      expect(standin.rejections).toEqual([]);
    } finally {
      live.close();
      await bot?.stop();
      await standin.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The stand-in itself is strict: what Discord would reject, it rejects
// ---------------------------------------------------------------------------------------------

describe('the Discord stand-in', { timeout: 120_000 }, () => {
  let standin: DiscordStandIn;

  beforeAll(async () => {
    // Fast 3-second rule for the test (300 ms); everything else as Discord.
    standin = await DiscordStandIn.start({ responseWindowMs: 300, tokenLifetimeMs: 60_000 });
  });

  afterAll(async () => {
    await standin?.close();
  });

  const ok = { allowed_mentions: { parse: [] } };

  async function call(
    method: string,
    route: string,
    body?: unknown,
    auth = false,
  ): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${standin.apiBase}/v10${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${standin.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }

  function newInteraction() {
    // No bot is connected: the dispatch is dropped, but the interaction is known for callbacks.
    return standin.dispatchInteraction(2, { data: { id: '1', name: 'ask', type: 1, options: [] } });
  }

  it.each([
    ['content over 2,000', { content: 'x'.repeat(2001) }, 'data.content'],
    ['more than 10 embeds', { embeds: Array.from({ length: 11 }, () => ({ description: 'x' })) }, 'data.embeds'],
    [
      'more than 25 fields',
      { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
      'data.embeds.0.fields',
    ],
    ['a title over 256', { embeds: [{ title: 'x'.repeat(257) }] }, 'data.embeds.0.title'],
    ['a description over 4,096', { embeds: [{ description: 'x'.repeat(4097) }] }, 'data.embeds.0.description'],
    [
      'a field name over 256',
      { embeds: [{ fields: [{ name: 'x'.repeat(257), value: 'v' }] }] },
      'data.embeds.0.fields.0.name',
    ],
    [
      'a field value over 1,024',
      { embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] },
      'data.embeds.0.fields.0.value',
    ],
    ['a footer over 2,048', { embeds: [{ footer: { text: 'x'.repeat(2049) } }] }, 'data.embeds.0.footer.text'],
    [
      'embeds over 6,000 in total',
      { embeds: [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2001) }] },
      'data.embeds',
    ],
  ])('rejects a reply with %s', async (_name, data, errorPath) => {
    const record = newInteraction();
    const response = await call('POST', `/interactions/${record.id}/${record.token}/callback`, {
      type: 4,
      data: { ...ok, ...data },
    });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    let node = (response.json as { errors: Record<string, unknown> }).errors;
    for (const key of errorPath.split('.')) node = node[key] as Record<string, unknown>;
    expect(node._errors).toBeDefined();
  });

  it('rejects any message payload without allowed_mentions', async () => {
    const record = newInteraction();
    const response = await call('POST', `/interactions/${record.id}/${record.token}/callback`, {
      type: 4,
      data: { content: 'hi' },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain('allowed_mentions');
  });

  it('accepts one response, rejects a second one for the same interaction', async () => {
    const record = newInteraction();
    const route = `/interactions/${record.id}/${record.token}/callback`;
    expect((await call('POST', route, { type: 5 })).status).toBe(204);
    const second = await call('POST', route, { type: 4, data: { ...ok, content: 'again' } });
    expect(second).toEqual({
      status: 400,
      json: { code: 40060, message: 'Interaction has already been acknowledged.' },
    });
  });

  it('rejects a first response that comes after the response window, as an unknown interaction', async () => {
    const record = newInteraction();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const late = await call('POST', `/interactions/${record.id}/${record.token}/callback`, { type: 5 });
    expect(late).toEqual({ status: 404, json: { code: 10062, message: 'Unknown interaction' } });
  });

  it('rejects edits and follow-ups with unknown tokens, or before the interaction was acknowledged', async () => {
    const unknown = await call('PATCH', `/webhooks/${standin.applicationId}/not-a-token/messages/@original`, {
      ...ok,
      content: 'x',
    });
    expect(unknown).toEqual({ status: 404, json: { code: 10015, message: 'Unknown Webhook' } });
    const record = newInteraction();
    const early = await call('POST', `/webhooks/${standin.applicationId}/${record.token}?wait=true`, {
      ...ok,
      content: 'x',
    });
    expect(early.status).toBe(404);
  });

  it('rejects an empty message and a response type that does not fit the interaction', async () => {
    const record = newInteraction();
    const route = `/interactions/${record.id}/${record.token}/callback`;
    expect(await call('POST', route, { type: 4, data: { ...ok, content: '' } })).toMatchObject({
      status: 400,
      json: { code: 50006 },
    });
    expect((await call('POST', route, { type: 8, data: { choices: [] } })).status).toBe(400);
  });

  it('requires the bot token on bot routes and validates command definitions', async () => {
    expect((await call('GET', '/gateway/bot')).status).toBe(401);
    expect((await call('GET', '/gateway/bot', undefined, true)).json).toMatchObject({
      url: standin.gatewayUrl,
      shards: 1,
    });
    const bad = await call(
      'PUT',
      `/applications/${standin.applicationId}/commands`,
      [{ name: 'Bad Name', description: '' }],
      true,
    );
    expect(bad.status).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------
// The real thing: `npm run embed`'s index writer rebuilds while `npm start`'s bot runs
// ---------------------------------------------------------------------------------------------

describe('rebuilding the index while the bot runs (real core, ONNX stand-in model)', { timeout: 120_000 }, () => {
  it('the next /ask after a rebuild answers from the new index', async () => {
    const stderr = captureStderr();
    const root = await temporaryDir('rebuild-');
    await cp(path.join(PROJECT_ROOT, 'corpus'), path.join(root, 'corpus'), { recursive: true });
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    const config = configFor(standin, {
      ...(await standinModelEnv()),
      WHOKNOWS_ROOT: root,
      DATA_DIR: path.join(root, 'data'),
    });
    const running = await runBot(
      config,
      answererOpener(() => {}),
    );
    try {
      const before = await standin.sendCommand('ask', { question: 'Who has written Zig?' }, 'asker');
      expectDeferredThenEdited(before);
      expect(embedText(before.message)).toMatch(/None of the profiles answers that/);

      const swapped = new Promise((resolve) => running.answerers.onSwap(resolve));
      await writeFile(
        path.join(root, 'corpus', 'zara-quinn.md'),
        '# Zara Quinn\n\n## Skills\n\n- Wrote a Zig allocator for embedded boards\n',
      );
      const model = await openModel(config);
      const report = await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
      expect(report).toMatchObject({ added: 1, unchanged: 3 });
      expect(await swapped).toMatchObject({ kind: 'swapped' });

      const after = await standin.sendCommand('ask', { question: 'Who has written Zig?' }, 'asker');
      expectDeferredThenEdited(after);
      expect(embedText(after.message)).toMatch(/Zara Quinn/);
      expect(sourcesOf(after.message!)).toMatch(/`corpus\/zara-quinn\.md:L5`/);
    } finally {
      await running.stop();
      await standin.close();
      stderr.restore();
    }
  });
});
