/**
 * The compare and years-of-a-skill families asked every way the generator in
 * support/questionVariants.ts writes them (templates × name forms × casing × five languages), on
 * invented CVs: each variant must reach the right intent and an answer holding what was asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../src/answer/types.js';
import { compareVariants, yearsVariants, type Variant } from './support/questionVariants.js';
import { answererOnCvs } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-variants-');
let answerer: Answerer;

const CVS: Record<string, string[]> = {
  'mensah.md': [
    '# Kofi Mensah',
    '',
    '## Experience',
    '',
    '### Senior Platform Engineer · Gorse Bank (March 2019 – present)',
    '',
    '- Ran Kubernetes clusters and wrote Go services',
    '',
    '### Developer · Wren Freight (2013 – 2019)',
    '',
    '- Wrote Go and Python services for route planning',
  ],
  'holm.md': [
    '# Dagny Holm',
    '',
    '## Experience',
    '',
    '### Software Developer · Elbwerk GmbH (2017 – 2023)',
    '',
    '- Backend services in Go and Java',
    '',
    '### Team Lead · Alsterlicht AG (2023 – present)',
    '',
    '- Led a team of five developers',
  ],
};

beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
});

/** Why an answer fails its variant, or undefined when it holds what was asked. */
type Check = (answer: Answer) => string | undefined;

const comparesBoth: Check = (answer) => {
  if (answer.intent !== 'compare') return `intent ${answer.intent}`;
  if (answer.noAnswer) return 'no answer';
  const missing = ['Kofi Mensah', 'Dagny Holm'].filter((name) => !answer.answer.includes(name));
  return missing.length ? `does not name ${missing.join(', ')}` : undefined;
};

const yearsOf =
  (person: string, skill: string): Check =>
  (answer) => {
    if (answer.intent !== 'timeline') return `intent ${answer.intent}`;
    const first = answer.answer.split('\n')[0]!;
    if (!first.includes(person)) return `first line does not name ${person}: ${first}`;
    if (!first.toLowerCase().includes(skill.toLowerCase())) return `first line lacks ${skill}: ${first}`;
    return /\b\d+\s+(?:years?|months?)\b/i.test(first) ? undefined : `no duration: ${first}`;
  };

async function failures(variants: readonly Variant[], check: Check) {
  const failed: string[] = [];
  const tally = new Map<string, { passed: number; total: number }>();
  for (const variant of variants) {
    const why = check(await answerer.ask(variant.question));
    const key = `${variant.family}/${variant.language}`;
    const count = tally.get(key) ?? { passed: 0, total: 0 };
    tally.set(key, { passed: count.passed + (why ? 0 : 1), total: count.total + 1 });
    if (why) failed.push(`${variant.question} → ${why}`);
  }
  // The pass rate per family and language, for reading the run (stderr: vitest shows it).
  for (const [key, { passed, total }] of tally) console.error(`${key}: ${passed}/${total}`);
  return failed;
}

describe('generated phrasings', () => {
  it('compares both people however the comparison is typed', async () => {
    expect(await failures(compareVariants('Kofi Mensah', 'Dagny Holm', 'Go'), comparesBoth)).toEqual([]);
  });

  it("gives one person's years of a skill however the question is typed", async () => {
    const asked = [
      ...(await failures(yearsVariants('Kofi Mensah', 'Python'), yearsOf('Kofi Mensah', 'Python'))),
      ...(await failures(yearsVariants('Dagny Holm', 'Java'), yearsOf('Dagny Holm', 'Java'))),
    ];
    expect(asked).toEqual([]);
  });
});
