/**
 * One phase of `npm run bench -- --profiles N`, run in its own process so that its wall time, CPU
 * time and peak memory are its own. Settings come from the environment (CORPUS_DIR, DATA_DIR, model);
 * the result is one JSON line on stdout.
 *   build [--full]     (re)build the index
 *   query QUESTIONS    load, time to first answer, warm latencies, event-loop delay (answering in
 *                      this thread), HNSW recall
 *   burst QUESTIONS    50 questions at once with answering in a worker thread, as the bot does it
 *   load QUESTIONS     load and time to first answer only (the store's part of `query`)
 *   whoKnows QUESTIONS load, a first who-knows (CPU and RSS), then warm who-knows p50/p95 only
 *   throughput N       embedder vs the library's pipeline on the index's first N passages
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { workerOpener } from '../src/answer/workerAnswerer.js';
import { loadConfig } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { loadReferencePipeline } from '../src/embedding/transformersEmbedder.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';

const [phase, ...rest] = process.argv.slice(2);
const config = loadConfig();
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * Latencies, one question at a time with a loop turn between them, and the longest time one
 * question held the event loop (what a bot's other users wait for). The first half of `all` is
 * measured; the second half only warms up (what an index builds on first use, postings and facts,
 * is built), so no measured question has been asked before and nothing comes from a cache.
 */
async function timeEach(all: readonly string[], run: (item: string) => Promise<unknown>) {
  const items = all.slice(0, Math.ceil(all.length / 2));
  for (const item of all.slice(items.length)) await run(item);
  const samples: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  await turn();
  for (const item of items) {
    const started = performance.now();
    await run(item);
    samples.push(performance.now() - started);
    await turn();
  }
  delay.disable();
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)!, n: samples.length, longestLoopBlockMs: delay.max / 1e6 };
}

/**
 * 50 questions arriving at once, as in a busy bot (asks and who-knows alternating): how long the
 * event loop is held at a time, and how long the last answer takes.
 */
async function burstOf(answerer: Answerer, asks: readonly string[], skills: readonly string[]) {
  const burst = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? { kind: 'ask', text: asks[i % asks.length]! } : { kind: 'skill', text: skills[i % skills.length]! }));
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  await turn(); // the monitor records from its first tick on
  const started = performance.now();
  const latencies: number[] = [];
  const arrive = (item: (typeof burst)[number]) =>
    new Promise<unknown>((resolve, reject) => {
      setImmediate(() =>
        (item.kind === 'ask' ? answerer.ask(item.text) : answerer.whoKnows(item.text, { offset: 0, limit: 25 })).then((value) => {
          latencies.push(performance.now() - started);
          resolve(value);
        }, reject),
      );
    });
  await Promise.all(burst.map(arrive));
  const wallMs = performance.now() - started;
  await turn(); // let the monitor's timer record the last block
  delay.disable();
  latencies.sort((a, b) => a - b);
  return { questions: burst.length, wallMs, p95AnswerMs: percentile(latencies, 95), maxEventLoopDelayMs: delay.max / 1e6, p99EventLoopDelayMs: delay.percentile(99) / 1e6 };
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
  // on other questions than the burst's (see timeEach).
  for (const skill of skills.slice(Math.ceil(skills.length / 2))) await answerer.whoKnows(skill, { offset: 0, limit: 25 });
  for (const question of asks.slice(Math.ceil(asks.length / 2))) await answerer.ask(question);
  const burst = await burstOf(answerer, asks.slice(0, Math.ceil(asks.length / 2)), skills.slice(0, Math.ceil(skills.length / 2)));
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

/** Opens the built index as the bot does, timing from before the open (the model is loaded first, untimed). */
async function openTimed() {
  const model = await openModel(config);
  const cpuBefore = cpuSeconds();
  const started = performance.now();
  const answerer = await openAnswerer(config, { model, buildIfMissing: false, warn: () => {} });
  return { answerer, cpuBefore, started, loadMs: performance.now() - started, rssAfterOpenMiB: mib(process.memoryUsage().rss) };
}

async function load(questionsFile: string) {
  const first = readFileSync(questionsFile, 'utf8').split('\n').find((line) => line.startsWith('ask\t'))!.slice(4);
  const { answerer, cpuBefore, started, loadMs, rssAfterOpenMiB } = await openTimed();
  await answerer.ask(first);
  return { loadMs, rssAfterOpenMiB, firstAnswerMs: performance.now() - started, cpuSeconds: cpuSeconds() - cpuBefore, rssAfterFirstAnswerMiB: mib(process.memoryUsage().rss) };
}

/** Load to a first who-knows (what the index reads for it on first use), then warm who-knows alone. */
async function whoKnowsPhase(questionsFile: string) {
  const skills = readFileSync(questionsFile, 'utf8').split('\n').filter((line) => line.startsWith('skill\t')).map((line) => line.slice(6));
  const { answerer, cpuBefore, started, loadMs, rssAfterOpenMiB } = await openTimed();
  await answerer.whoKnows(skills.at(-1)!, { offset: 0, limit: 25 });
  const firstWhoKnows = { ms: performance.now() - started, cpuSeconds: cpuSeconds() - cpuBefore, rssMiB: mib(process.memoryUsage().rss) };
  const whoKnows = await timeEach(skills, (s) => answerer.whoKnows(s, { offset: 0, limit: 25 }));
  return { loadMs, rssAfterOpenMiB, firstWhoKnows, whoKnows, rssAfterMiB: mib(process.memoryUsage().rss), peakRssMiB: peakRssMiB() };
}

async function query(questionsFile: string) {
  const lines = readFileSync(questionsFile, 'utf8').split('\n').filter(Boolean);
  const asks = lines.filter((line) => line.startsWith('ask\t')).map((line) => line.slice(4));
  const skills = lines.filter((line) => line.startsWith('skill\t')).map((line) => line.slice(6));
  const model = await openModel(config);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const answerer = await openAnswerer(config, { model, buildIfMissing: false, warn: () => {} });
  const loadMs = performance.now() - started;
  await answerer.ask(asks[0]!);
  const firstAnswerMs = performance.now() - started;
  const rssAfterLoadMiB = mib(process.memoryUsage().rss);
  const ask = await timeEach(asks, (q) => answerer.ask(q));
  // One page, as the terminal (25) and Discord (50) ask for it: the ranking is whole, evidence is quoted for the page.
  const whoKnows = await timeEach(skills, (s) => answerer.whoKnows(s, { offset: 0, limit: 25 }));

  const burst = await burstOf(answerer, asks, skills);
  // Memory of answering alone: the recall check below opens the index a second time.
  const memory = { rssAfterQuestionsMiB: mib(process.memoryUsage().rss), peakRssMiB: peakRssMiB() };
  let recall: { efSearch: number; recallAt10: number; queries: number }[] | null = null;
  const index = model.embedder ? await loadIndex(config.dataDir) : undefined;
  if (index?.vectors && model.embedder) {
    const all = Array.from({ length: index.vectors.count }, (_, label) => index.vectors!.vector(label));
    const queries = await model.embedder.embed(asks.slice(0, 50));
    const oracle = queries.map((q) => exactTopK(all, q, 10));
    recall = [];
    for (const ef of [index.vectors.efSearch, 100, 200, 400, 800].filter((ef, i, list) => list.indexOf(ef) === i)) {
      index.vectors.efSearch = ef;
      let found = 0;
      queries.forEach((q, i) => {
        const got = new Set(index.vectors!.search(q, 10).map((hit) => hit.label));
        found += oracle[i]!.filter((label) => got.has(label)).length;
      });
      recall.push({ efSearch: ef, recallAt10: found / (10 * queries.length), queries: queries.length });
    }
  }
  return {
    loadMs,
    firstAnswerMs,
    rssBeforeLoadMiB: mib(rssBefore),
    rssAfterLoadMiB,
    ask,
    whoKnows,
    burst,
    ...memory,
    recall,
  };
}

/** Passages per second through the embedder and through the library's pipeline as it comes, on the same texts. */
async function throughput(count: number) {
  const model = await openModel(config);
  if (!model.embedder) throw new Error('throughput needs a model');
  const index = await loadIndex(config.dataDir);
  const texts = Array.from({ length: Math.min(count, index.passageCount) }, (_, label) => index.passage(label).embedText);
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
  query: () => query(rest[0]!),
  load: () => load(rest[0]!),
  whoKnows: () => whoKnowsPhase(rest[0]!),
  burst: () => burstInWorker(rest[0]!),
  throughput: () => throughput(Number(rest[0])),
};
const result = await phases[phase ?? '']?.();
if (!result) throw new Error(`unknown phase ${phase}`);
process.stdout.write(`${JSON.stringify(result)}\n`);
