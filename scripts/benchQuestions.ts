/**
 * The question phases of `npm run bench -- --profiles N`, each run in a fresh process so that what
 * it times starts from nothing (settings from the environment: CORPUS_DIR, DATA_DIR, model):
 *   first QUESTION         process start → index open → the first answer, and RSS at each step
 *   asks FILE              every "ask\t…" line of FILE asked once, one after the other with no
 *                          pause, after a first ask and a first who-knows that are not measured
 *   skills FILE            the same for every "skill\t…" line, with who-knows, in a process of its own
 * No question is asked twice in a process, so no answer or ranking comes from a cache; what the
 * index keeps between questions (a term's postings, decoded passages) stays, as in a running bot.
 * The result is one JSON line on stdout; each figure carries the 1-minute load average it was taken at.
 * benchScale.ts runs it compiled (`compiled: true`) when dist/ is up to date, as the CLI and the bot run.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openAnswerer } from '../src/answer/answerer.js';
import { loadConfig } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { summary } from './benchStats.js';

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const load1 = () => Number(os.loadavg()[0]!.toFixed(2));
/** CPU seconds this process has used: on a shared machine the steadier figure beside the wall time. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return Number(((user + system) / 1e6).toFixed(2));
};

/** Opens the index as the CLI does (model, then answerer); performance.now() counts from the process's start. */
async function open() {
  const config = loadConfig();
  const model = await openModel(config);
  const openStarted = performance.now();
  const answerer = await openAnswerer(config, { model, buildIfMissing: false, warn: () => {} });
  return {
    answerer,
    openMs: performance.now() - openStarted,
    openedAtMs: performance.now(),
    rssAfterOpenMiB: mib(process.memoryUsage().rss),
  };
}

async function first(question: string) {
  const loadAtStart = load1();
  const { answerer, openMs, openedAtMs, rssAfterOpenMiB } = await open();
  await answerer.ask(question);
  const firstAnswerMs = performance.now();
  return {
    sinceProcessStart: {
      openedMs: Math.round(openedAtMs),
      firstAnswerMs: Math.round(firstAnswerMs),
      cpuSeconds: cpuSeconds(),
    },
    openMs: Math.round(openMs),
    rssAfterOpenMiB,
    rssAfterFirstAnswerMiB: mib(process.memoryUsage().rss),
    load1: loadAtStart,
  };
}

/**
 * CPU milliseconds this process has used since `before`: on a machine shared with other work a
 * question's wall time is mostly its wait for a core, and this is what it cost.
 */
function cpuMsSince(before: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e3;
}

/** A skill's class: one or two letters ("R", "Go"), or common (named by the most people), or the rest. */
type SkillClass = 'short' | 'common' | 'other';

/**
 * FILE's lines of one kind, each once (the generator repeats some questions, and a repeat would be
 * answered from what the first kept), and the index opened and warmed: the first answer of each
 * kind pays for what the process has not compiled or read yet (the tables read at first use, as a
 * running bot holds them), timed by `first`, not here. Neither warming question is in the lists.
 */
async function warmed(file: string, kind: 'ask' | 'skill') {
  const prefix = `${kind}\t`;
  const lines = readFileSync(file, 'utf8').split('\n');
  const items = [...new Set(lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length)))];
  const loadAtStart = load1();
  const { answerer, openMs, rssAfterOpenMiB } = await open();
  await answerer.ask('who has led a migration to the cloud?');
  await answerer.whoKnows('Smalltalk', { offset: 0, limit: 25 });
  return { items, answerer, loadAtStart, opened: { openMs: Math.round(openMs), rssAfterOpenMiB } };
}

/** What every questions phase ends with: memory, CPU and the load at its start and end. */
function closing(loadAtStart: number) {
  return {
    rssAfterMiB: mib(process.memoryUsage().rss),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: cpuSeconds(),
    load1: { atStart: loadAtStart, atEnd: load1() },
  };
}

/** Every `ask` of FILE once, one after the other with no pause. */
async function asks(file: string) {
  const { items, answerer, loadAtStart, opened } = await warmed(file, 'ask');
  const askMs: number[] = [];
  const cpuMs: number[] = [];
  for (const question of items) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await answerer.ask(question);
    askMs.push(performance.now() - started);
    cpuMs.push(cpuMsSince(cpuBefore));
  }
  const slowestAsks = items
    .map((question, i) => ({ question, ms: Math.round(askMs[i]!) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  return { ...opened, ask: summary(askMs), askCpu: summary(cpuMs), slowestAsks, ...closing(loadAtStart) };
}

/**
 * Every skill of FILE once with who-knows, in a process of its own: an `ask` about a skill keeps
 * its ranking, which a who-knows of the same skill would then reuse.
 */
async function skills(file: string) {
  const { items, answerer, loadAtStart, opened } = await warmed(file, 'skill');
  const timed: { skill: string; ms: number; cpuMs: number; people: number }[] = [];
  for (const skill of items) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await answerer.whoKnows(skill, { offset: 0, limit: 25 });
    const ms = performance.now() - started;
    timed.push({ skill, ms, cpuMs: cpuMsSince(cpuBefore), people: result.totalPeople ?? result.people.length });
  }
  const byPeople = [...timed].sort((a, b) => b.people - a.people);
  const common = new Set(byPeople.slice(0, Math.max(1, Math.round(timed.length / 10))).map((t) => t.skill));
  const classOf = (skill: string): SkillClass =>
    skill.replace(/[^\p{L}\p{N}]/gu, '').length <= 2 ? 'short' : common.has(skill) ? 'common' : 'other';
  const byClass: Record<SkillClass, number[]> = { short: [], common: [], other: [] };
  const cpuByClass: Record<SkillClass, number[]> = { short: [], common: [], other: [] };
  for (const t of timed) byClass[classOf(t.skill)].push(t.ms);
  for (const t of timed) cpuByClass[classOf(t.skill)].push(t.cpuMs);
  const slowest = [...timed]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10)
    .map((t) => ({ skill: t.skill, ms: Math.round(t.ms), people: t.people }));
  return {
    ...opened,
    whoKnows: summary(timed.map((t) => t.ms)),
    whoKnowsByClass: {
      short: {
        skills: timed.filter((t) => classOf(t.skill) === 'short').map((t) => t.skill),
        ...summary(byClass.short),
      },
      common: { skills: [...common], ...summary(byClass.common) },
      other: summary(byClass.other),
    },
    whoKnowsCpu: summary(timed.map((t) => t.cpuMs)),
    whoKnowsCpuByClass: {
      short: summary(cpuByClass.short),
      common: summary(cpuByClass.common),
      other: summary(cpuByClass.other),
    },
    slowestSkills: slowest,
    ...closing(loadAtStart),
  };
}

/** Whether this phase runs compiled (dist/, as the CLI and the bot run) or through tsx (dist/ missing or stale). */
const compiled = import.meta.url.endsWith('.js');

const [phase, argument] = process.argv.slice(2);
const phases: Record<string, () => Promise<unknown>> = {
  first: () => first(argument!),
  asks: () => asks(argument!),
  skills: () => skills(argument!),
};
const run = phases[phase ?? ''];
if (!run || !argument) throw new Error('usage: benchQuestions.ts first QUESTION | asks FILE | skills FILE');
process.stdout.write(`${JSON.stringify({ ...((await run()) as object), compiled })}\n`);
