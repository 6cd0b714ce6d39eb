import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { embedCommand } from '../src/cli/embedCommand.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import type { Embedder, TokenCounter } from '../src/embedding/embedder.js';
import { openModel } from '../src/embedding/openModel.js';
import { LOCK_FILE, type LockOwner } from '../src/index/build/buildLock.js';
import { buildIndex, type BuildInputs } from '../src/index/build/buildIndex.js';
import { GenerationWriter } from '../src/index/store/generation/generationWriter.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { readInstalled, readInstalledCorpusReadAt } from '../src/index/store/generation/installed.js';
import { expectCode } from './support/expectCode.js';
import { temporaryDirs } from './support/temporaryDirs.js';

/**
 * The real node:fs/promises, with one hook every call passes through first: a test sets `faults.next`
 * to make one operation fail the way a full disk or a read-only mount makes it fail, and the real
 * index code meets the fault on its real path.
 */
type Fault = (operation: string, target: string, args: unknown[]) => Promise<unknown> | undefined;
const faults = vi.hoisted(() => ({ next: undefined as undefined | Fault }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const wrapped: Record<string, unknown> = { ...real };
  for (const name of ['mkdir', 'writeFile', 'readdir', 'readFile', 'link', 'rename', 'symlink', 'realpath'] as const) {
    const original = real[name] as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = (...args: unknown[]) => faults.next?.(name, String(args[0]), args) ?? original(...args);
  }
  return { ...wrapped, default: wrapped };
});

afterEach(() => {
  faults.next = undefined;
});

function systemError(code: string, syscall: string, target: string): Error {
  const text: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EIO: 'i/o error',
  };
  return Object.assign(new Error(`${code}: ${text[code] ?? code}, ${syscall} '${target}'`), {
    code,
    syscall,
    path: target,
    errno: -1,
  });
}

const temporaryDir = temporaryDirs('whoknows-faults-test-');

/** Invented profiles: faults are about files, not about what the profiles say. */
const PROFILES: Record<string, string> = {
  'ada.md': '# Ada Lovelace\n\n## Skills\n\n- Analytical engines\n- Terraform and AWS\n',
  'grace.md': '# Grace Hopper\n\n## Experience\n\nBuilt the first compiler and ran COBOL teams.\n',
  'linus.md': '# Linus Example\n\n## Skills\n\n- Kernel development\n- Git\n',
};

interface Project {
  readonly root: string;
  readonly config: Config;
  corpusFile(name: string): string;
}

async function newProject(env: Record<string, string> = {}): Promise<Project> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (const [name, text] of Object.entries(PROFILES)) await writeFile(path.join(root, 'corpus', name), text);
  const config = loadConfig({
    WHOKNOWS_ROOT: root,
    CORPUS_DIR: 'corpus',
    DATA_DIR: 'data',
    USE_MODEL: 'false',
    ...env,
  });
  return { root, config, corpusFile: (name) => path.join(root, 'corpus', name) };
}

let tokens: { count: TokenCounter; maxTokens: number; exact: boolean };
let realWriteFile: typeof writeFile;
beforeAll(async () => {
  realWriteFile = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).writeFile;
  tokens = (await openModel(loadConfig({ WHOKNOWS_ROOT: PROJECT_ROOT, USE_MODEL: 'false' }))).tokens;
});

const build = (project: Project, options: Partial<BuildInputs> = {}) =>
  buildIndex(project.config, { embedder: null, tokens, ...options });

async function buildingFolders(config: Config): Promise<string[]> {
  return (await readdir(config.dataDir)).filter((name) => name.startsWith('.building-'));
}

async function indexedText(config: Config): Promise<string> {
  return (await loadIndex(config.dataDir))
    .passages()
    .map((passage) => passage.text)
    .join('\n');
}

/** A process id that no longer runs: a child that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

/** A process that runs until killed, standing in for another `npm run embed`. */
function livingProcess(): { pid: number; stop(): void } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill() };
}

async function writeLock(config: Config, owner: Partial<LockOwner>): Promise<void> {
  await mkdir(config.dataDir, { recursive: true });
  const full: LockOwner = {
    pid: 1,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    nonce: 'other-build',
    ...owner,
  };
  await writeFile(path.join(config.dataDir, LOCK_FILE), JSON.stringify(full));
}

/** Said on every lexical-only run; not part of what a test looks at. */
const NO_MODEL = /^warn: no embedding model/;

/** What `npm run embed` prints, run in this process so the injected faults apply: exit code and stderr lines. */
async function runEmbed(project: Project): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((line) => line !== '' && !NO_MODEL.test(line)),
    );
    return true;
  });
  const saved = { ...process.env };
  Object.assign(process.env, {
    WHOKNOWS_ROOT: project.root,
    CORPUS_DIR: 'corpus',
    DATA_DIR: 'data',
    USE_MODEL: 'false',
    LOG_LEVEL: 'info',
  });
  try {
    return { code: await embedCommand([]), lines };
  } finally {
    process.env = saved;
    write.mockRestore();
  }
}

describe('a data folder that cannot hold an index', () => {
  it('names DATA_DIR when it is a file, and says to move it or point elsewhere', async () => {
    const project = await newProject();
    await writeFile(project.config.dataDir, 'not a folder');
    await expectCode(build(project), 'DATA_DIR_NOT_A_FOLDER', project.config.dataDir, 'set DATA_DIR');
    // ask builds a missing index itself, and meets the same fault the same way.
    await expectCode(openAnswerer(project.config, { warn: () => {} }), 'DATA_DIR_NOT_A_FOLDER', project.config.dataDir);
  });

  it('names DATA_DIR when a file stands where one of its parent folders should be', async () => {
    const root = await temporaryDir();
    await writeFile(path.join(root, 'blocker'), '');
    const project = await newProject({ DATA_DIR: path.join(root, 'blocker', 'data') });
    await expectCode(build(project), 'DATA_DIR_NOT_A_FOLDER', project.config.dataDir);
  });

  it.each([
    ['EROFS', 'read-only file system'],
    ['EACCES', 'permission denied'],
  ])('names a data folder it may not write (%s) and says to make it writable or set DATA_DIR', async (code, reason) => {
    const project = await newProject();
    faults.next = (operation, target) =>
      ['mkdir', 'writeFile', 'link'].includes(operation) && target.startsWith(project.config.dataDir)
        ? Promise.reject(systemError(code, operation, target))
        : undefined;
    await expectCode(build(project), 'DATA_DIR_NOT_WRITABLE', project.config.dataDir, reason, 'set DATA_DIR');
  });

  it('names a read-only data folder even when making it reports ENOENT, as a recursive mkdir there does', async () => {
    const project = await newProject({ DATA_DIR: 'data/nested' });
    faults.next = (operation, target, args) => {
      if (operation !== 'mkdir' || !target.startsWith(path.join(project.root, 'data'))) return undefined;
      const recursive = (args[1] as { recursive?: boolean } | undefined)?.recursive;
      return Promise.reject(systemError(recursive ? 'ENOENT' : 'EROFS', 'mkdir', target));
    };
    await expectCode(build(project), 'DATA_DIR_NOT_WRITABLE', project.config.dataDir, 'read-only file system');
  });

  it('prints the fault as one line from `npm run embed`, exit code 1, no stack', async () => {
    const project = await newProject();
    faults.next = (operation, target) =>
      operation === 'mkdir' && target.startsWith(project.config.dataDir)
        ? Promise.reject(systemError('EROFS', 'mkdir', target))
        : undefined;
    const { code, lines } = await runEmbed(project);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `error: Cannot write to the data folder ${project.config.dataDir} (read-only file system). Make it writable by this user, or set DATA_DIR to a folder that is.`,
    ]);
  });
});

describe('a full disk during a build', () => {
  /** Writes the start of a new segment for real, then fails as a full disk does. */
  function diskFullOnSegment(config: Config): Fault {
    return (operation, target, args) => {
      if (operation !== 'writeFile' || !target.startsWith(config.dataDir) || !target.endsWith('.seg')) return undefined;
      const [first] = args[1] as Buffer[];
      return realWriteFile(target, first!.subarray(0, 1000)).then(() =>
        Promise.reject(systemError('ENOSPC', 'write', target)),
      );
    };
  }

  it('says the disk is full in one line, keeps the previous index serving, and leaves no half-written folder', async () => {
    const project = await newProject();
    await build(project);
    const before = await readlink(path.join(project.config.dataDir, 'index'));
    await writeFile(project.corpusFile('ada.md'), '# Ada Lovelace\n\n## Skills\n\n- Difference engines\n');

    faults.next = diskFullOnSegment(project.config);
    await expectCode(build(project), 'DISK_FULL', project.config.dataDir, 'Free some space');

    expect(await buildingFolders(project.config)).toEqual([]);
    expect(await readlink(path.join(project.config.dataDir, 'index'))).toBe(before);
    expect(await indexedText(project.config)).toContain('Analytical engines');
  });

  it('succeeds on the next `npm run embed` once space is free', async () => {
    const project = await newProject();
    await build(project);
    await writeFile(project.corpusFile('ada.md'), '# Ada Lovelace\n\n## Skills\n\n- Difference engines\n');
    faults.next = diskFullOnSegment(project.config);
    const failed = await runEmbed(project);
    expect(failed.code).toBe(1);
    expect(failed.lines).toEqual([
      expect.stringMatching(
        /^error: The disk holding .* is full; nothing was changed \(any previous index stays in use\)\. Free some space/,
      ),
    ]);

    faults.next = undefined;
    const next = await runEmbed(project);
    expect(next.code).toBe(0);
    expect(next.lines.at(-1)).toMatch(/^Indexed 3 documents/);
    expect(await indexedText(project.config)).toContain('Difference engines');
  });
});

describe('any other fault on the way', () => {
  it('reaches the user of `npm run embed` as one named line, not a stack trace', async () => {
    const project = await newProject();
    faults.next = (operation, target) =>
      operation === 'readdir' && target === project.config.corpusDir
        ? Promise.reject(systemError('EIO', 'scandir', target))
        : undefined;
    const { code, lines } = await runEmbed(project);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `error: Unexpected error: EIO: i/o error, scandir '${project.config.corpusDir}'. Run again with LOG_LEVEL=debug to see where it happened.`,
    ]);
  });

  it('names a file it was refused as FILE_ACCESS_DENIED', async () => {
    const project = await newProject();
    faults.next = (operation, target) =>
      operation === 'readdir' && target === project.config.corpusDir
        ? Promise.reject(systemError('EACCES', 'scandir', target))
        : undefined;
    const { lines } = await runEmbed(project);
    expect(lines).toEqual([
      `error: Permission denied for ${project.config.corpusDir} (permission denied). Give this user access to it, or point the setting that names it elsewhere.`,
    ]);
  });
});

/** Each damage leaves valid JSON with a wrong type in it, as a hand edit or a bad tool would. */
const WRONG_TYPES: { what: string; damage: (json: any) => void; named: string }[] = [
  { what: 'a document null', damage: (h) => (h.documents[1] = null), named: 'documents[1] is null' },
  {
    what: 'a passage count that is a string',
    damage: (h) => (h.documents[0].passageCount = '3'),
    named: 'documents[0].passageCount is a string',
  },
  {
    what: 'a source that is a number',
    damage: (h) => (h.documents[0].source = 42),
    named: 'documents[0].source is the number 42, not a string',
  },
  {
    what: 'a person name that is an object',
    damage: (h) => (h.documents[0].person.name = { name: 'Ada' }),
    named: 'documents[0].person.name is an object, not a string',
  },
  {
    what: "a document's person name that is empty",
    damage: (h) => (h.documents[0].person.name = ''),
    named: 'documents[0].person.name is an empty string',
  },
  {
    what: 'a placement outside its segment',
    damage: (h) => (h.placement[0] = [0, 999]),
    named: 'placement[0] is outside its segment',
  },
  {
    what: 'a text file name leading out of the index',
    damage: (h) => (h.documents[0].textName = '../../x.txt'),
    named: 'documents[0].textName is a string, not a relative file name',
  },
  {
    what: 'a segment file name leading out of its folder',
    damage: (h) => (h.segments[0].file = '../../x.seg'),
    named: 'segments[0].file is a string, not a segment file name',
  },
  { what: 'segments as a string', damage: (h) => (h.segments = 'all'), named: 'segments is a string, not a list' },
];

describe('an index whose files parse but hold wrong types', () => {
  async function damaged(damage: (json: any) => void): Promise<Project> {
    const project = await newProject();
    await build(project);
    const target = path.join(project.config.dataDir, 'index', 'index.json');
    const json = JSON.parse(await readFile(target, 'utf8'));
    damage(json);
    await writeFile(target, JSON.stringify(json));
    return project;
  }

  it.each(WRONG_TYPES)('refuses $what as INDEX_CORRUPT, naming the place', async ({ damage, named }) => {
    const project = await damaged(damage);
    await expectCode(
      loadIndex(project.config.dataDir),
      'INDEX_CORRUPT',
      path.join(project.config.dataDir, 'index'),
      `index.json: ${named}`,
      '`npm run embed',
    );
  });

  it.each(WRONG_TYPES)('is rebuilt by a plain `npm run embed` when it holds $what', async ({ damage }) => {
    const project = await damaged(damage);
    const report = await build(project);
    expect(report).toMatchObject({ written: true, added: 3, unchanged: 0 });
    expect(report.fullRebuildReason).toMatch(/^the previous index is unusable/);
    expect(
      (await loadIndex(project.config.dataDir)).passages().every((passage) => typeof passage.text === 'string'),
    ).toBe(true);
  });

  it('has a plain `npm run embed` refuse a builds.json whose file stamp is of the wrong type, and rebuild', async () => {
    const project = await newProject();
    await build(project);
    const dir = path.join(project.config.dataDir, 'index');
    const header = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
    const builds = JSON.parse(await readFile(path.join(dir, 'builds.json'), 'utf8'));
    builds.stamp[0] = [1, 5, '5', '7'];
    // Written with a checksum that holds, as a faulty writer would.
    const bytes = Buffer.from(JSON.stringify(builds));
    await writeFile(path.join(dir, 'builds.json'), bytes);
    header.builds = { bytes: bytes.length, crc32: crc32(bytes) };
    await writeFile(path.join(dir, 'index.json'), JSON.stringify(header));
    // Questions never read it.
    expect((await loadIndex(project.config.dataDir)).documents).toHaveLength(3);
    const report = await build(project);
    expect(report).toMatchObject({ written: true, added: 3, unchanged: 0 });
    expect(report.fullRebuildReason).toMatch(/builds\.json: stamp\[0\] is a list, not a stamp or null/);
  });

  it('answers `npm run ask` on such an index with one INDEX_CORRUPT line, never "[object Object]"', async () => {
    const project = await damaged((h) => {
      for (const doc of h.documents) doc.person.name = { name: 'Ada' };
    });
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const env = {
      ...process.env,
      WHOKNOWS_ROOT: project.root,
      CORPUS_DIR: 'corpus',
      DATA_DIR: 'data',
      USE_MODEL: 'false',
      LOG_LEVEL: 'info',
    };
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(tsx, ['scripts/ask.ts', 'who knows terraform?'], {
        cwd: PROJECT_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('[object Object]');
    expect(
      run.stderr
        .trimEnd()
        .split('\n')
        .filter((line) => !NO_MODEL.test(line)),
    ).toEqual([
      expect.stringMatching(
        /^error: The index at .* is unreadable \(index\.json: documents\[0\]\.person\.name is an object/,
      ),
    ]);
  }, 120_000);
});

/** A small deterministic embedder whose batches wait for `release()`: a build that takes as long as a test needs. */
function gatedEmbedder(): { embedder: Embedder; started: Promise<void>; release(): void } {
  let release!: () => void;
  let markStarted!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const embedder: Embedder = {
    modelId: 'test/hashed-words',
    dimension: 8,
    maxTokens: 256,
    countTokens: (text) => text.split(/\s+/).length + 2,
    async embed(texts) {
      markStarted();
      await gate;
      return texts.map((text) => {
        const digest = createHash('sha256').update(text).digest();
        const vector = Float32Array.from({ length: 8 }, (_, i) => digest[i]! - 128);
        const norm = Math.hypot(...vector) || 1;
        return vector.map((value) => value / norm);
      });
    },
  };
  return { embedder, started, release };
}

describe('two builds at once', () => {
  it('runs them one after the other, so the build that read the corpus last is the one installed', async () => {
    const project = await newProject();
    const slow = gatedEmbedder();
    const first = buildIndex(project.config, { embedder: slow.embedder, tokens });
    await slow.started;

    // While the first build embeds, a profile is deleted and `npm run embed` runs again.
    await rm(project.corpusFile('grace.md'));
    const waited: LockOwner[] = [];
    const fast = gatedEmbedder();
    fast.release();
    const second = buildIndex(project.config, {
      embedder: fast.embedder,
      tokens,
      lock: { onWait: (owner) => waited.push(owner) },
    });
    await vi.waitFor(() => expect(waited).toHaveLength(1));
    expect(waited[0]!.pid).toBe(process.pid);

    slow.release();
    const [firstReport, secondReport] = await Promise.all([first, second]);
    expect(firstReport).toMatchObject({ documents: 3, written: true });
    expect(secondReport).toMatchObject({ documents: 2, removed: 1, unchanged: 2, written: true });
    const index = await loadIndex(project.config.dataDir);
    expect(index.documents.map((doc) => doc.source)).toEqual(['corpus/ada.md', 'corpus/linus.md']);
    expect(existsSync(path.join(project.config.dataDir, LOCK_FILE))).toBe(false);
  });

  it('waits for another running build, says so once, and gives up after the bound with INDEX_BUSY naming its pid', async () => {
    const project = await newProject();
    const other = livingProcess();
    try {
      await writeLock(project.config, { pid: other.pid });
      const told: string[] = [];
      const { message } = await expectCode(
        build(project, { warn: (line) => told.push(line), lock: { waitMs: 300, pollMs: 50 } }),
        'INDEX_BUSY',
        `pid ${other.pid}`,
        LOCK_FILE,
        '`npm run embed`',
      );
      expect(message).toContain('0 s');
      expect(told).toEqual([`another index build (pid ${other.pid}) is running; waiting up to 0 s for it to finish…`]);
      expect(existsSync(path.join(project.config.dataDir, 'index'))).toBe(false);
    } finally {
      other.stop();
    }
  });

  it('takes over a lock left by a build that no longer runs, at once', async () => {
    const project = await newProject();
    await writeLock(project.config, { pid: await deadPid() });
    const told: string[] = [];
    const report = await build(project, { warn: (line) => told.push(line), lock: { waitMs: 0 } });
    expect(report).toMatchObject({ documents: 3, written: true });
    expect(told).toEqual([]);
    expect(existsSync(path.join(project.config.dataDir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock file nobody can read (written by hand, or cut short)', async () => {
    const project = await newProject();
    await mkdir(project.config.dataDir, { recursive: true });
    await writeFile(path.join(project.config.dataDir, LOCK_FILE), '{"pid": 12');
    expect(await build(project, { lock: { waitMs: 0 } })).toMatchObject({ written: true });
  });

  it('never installs a build whose corpus was read before the installed one was', async () => {
    const project = await newProject();
    await build(project);
    const { header } = await readInstalled(project.config.dataDir);
    const current = await readlink(path.join(project.config.dataDir, 'index'));
    // A build that ran without the lock (a lock removed by hand) and read the corpus earlier.
    const older = { ...header, corpusReadAt: header.corpusReadAt! - 1000, documents: [], placement: [] };
    const writer = await GenerationWriter.begin(project.config.dataDir);
    const result = await writer.finish(older, null);
    expect(result.installed).toBe(false);
    expect(await readlink(path.join(project.config.dataDir, 'index'))).toBe(current);
    expect(await buildingFolders(project.config)).toEqual([]);
    expect((await loadIndex(project.config.dataDir)).documents).toHaveLength(3);
  });
  it('reads when the installed build read its corpus from the header’s start, and from the whole header when it is elsewhere', async () => {
    const project = await newProject();
    await build(project);
    const { header } = await readInstalled(project.config.dataDir);
    expect(await readInstalledCorpusReadAt(project.config.dataDir)).toBe(header.corpusReadAt);
    // Written by hand (or another version) with the field last: the quick read misses it, the full one does not.
    const { corpusReadAt, ...rest } = header;
    await writeFile(
      path.join(project.config.dataDir, 'index', 'index.json'),
      JSON.stringify({ ...rest, corpusReadAt: corpusReadAt! + 7 }),
    );
    expect(await readInstalledCorpusReadAt(project.config.dataDir)).toBe(corpusReadAt! + 7);
  });
});

describe('leftovers of killed builds', () => {
  it('removes a `.building-*` folder as soon as its pid is gone, and keeps one whose build still runs', async () => {
    const project = await newProject();
    await build(project);
    const other = livingProcess();
    try {
      const killed = path.join(project.config.dataDir, `.building-${await deadPid()}-lq2x-0a1b2c`);
      const running = path.join(project.config.dataDir, `.building-${other.pid}-lq2x-3d4e5f`);
      for (const folder of [killed, running]) {
        await mkdir(folder);
        await writeFile(path.join(folder, 'lexical.json'), '{"entr');
      }
      // Nothing changed: the build only checks, and still clears what the killed build left.
      const report = await build(project);
      expect(report.written).toBe(false);
      expect(await buildingFolders(project.config)).toEqual([path.basename(running)]);
    } finally {
      other.stop();
    }
  });
});
