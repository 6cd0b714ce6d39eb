/** Questions about people, on the real corpus (lexical-only index): who a question is about, what it asks, and how the answer reads. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { findNamedPeople, type DirectoryEntry } from '../src/answer/namedPeople.js';
import type { Answer, Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { monthsBetween } from '../src/facts/dates.js';
import { dateRanges } from '../src/text/dates.js';
import { requireDecisiveConcept } from '../src/answer/ask.js';
import { statementOf } from '../src/answer/statements.js';
import { matchConcepts } from '../src/retrieval/queryPlan.js';
import { formatAnswer } from '../src/cli/formatText.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const PHIL = 'corpus/000_db1e1783ac94410d.txt';
const APPLE = 'corpus/001_ef5c355ba2137431.txt';
const KURA = 'corpus/002_9a63d334eb8a7d54.txt';

const tempDir = temporaryDirs('whoknows-intents-');
let answerer: Answerer;
beforeAll(async () => {
  answerer = await openAnswerer(loadConfig({ USE_MODEL: 'false', DATA_DIR: await tempDir() }), { warn: () => {} });
});

const sources = (answer: Answer) => [...new Set(answer.citations.map((c) => c.source))];
const cited = (answer: Answer) => answer.citations.map((c) => c.text).join('\n');

describe('who the question is about', () => {
  it("answers a question that names Phil from Phil's profile only", async () => {
    const answer = await answerer.ask('What languages does Phil know?');
    expect(sources(answer)).toEqual([PHIL]);
    expect(cited(answer)).toContain('Python');
    expect(answer.people).toEqual(['Phil Kershaw']);
  });

  it('recognises a label from people.json ("the Apple SRE") and a possessive ("kura\'s")', async () => {
    expect(sources(await answerer.ask('Which languages does the Apple SRE know?'))).toEqual([APPLE]);
    const website = await answerer.ask("What is kura's website?");
    expect(sources(website)).toEqual([KURA]);
    expect(cited(website)).toContain('kura.gg');
  });

  it("says so when the named person's profile does not answer, instead of quoting someone else's", async () => {
    const answer = await answerer.ask("What is Phil Kershaw's email?");
    expect(answer.noAnswer).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toMatch(/Phil Kershaw's profile gives no email/);
  });

  it('answers "No profile is named Bob" for a name nobody has, with close names when there are some', async () => {
    const bob = await answerer.ask("What is Bob's email?");
    expect(bob).toMatchObject({ noAnswer: true, intent: 'unknown-person', citations: [] });
    expect(bob.answer).toBe('No profile is named Bob.');
    expect((await answerer.ask('Tell me about Phill')).answer).toBe(
      'No profile is named Phill. Did you mean Phil Kershaw?',
    );
  });

  it('lists the people who share a first name and asks which one is meant', () => {
    const directory: DirectoryEntry[] = [
      { personId: 'a', name: 'Phil Kershaw', aliases: [], source: 'a.md', nameSource: 'front-matter' },
      { personId: 'b', name: 'Phil Jones', aliases: [], source: 'b.md', nameSource: 'heading' },
    ];
    const shared = findNamedPeople('What does Phil know about AWS?', directory, () => false);
    expect(shared.people).toEqual([]);
    expect(shared.ambiguous[0]!.candidates.map((entry) => entry.name)).toEqual(['Phil Kershaw', 'Phil Jones']);
    expect(findNamedPeople('What does Phil Jones know?', directory, () => false).people.map((e) => e.name)).toEqual([
      'Phil Jones',
    ]);
  });

  it('does not take a company inside a label for a person ("worked at Apple" is not about the Apple SRE)', async () => {
    const answer = await answerer.ask('Who has worked at Apple?');
    expect(answer.intent).toBe('employer');
    expect(answer.people).toEqual([]);
  });

  it('answers a comparison of two people side by side, each with their own citations', async () => {
    const answer = await answerer.ask('Compare Phil and kura on AWS experience');
    expect(answer.intent).toBe('compare');
    expect(sources(answer).sort()).toEqual([PHIL, KURA]);
    const [lead, ...paragraphs] = answer.answer.split('\n');
    expect(lead).toMatch(/AWS/);
    expect(paragraphs[0]).toMatch(/^Phil Kershaw: .*\[1\]/);
    expect(paragraphs[1]).toMatch(/^kura \(profile 002\): .*\[\d\]/);
  });
});

describe('what the question asks', () => {
  it('routes "who knows X" to the people ranking, with a first line naming them', async () => {
    const answer = await answerer.ask('Who knows Ruby?');
    expect(answer.intent).toBe('who-knows');
    expect(answer.answer.split('\n')[0]).toBe('Two people: Phil Kershaw and Apple SRE (profile 001).');
    expect(sources(answer).sort()).toEqual([PHIL, APPLE]);
  });

  it('counts the people who know a skill', async () => {
    const answer = await answerer.ask('How many people know Python?');
    expect(answer.intent).toBe('count');
    expect(answer.answer.split('\n')[0]).toMatch(/^Two people name Python: /);
  });

  it('matches employers against roles, not any line containing the word', async () => {
    const vodafone = await answerer.ask('Who worked at Vodafone?');
    expect(sources(vodafone)).toEqual([PHIL]);
    const amazon = await answerer.ask('Who has worked at Amazon?');
    expect(amazon).toMatchObject({ noAnswer: true, intent: 'employer' });
  });

  it('answers timeline questions from role dates: most recent job, before X, how long at Y', async () => {
    expect(cited(await answerer.ask("What was kura's most recent job?"))).toContain('BBC');
    expect(cited(await answerer.ask('Where did kura work before the BBC?'))).toContain('Contactor/Consultant');
    const tangent = await answerer.ask('How long was kura at Tangent?');
    expect(tangent.answer).toMatch(/4 years 9 months/);
    expect(cited(await answerer.ask('Where did Phil work before AstraZeneca?'))).toContain('yboo');
  });

  it('gives the profile overview for "tell me about X"', async () => {
    const answer = await answerer.ask('Tell me about Phil');
    expect(answer.intent).toBe('about');
    expect(sources(answer)).toEqual([PHIL]);
  });

  it('says nobody for a degree nobody lists', async () => {
    expect(await answerer.ask('Who has a PhD?')).toMatchObject({ noAnswer: true, intent: 'school' });
  });
});

describe('answers that read as answers', () => {
  it('quotes the list under a heading, never the heading alone', async () => {
    const answer = await answerer.ask('Which databases does kura know?');
    expect(cited(answer)).toContain('PostgreSQL');
    for (const citation of answer.citations)
      expect(citation.text.split('\n').some((line) => line.trim() !== '' && !/^\s*#/.test(line))).toBe(true);
  });

  it('never cuts a word in half when it shortens a long line', () => {
    const long = `${'word '.repeat(30)}supercalifragilistic ${'tail '.repeat(20)}`;
    const quote = statementOf(long, [], 150).replace(/…$/, '');
    expect(long).toContain(`${quote.trimEnd()} `);
  });

  it('matches a job title asked with "worked as" against roles, so a colleague of data scientists is not one', async () => {
    expect(await answerer.ask('Who has worked as a data scientist?')).toMatchObject({
      noAnswer: true,
      intent: 'employer',
    });
  });

  it('gives the same answer text through --json as on the terminal (the Answer object is the one rendered)', async () => {
    const answer = await answerer.ask('Who knows Ruby?');
    expect(formatAnswer(answer)).toContain(answer.answer);
  });
});

describe('facts read from profiles', () => {
  it('reads date ranges as CVs write them', () => {
    expect(dateRanges("Engineer • Aug. '19 –", 2026)[0]).toMatchObject({
      start: { year: 2019, month: 8 },
      end: undefined,
    });
    expect(dateRanges('(May 2018 – August 2018)')[0]).toMatchObject({
      start: { year: 2018, month: 5 },
      end: { year: 2018, month: 8 },
    });
    expect(dateRanges('2015-2017')[0]).toMatchObject({ start: { year: 2015 }, end: { year: 2017 } });
    expect(monthsBetween({ year: 2009, month: 8 }, { year: 2014, month: 5 })).toBe(57);
  });

  it('finds roles and schools in a profile written in another layout', async () => {
    const dir = await tempDir('corpus');
    await writeFile(
      path.join(dir, 'jane.md'),
      [
        '# Jane Roe',
        '',
        '## Experience',
        '',
        '### Globex',
        'Data Engineer • 2019 – Present',
        '',
        '- Built pipelines in Scala',
        '',
        '### Initech',
        'Analyst • 2015 – 2019',
        '',
        '## Education',
        '',
        'PhD, Statistics, University of Leeds, 2015',
      ].join('\n'),
    );
    const other = await openAnswerer(
      loadConfig({ USE_MODEL: 'false', CORPUS_DIR: dir, DATA_DIR: await tempDir('data') }),
      { warn: () => {} },
    );
    expect(cited(await other.ask("What is Jane's current job?"))).toContain('Globex');
    expect(cited(await other.ask('Where did Jane work before Globex?'))).toContain('Initech');
    expect(cited(await other.ask('Who has a PhD?'))).toContain('University of Leeds');
    expect(cited(await other.ask('Who studied at the University of Leeds?'))).toContain('PhD');
    expect((await other.ask('Who worked at the University of Leeds?')).noAnswer).toBe(true);
  });
});

describe('who-knows precision for short skills and addresses', () => {
  it('counts C, R and Go only where they read as technologies, never initials, plain words or URLs', async () => {
    const dir = await tempDir('short');
    await writeFile(path.join(dir, 'ann.md'), ['# Ann Lee', '', '## Skills', '', 'Python, C, R'].join('\n'));
    await writeFile(
      path.join(dir, 'ben.md'),
      [
        '# Ben Ode',
        '',
        '## Publications',
        '',
        'Brooks, R.C. and Smith, C.A. (2019) Growth in fish.',
        '',
        'Sometimes things go wrong.',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'cal.md'),
      ['# Cal Ray', '', '## Experience', '', 'Wrote the drivers in C and a Go service, next to Java.'].join('\n'),
    );
    await writeFile(
      path.join(dir, 'dee.md'),
      [
        '# Dee Fox',
        '',
        '## Links',
        '',
        '![logo](images/go.png) see https://example.com/r/c/profile.php',
        '',
        '[Golang meetup](https://go.dev/docker)',
      ].join('\n'),
    );
    const other = await openAnswerer(
      loadConfig({ USE_MODEL: 'false', CORPUS_DIR: dir, DATA_DIR: await tempDir('shortdata') }),
      { warn: () => {} },
    );
    const names = async (skill: string) => (await other.whoKnows(skill)).people.map((p) => p.person).sort();
    expect(await names('C')).toEqual(['Ann Lee', 'Cal Ray']);
    expect(await names('R')).toEqual(['Ann Lee']);
    expect(await names('Go')).toEqual(['Cal Ray', 'Dee Fox']);
    expect(await names('docker')).toEqual([]);
  });
});

describe('honest nobody', () => {
  it('does not let a generic word carry an answer when another passage meets the specific one', () => {
    const concept = (label: string, importance: number) => ({
      label,
      forms: [{ terms: [label], weight: 1 }],
      importance,
      unknown: false,
      clause: 0,
      weak: false,
      named: false,
    });
    // "speak" weighs more as typed, but many passages meet it; "hebrew" is met by one: that one decides.
    const plan = {
      concepts: [concept('speak', 4.6), concept('hebrew', 4.1)],
      weights: new Map(),
      terms: ['speak', 'hebrew'],
    };
    const hit = (label: number, satisfied: number[]) => ({
      label,
      passage: {} as never,
      score: 1,
      lexical: { coverage: 0.5, score: 1, satisfied },
      similarity: undefined,
      relevant: true,
    });
    const kept = requireDecisiveConcept([hit(1, [0, 1]), hit(2, [0]), hit(3, [0]), hit(4, [0])], plan);
    expect(kept.map((h) => h.label)).toEqual([1]);
    // With nobody meeting "hebrew", nothing is decided here (the coverage threshold rules alone).
    expect(requireDecisiveConcept([hit(2, [0]), hit(3, [0])], plan).map((h) => h.label)).toEqual([2, 3]);
  });
});

describe('names no profile contains', () => {
  it('answers nobody when the question names something no profile contains, however well its other words match', async () => {
    // Typed without capitals, any word may be a name.
    for (const question of [
      'Who speaks Japanese?',
      'Who has managed a Hadoop cluster?',
      'Who has deployed Kafka clusters on AWS?',
      'who speaks japanese',
    ]) {
      const answer = await answerer.ask(question);
      expect(answer.noAnswer, question).toBe(true);
      expect(answer.citations).toEqual([]);
    }
  });

  it('still answers the other "or" clause, and lets a named profile answer with its best lines', () => {
    const concept = (label: string, clause: number, extra: { unknown?: boolean; named?: boolean } = {}) => ({
      label,
      forms: [{ terms: [label], weight: 1 }],
      importance: 2,
      unknown: false,
      clause,
      weak: false,
      named: false,
      ...extra,
    });
    const plan = {
      concepts: [
        concept('kafka', 0, { unknown: true, named: true }),
        concept('cluster', 0),
        concept('rabbitmq', 1, { named: true }),
      ],
      weights: new Map(),
      terms: [],
    };
    expect(matchConcepts(plan, new Map([['cluster', 1]])).coverage).toBe(0);
    expect(
      matchConcepts(
        plan,
        new Map([
          ['cluster', 1],
          ['rabbitmq', 1],
        ]),
      ).coverage,
    ).toBe(1);
    // Inside one person's profile the question is which lines answer best, not whether anyone does.
    expect(matchConcepts(plan, new Map([['cluster', 1]]), false).coverage).toBe(0.5);
  });
});

describe('quotes of table rows', () => {
  it('keeps a list that a stray pipe split as one list ("API | Gateway" reads "API Gateway"), cells apart with " · "', () => {
    expect(statementOf('| Skills: Terraform, API | Gateway, IAM, Lambda |')).toBe(
      'Skills: Terraform, API Gateway, IAM, Lambda',
    );
    expect(statementOf('| AWS Certified Solutions Architect | Oct 2018 – Oct 2021 |')).toBe(
      'AWS Certified Solutions Architect · Oct 2018 – Oct 2021',
    );
  });
});

describe('WordNet expansion (WORDNET_EXPANSION)', () => {
  it('finds synonyms and derived forms of a question word, and adds only words the profiles use, below the typed word', async () => {
    const { WordNet } = await import('../src/retrieval/wordnet.js');
    const { planQuery, EXPANSION_WEIGHTS } = await import('../src/retrieval/queryPlan.js');
    const { loadVocabulary } = await import('../src/retrieval/termGroups.js');
    const { loadIndex } = await import('../src/index/read/loadIndex.js');
    const wordnet = new WordNet();
    expect(wordnet.related('physician')).toContain('doctor');
    expect(wordnet.related('founded')).toEqual(expect.arrayContaining(['establish', 'founder']));
    const dir = await tempDir('wn');
    await writeFile(
      path.join(dir, 'ida.md'),
      ['# Ida Bell', '', '## Experience', '', 'Established a consultancy in 2019.'].join('\n'),
    );
    const config = loadConfig({
      USE_MODEL: 'false',
      CORPUS_DIR: dir,
      DATA_DIR: await tempDir('wndata'),
      WORDNET_EXPANSION: 'true',
    });
    const other = await openAnswerer(config, { warn: () => {} });
    expect((await other.ask('Who founded a consultancy?')).citations.map((c) => c.person)).toEqual(['Ida Bell']);
    const plan = planQuery(
      'Who founded a consultancy?',
      loadVocabulary(dir, () => {}, { wordnet: true }),
      (await loadIndex(config.dataDir)).lexical,
    );
    const founded = plan.concepts.find((concept) => concept.label === 'found')!;
    expect(founded.forms.find((form) => form.terms[0] === 'establish')?.weight).toBe(EXPANSION_WEIGHTS.wordnet);
    // "launch", "set up" and the rest are WordNet's too, but no profile here uses them.
    expect(founded.forms.some((form) => form.terms[0] === 'launch')).toBe(false);
    const without = await openAnswerer(
      { ...config, retrieval: { ...config.retrieval, wordnet: false } },
      { warn: () => {} },
    );
    expect((await without.ask('Who founded a consultancy?')).noAnswer).toBe(true);
  });
});

describe('the same answer in Discord', () => {
  it('renders an intent answer with its first line and its [n] markers unchanged in the /ask reply', async () => {
    const { renderAnswer, safeText } = await import('../src/discord/render/index.js');
    for (const question of [
      'Where did kura work before the BBC?',
      'How many people know Go?',
      "What is Bob's email?",
    ]) {
      const answer = await answerer.ask(question);
      const description = renderAnswer(answer).embeds[0]!.description!;
      expect(description).toContain(safeText(answer.answer.split('\n')[0]!));
      for (const marker of answer.answer.match(/\[\d+\]/g) ?? []) expect(description).toContain(safeText(marker));
    }
  });
});
