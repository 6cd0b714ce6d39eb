/** "Who has 10+ years of Python?": years of a skill, or of experience, from the dates of the roles in each profile. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { classify } from '../src/answer/intent.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig, type Config } from '../src/config.js';
import { mergedMonths, monthSpan } from '../src/facts/experienceYears.js';
import { temporaryDirs } from './support/temporaryDirs.js';

// Invented people, employers and dates. Ada's two Python roles overlap for 18 months: 8 years together, 9.5 if added up.
const PROFILES: Record<string, string> = {
  'ada.md': `---
name: Ada Quill
---
# Ada Quill

## Experience

### Fernbrook Analytics
Senior Data Engineer • Jan 2012 – Dec 2017
- Built Python pipelines for soil sensor data.

### Lowmarsh Bank
Developer • Jan 2010 – Jun 2013
- Maintained Python and Perl batch jobs.

### Tarnwick Council
Analyst • Jan 2005 – Dec 2009
- Monthly reporting in spreadsheets.

## Skills
Python, Perl, PostgreSQL
`,
  'bram.md': `---
name: Bram Oyelaran
---
# Bram Oyelaran

## Work history

### Quayside Robotics
Firmware Engineer • Sep 2003 – Present
- Wrote C drivers for stepper motors and Python test rigs.
`,
  'cleo.md': `---
name: Cleo Marsh
---
# Cleo Marsh

## Experience

### Brightwater Studio
Python Developer • Jan 2015 – Dec 2016
- Built booking tools.
`,
};

const tempDir = temporaryDirs('whoknows-years-');
let answerer: Answerer;
let config: Config;
beforeAll(async () => {
  const root = await tempDir();
  await mkdir(path.join(root, 'corpus'));
  for (const [name, text] of Object.entries(PROFILES)) await writeFile(path.join(root, 'corpus', name), text);
  config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
  answerer = await openAnswerer(config, { warn: () => {} });
});

const sources = (answer: { citations: readonly { source: string }[] }) =>
  [...new Set(answer.citations.map((c) => c.source))].sort();

describe('years of a skill from role dates', () => {
  it('answers "who has 10+ years of Python?" with the people whose roles naming Python add up to 10 years', async () => {
    const answer = await answerer.ask('Who has 10+ years of Python?');
    expect(answer.intent).toBe('timeline');
    expect(answer.answer.split('\n')[0]).toMatch(
      /^One person has 10\+ years of Python by the dates of the roles that name it: Bram Oyelaran \(about \d+ years/,
    );
    expect(sources(answer)).toEqual(['corpus/bram.md']);
  });

  it('counts overlapping roles once: two Python jobs over 8 years are 8 years, not 9½', async () => {
    const eight = await answerer.ask('Who has 8+ years of Python?');
    expect(eight.answer).toMatch(/Ada Quill \(about 8 years\)/);
    expect(sources(eight)).toEqual(['corpus/ada.md', 'corpus/bram.md']);
    const more = await answerer.ask('Who has more than 8 years of Python?');
    expect(sources(more)).toEqual(['corpus/bram.md']);
  });

  it('cites each counted role, and the line naming the skill when the role heading does not', async () => {
    const answer = await answerer.ask('Who has 8+ years of Python?');
    const cited = answer.citations.map((c) => c.text).join('\n');
    expect(cited).toContain('Senior Data Engineer • Jan 2012 – Dec 2017');
    expect(cited).toContain('Built Python pipelines for soil sensor data.');
    expect(cited).toContain('Developer • Jan 2010 – Jun 2013');
    // The role that never names Python is not counted or cited.
    expect(cited).not.toContain('Tarnwick');
    expect(answer.answer).toMatch(
      /^Ada Quill, about 8 years: Fernbrook Analytics — Senior Data Engineer • Jan 2012 – Dec 2017 \[\d\] \(Built Python pipelines/m,
    );
  });

  it('counts every dated role for years of experience in general', async () => {
    const answer = await answerer.ask('Who has 12+ years of experience?');
    expect(answer.answer).toMatch(/Ada Quill \(about 13 years\)/);
    expect(sources(answer)).toEqual(['corpus/ada.md', 'corpus/bram.md']);
    expect(answer.citations.map((c) => c.text).join('\n')).toContain('Analyst • Jan 2005 – Dec 2009');
  });

  it('says nobody, naming the closest, when no one reaches the threshold, and nobody when no profile names the skill', async () => {
    const far = await answerer.ask('Does anyone have 40+ years of Python?');
    expect(far).toMatchObject({ noAnswer: true, citations: [] });
    expect(far.answer).toMatch(
      /^Nobody has 40\+ years of Python by the dates of the roles that name it \(the most: Bram Oyelaran, about \d+ years/,
    );
    const unknown = await answerer.ask('Who has 5+ years of Haskell?');
    expect(unknown).toMatchObject({ noAnswer: true, answer: 'Nobody: no profile mentions Haskell.' });
  });

  it('names the people with the most years first and counts, without quoting, those past the listing limit', async () => {
    const short = await openAnswerer(config, { warn: () => {}, askLimits: { maxPeopleListed: 1 } });
    const answer = await short.ask('Who has 8+ years of Python?');
    expect(answer.answer.split('\n')[0]).toMatch(
      /^Two people have 8\+ years of Python .*: Bram Oyelaran \(about \d+ years.*\) and 1 more\.$/,
    );
    expect(answer.answer.split('\n').at(-1)).toBe('…and 1 more.');
    expect(sources(answer)).toEqual(['corpus/bram.md']);
  });

  it("answers how many years one named person has of a skill, from that person's roles only", async () => {
    const answer = await answerer.ask('How many years of Python does Ada have?');
    expect(answer.answer.split('\n')[0]).toBe(
      'Ada Quill: about 8 years of Python by the dates of the roles that name it (2010–2017).',
    );
    expect(sources(answer)).toEqual(['corpus/ada.md']);
  });
});

describe('reading a years question', () => {
  it('reads the number, whether it is a minimum or must be exceeded, and the skill', () => {
    expect(classify('Who has 10+ years of Python?', 0)).toEqual({
      kind: 'timeline',
      which: 'years',
      atLeast: { years: 10, inclusive: true },
      skill: 'Python',
    });
    expect(classify('Who has been using Go for more than five years?', 0)).toEqual({
      kind: 'timeline',
      which: 'years',
      atLeast: { years: 5, inclusive: false },
      skill: 'Go',
    });
    expect(classify('Anyone with at least 3 years of experience with AWS CDK?', 0)).toMatchObject({
      atLeast: { years: 3, inclusive: true },
      skill: 'AWS CDK',
    });
    expect(classify("Who has ten years' professional experience?", 0)).toEqual({
      kind: 'timeline',
      which: 'years',
      atLeast: { years: 10, inclusive: true },
    });
    expect(classify('How many years of PHP does have?', 1)).toEqual({ kind: 'timeline', which: 'years', skill: 'PHP' });
  });

  it('leaves questions that only mention years to the other kinds', () => {
    expect(classify('Who knows Python?', 0)).toEqual({ kind: 'who-knows', skills: ['Python'] });
    expect(classify('Who led a team for two years at a bank in London?', 0).kind).not.toBe('timeline');
  });
});

describe('months of role dates', () => {
  it('counts a month-precise range with both its first and last month, and an open range to this month', () => {
    const now = new Date(2026, 11, 15);
    const [from, to] = monthSpan({ start: { year: 2018, month: 5 }, end: { year: 2018, month: 8 } }, now);
    expect(to - from).toBe(4);
    const [openFrom, openTo] = monthSpan({ start: { year: 2026, month: 1 }, end: undefined }, now);
    expect(openTo - openFrom).toBe(12);
  });

  it('adds up spans with overlaps counted once', () => {
    expect(
      mergedMonths([
        [0, 12],
        [6, 18],
        [30, 36],
      ]),
    ).toBe(24);
    expect(
      mergedMonths([
        [10, 20],
        [0, 5],
        [5, 10],
      ]),
    ).toBe(20);
  });
});

describe('years of a skill spread over roles with gaps between them', () => {
  // Invented: Dara's roles naming Python are 2004–2006 and 2016–2018: 6 years in them, 15 from first to last.
  const DARA = `---
name: Dara Venn
---
# Dara Venn

## Experience

### Kestrel Logistics
Backend Developer • Jan 2016 – Dec 2018
- Python services for route planning.

### Saltmarsh Press
Editor • Jan 2007 – Dec 2015
- Edited a trade magazine.

### Orrin Labs
Junior Developer • Jan 2004 – Dec 2006
- Python scripts for lab instruments.
`;
  let spread: Answerer;
  let withBram: Answerer;
  beforeAll(async () => {
    const open = async (files: Record<string, string>) => {
      const root = await tempDir();
      await mkdir(path.join(root, 'corpus'));
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, 'corpus', name), text);
      return openAnswerer(
        loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' }),
        { warn: () => {} },
      );
    };
    spread = await open({ 'dara.md': DARA });
    withBram = await open({ 'dara.md': DARA, 'bram.md': PROFILES['bram.md']! });
  });

  it('names, with both numbers, a person whose roles naming the skill span the years only with gaps', async () => {
    const answer = await spread.ask('Who has 10+ years of Python?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.answer.split('\n')[0]).toBe(
      'Nobody has 10+ years of Python counting only the months of the roles that name it. From the first role that names Python to the last, gaps included: Dara Venn (about 15 years, of which about 6 years in those roles).',
    );
    const cited = answer.citations.map((c) => c.text).join('\n');
    expect(cited).toContain('Jan 2004 – Dec 2006');
    expect(cited).toContain('Jan 2016 – Dec 2018');
    expect(cited).not.toContain('Editor');
  });

  it('lists them after the people who reach the years in full, and not when even the span falls short', async () => {
    const answer = await withBram.ask('Who has 10+ years of Python?');
    const [lead, also] = answer.answer.split('\n');
    expect(lead).toMatch(/^One person has 10\+ years of Python by the dates of the roles that name it: Bram Oyelaran/);
    expect(also).toBe(
      'Counting from the first role that names Python to the last, gaps included, also: Dara Venn (about 15 years, of which about 6 years in those roles).',
    );
    const longer = await withBram.ask('Who has 16+ years of Python?');
    expect(longer.answer).toMatch(/Bram Oyelaran/);
    expect(longer.answer).not.toMatch(/Dara Venn/);
  });
});
