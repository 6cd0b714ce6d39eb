/**
 * Serving answers at scale, on the real corpus (lexical-only index): answers that list people quote
 * only the strongest few and count the rest, who-knows quotes evidence for the asked page only, and
 * answering in a worker thread gives exactly the answers of answering in this thread.
 */
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { workerOpener } from '../src/answer/workerAnswerer.js';
import { loadConfig, type Config } from '../src/config.js';
import { topIndices } from '../src/retrieval/searchPassages.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-serving-');

/** Segment files this process (all its threads) holds open; undefined where /proc does not list them. */
function openSegmentFiles(): number | undefined {
  if (!existsSync('/proc/self/fd')) return undefined;
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).endsWith('.seg');
    } catch {
      return false;
    }
  }).length;
}
let config: Config;
let answerer: Answerer;
beforeAll(async () => {
  config = loadConfig({ USE_MODEL: 'false', DATA_DIR: await tempDir() });
  answerer = await openAnswerer(config, { warn: () => {} });
});

describe('answers that list people', () => {
  it('names the strongest people up to the limit, counts the rest and says how to see them all', async () => {
    const all = await answerer.ask('who knows terraform?');
    const named = all.answer.split('\n')[0]!;
    expect(named).toMatch(/^Two people: .+ and .+\.$/);
    const capped = await openAnswerer(config, { warn: () => {}, askLimits: { maxPeopleListed: 1 } });
    const answer = await capped.ask('who knows terraform?');
    const [lead, ...rest] = answer.answer.split('\n');
    const first = all.citations[0]!.person;
    expect(lead).toBe(`Two people: ${first} and 1 more.`);
    expect(rest).toHaveLength(2); // one cited sentence, then the count of the rest
    expect(rest[0]).toMatch(new RegExp(`^${first}: .+ \\[1\\]$`));
    expect(rest[1]).toBe('…and 1 more: who-knows terraform lists them all.');
    expect(answer.citations.map((c) => c.person)).toEqual([first]);
  });
});

describe('who-knows in pages', () => {
  it('quotes evidence for the asked page only, with the ids and order of the whole answer', async () => {
    const whole = await answerer.whoKnows('terraform');
    expect(whole.people.length).toBeGreaterThanOrEqual(2);
    expect(whole.totalPeople).toBe(whole.people.length);
    const second = await answerer.whoKnows('terraform', { offset: 1, limit: 1 });
    expect(second).toMatchObject({ totalPeople: whole.people.length, offset: 1 });
    expect(second.people).toEqual(whole.people.slice(1, 2));
    const none = await answerer.whoKnows('terraform', { offset: 0, limit: 0 });
    expect(none.people).toEqual([]);
    expect(none.totalPeople).toBe(whole.people.length);
  });
});

describe('the partial sort that picks retrieval candidates', () => {
  it('returns the first k in order, ties broken the same way as a full sort', () => {
    const scores = [3, 9, 1, 9, 4, 4, 0, 7, 9, 2];
    const before = (i: number, j: number) => scores[i]! > scores[j]! || (scores[i] === scores[j] && i < j);
    const full = scores.map((_, i) => i).sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0));
    for (const k of [0, 1, 3, 5, 10, 12]) expect(topIndices(scores.length, k, before)).toEqual(full.slice(0, k));
  });
});

describe('answering in a worker thread', () => {
  const answering = workerOpener(() => {});
  let inWorker: Answerer;
  beforeAll(async () => {
    inWorker = await answering.open(config);
  });
  afterAll(() => answering.stop());

  it('gives the answers this thread gives, for every kind of question', async () => {
    for (const question of [
      'who knows terraform?',
      'Who has worked at Apple?',
      "What is kura's website?",
      'who has run Kafka clusters?',
    ]) {
      expect(await inWorker.ask(question)).toEqual(await answerer.ask(question));
    }
    expect(await inWorker.whoKnows('terraform', { offset: 0, limit: 1 })).toEqual(
      await answerer.whoKnows('terraform', { offset: 0, limit: 1 }),
    );
    expect(await inWorker.whoKnows('terrafrom')).toEqual(await answerer.whoKnows('terrafrom'));
    expect(await inWorker.profile('kura')).toEqual(await answerer.profile('kura'));
    expect(await inWorker.skillsIn('anyone for k8s or terraform?')).toEqual(
      await answerer.skillsIn('anyone for k8s or terraform?'),
    );
    expect(inWorker.people()).toEqual(answerer.people());
    expect(inWorker.summary()).toEqual(answerer.summary());
  });

  it('raises the same named error for bad input', async () => {
    await expect(inWorker.whoKnows('  ')).rejects.toMatchObject({ name: 'WhoKnowsError', code: 'SKILL_EMPTY' });
    await expect(inWorker.ask('')).rejects.toMatchObject({ code: 'QUESTION_EMPTY' });
  });

  it('keeps answering from an earlier index after a newer one opens, until two newer ones have', async () => {
    const second = await answering.open(config);
    expect((await inWorker.ask('who knows terraform?')).noAnswer).toBe(false);
    const before = openSegmentFiles();
    const third = await answering.open(config);
    await expect(inWorker.ask('who knows terraform?')).rejects.toMatchObject({ code: 'UNEXPECTED' });
    // The released index's segment files were closed as the third opened its own: as many open as before.
    if (before !== undefined) expect(openSegmentFiles()).toBe(before);
    expect((await second.ask('who knows terraform?')).noAnswer).toBe(false);
    expect((await third.whoKnows('terraform')).people.length).toBeGreaterThan(0);
  });
});
