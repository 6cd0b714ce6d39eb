/**
 * Ctrl-C during `npm run embed`: the build stops, and its `.building-*` folder and its lock go
 * with it, instead of lying there until the next build; the installed index is untouched.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-embed-int-');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Synthetic profiles, many enough that a build lasts well beyond the moment it is interrupted. */
async function writeCorpus(dir: string, people: number, from = 0): Promise<void> {
  await mkdir(dir, { recursive: true });
  const skills = [
    'Terraform',
    'Kubernetes',
    'Rust',
    'PostgreSQL',
    'Kafka',
    'React',
    'Go',
    'Python',
    'Ansible',
    'Spark',
  ];
  for (let i = from; i < from + people; i++) {
    const lines = [`# Person ${i}`, '', '## Experience', ''];
    for (let job = 0; job < 30; job++) {
      lines.push(
        `- ${2000 + (job % 24)}: built ${skills[(i + job) % skills.length]} services for team ${job} of company ${i % 97}.`,
      );
    }
    await writeFile(path.join(dir, `person-${i}.md`), `${lines.join('\n')}\n`);
  }
}

function npmRunEmbed(corpusDir: string, dataDir: string) {
  const child = spawn('npm', ['run', '--silent', 'embed'], {
    cwd: PROJECT_ROOT,
    detached: true, // its own process group, as a terminal's foreground job
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CORPUS_DIR: corpusDir,
      DATA_DIR: dataDir,
      USE_MODEL: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close': stderr closed by every process of the job (npm may exit before the build it started does).
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? signal)),
  );
  return { child, exited, stderr: () => stderr };
}

describe('Ctrl-C during npm run embed', { timeout: 180_000 }, () => {
  it('removes the build folder and the lock before exiting, and keeps the installed index', async () => {
    const corpusDir = await temporaryDir('corpus');
    const dataDir = await temporaryDir('data');
    await writeCorpus(corpusDir, 20);
    const first = npmRunEmbed(corpusDir, dataDir);
    expect(await first.exited).toBe(0);
    const installed = await readlink(path.join(dataDir, 'index'));

    await writeCorpus(corpusDir, 3000, 20);
    const build = npmRunEmbed(corpusDir, dataDir);
    const deadline = Date.now() + 120_000;
    let during: string[] = [];
    while (Date.now() < deadline && build.child.exitCode === null) {
      during = await readdir(dataDir);
      if (during.some((name) => name.startsWith('.building-')) && during.includes('.embed.lock')) break;
      await sleep(10);
    }
    expect(during).toEqual(expect.arrayContaining(['.embed.lock', expect.stringMatching(/^\.building-\d+-/)]));
    process.kill(-build.child.pid!, 'SIGINT');
    const code = await build.exited;
    expect(code).toBe(130);
    expect(build.stderr()).toContain('SIGINT: index build stopped; the installed index is unchanged.');
    const left = await readdir(dataDir);
    expect(left.filter((name) => name.startsWith('.building-') || name.startsWith('.embed.lock'))).toEqual([]);
    expect(await readlink(path.join(dataDir, 'index'))).toBe(installed);
  });
});
