/**
 * The markup roles probe (test/profile/syntheticMarkupRoles.ts): roles written in LaTeX macros and
 * tables, DOCX heading styles, text boxes, merged cells and tabbed lines, and Markdown/HTML lines,
 * in five languages, read through the real corpus and profile readers and judged as realcv's judge
 * judges them. Every class must give each role it states (employer, title, years) and no role from
 * its education or projects sections. `ROLES_PROBE=1` prints what each class gets wrong. Then the
 * near misses the rules must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';
import type { Profile } from '../src/profile/types.js';
import { runBench } from './profile/syntheticBench.js';
import type { SyntheticCv } from './profile/syntheticCvs.js';
import { type RoleMisses, roleMisses, wrongCount } from './profile/roleMisses.js';
import { markupRoleProbes, type RoleProbeCv } from './profile/syntheticMarkupRoles.js';

const asBench = (cv: RoleProbeCv): SyntheticCv => ({
  className: cv.className,
  file: cv.file,
  text: cv.text,
  expected: { name: '', email: '', phone: '', work: [], education: [], skills: [], languages: [] },
});

/**
 * Classes whose roles no word tells apart stay unread when nothing else does: the Bootstrap theme
 * heads a role with its title and a school with the school, so neither the roles nor the schools
 * say which part of a role with no known word is its title. There the probe holds only the CVs
 * whose words tell (and prints the rest).
 */
const WORDS_NEEDED: ReadonlySet<string> = new Set([
  'HTML: Bootstrap résumé theme (title, employer, description, then the dates in a side column)',
]);

describe('the markup roles probe', () => {
  const cvs = markupRoleProbes();
  const benchCvs = cvs.map(asBench);
  const misses = new Map<RoleProbeCv, RoleMisses>();
  beforeAll(async () => {
    const { profiles } = await runBench(benchCvs);
    cvs.forEach((cv, i) => misses.set(cv, roleMisses(cv.roles, (profiles.get(benchCvs[i]!) as Profile).work)));
    if (process.env.ROLES_PROBE) {
      const classes = [...new Set(cvs.map((cv) => cv.className))];
      let total = 0;
      for (const name of classes) {
        const mine = cvs.filter((cv) => cv.className === name);
        const wrong = mine.reduce((sum, cv) => sum + wrongCount(misses.get(cv)!), 0);
        const stated = mine.reduce((sum, cv) => sum + cv.roles.length, 0);
        total += wrong;
        console.log(`${String(wrong).padStart(3)} wrong / ${stated} roles  ${name}`);
        for (const cv of mine) {
          const m = misses.get(cv)!;
          if (wrongCount(m)) console.log(`      ${cv.file} ${JSON.stringify(m)}`);
        }
      }
      console.log(`total wrong: ${total}`);
    }
  }, 300_000);

  it('holds every class in five languages, in LaTeX, DOCX, Markdown and HTML', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cvs.map((cv) => cv.file.split('.').pop()))).toEqual(new Set(['tex', 'docx', 'md', 'html']));
  });

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" without a wrong role', (className) => {
    const held = cvs.filter((cv) => cv.className === className && !(cv.plain && WORDS_NEEDED.has(className)));
    expect(held.map((cv) => misses.get(cv)!).filter((m) => wrongCount(m) > 0)).toEqual([]);
  });
});

const numbered = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const rolesOf = (text: string) =>
  readProfile({ lines: numbered(text) }).work.map((w) => [w.position ?? null, w.name ?? null]);

describe('what the markup role rules leave alone', () => {
  it('reads roles by their own words when the schools are written in another layout', () => {
    const text = [
      '# Tamsin Greaves',
      '## Experience',
      '**Kettle Yard Coffee** | Barista | 2021 – 2024',
      '**Oakmere Freight** | Delivery Driver | 2018 – 2021',
      '## Education',
      'BSc Computer Science, University of Eastbrook (2012 – 2015)',
    ].join('\n');
    expect(rolesOf(text)).toEqual([
      ['Barista', 'Kettle Yard Coffee'],
      ['Delivery Driver', 'Oakmere Freight'],
    ]);
  });

  it('leaves the entries of a section whose told roles disagree on their order as words read them', () => {
    const text = [
      '# Rowan Ashby',
      '## Experience',
      'Data Engineer · Harwick Labs · 2021 – 2024',
      'Quillon Systems Ltd · Backend Developer · 2017 – 2021',
      'Growth Hacker · Redfern · 2015 – 2017',
    ].join('\n');
    expect(rolesOf(text).slice(0, 2)).toEqual([
      ['Data Engineer', 'Harwick Labs'],
      ['Backend Developer', 'Quillon Systems Ltd'],
    ]);
  });

  it.each([
    [
      'Experiencia',
      '- Analista en Marketing Digital, Roblesur, 2019 – 2021',
      'Analista en Marketing Digital',
      'Roblesur',
    ],
    [
      'Experiencia',
      '- Técnico en Laboratorio Clínico, Hospital Sur, 2014 – 2018',
      'Técnico en Laboratorio Clínico',
      'Hospital Sur',
    ],
    [
      'Experiência',
      '- Analista em Engenharia de Dados, Cooperativa Cerrado, 2016 – 2019',
      'Analista em Engenharia de Dados',
      'Cooperativa Cerrado',
    ],
  ])('keeps a title naming its field after "en"/"em" whole under "%s"', (heading, line, title, employer) => {
    expect(rolesOf(`# Inés Carvajal\n## ${heading}\n${line}\n`)).toEqual([[title, employer]]);
  });

  it.each([
    ['Experience', '- **Software Engineer** (Contract), Harwick Labs Ltd, 2019 – 2021', 'Harwick Labs Ltd'],
    ['Berufserfahrung', '- **Entwicklerin** (Teilzeit), Hollmann Bau GmbH, 2019 – 2021', 'Hollmann Bau GmbH'],
    ['Expérience', '- **Comptable** (CDD) — Fiduciaire Alpine SARL — 2019 – 2021', 'Fiduciaire Alpine SARL'],
    ['Experience', '### Harwick Labs Ltd (Leeds, UK)\n**Data Engineer** · 2019 – 2021', 'Harwick Labs Ltd'],
  ])('reads no employer from a bracket holding a contract or a place under "%s"', (heading, lines, employer) => {
    expect(rolesOf(`# Ana Example\n## ${heading}\n${lines}\n`).map((r) => r[1])).toEqual([employer]);
  });

  it.each([
    'Open Source',
    'Hackathons',
    'Volunteer Work',
    'Community',
    'Ehrenamtliches Engagement',
    'Engagement associatif',
    'Engagements',
    'Proyectos personales',
    'Trabalho voluntário',
  ])('reads no role from dated entries under "%s"', (heading) => {
    const text = [
      '# Rowan Ashby',
      '## Experience',
      '### Data Engineer @ Harwick Labs',
      'Mar 2021 – Present',
      `## ${heading}`,
      '### Tidewatch @ Flood Watch Collective',
      'Jan 2020 – Dec 2020',
      '',
      '- Built a flood map.',
      '### Mentor @ Code Club Leeds',
      '2018 – 2019',
    ].join('\n');
    expect(rolesOf(text)).toEqual([['Data Engineer', 'Harwick Labs']]);
  });

  it.each([
    [
      'Experience',
      'Research Assistant at the University of Eastbrook',
      'Research Assistant',
      'University of Eastbrook',
    ],
    ['Berufserfahrung', 'Sachbearbeiterin bei der Hafenverwaltung Kiel', 'Sachbearbeiterin', 'Hafenverwaltung Kiel'],
    ['Expérience', "Restauratrice chez l'Atelier Moreau", 'Restauratrice', 'Atelier Moreau'],
    ['Experiencia', 'Investigadora en la Universidad de Quintal', 'Investigadora', 'Universidad de Quintal'],
    ['Experiência', 'Pesquisadora na Universidade Federal do Sertão', 'Pesquisadora', 'Universidade Federal do Sertão'],
  ])('reads "at the" with its article under "%s"', (heading, line, title, employer) => {
    const text = `# Ana Example\n## ${heading}\n### ${line}\n2019 – 2021\n### Analyst at Harwick Labs\n2016 – 2019\n`;
    expect(rolesOf(text)[0]).toEqual([title, employer]);
  });

  it('keeps a dates-only line after a dated role its own role under one sub-heading', () => {
    const text = [
      '# Rowan Ashby',
      '## Experience',
      '### Harwick Labs',
      '**Senior Engineer** (2021 – 2024)',
      'Led the platform team.',
      '**Engineer** (2018 – 2021)',
      'Built the billing service.',
    ].join('\n');
    expect(readProfile({ lines: numbered(text) }).work.map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ['Senior Engineer', '2021', '2024'],
      ['Engineer', '2018', '2021'],
    ]);
  });
});

describe("a LaTeX table's width before its columns", () => {
  it.each(['tabularx', 'tabular*', 'tabulary'])('is no text in \\begin{%s}{\\textwidth}{…}', async (env) => {
    const { readLatex } = await import('../src/corpus/formats/latex.js');
    const tex = `\\documentclass{article}\n\\begin{document}\n\\begin{${env}}{\\textwidth}{X r}\nHarwick Labs & Leeds \\\\\n\\end{${env}}\n\\end{document}\n`;
    const out = readLatex(tex);
    expect(out.kind === 'read' && out.text.lines.filter(Boolean)).toEqual(['Harwick Labs | Leeds']);
  });
});
