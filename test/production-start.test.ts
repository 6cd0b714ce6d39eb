/**
 * `npm start` in production: the compiled code runs with only the runtime dependencies installed
 * (what `npm ci --omit=dev` leaves), and the process `npm start` starts is the bot itself, so a
 * SIGTERM (a service stop) stops it instead of orphaning it.
 *
 * The tests compile the runtime code (tsconfig.build.json) into a temporary project whose
 * node_modules links only the packages package-lock.json does not mark as development-only, then
 * start it there. Installing for real would need the network and rebuild native modules; linking
 * the same packages tests the same thing: which packages the compiled code can reach.
 */
import { execFile, spawn } from 'node:child_process';
import { readdir, readFile, mkdir, symlink, copyFile, access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { DiscordStandIn } from './discord-standin/standin.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const run = promisify(execFile);
const temporaryDir = temporaryDirs('whoknows-prod-');

interface LockPackage {
  readonly dev?: boolean;
}

/** Top-level packages `npm ci --omit=dev` installs: everything the lock file does not mark `dev`. */
async function runtimePackages(): Promise<string[]> {
  const lock = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  return Object.entries(lock.packages)
    .filter(
      ([key, info]) =>
        key.startsWith('node_modules/') && !key.slice('node_modules/'.length).includes('node_modules/') && !info.dev,
    )
    .map(([key]) => key.slice('node_modules/'.length));
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Every `import … from 'x'` / `import('x')` / `export … from 'x'` specifier in the emitted JavaScript. */
async function importedSpecifiers(dir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const code = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of code.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
    )) {
      found.add(match[1] ?? match[2] ?? match[3] ?? '');
    }
  }
  return found;
}

/** The environment of a bot run against `standin`, on the seed corpus, lexical only: PATH and nothing else inherited. */
function botEnv(standin: DiscordStandIn, dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: standin.token,
    DISCORD_API_BASE: standin.apiBase,
    DISCORD_APPLICATION_ID: standin.applicationId,
    CORPUS_DIR: path.join(PROJECT_ROOT, 'corpus'),
    DATA_DIR: dataDir,
    USE_MODEL: 'false',
  };
}

interface StartedBot {
  readonly standin: DiscordStandIn;
  readonly npm: ReturnType<typeof spawn>;
  readonly exited: Promise<number | null>;
  readonly stderr: () => string;
  /** What the bot logged, one message per JSON line. */
  readonly messages: () => string[];
}

/** `npm start` in `project` against a fresh stand-in, in its own process group (as a terminal's foreground job), once ready. */
async function startThroughNpm(project: string, dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<StartedBot> {
  const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: project,
    detached: true,
    env: { ...botEnv(standin, dataDir), HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  npm.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  const messages = () =>
    stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
  await standin.waitForReady(60_000);
  const deadline = Date.now() + 30_000;
  while (!stderr.includes('"msg":"Ready as ') && Date.now() < deadline) await sleep(50);
  return { standin, npm, exited, stderr: () => stderr, messages };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ctrl-C in a terminal: SIGINT to every process of the foreground group (npm and the bot; npm then passes it on). */
function pressCtrlC(group: ReturnType<typeof spawn>): number {
  process.kill(-group.pid!, 'SIGINT');
  return Date.now();
}

/** Resolves once the stand-in has received this interaction callback: the bot is waiting on its answer. */
async function callbackArrived(standin: DiscordStandIn): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!standin.requests.some((request) => /^\/interactions\/\d+\/[^/]+\/callback$/.test(request.path))) {
    if (Date.now() > deadline) throw new Error('the bot never answered the interaction');
    await sleep(20);
  }
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('the production start (compiled, runtime dependencies only)', { timeout: 180_000 }, () => {
  let project: string;

  beforeAll(async () => {
    project = await temporaryDir();
    const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(
      process.execPath,
      [tsc, '-p', path.join(PROJECT_ROOT, 'tsconfig.build.json'), '--outDir', path.join(project, 'dist')],
      {
        cwd: PROJECT_ROOT,
      },
    );
    // As `npm run build` does: the terminal entry points bundled over tsc's output.
    await run(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'bundle.mjs'), path.join(project, 'dist')]);
    await copyFile(path.join(PROJECT_ROOT, 'package.json'), path.join(project, 'package.json'));
    await mkdir(path.join(project, 'scripts'));
    await copyFile(path.join(PROJECT_ROOT, 'scripts', 'launch.mjs'), path.join(project, 'scripts', 'launch.mjs'));
    await mkdir(path.join(project, 'node_modules'));
    for (const name of await runtimePackages()) {
      const real = path.join(PROJECT_ROOT, 'node_modules', name);
      if (!(await exists(real))) continue; // optional packages for other platforms
      const link = path.join(project, 'node_modules', name);
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(real, link, 'dir');
    }
  }, 180_000);

  it('imports no development dependency from the compiled code', async () => {
    const manifest = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const bare = [...(await importedSpecifiers(path.join(project, 'dist')))].filter(
      (specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'),
    );
    expect(bare.length).toBeGreaterThan(3);
    const undeclared = [...new Set(bare.map(packageOf))].filter((name) => !(name in manifest.dependencies));
    expect(undeclared).toEqual([]);
  });

  it('the bundled ask builds a missing index (workers from dist/src) and answers as the unbundled code', async () => {
    const entry = await readFile(path.join(project, 'dist', 'scripts', 'ask.js'), 'utf8');
    expect(entry).not.toContain('../src/'); // a bundle, not tsc's one-line import
    // Enough profiles for the build to read facts on its worker thread (factsThread.ts starts it past 200).
    const corpus = await temporaryDir('corpus');
    for (let i = 1; i <= 230; i++) {
      const role = `Platform engineer at Example Ltd (2019 - 2023). Ran Terraform for team ${i}.`;
      const profile = `# Person Number${i}\n\n## Experience\n${role}\n\n## Skills\nTerraform, Go\n`;
      await writeFile(path.join(corpus, `p${i}.md`), profile);
    }
    const env = {
      PATH: process.env.PATH,
      CORPUS_DIR: corpus,
      DATA_DIR: await temporaryDir('data'),
      USE_MODEL: 'false',
      MODELS_DIR: path.join(project, 'no-models'),
    };
    const question = 'who knows terraform?';
    const bundled = await run(process.execPath, ['dist/scripts/ask.js', '--json', question], {
      cwd: project,
      env: { ...env, NODE_DEBUG: 'worker' },
    });
    expect(bundled.stderr).toMatch(/building it now/);
    expect(bundled.stderr).toContain(`${path.join(project, 'dist', 'src', 'index', 'build', 'factsWorker.js')}`);
    const answer = JSON.parse(bundled.stdout) as { citations: unknown[] };
    expect(answer.citations.length).toBeGreaterThan(0);
    const unbundled = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { runQuestions } = await import('./dist/src/cli/runQuestions.js');
         process.exitCode = await runQuestions('ask', ['--json', ${JSON.stringify(question)}]);`,
      ],
      { cwd: project, env },
    );
    expect(unbundled.stdout).toBe(bundled.stdout);
  });

  it('starts without tsx and stops at once with TOKEN_MISSING as one JSON log line when no token is set', async () => {
    expect(await exists(path.join(project, 'node_modules', 'tsx'))).toBe(false);
    const result = await run(process.execPath, ['dist/scripts/start.js'], {
      cwd: project,
      env: { PATH: process.env.PATH, DISCORD_TOKEN: '' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'error',
      code: 'TOKEN_MISSING',
      msg: expect.stringMatching(/^DISCORD_TOKEN is not set\. Copy \.env\.example to \.env/),
    });
  });

  it('exits 1 with one error line naming the portal switch when Discord refuses Message Content (4014)', async () => {
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 }); // the switch is off
    try {
      const result = await run(process.execPath, ['dist/scripts/start.js'], {
        cwd: project,
        env: { ...botEnv(standin, await temporaryDir('data')), MESSAGE_CONTENT_INTENT: 'true' },
        timeout: 60_000,
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(result.code).toBe(1);
      const records = result.stderr
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { level: string; msg: string; code?: string });
      expect(records.filter((record) => /gateway|intent/i.test(record.msg))).toHaveLength(1);
      const errors = records.filter((record) => record.level === 'error');
      expect(errors).toEqual([
        expect.objectContaining({
          code: 'DISCORD_INTENTS_DISALLOWED',
          msg: expect.stringContaining('Message Content Intent'),
        }),
      ]);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await standin.close();
    }
  });

  it('npm start says in one line to build first when dist/ is missing', async () => {
    const bare = await temporaryDir('bare');
    await copyFile(path.join(PROJECT_ROOT, 'package.json'), path.join(bare, 'package.json'));
    await mkdir(path.join(bare, 'scripts'));
    await copyFile(path.join(PROJECT_ROOT, 'scripts', 'launch.mjs'), path.join(bare, 'scripts', 'launch.mjs'));
    const result = await run(process.execPath, ['scripts/launch.mjs', 'start'], { cwd: bare }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result).toEqual({
      code: 1,
      stderr: 'dist/scripts/start.js is missing: run `npm run build` first (it compiles the bot to dist/).\n',
    });
  });

  it('npm start runs the bot as the process npm starts, and a SIGTERM to npm stops the bot cleanly', async () => {
    const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000 });
    const dataDir = await temporaryDir('data');
    const child = spawn('npm', ['start', '--silent'], {
      cwd: project,
      env: { ...botEnv(standin, dataDir), HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await standin.waitForReady(60_000);
      // Ready on the bot's side too (the stand-in is ready first): its ready line is out.
      const deadline = Date.now() + 30_000;
      while (!stderr.includes('"msg":"Ready as ') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      // The bot is the only child of npm, and it is node itself (the shell exec'd it).
      const children = (await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8'))
        .trim()
        .split(/\s+/)
        .map(Number);
      expect(children).toHaveLength(1);
      const bot = children[0]!;
      const argv = (await readFile(`/proc/${bot}/cmdline`, 'utf8')).split('\0').filter(Boolean);
      expect(argv).toEqual([expect.stringMatching(/node$/), 'scripts/launch.mjs', 'start']);

      const disconnected = standin.waitFor('disconnect', 15_000);
      child.kill('SIGTERM');
      await disconnected;
      await exited;
      expect(() => process.kill(bot, 0)).toThrow(); // no orphan left running
      const records = stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg: string });
      expect(records.map((record) => record.msg)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Ready as /),
          expect.stringMatching(/^SIGTERM received/),
          'Disconnected.',
        ]),
      );
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await standin.close();
    }
  });

  it('Ctrl-C on npm start lets the answer in flight arrive, closes the gateway cleanly and exits 0', async () => {
    const bot = await startThroughNpm(project, await temporaryDir('data'), { SHUTDOWN_GRACE_MS: '20000' });
    try {
      // Discord answers the bot's "thinking…" slowly: the answer is in flight when Ctrl-C comes.
      bot.standin.delayResponses(/^POST \/interactions\//, 2500);
      const asked = bot.standin.sendCommand('ask', { question: 'who knows terraform?' }, 'user-1');
      await callbackArrived(bot.standin);
      // One press reaches the bot twice: from the terminal (the process group) and from npm.
      const pressed = pressCtrlC(bot.npm);
      const outcome = await asked;
      expect(outcome.callbackTypes).toEqual([5]);
      expect((outcome.message?.embeds as { title?: string }[] | undefined)?.[0]?.title).toBe('who knows terraform?');
      const edit = bot.standin.requests.find(
        (request) => request.method === 'PATCH' && request.path.endsWith('/messages/@original'),
      );
      expect(edit!.at).toBeGreaterThan(pressed);
      expect(await bot.exited).toBe(0);
      expect(bot.standin.gatewayCloses).toEqual([1000]);
      const messages = bot.messages();
      expect(messages.filter((msg) => msg.startsWith('SIGINT received;'))).toHaveLength(1);
      expect(messages.at(-1)).toBe('Disconnected.');
    } finally {
      if (bot.npm.exitCode === null) process.kill(-bot.npm.pid!, 'SIGKILL');
      await bot.standin.close();
    }
  });

  it('a second Ctrl-C exits at once, without waiting for the answer in flight', async () => {
    const bot = await startThroughNpm(project, await temporaryDir('data'), { SHUTDOWN_GRACE_MS: '30000' });
    try {
      bot.standin.delayResponses(/^POST \/interactions\//, 20_000);
      const asked = bot.standin
        .sendCommand('ask', { question: 'who knows terraform?' }, 'user-1')
        .catch(() => undefined);
      await callbackArrived(bot.standin);
      pressCtrlC(bot.npm);
      // A person reads "Press Ctrl-C again" first; copies of the first press within 1 s are the same.
      await sleep(1500);
      const second = pressCtrlC(bot.npm);
      const code = await bot.exited;
      expect(Date.now() - second).toBeLessThan(2000);
      expect(code).toBe(130);
      expect(bot.messages()).toContain('SIGINT received again; exiting now, without waiting for answers in progress.');
      void asked;
      expect(bot.standin.requests.some((request) => request.method === 'PATCH')).toBe(false);
    } finally {
      if (bot.npm.exitCode === null) process.kill(-bot.npm.pid!, 'SIGKILL');
      await bot.standin.close();
    }
  });
});
