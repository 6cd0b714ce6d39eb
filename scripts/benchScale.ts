/**
 * `npm run bench -- --profiles N [--model lexical|standin|minilm-cost] [--corpus DIR] [--skip-edits]`:
 * the scale benchmark. Generates N synthetic profiles with `../shared/bench/gen_corpus.mjs` into a
 * temporary folder (never the repository; `--corpus DIR` keeps and reuses one, building its index
 * only when DIR/data has none) and measures, each phase in its own fresh process, nothing pinned:
 *   full build (wall, CPU, peak RSS) · index size on disk against the corpus's text · process start
 *   to first answer, three times · every generated question and every skill the profiles list
 *   (one- and two-letter ones included) asked once each with no pause: p50/p95/p99/max, who-knows
 *   by class (short, common, other) · whole-process CLI time (`npm run ask`, `node dist/scripts/ask.js`)
 *   · 50 distinct questions at once in a worker thread · HNSW recall@10 (with a model) ·
 *   `embed` with nothing changed, after editing one profile, adding one, removing one.
 * Every figure is printed beside the 1-minute load average it was measured at.
 * `--model minilm-cost` builds an ONNX model with all-MiniLM-L6-v2's architecture and random weights
 * (`../shared/bench/make_minilm_shape.py`): a COST stand-in, whose vectors mean nothing. `--model
 * standin` uses the test suite's bag-of-word-pieces stand-in, whose vectors are what recall is judged on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  appendFile,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { buildStandinModel, removeStandinModels } from './synthetic/standinModel.js';

export interface ScaleOptions {
  readonly profiles: number;
  readonly model: 'lexical' | 'standin' | 'minilm-cost';
  readonly json: boolean;
  /** A folder to generate into (or reuse) instead of a temporary one. */
  readonly corpus?: string;
  readonly skipEdits?: boolean;
}

const BENCH_DIR = path.resolve(PROJECT_ROOT, process.env.WHOKNOWS_BENCH_DIR ?? '../shared/bench');
const MINILM_COST_NAME = 'bench/minilm-cost-standin';

/**
 * Runs a phase script in a fresh process: benchQuestions.ts (what users wait for: first answer,
 * asks, skills) through scripts/run.mjs, compiled as the CLI and the bot run when dist/ is up to
 * date (tsx's own start-up was most of a first answer through it), the others through tsx.
 */
function runPhase(env: NodeJS.ProcessEnv, args: string[], file = 'benchScalePhase.ts'): Record<string, unknown> {
  const script = path.join(PROJECT_ROOT, 'scripts', file);
  const command =
    file === 'benchQuestions.ts'
      ? [path.join(PROJECT_ROOT, 'scripts', 'run.mjs'), 'benchQuestions', ...args]
      : [...process.execArgv, script, ...args];
  const result = spawnSync(process.execPath, command, {
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  const last = result.stdout.trim().split('\n').at(-1);
  if (result.status !== 0 || !last)
    throw new Error(`bench phase ${args.join(' ')} failed (exit ${result.status}, signal ${result.signal})`);
  return JSON.parse(last) as Record<string, unknown>;
}

async function modelEnv(model: ScaleOptions['model'], work: string): Promise<NodeJS.ProcessEnv | string> {
  if (model === 'lexical') return { USE_MODEL: 'false' };
  if (model === 'standin') {
    const standin = await buildStandinModel();
    return { MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName };
  }
  const maker = path.join(BENCH_DIR, 'make_minilm_shape.py');
  if (!existsSync(maker)) return `${maker} is missing`;
  const modelsDir = path.join(work, 'models');
  const made = spawnSync('/usr/bin/python3', [maker, path.join(modelsDir, MINILM_COST_NAME)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (made.status !== 0) return 'make_minilm_shape.py failed (it needs: apt-get install -y python3-onnx python3-numpy)';
  return { MODELS_DIR: modelsDir, MODEL_NAME: MINILM_COST_NAME };
}

async function firstProfile(corpusDir: string): Promise<string> {
  const folder = path.join(corpusDir, (await readdir(corpusDir)).sort()[0]!);
  return path.join(folder, (await readdir(folder)).sort()[0]!);
}

const load1 = () => Number(os.loadavg()[0]!.toFixed(2));

/**
 * Every skill the profiles list under their skills heading ("Languages: Go, R"), read from enough
 * profiles that no new one turns up, most named first: the generator's whole vocabulary, short
 * skills included, where skills.txt holds a sample.
 */
async function listedSkills(corpusDir: string, sample: readonly string[]): Promise<string[]> {
  const counts = new Map<string, number>(sample.map((skill) => [skill, 0]));
  const folders = (await readdir(corpusDir)).sort();
  let read = 0;
  for (const folder of folders) {
    for (const name of (await readdir(path.join(corpusDir, folder))).sort()) {
      const text = await readFile(path.join(corpusDir, folder, name), 'utf8');
      const skills = text.split(/^(?:## )?skills$/im)[1]?.split(/\n\s*\n/)[0] ?? '';
      for (const line of skills.split('\n')) {
        const listed = /^(?:[-*] )?(?:\*\*)?[^:*]{2,24}:(?:\*\*)? (.+)$/.exec(line.trim())?.[1];
        for (const skill of listed?.split(', ') ?? []) counts.set(skill.trim(), (counts.get(skill.trim()) ?? 0) + 1);
      }
      if (++read >= 2000) break;
    }
    if (read >= 2000) break;
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([skill]) => skill);
}

async function filesBytes(dir: string, seen = new Set<number>()): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await filesBytes(file, seen);
    else if (entry.isFile()) {
      const info = await stat(file);
      // A generation keeps the previous one's unchanged files as hard links: count each file once.
      if (seen.has(info.ino)) continue;
      seen.add(info.ino);
      total += info.size;
    }
  }
  return total;
}

/** Wall time of a whole command, from spawning it to its exit, and whether it answered. */
function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const loadAtStart = load1();
  const started = performance.now();
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Math.round(performance.now() - started);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.slice(0, 400)}`);
  return { ms, load1: loadAtStart };
}

/** Generates the corpus into `work` unless one is there already; undefined when the generator is missing. */
function generate(work: string, profiles: number): boolean {
  if (existsSync(path.join(work, 'corpus')) && existsSync(path.join(work, 'asks.txt'))) return true;
  const generator = path.join(BENCH_DIR, 'gen_corpus.mjs');
  if (!existsSync(generator)) return false;
  const generated = spawnSync(process.execPath, [generator, work, String(profiles)], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`gen_corpus.mjs failed: ${generated.stderr}`);
  return true;
}

export async function benchScale(options: ScaleOptions): Promise<void> {
  const work = options.corpus ? path.resolve(options.corpus) : await mkdtemp(path.join(os.tmpdir(), 'whoknows-scale-'));
  try {
    if (!generate(work, options.profiles)) {
      console.log(
        `scale benchmark skipped: gen_corpus.mjs not found in ${BENCH_DIR} (set WHOKNOWS_BENCH_DIR to the folder holding it).`,
      );
      return;
    }
    const model = await modelEnv(options.model, work);
    if (typeof model === 'string') {
      console.log(`scale benchmark skipped: ${model}.`);
      return;
    }
    const corpusDir = path.join(work, 'corpus');
    const dataDir = path.join(work, 'data');
    const env = { ...model, CORPUS_DIR: corpusDir, DATA_DIR: dataDir };
    const asks = (await readFile(path.join(work, 'asks.txt'), 'utf8')).split('\n').filter(Boolean);
    const sample = (await readFile(path.join(work, 'skills.txt'), 'utf8')).split('\n').filter(Boolean);
    const skills = await listedSkills(corpusDir, sample);
    const questionsFile = path.join(work, 'questions.tsv');
    await writeFile(questionsFile, [...asks.map((q) => `ask\t${q}`), ...skills.map((s) => `skill\t${s}`)].join('\n'));

    const results: Record<string, unknown> = {
      profiles: options.profiles,
      model: options.model,
      cores: os.availableParallelism(),
    };
    const record = (name: string, value: unknown, started: number) => {
      results[name] = value;
      if (!options.json)
        console.log(`${name} (${((performance.now() - started) / 1000).toFixed(1)} s): ${JSON.stringify(value)}`);
    };
    const step = (name: string, args: string[], file?: string) => {
      const started = performance.now();
      const loadAtStart = load1();
      const value = runPhase(env, args, file);
      record(name, { ...value, wallMs: Math.round(performance.now() - started), load1AtSpawn: loadAtStart }, started);
    };
    if (!existsSync(path.join(dataDir, 'index'))) step('fullBuild', ['build', '--full']);
    // A kept index may be from older code (an older format, profiles read by older rules): the plain
    // build `npm run embed` runs brings it up to date, and costs a few seconds when nothing changed.
    else step('refreshBuild', ['build']);
    let started = performance.now();
    record(
      'size',
      {
        indexBytes: await filesBytes(await realpath(path.join(dataDir, 'index'))),
        corpusBytes: await filesBytes(corpusDir),
      },
      started,
    );
    // A fresh process each time, on questions the measured sets below do not hold.
    for (const [i, question] of [
      'who has worked on payments?',
      'who knows kubernetes and terraform?',
      'who has mentored junior developers?',
    ].entries()) {
      step(`firstAnswer${i + 1}`, ['first', question], 'benchQuestions.ts');
    }
    step('asks', ['asks', questionsFile], 'benchQuestions.ts');
    step('skills', ['skills', questionsFile], 'benchQuestions.ts');
    started = performance.now();
    const cli: Record<string, unknown> = {};
    const compiled = path.join(PROJECT_ROOT, 'dist', 'scripts', 'ask.js');
    for (const [i, question] of [
      'who has run a CDN?',
      'who has worked with Kafka?',
      'who has built a data pipeline?',
    ].entries()) {
      cli[`npm run ask #${i + 1}`] = timeCommand('npm', ['run', '--silent', 'ask', '--', question], env);
      if (existsSync(compiled))
        cli[`node dist/scripts/ask.js #${i + 1}`] = timeCommand(process.execPath, [compiled, question], env);
    }
    if (!existsSync(compiled))
      cli.compiled = 'dist/scripts/ask.js is missing: run `npm run build` to time the compiled CLI';
    record('cli', cli, started);
    step('burstInWorker', ['burst', questionsFile]);
    if (options.model !== 'lexical') step('recall', ['recall', questionsFile]);
    if (options.model !== 'lexical') step('throughput', ['throughput', '512']);
    if (!options.skipEdits) await editPhases(corpusDir, step);
    if (options.json) console.log(JSON.stringify(results));
  } finally {
    await removeStandinModels();
    if (!options.corpus) await rm(work, { recursive: true, force: true });
  }
}

/** `embed` with nothing changed, then after editing one profile, adding one and removing it. */
async function editPhases(corpusDir: string, step: (name: string, args: string[]) => void): Promise<void> {
  step('embedNothingChanged', ['build']);
  const edited = await firstProfile(corpusDir);
  const before = await readFile(edited);
  await appendFile(edited, '\n- Led the migration of the billing service to Zig and Rust.\n');
  step('embedAfterEditingOne', ['build']);
  const addedDir = path.join(corpusDir, 'zz-added');
  await mkdir(addedDir, { recursive: true });
  const added = path.join(addedDir, `p999999_added-person${path.extname(edited)}`);
  await copyFile(edited, added);
  step('embedAfterAddingOne', ['build']);
  await rm(addedDir, { recursive: true, force: true });
  step('embedAfterRemovingOne', ['build']);
  // Put back, so a reused --corpus asks the same questions of the same profiles next time (its next run updates the index).
  await writeFile(edited, before);
}
