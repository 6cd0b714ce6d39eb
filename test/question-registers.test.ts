/**
 * Every intent family asked the way a team types in chat (support/questionTemplates.ts, typed in
 * each register by support/questionVariants.ts: lower case, no question mark, filler, "pls", "?!",
 * emoji, a one-letter typo; full, first and lower-case first names; five languages), on invented
 * CVs: each variant must reach its intent and an answer holding what was asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../src/answer/types.js';
import type { Family } from './support/questionTemplates.js';
import { typedVariants } from './support/questionVariants.js';
import { answererOnCvs, citedPeople, firstLine } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-registers-');
let answerer: Answerer;

const CVS: Record<string, string[]> = {
  'ruiz.md': [
    '# Ana Ruiz',
    '',
    'ana.ruiz@example.com · +1 555 0100 222 · Lisbon, Portugal',
    '',
    '## Experience',
    '',
    '### Staff Engineer · Kestrel Labs (2020 – present)',
    '',
    '- Runs Kubernetes clusters and writes Go services',
    '',
    '### Backend Developer · Orla Shipping (2014 – 2020)',
    '',
    '- Built Python and Go services for port logistics',
    '',
    '## Education',
    '',
    'BSc Computer Science, University of Leeds, 2014',
    'Thesis: Route optimisation for container ships, supervised by Prof. Marta Lima',
    '',
    '## Skills',
    '',
    'Go, Python, Kubernetes, Terraform, PostgreSQL',
    '',
    '## Languages',
    '',
    'English (native), Spanish (fluent), Portuguese (basic)',
    '',
    '## Certifications',
    '',
    'Certified Kubernetes Administrator (CKA), 2021',
    '',
    '## Publications',
    '',
    'Scaling port logistics with event sourcing, QCon London, 2021',
    '',
    '## Awards',
    '',
    'Hackathon winner, Lisbon Tech Week 2019',
    '',
    '## Volunteering',
    '',
    'Mentor at Code Club Lisbon since 2018',
    '',
    '## Interests',
    '',
    'Bouldering, sourdough baking, chess',
  ],
  'okafor.md': [
    '# Ben Okafor',
    '',
    'ben.okafor@example.net · +44 7700 900111 · Manchester',
    '',
    '## Experience',
    '',
    '### Data Engineer · Nimbus Retail (2018 – present)',
    '',
    '- Spark pipelines in Scala and Python',
    '',
    '### Analyst · Hollis Insurance (2012 – 2018)',
    '',
    '- Reporting in SQL and R',
    '',
    '## Education',
    '',
    'MSc Statistics, University of Glasgow, 2012',
    '',
    '## Skills',
    '',
    'Scala, Spark, Python, SQL, Airflow',
    '',
    '## Languages',
    '',
    'English (native), Igbo (fluent), French (intermediate)',
  ],
  'vogt.md': [
    '# Clara Vogt',
    '',
    'clara.vogt@example.de · Stuttgart',
    '',
    '## Berufserfahrung',
    '',
    '### Softwareentwicklerin · Rheinblick GmbH (2016 – heute)',
    '',
    '- Dienste in Java und Kotlin',
    '',
    '## Ausbildung',
    '',
    'M.Sc. Informatik, Universität Stuttgart, 2016',
    '',
    '## Kenntnisse',
    '',
    'Java, Kotlin, Docker',
    '',
    '## Sprachen',
    '',
    'Deutsch (Muttersprache), Englisch (fließend), Französisch (Grundkenntnisse)',
  ],
};

beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
});

/** Why an answer fails its variant, or undefined when it holds what was asked. */
type Check = (answer: Answer) => string | undefined;

const intentIs =
  (intent: string, then: Check): Check =>
  (answer) =>
    answer.intent !== intent ? `intent ${answer.intent}` : answer.noAnswer ? 'no answer' : then(answer);

const citesExactly =
  (...people: string[]): Check =>
  (answer) => {
    const cited = citedPeople(answer);
    return cited.join() === [...people].sort().join() ? undefined : `cites ${cited.join(', ') || 'nobody'}`;
  };

const holds =
  (...texts: string[]): Check =>
  (answer) => {
    const text = [answer.answer, ...answer.citations.slice(0, 3).map((c) => c.text)].join('\n');
    const missing = texts.filter((t) => !text.includes(t));
    return missing.length ? `lacks ${missing.join(', ')}: ${firstLine(answer)}` : undefined;
  };

const both =
  (...checks: Check[]): Check =>
  (answer) => {
    for (const check of checks) {
      const why = check(answer);
      if (why) return why;
    }
    return undefined;
  };

/** A question about one person's section: her lines first, the asked-for line among the first three quoted. */
const scopedTo =
  (person: string, text: string): Check =>
  (answer) => {
    if (answer.noAnswer) return 'no answer';
    if (answer.citations[0]?.person !== person) return `first cites ${answer.citations[0]?.person ?? 'nothing'}`;
    return answer.citations.slice(0, 3).some((c) => c.text.includes(text))
      ? undefined
      : `quotes ${answer.citations[0]!.text.split('\n')[0]}`;
  };

const firstNumber: Record<string, number> = { one: 1, two: 2, three: 3 };

/** The first number the headline states ("Two people …", "1 person …"), as the judge reads it. */
function counted(answer: Answer, expected: number): string | undefined {
  const word = /\b(\d+|one|two|three)\b/i.exec(firstLine(answer))?.[1]?.toLowerCase();
  const n = word === undefined ? undefined : (firstNumber[word] ?? Number(word));
  return n === expected ? undefined : `counts ${firstLine(answer)}`;
}

const CASES: readonly (readonly [Family, Parameters<typeof typedVariants>[1], Check])[] = [
  ['who-knows', { K: 'Python' }, intentIs('who-knows', citesExactly('Ana Ruiz', 'Ben Okafor'))],
  ['count', { K: 'Python' }, intentIs('count', (answer) => counted(answer, 2))],
  ['employer', { O: 'Orla Shipping' }, intentIs('employer', citesExactly('Ana Ruiz'))],
  ['studied-at', { S: 'University of Glasgow' }, intentIs('school', citesExactly('Ben Okafor'))],
  ['school-of', { X: 'Ben Okafor' }, intentIs('school', holds('University of Glasgow'))],
  ['latest', { X: 'Ana Ruiz' }, intentIs('timeline', holds('Kestrel Labs'))],
  ['in-year', { X: 'Ana Ruiz', Y: '2016' }, intentIs('timeline', holds('Orla Shipping'))],
  ['duration-at', { X: 'Ana Ruiz', O: 'Orla Shipping' }, intentIs('timeline', holds('6 years'))],
  ['years', { X: 'Ana Ruiz', K: 'Python' }, intentIs('timeline', holds('6 years'))],
  ['about', { X: 'Ana Ruiz' }, intentIs('about', both(citesExactly('Ana Ruiz'), holds('Kestrel Labs')))],
  ['email', { X: 'Ana Ruiz' }, intentIs('contact', holds('ana.ruiz@example.com'))],
  ['phone', { X: 'Ben Okafor' }, intentIs('contact', holds('7700 900111'))],
  ['reach', { X: 'Ana Ruiz' }, intentIs('contact', holds('ana.ruiz@example.com'))],
  ['languages', { X: 'Ben Okafor' }, intentIs('languages', holds('Igbo'))],
  ['speaks', { L: 'French' }, intentIs('who-knows', citesExactly('Ben Okafor', 'Clara Vogt'))],
  ['skills', { X: 'Ben Okafor' }, intentIs('skills', holds('Airflow'))],
  [
    'compare',
    { A: 'Ana Ruiz', B: 'Ben Okafor', K: 'Python' },
    intentIs('compare', both(citesExactly('Ana Ruiz', 'Ben Okafor'), holds('Ana Ruiz', 'Ben Okafor'))),
  ],
  ['did-at', { X: 'Ana Ruiz', O: 'Orla Shipping' }, intentIs('timeline', holds('port logistics'))],
  ['interests', { X: 'Ana Ruiz' }, scopedTo('Ana Ruiz', 'Bouldering')],
  ['awards', { X: 'Ana Ruiz' }, scopedTo('Ana Ruiz', 'Hackathon winner')],
  ['certifications', { X: 'Ana Ruiz' }, scopedTo('Ana Ruiz', 'Certified Kubernetes Administrator')],
  ['publications', { X: 'Ana Ruiz' }, scopedTo('Ana Ruiz', 'event sourcing')],
  ['thesis', { X: 'Ana Ruiz' }, scopedTo('Ana Ruiz', 'Marta Lima')],
  ['volunteering', { X: 'Ana Ruiz' }, scopedTo('Ana Ruiz', 'Code Club')],
  [
    'speaks-one',
    { X: 'Ana Ruiz', L: { en: 'Spanish', de: 'Spanisch', fr: 'espagnol', es: 'español', pt: 'espanhol' } },
    intentIs('languages', holds('Spanish (fluent)')),
  ],
  ['degree', { X: 'Ben Okafor' }, intentIs('school', holds('MSc Statistics'))],
  ['title-at', { X: 'Ana Ruiz', O: 'Orla Shipping' }, intentIs('timeline', holds('Backend Developer'))],
  ['joined', { X: 'Ana Ruiz', O: 'Kestrel Labs' }, intentIs('timeline', holds('2020'))],
  [
    'count-speakers',
    { L: { en: 'French', de: 'Französisch', fr: 'français', es: 'francés', pt: 'francês' } },
    (answer) => counted(answer, 2),
  ],
  ['count-employees', { O: 'Orla Shipping' }, (answer) => counted(answer, 1)],
];

describe('every intent typed the way a team types it', () => {
  it.each(CASES)('%s', async (family, slots, check) => {
    const failed: string[] = [];
    const variants = typedVariants(family, slots);
    for (const variant of variants) {
      const why = check(await answerer.ask(variant.question));
      if (why) failed.push(`[${variant.language}/${variant.register}] ${variant.question} → ${why}`);
    }
    // The pass rate, for reading the run (stderr: vitest shows it).
    console.error(`${family}: ${variants.length - failed.length}/${variants.length}`);
    expect(failed).toEqual([]);
  });
});
