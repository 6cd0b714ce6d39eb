/**
 * `npm run bench -- --profiles N [--model lexical|standin|minilm-cost] [--questions Q]`: the scale
 * benchmark. Generates N synthetic profiles with `../shared/bench/gen_corpus.mjs` into a temporary
 * folder (never the repository) and measures, each phase in its own process:
 *   full build (wall, CPU, peak RSS) · load to first answer, RSS after load · warm ask / who-knows
 *   p50/p95 · load to a first who-knows (CPU, RSS) · event-loop delay while 50 questions arrive at once, answered in the same thread and
 *   in a worker thread as the bot does · HNSW recall@10 against exact cosine ·
 *   `embed` with nothing changed · `embed` after editing one profile, adding one, removing one.
 * `--model minilm-cost` builds an ONNX model with all-MiniLM-L6-v2's architecture and random weights
 * (`../shared/bench/make_minilm_shape.py`): a COST stand-in, whose vectors mean nothing. `--model
 * standin` uses the test suite's bag-of-word-pieces stand-in, whose vectors are what recall is judged on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { buildStandinModel, removeStandinModels } from './synthetic/standinModel.js';

export interface ScaleOptions {
  readonly profiles: number;
  readonly model: 'lexical' | 'standin' | 'minilm-cost';
  readonly questions: number;
  readonly json: boolean;
}

const BENCH_DIR = path.resolve(PROJECT_ROOT, process.env.WHOKNOWS_BENCH_DIR ?? '../shared/bench');
const MINILM_COST_NAME = 'bench/minilm-cost-standin';

function runPhase(env: NodeJS.ProcessEnv, args: string[]): Record<string, unknown> {
  const script = path.join(PROJECT_ROOT, 'scripts', 'benchScalePhase.ts');
  const result = spawnSync(process.execPath, [...process.execArgv, script, ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  const last = result.stdout.trim().split('\n').at(-1);
  if (result.status !== 0 || !last) throw new Error(`bench phase ${args.join(' ')} failed (exit ${result.status}, signal ${result.signal})`);
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
  const made = spawnSync('/usr/bin/python3', [maker, path.join(modelsDir, MINILM_COST_NAME)], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (made.status !== 0) return 'make_minilm_shape.py failed (it needs: apt-get install -y python3-onnx python3-numpy)';
  return { MODELS_DIR: modelsDir, MODEL_NAME: MINILM_COST_NAME };
}

async function firstProfile(corpusDir: string): Promise<string> {
  const folder = path.join(corpusDir, (await readdir(corpusDir)).sort()[0]!);
  return path.join(folder, (await readdir(folder)).sort()[0]!);
}

export async function benchScale(options: ScaleOptions): Promise<void> {
  const generator = path.join(BENCH_DIR, 'gen_corpus.mjs');
  if (!existsSync(generator)) {
    console.log(`scale benchmark skipped: ${generator} not found (set WHOKNOWS_BENCH_DIR to the folder holding gen_corpus.mjs).`);
    return;
  }
  const work = await mkdtemp(path.join(os.tmpdir(), 'whoknows-scale-'));
  try {
    const generated = spawnSync(process.execPath, [generator, work, String(options.profiles)], { encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(`gen_corpus.mjs failed: ${generated.stderr}`);
    const model = await modelEnv(options.model, work);
    if (typeof model === 'string') {
      console.log(`scale benchmark skipped: ${model}.`);
      return;
    }
    const corpusDir = path.join(work, 'corpus');
    const env = { ...model, CORPUS_DIR: corpusDir, DATA_DIR: path.join(work, 'data') };
    // Twice the questions measured: the other half warms the index up (see timeEach in benchScalePhase.ts).
    const asks = (await readFile(path.join(work, 'asks.txt'), 'utf8')).split('\n').filter(Boolean).slice(0, 2 * options.questions);
    const skills = (await readFile(path.join(work, 'skills.txt'), 'utf8')).split('\n').filter(Boolean).slice(0, 2 * options.questions);
    const questionsFile = path.join(work, 'questions.tsv');
    await writeFile(questionsFile, [...asks.map((q) => `ask\t${q}`), ...skills.map((s) => `skill\t${s}`)].join('\n'));

    const results: Record<string, unknown> = { profiles: options.profiles, model: options.model };
    const step = (name: string, args: string[]) => {
      const started = Date.now();
      results[name] = runPhase(env, args);
      if (!options.json) console.log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${JSON.stringify(results[name])}`);
    };
    step('fullBuild', ['build', '--full']);
    step('query', ['query', questionsFile]);
    step('firstWhoKnows', ['whoKnows', questionsFile]);
    step('burstInWorker', ['burst', questionsFile]);
    if (options.model !== 'lexical') step('throughput', ['throughput', '512']);
    step('embedNothingChanged', ['build']);
    const edited = await firstProfile(corpusDir);
    await appendFile(edited, '\n- Led the migration of the billing service to Zig and Rust.\n');
    step('embedAfterEditingOne', ['build']);
    const addedDir = path.join(corpusDir, 'zz-added');
    await mkdir(addedDir);
    const added = path.join(addedDir, `p999999_added-person${path.extname(edited)}`);
    await copyFile(edited, added);
    step('embedAfterAddingOne', ['build']);
    await unlink(added);
    step('embedAfterRemovingOne', ['build']);
    if (options.json) console.log(JSON.stringify(results));
  } finally {
    await removeStandinModels();
    await rm(work, { recursive: true, force: true });
  }
}
