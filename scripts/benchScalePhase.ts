/**
 * One phase of `npm run bench -- --profiles N`, run in its own process so that its wall time, CPU
 * time and peak memory are its own. Settings come from the environment (CORPUS_DIR, DATA_DIR, model);
 * the result is one JSON line on stdout.
 *   build [--full]     (re)build the index
 *   burst QUESTIONS    50 distinct questions at once with answering in a worker thread, as the bot does it
 *   recall QUESTIONS   HNSW recall@10 against exact cosine, at several efSearch
 *   throughput N       embedder vs the library's pipeline on the index's first N passages
 * Question latencies and the first answer are timed by benchQuestions.ts.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Answerer } from '../src/answer/types.js';
import { workerOpener } from '../src/answer/workerAnswerer.js';
import { loadConfig } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { loadReferencePipeline } from '../src/embedding/transformersEmbedder.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { percentile } from './benchStats.js';

const [phase, ...rest] = process.argv.slice(2);
const config = loadConfig();
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const turn = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * 50 questions arriving at once, as in a busy bot (asks and who-knows alternating): how long the
 * event loop is held at a time, and how long the last answer takes.
 */
async function burstOf(answerer: Answerer, asks: readonly string[], skills: readonly string[]) {
  // Distinct questions: a repeated one would be answered from the rankings kept for the first.
  const burst = Array.from({ length: 50 }, (_, i) =>
    i % 2 === 0 ? { kind: 'ask', text: asks[i / 2]! } : { kind: 'skill', text: skills[(i - 1) / 2]! },
  );
  if (burst.some((item) => item.text === undefined))
    throw new Error('the burst needs 25 questions and 25 skills not asked before');
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  await turn(); // the monitor records from its first tick on
  const started = performance.now();
  const latencies: number[] = [];
  const arrive = (item: (typeof burst)[number]) =>
    new Promise<unknown>((resolve, reject) => {
      setImmediate(() =>
        (item.kind === 'ask' ? answerer.ask(item.text) : answerer.whoKnows(item.text, { offset: 0, limit: 25 })).then(
          (value) => {
            latencies.push(performance.now() - started);
            resolve(value);
          },
          reject,
        ),
      );
    });
  await Promise.all(burst.map(arrive));
  const wallMs = performance.now() - started;
  await turn(); // let the monitor's timer record the last block
  delay.disable();
  latencies.sort((a, b) => a - b);
  return {
    questions: burst.length,
    wallMs,
    p95AnswerMs: percentile(latencies, 95),
    maxEventLoopDelayMs: delay.max / 1e6,
    p99EventLoopDelayMs: delay.percentile(99) / 1e6,
  };
}

/** The same burst with answering in a worker thread, as the bot runs it: the main thread's event loop is what Discord needs. */
async function burstInWorker(questionsFile: string) {
  const lines = readFileSync(questionsFile, 'utf8').split('\n').filter(Boolean);
  const asks = lines.filter((line) => line.startsWith('ask\t')).map((line) => line.slice(4));
  const skills = lines.filter((line) => line.startsWith('skill\t')).map((line) => line.slice(6));
  const answering = workerOpener(() => {});
  const started = performance.now();
  const answerer = await answering.open(config);
  await answerer.ask(asks[0]!);
  const firstAnswerMs = performance.now() - started;
  // Warm, as in a bot that has answered before (what an index builds on first use is built), but
  // on other questions than the burst's.
  for (const skill of skills.slice(25, 50)) await answerer.whoKnows(skill, { offset: 0, limit: 25 });
  for (const question of asks.slice(25, 50)) await answerer.ask(question);
  const burst = await burstOf(answerer, asks.slice(0, 25), skills.slice(0, 25));
  // The same monitor over as long with nothing asked: on a machine shared with other work, what the
  // operating system's scheduling alone costs the main thread's loop.
  const idle = monitorEventLoopDelay({ resolution: 2 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, burst.wallMs));
  idle.disable();
  await answering.stop();
  const idleLoop = { maxEventLoopDelayMs: idle.max / 1e6, p99EventLoopDelayMs: idle.percentile(99) / 1e6 };
  return { firstAnswerMs, mainThreadRssMiB: mib(process.memoryUsage().rss), burst, idleLoop };
}

async function build(full: boolean) {
  const model = await openModel(config);
  const cpuBefore = cpuSeconds();
  const started = performance.now();
  const report = await buildIndex(config, { embedder: model.embedder, tokens: model.tokens, full });
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSeconds() - cpuBefore,
    peakRssMiB: peakRssMiB(),
    passages: report.passages,
    filesRead: report.filesRead,
    embedded: report.embedded,
    written: report.written,
  };
}

/** Exact top-k by cosine over every stored vector: the oracle HNSW's answers are checked against. */
function exactTopK(all: readonly Float32Array[], query: Float32Array, k: number): number[] {
  const norm = (v: Float32Array) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0)) || 1;
  const qn = norm(query);
  const scored = all.map((vector, label) => {
    let dot = 0;
    for (let i = 0; i < vector.length; i++) dot += vector[i]! * query[i]!;
    return { label, similarity: dot / (qn * norm(vector)) };
  });
  return scored
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k)
    .map((hit) => hit.label);
}

/** HNSW recall@10 against exact cosine over every stored vector, at the configured efSearch and others. */
async function recall(questionsFile: string) {
  const asks = readFileSync(questionsFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('ask\t'))
    .map((line) => line.slice(4));
  const model = await openModel(config);
  const index = await loadIndex(config.dataDir);
  if (!index.vectors || !model.embedder) return { recall: null };
  const all = Array.from({ length: index.vectors.count }, (_, label) => index.vectors!.vector(label));
  const queries = await model.embedder.embed(asks.slice(0, 50));
  const oracle = queries.map((q) => exactTopK(all, q, 10));
  const found: { efSearch: number; recallAt10: number; queries: number }[] = [];
  for (const ef of [index.vectors.efSearch, 100, 200, 400, 800].filter((ef, i, list) => list.indexOf(ef) === i)) {
    index.vectors.efSearch = ef;
    let hits = 0;
    queries.forEach((q, i) => {
      const got = new Set(index.vectors!.search(q, 10).map((hit) => hit.label));
      hits += oracle[i]!.filter((label) => got.has(label)).length;
    });
    found.push({ efSearch: ef, recallAt10: hits / (10 * queries.length), queries: queries.length });
  }
  return { recall: found };
}

/** Passages per second through the embedder and through the library's pipeline as it comes, on the same texts. */
async function throughput(count: number) {
  const model = await openModel(config);
  if (!model.embedder) throw new Error('throughput needs a model');
  const index = await loadIndex(config.dataDir);
  const texts = Array.from(
    { length: Math.min(count, index.passageCount) },
    (_, label) => index.passage(label).embedText,
  );
  const reference = await loadReferencePipeline(config);
  await reference(texts.slice(0, 8)); // warm-up
  await model.embedder.embed(texts.slice(0, 8));
  let started = performance.now();
  await reference(texts);
  const pipelineSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await model.embedder.embed(texts);
  const embedderSeconds = (performance.now() - started) / 1000;
  return {
    texts: texts.length,
    pipelinePerSecond: texts.length / pipelineSeconds,
    embedderPerSecond: texts.length / embedderSeconds,
    speedup: pipelineSeconds / embedderSeconds,
  };
}

const phases: Record<string, () => Promise<unknown>> = {
  build: () => build(rest.includes('--full')),
  recall: () => recall(rest[0]!),
  burst: () => burstInWorker(rest[0]!),
  throughput: () => throughput(Number(rest[0])),
};
const result = await phases[phase ?? '']?.();
if (!result) throw new Error(`unknown phase ${phase}`);
process.stdout.write(`${JSON.stringify(result)}\n`);
