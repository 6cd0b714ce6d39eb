/**
 * `npm run bench`: speed and memory, printed (never asserted in tests). Nothing is pinned and no
 * question is asked twice in a process, so the figures are what a user on this machine would see;
 * the load average is printed beside them.
 *   npm run bench                 lexical-only and hybrid (with the test suite's ONNX stand-in model,
 *                                 not a semantic model: it has the shape, not the cost, of MiniLM),
 *                                 then the build time of a generated 10 MB profile and of one with a 2 MB line
 *   npm run bench -- --json       one JSON object on stdout
 *   npm run bench -- --profiles 10000 [--model lexical|standin|minilm-cost] [--corpus DIR] [--skip-edits]
 *                                 the scale benchmark on a generated corpus (see benchScale.ts)
 * With real weights in MODELS_DIR, add `--configured` to measure the configured model too.
 * Last, reading and chunking time per document format (see benchFormats.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAnswerer } from '../src/answer/answerer.js';
import { loadConfig } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { readQuestionSet } from '../src/evaluation/questionSet.js';
import { benchFormats } from './benchFormats.js';
import { summary } from './benchStats.js';
import { scriptArgs, usageError } from './scriptArgs.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { hugeLineProfileText, largeProfileText, writeSingleProfileCorpus } from './synthetic/largeProfile.js';
import { buildStandinModel, buildTokenizerOnlyModel, removeStandinModels } from './synthetic/standinModel.js';

const USAGE =
  'usage: npm run bench -- [--json] [--configured] | --profiles N [--model lexical|standin|minilm-cost] [--corpus DIR] [--skip-edits]';
const { values } = scriptArgs(
  {
    json: { type: 'boolean', default: false },
    configured: { type: 'boolean', default: false },
    profiles: { type: 'string' },
    model: { type: 'string', default: 'lexical' },
    corpus: { type: 'string' },
    'skip-edits': { type: 'boolean', default: false },
  },
  USAGE,
);
if (values.profiles !== undefined) {
  const profiles = Number(values.profiles);
  const model = values.model;
  if (!Number.isInteger(profiles) || profiles < 1)
    usageError('--profiles takes a whole number of profiles, e.g. --profiles 1000', USAGE);
  if (model !== 'lexical' && model !== 'standin' && model !== 'minilm-cost')
    usageError('--model is one of lexical, standin, minilm-cost', USAGE);
  const { benchScale } = await import('./benchScale.js');
  await benchScale({
    profiles,
    model,
    json: values.json ?? false,
    corpus: values.corpus,
    skipEdits: values['skip-edits'],
  });
  process.exit(0);
}
/** Each question once, one after the other with no pause: a repeated one would come from what the first left behind. */
async function timeEach(items: readonly string[], run: (item: string) => Promise<unknown>) {
  const samples: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    samples.push(performance.now() - started);
  }
  return summary(samples);
}

const questions = [
  ...readQuestionSet('test/eval/dev.jsonl'),
  ...readQuestionSet('test/eval/extended.jsonl'),
  ...readQuestionSet('test/eval/intents.jsonl'),
];
const asks = [...new Set(questions.flatMap((q) => (q.kind === 'ask' ? [q.q] : [])))];
const skills = [...new Set(questions.flatMap((q) => (q.kind === 'who-knows' ? [q.skill] : [])))];

interface Setup {
  readonly label: string;
  readonly env: NodeJS.ProcessEnv;
}
const setups: Setup[] = [{ label: 'lexical only', env: { USE_MODEL: 'false' } }];
const standin = await buildStandinModel();
const standinTokenizer = await buildTokenizerOnlyModel(standin.modelsDir);
setups.push({
  label: 'hybrid, ONNX stand-in model',
  env: { MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName },
});
if (values.configured) setups.push({ label: `hybrid, ${loadConfig().modelName}`, env: process.env });

const results: Record<string, unknown> = {};
for (const setup of setups) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-bench-'));
  const config = loadConfig({ ...setup.env, DATA_DIR: dataDir });
  const model = await openModel(config);
  const buildStarted = performance.now();
  const report = await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const loadStarted = performance.now();
  const answerer = await openAnswerer(config, { model, buildIfMissing: false, warn: () => {} });
  const loadMs = performance.now() - loadStarted;
  // One first answer outside the measured sets: it pays for compiling the answer path.
  await answerer.ask('who has led a migration to the cloud?');
  const ask = await timeEach(asks, (q) => answerer.ask(q));
  const whoKnows = await timeEach(skills, (s) => answerer.whoKnows(s));
  const memory = process.memoryUsage();
  results[setup.label] = {
    passages: report.passages,
    embedPassagesPerSecond: report.embedded > 0 ? report.embedded / buildSeconds : null,
    buildSeconds,
    indexLoadMs: loadMs,
    askMs: ask,
    whoKnowsMs: whoKnows,
    rssMiB: memory.rss / 2 ** 20,
    heapUsedMiB: memory.heapUsed / 2 ** 20,
  };
  if (!values.json) {
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(`${setup.label}: ${report.passages} passages`);
    console.log(
      `  build ${buildSeconds.toFixed(2)} s${report.embedded ? ` (${(report.embedded / buildSeconds).toFixed(0)} passages/s embedded)` : ''}, load ${f(loadMs)}`,
    );
    console.log(
      `  ask (${ask.n} distinct questions, each once): p50 ${f(ask.p50)}  p95 ${f(ask.p95)}  p99 ${f(ask.p99)}  max ${f(ask.max)}  (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
    console.log(
      `  who-knows (${whoKnows.n} distinct skills, each once): p50 ${f(whoKnows.p50)}  p95 ${f(whoKnows.p95)}  p99 ${f(whoKnows.p99)}  max ${f(whoKnows.max)}`,
    );
    console.log(
      `  memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  await rm(dataDir, { recursive: true, force: true });
}

// Build time for one very large profile (chunking and lexical indexing, no vectors): counting
// tokens must stay linear however large a profile or a single line gets.
const large: Record<string, unknown> = {};
for (const [label, text] of [
  ['10 MB profile', largeProfileText(10 * 2 ** 20)],
  ['profile with one 2 MB line', hugeLineProfileText(2 * 2 ** 20)],
] as const) {
  for (const counter of ['estimate', 'tokenizer'] as const) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'whoknows-bench-large-'));
    await writeSingleProfileCorpus(root, text);
    const env: NodeJS.ProcessEnv =
      counter === 'estimate'
        ? { USE_MODEL: 'false' }
        : { MODELS_DIR: standin.modelsDir, MODEL_NAME: standinTokenizer.modelName };
    const config = loadConfig({ ...env, WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data' });
    const model = await openModel(config);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = await buildIndex(config, { embedder: null, tokens: model.tokens });
    const seconds = (performance.now() - started) / 1000;
    // CPU time too: on a shared machine the wall clock measures the neighbours as much as the build.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rssMiB = process.memoryUsage().rss / 2 ** 20;
    large[`${label}, ${counter}`] = {
      bytes: Buffer.byteLength(text),
      passages: report.passages,
      buildSeconds: seconds,
      cpuSeconds,
      rssMiB,
    };
    if (!values.json) {
      const how =
        counter === 'estimate' ? 'lexical only, estimated token counts' : 'lexical only, MiniLM tokenizer counts';
      console.log(
        `${label} (${how}): build ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s), ${report.passages} passages, rss ${rssMiB.toFixed(0)} MiB`,
      );
    }
    await rm(root, { recursive: true, force: true });
  }
}
results.largeProfiles = large;
results.formats = await benchFormats(loadConfig().projectRoot, !values.json);

await removeStandinModels();
if (values.json) console.log(JSON.stringify({ load1: os.loadavg()[0], cores: os.availableParallelism(), results }));
else
  console.log(
    `(not pinned; ${os.availableParallelism()} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')})`,
  );
