/**
 * The concept map on invented CVs: a question asked in other words than the CV's (no word shared
 * with the line that answers it) finds that line, below a literal match, and a question whose
 * concept no CV holds still answers "nobody", however close a word's spelling or stem comes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import type { LexicalSearch } from '../src/index/read/indexReader.js';
import { ConceptMap, defaultConceptMap, wholeWordTerms } from '../src/retrieval/conceptMap.js';
import { EXPANSION_WEIGHTS, planQuery } from '../src/retrieval/queryPlan.js';
import { loadVocabulary } from '../src/retrieval/termGroups.js';
import { answererOnCvs, citedPeople } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-concept-map-');

/** Invented people, each line written the way CVs write it, never the way the questions below ask. */
const CVS: Record<string, string[]> = {
  'ilse.md': [
    '# Ilse Varga',
    '',
    '## Experience',
    '',
    '### Backend Engineer, Orrin Logistics (2016 – 2021)',
    '',
    '- Team lead for five backend engineers',
    '- Member of the SRE incident rotation with PagerDuty',
    '',
    '### Lecturer in Computer Networks, Tallow University (2012 – 2016)',
  ],
  'bram.md': [
    '# Bram Okonjo',
    '',
    '## Experience',
    '',
    '### Co-founder and CEO, Fernwick Labs (2018 – present)',
    '',
    '- Operated the content delivery network for a news site on Fastly',
    '',
    '## Publications',
    '',
    '- Published in the Journal of Applied Optics (2019)',
  ],
  'carla.md': [
    '# Carla Mendes',
    '',
    '## Experience',
    '',
    '### Research Engineer, Sondre Audio (2019 – present)',
    '',
    '- Developed an automatic speech recognition pipeline for contact centres',
    '- Wrote flight control code for UAV swarms',
    '',
    '## Awards',
    '',
    '- Rowan Scholarship (2016)',
  ],
  'dmitri.md': [
    '# Dmitri Hale',
    '',
    '## Experience',
    '',
    '### Signals Officer, British Army (2008 – 2012)',
    '',
    '### Salesman, Hillside Motors dealership (2004 – 2008)',
    '',
    '## Interests',
    '',
    '- Volunteer firefighter in Elmstead',
  ],
  'esme.md': [
    '# Esme Laurent',
    '',
    '## Experience',
    '',
    '### Engineering Manager, Quarry Finance (2015 – present)',
    '',
    '- Built payment rails on Ethereum',
    '- Recruited and onboarded six engineers',
    '- Keynote speaker at PyCon Lisbon 2022',
    '- Ran edge caching for the mobile apps',
  ],
};

/** Another team, where no CV holds the concepts asked about, only words that look or stem alike. */
const LOOKALIKES: Record<string, string[]> = {
  'farid.md': [
    '# Farid Anand',
    '',
    'Navi Mumbai, India',
    '',
    '## Experience',
    '',
    '### Data Scientist, Kestrel Analytics (2019 – Present)',
    '',
    '- Supervised learning models for churn prediction',
    "- Liaised with the nurses of a children's ward on a rota app",
    '- Public sector clients; internal tooling',
    '- Built a data platform on AWS',
    '',
    '## Education',
    '',
    '- B.Sc. Statistics, conferred 2018',
  ],
};

/** Question → the people whose CVs answer it, in other words (Esme's title says "Manager" outright). */
const PARAPHRASES: readonly (readonly [string, string | readonly string[]])[] = [
  ['who has managed people?', ['Esme Laurent', 'Ilse Varga']],
  ['who has been on call?', 'Ilse Varga'],
  ['who gave lectures?', 'Ilse Varga'],
  ['who started a company?', 'Bram Okonjo'],
  ['who has written academic papers?', 'Bram Okonjo'],
  ['who has worked on voice-to-text?', 'Carla Mendes'],
  ['who built quadcopters?', 'Carla Mendes'],
  ['who has won prizes?', 'Carla Mendes'],
  ['who has served in the military?', 'Dmitri Hale'],
  ['who has sold cars?', 'Dmitri Hale'],
  ['who has written smart contracts?', 'Esme Laurent'],
  ['who has interviewed candidates?', 'Esme Laurent'],
  ['who has done public speaking?', 'Esme Laurent'],
  ['¿quién ha dado clases?', 'Ilse Varga'],
];

describe('concept map: paraphrased questions find the CV wording', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = await answererOnCvs(CVS, tempDir);
  }, 60_000);

  for (const [question, person] of PARAPHRASES) {
    const people = typeof person === 'string' ? [person] : [...person];
    it(`answers "${question}" with ${people.join(' and ')}`, async () => {
      const answer = await answerer.ask(question);
      expect(answer.noAnswer).toBe(false);
      expect(citedPeople(answer)).toEqual(people);
    });
  }

  it('ranks the line with the words asked before one holding only a wording of the concept', async () => {
    // Bram's "content delivery network" is the same concept, in other words: it must not come first.
    const answer = await answerer.ask('who ran edge caching?');
    expect(answer.citations[0]!.person).toBe('Esme Laurent');
    expect(answer.citations[0]!.text).toContain('edge caching');
    const paraphrased = await answerer.ask('who ran content distribution?');
    expect(citedPeople(paraphrased)).toEqual(['Bram Okonjo']);
  });

  it('keeps who-knows exact: a skill is never widened to the concept around it', async () => {
    const result = await answerer.whoKnows('cloud');
    expect(result.people.map((person) => person.person)).toEqual([]);
  });
});

describe('concept map: no answer where no CV holds the concept', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = await answererOnCvs(LOOKALIKES, tempDir);
  }, 60_000);

  const NOBODY = [
    // "Navi Mumbai" is not the navy.
    'who has served in the military?',
    // "Supervised learning" is not supervising people.
    'who has managed people?',
    // "Public sector" is not publications, "conferred" is not a conference.
    'who has written papers?',
    // AWS alone is not several clouds: a part of a joined word brings no wordings.
    'who has built a multi-cloud platform?',
    // "internal" is not an internship.
    'who has done an internship?',
    // "Present" in a date range is not a presentation.
    'who has given keynotes?',
  ];
  for (const question of NOBODY) {
    it(`answers nobody to "${question}"`, async () => {
      const answer = await answerer.ask(question);
      expect(answer.citations.map((citation) => citation.text)).toEqual([]);
      expect(answer.noAnswer).toBe(true);
    });
  }

  it('keeps "worked as a nurse" a title no role holds, however the concept map words it', async () => {
    // Working with nurses is not working as one: the lines are shown as mentions, the answer stays nobody.
    const answer = await answerer.ask('who has worked as a nurse?');
    expect(answer.noAnswer).toBe(true);
    expect(answer.answer.split('\n')[0]).toMatch(/^Nobody/);
  });
});

describe('concept map: the plan', () => {
  let lexical: LexicalSearch;
  let corpus = '';
  beforeAll(async () => {
    let data = '';
    // The answerer builds the index; the plan is then read against that index's terms.
    await answererOnCvs(
      { 'gil.md': ['# Gil Ortega', '', 'React, Vue, Angular, CSS, HTML, Svelte and Azure; AWS since 2015'] },
      async (label) => {
        const dir = await tempDir(label);
        if (label === 'corpus') corpus = dir;
        else data = dir;
        return dir;
      },
    );
    lexical = (await loadIndex(data)).lexical;
  }, 60_000);

  it('adds CV wordings below the typed words, only those some profile uses, a bounded few', () => {
    const plan = planQuery('who has done front end work?', loadVocabulary(corpus), lexical);
    const concept = plan.concepts.find((c) => c.forms.some((form) => form.paraphrase))!;
    const paraphrases = concept.forms.filter((form) => form.paraphrase);
    expect(paraphrases.length).toBeGreaterThan(0);
    expect(paraphrases.length).toBeLessThanOrEqual(6);
    expect(paraphrases.every((form) => form.weight === EXPANSION_WEIGHTS.concept)).toBe(true);
    const typed = concept.forms.filter((form) => !form.paraphrase).map((form) => form.weight);
    expect(Math.min(...typed)).toBeGreaterThan(EXPANSION_WEIGHTS.concept);
    expect(paraphrases.every((form) => form.terms.every((term) => lexical.hasTerm(term)))).toBe(true);
    expect(plan.paraphrased?.has('react')).toBe(true);
  });

  it('is one way: a CV wording asked for is not widened to its siblings', () => {
    const plan = planQuery('who has used AWS?', loadVocabulary(corpus), lexical);
    expect(plan.concepts.flatMap((c) => c.forms).some((form) => form.paraphrase)).toBe(false);
  });
});

describe('concept map: the data', () => {
  const map = defaultConceptMap();

  it('holds forty or more concepts, each with asked and written wordings', () => {
    expect(map.entries.length).toBeGreaterThanOrEqual(40);
    for (const entry of map.entries) {
      expect(entry.asked.length, entry.name).toBeGreaterThan(0);
      expect(entry.written.length, entry.name).toBeGreaterThan(0);
      for (const asked of entry.asked) expect(wholeWordTerms(asked).length, asked).toBeGreaterThan(0);
    }
  });

  it('tells a kind of employer asked about ("the military") from a name or a longer title', () => {
    expect(map.covers('the military')).toBe(true);
    expect(map.covers('charity')).toBe(true);
    expect(map.covers('data scientist')).toBe(false);
    expect(map.covers('Amazon Web Services')).toBe(false);
    expect(map.covers('a bank')).toBe(false);
  });

  it('finds asked wordings as whole words in a question, each once', () => {
    const small = new ConceptMap([{ name: 'cloud', asked: ['cloud', 'public cloud'], written: ['aws', 'gcp'] }]);
    expect(small.find(wholeWordTerms('who runs things on the public cloud?')).map((t) => t.phrase)).toEqual([
      'public cloud',
      'cloud',
    ]);
    expect(small.find(wholeWordTerms('who built a multi-cloud setup?'))).toEqual([]);
  });
});
