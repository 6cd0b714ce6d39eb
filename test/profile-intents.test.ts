/**
 * Intents answered from the structured profile (src/profile): roles that only the profile reads
 * (a JSON Resume's `work`) answer employer, timeline and years questions like any other.
 * Invented people, employers and dates.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { classify } from '../src/answer/intent.js';
import { contactKey, contactKind, contactValues } from '../src/answer/contacts.js';
import { studiesOf, studyText } from '../src/answer/profileEducation.js';
import { entryRange, isoPoint } from '../src/answer/profileRoles.js';
import type { Passage } from '../src/chunking/passage.js';
import type { Answer, Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const ORLA = {
  basics: { name: 'Orla Fenwick', label: 'Robotics Engineer', email: 'orla@example.org' },
  work: [
    {
      name: 'Kestrel Drones',
      position: 'Research Fellow',
      startDate: '2018-09-01',
      endDate: '2019-09-01',
      highlights: ['Built an indoor navigation stack for quadcopters.', 'Tuned particle filters for beacons.'],
    },
    { name: 'Kestrel Drones', position: 'Research Fellow', startDate: '2020-03-01', endDate: '2021-07-01' },
    { name: 'Harrowgate Labs', position: 'Perception Engineer', startDate: '2022-07-01', endDate: '2025-12-01' },
  ],
  education: [{ institution: 'University of Tarnwick', studyType: 'MSc', area: 'Mechatronics' }],
  skills: [
    { name: 'Databases', keywords: ['PostgreSQL', 'Redis'] },
    { name: 'Robotics', keywords: ['ROS', 'Gazebo'] },
  ],
};

// Skills under sub-headings, one list the profile reads as a group and one written as prose it does not.
const KIT = `# Kit Brannagh

## Skills

### Languages

Python, Lua, Shell scripting, & some C, Java & Go.

### Databases

I mostly run Postgres; before that, years of key-value stores for caching.
`;

// A Markdown CV whose skills heading carries an attribute block and is written in French.
const NOOR = `# Noor Haddad

## Expérience professionnelle

### Cartographe — Atelier Vega (2018 – 2021)
- Relevés de terrain.

## Compétences {#competences}

* Cartographie numérique
* QGIS et PostGIS
`;

const PIM = {
  basics: { name: 'Pim Oduya', label: 'Support Lead' },
  work: [
    {
      name: 'Glasswing Telecom',
      position: 'Support Lead',
      startDate: '2012-01-01',
      endDate: '2020-01-01',
      highlights: [
        'Worked alongside the perception engineer team on ticket triage.',
        'Built the escalation bridge to the Brindle Foods ordering API.',
        'Before that, two years as a dispatcher at Harlow Freight.',
      ],
    },
  ],
};

// Education under headings and in orders the line rules do not read as schooling; the profile does.
const INES = `# Ines Carvalho

Engenheira de dados

## Percurso académico

**Mestrado em Engenharia Informática**, Corvane Tech, 2015 – 2017

**Licenciatura em Matemática**, Tarnwick Polytechnic, 2012 – 2015
`;

const LUCIA = `Lucia Ortega
Data analyst

ESTUDIOS
Grado en Economía — Pinewood Business School (2011-2015)
Máster en Ciencia de Datos — Corvane Tech (2016)
`;

const tempDir = temporaryDirs('whoknows-profile-intents-');
let answerer: Answerer;
beforeAll(async () => {
  const root = await tempDir();
  await mkdir(path.join(root, 'corpus'));
  await writeFile(path.join(root, 'corpus', 'orla.json'), JSON.stringify(ORLA, null, 2));
  await writeFile(path.join(root, 'corpus', 'pim.json'), JSON.stringify(PIM, null, 2));
  await writeFile(path.join(root, 'corpus', 'noor.md'), NOOR);
  await writeFile(path.join(root, 'corpus', 'ines.md'), INES);
  await writeFile(path.join(root, 'corpus', 'lucia.txt'), LUCIA);
  await writeFile(path.join(root, 'corpus', 'kit.md'), KIT);
  const config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
  answerer = await openAnswerer(config, { warn: () => {} });
});

const files = (answer: Answer) => [...new Set(answer.citations.map((c) => path.basename(c.source)))].sort();
const firstLine = (answer: Answer) => answer.answer.split('\n')[0];

describe('employers from the profile', () => {
  it('finds who worked at an employer only the profile reads as a role, asked in English or Spanish', async () => {
    for (const question of ['who has worked at Kestrel Drones?', '¿quién ha trabajado en Kestrel Drones?']) {
      const answer = await answerer.ask(question);
      expect(answer.intent).toBe('employer');
      expect(files(answer)).toEqual(['orla.json']);
      expect(answer.citations[0]!.text).toContain('Kestrel Drones');
    }
  });

  it('says nobody for an employer no line names', async () => {
    const answer = await answerer.ask('who has worked at Quillon Systems?');
    expect(answer.noAnswer).toBe(true);
    expect(firstLine(answer)).toBe('Nobody: no role in the profiles names Quillon Systems.');
  });

  it('shows an employer named only in an experience bullet as a mention, never as employment', async () => {
    const answer = await answerer.ask('who has worked at Brindle Foods?');
    expect(firstLine(answer)).toBe(
      'Nobody lists Brindle Foods as an employer in a role; lines of their experience that mention it:',
    );
    expect(answer.noAnswer).toBe(true);
    expect(files(answer)).toEqual(['pim.json']);
    expect(answer.citations[0]!.text).toContain('Brindle Foods ordering API');
  });

  it('answers from a line of experience that puts the employer where an employer stands', async () => {
    for (const question of ['who has worked at Harlow Freight?', 'wer war bei harlow freight?']) {
      const answer = await answerer.ask(question);
      expect(answer.noAnswer).toBe(false);
      expect(firstLine(answer)).toBe(
        'Harlow Freight stands as an employer in these lines of experience, outside the role headings:',
      );
      expect(files(answer)).toEqual(['pim.json']);
      expect(answer.citations[0]!.text).toContain('dispatcher at Harlow Freight');
    }
  });
});

describe('schools from the profile', () => {
  it('finds who studied at a school only the profile reads, in English, Portuguese and Spanish', async () => {
    const asked = {
      'who studied at tarnwick polytechnic?': ['ines.md'],
      'quem estudou na Corvane Tech?': ['ines.md', 'lucia.txt'],
      '¿quién estudió en Pinewood Business School?': ['lucia.txt'],
    };
    for (const [question, people] of Object.entries(asked)) {
      const answer = await answerer.ask(question);
      expect(answer.intent).toBe('school');
      expect(answer.noAnswer).toBe(false);
      expect(files(answer)).toEqual(people);
    }
  });

  it('says a school without a school word when a degree stands beside it', async () => {
    const answer = await answerer.ask('who studied at corvane tech?');
    expect(answer.answer).toContain('Engenharia Informática (Mestrado) at Corvane Tech');
    // Under "ESTUDIOS" (a heading read in five languages) the line itself is quoted: degree and school either way.
    expect(answer.answer).toMatch(/Ciencia de Datos(?: \(Máster\) at| —) Corvane Tech/);
  });
});

describe('one person in time, from the profile', () => {
  it('adds up the stints at one employer for "how long … in total"', async () => {
    const answer = await answerer.ask('how long was Orla at Kestrel in total?');
    expect(answer.intent).toBe('timeline');
    // Sep 2018 – Sep 2019 and Mar 2020 – Jul 2021: 12 + 16 months.
    expect(firstLine(answer)).toBe('Orla Fenwick was at Kestrel for about 2 years 4 months:');
    expect(answer.citations).toHaveLength(2);
  });

  it('says the employer as the CV writes it, whatever case the question used', async () => {
    const answer = await answerer.ask('how long was orla at kestrel drones in total');
    expect(firstLine(answer)).toBe('Orla Fenwick was at Kestrel Drones for about 2 years 4 months:');
  });

  it('quotes what the role says under its heading for "what did X do at Y", in English and French', async () => {
    for (const question of ['what did Orla do at Kestrel Drones', "qu'est-ce qu'Orla a fait chez Kestrel Drones ?"]) {
      const answer = await answerer.ask(question);
      expect(answer.citations.map((c) => c.text).join('\n')).toMatch(/navigation stack for quadcopters/);
    }
  });
});

describe('years from the profile', () => {
  it('counts years of a skill named in a role title only the profile reads', async () => {
    const answer = await answerer.ask('anyone with 3+ yrs of perception?');
    // Orla by her title (Jul 2022 – Dec 2025); Pim by a bullet of his 8-year role naming it.
    expect(files(answer)).toEqual(['orla.json', 'pim.json']);
    expect(answer.citations.map((c) => c.text).join('\n')).toContain('Perception Engineer — Harrowgate Labs');
  });

  it('counts years "as a <title>" only where a role heading names the title, not its bullets', async () => {
    const answer = await answerer.ask('who has 3+ years as a perception engineer?');
    expect(files(answer)).toEqual(['orla.json']);
    expect(answer.answer).not.toContain('Pim');
  });

  it('reads "as a <title>" as a title and "of <skill>" as a skill', () => {
    expect(classify('who has 3+ years as a data scientist?', 0)).toMatchObject({
      which: 'years',
      skill: 'data scientist',
      asTitle: true,
    });
    expect(classify('who has 3+ years of python?', 0)).not.toHaveProperty('asTitle');
  });
});

describe('profile dates as ranges', () => {
  it('reads ISO-8601 partial dates, and an open role as having no end', () => {
    expect(isoPoint('2019-03-01')).toEqual({ year: 2019, month: 3 });
    expect(isoPoint('2019')).toEqual({ year: 2019, month: undefined });
    expect(isoPoint('soon')).toBeUndefined();
    expect(entryRange({ startDate: '2022-07' })).toMatchObject({ start: { year: 2022, month: 7 }, end: undefined });
    expect(entryRange({})).toBeUndefined();
  });
});

describe('what someone studied, from the profile', () => {
  it('says the subject, degree and school, asked in English or German', async () => {
    for (const question of ['what did Orla study?', 'was hat Orla studiert?']) {
      const answer = await answerer.ask(question);
      expect(answer.intent).toBe('school');
      expect(firstLine(answer)).toBe('Orla Fenwick studied Mechatronics (MSc) at University of Tarnwick [1].');
      expect(answer.citations[0]!.text).toContain('University of Tarnwick');
    }
  });

  const passage = (lines: string[]): Passage => ({
    id: 'cv.md#L1-L3',
    source: 'cv.md',
    personId: 'cv',
    person: 'Ines Vale',
    sectionPath: ['Education'],
    startLine: 1,
    endLine: lines.length,
    text: lines.join('\n'),
    embedText: lines.join('\n'),
  });

  it('drops a grade after the subject and cites the lines stating subject and school', () => {
    const lines = ['Escola Politécnica de Lisboa · Lisbon', 'BSc in Civil Engineering; GPA: 3.9 · 2010 – 2014'];
    const profile = {
      education: [
        {
          institution: 'Escola Politécnica de Lisboa',
          studyType: 'BSc',
          area: 'Civil Engineering; GPA: 3.9',
          lines: [1, 2],
        },
      ],
    };
    const [study] = studiesOf(profile, [passage(lines)]);
    expect(studyText(study!)).toBe('Civil Engineering (BSc) at Escola Politécnica de Lisboa');
    expect(study!.lines.map((line) => line.line)).toEqual([2, 1]);
  });

  it('reads a degree cut before its field, the field taken for the school, as that field', () => {
    const lines = ['Ph.D. in', 'Marine Geology', 'Thesis: sediment transport'];
    const profile = { education: [{ institution: 'Marine Geology', studyType: 'Ph.D. in', lines: [1, 3] }] };
    expect(studiesOf(profile, [passage(lines)]).map(studyText)).toEqual(['Marine Geology (Ph.D.)']);
  });

  it('says a study type that names no degree as the subject studied', () => {
    const lines = ['Universität Rostock', '2009 – 2014', 'Meeresbiologie'];
    const profile = { education: [{ institution: 'Universität Rostock', studyType: 'Meeresbiologie', lines: [1, 3] }] };
    const [study] = studiesOf(profile, [passage(lines)]);
    expect(studyText(study!)).toBe('Meeresbiologie at Universität Rostock');
    expect(study!.lines.map((line) => line.line)).toEqual([3, 1]);
    const degree = { education: [{ institution: 'Universität Rostock', studyType: 'MSc', lines: [1, 3] }] };
    expect(studiesOf(degree, [passage(lines)]).map(studyText)).toEqual(['MSc at Universität Rostock']);
    const label = ['Universität Rostock', 'Abschlussdatum: Juli 2014'];
    const labelled = {
      education: [{ institution: 'Universität Rostock', studyType: 'Abschlussdatum', lines: [1, 2] }],
    };
    expect(studiesOf(labelled, [passage(label)]).map(studyText)).toEqual(['at Universität Rostock']);
  });

  it('never says an entry that reads as no schooling (no school word, no degree)', () => {
    const lines = ['Computer Science', 'Powered by a static site generator'];
    const profile = {
      education: [{ institution: 'Computer Science', studyType: 'Powered by a static site', lines: [1, 2] }],
    };
    expect(studiesOf(profile, [passage(lines)])).toEqual([]);
  });
});

describe('skills from the profile and the skills section', () => {
  it("lists the profile's skill groups, and only the kind asked for", async () => {
    const all = await answerer.ask('what skills does Orla have?');
    expect(all.answer).toContain('Databases: PostgreSQL, Redis');
    expect(all.answer).toContain('Robotics: ROS, Gazebo');
    const databases = await answerer.ask('which databases does orla know');
    expect(databases.answer).toContain('Databases: PostgreSQL, Redis');
    expect(databases.answer).not.toContain('Gazebo');
  });

  it('answers a kind of list that no profile group names from the lines of that kind', async () => {
    const answer = await answerer.ask('which databases does Kit know?');
    expect(answer.intent).toBe('skills');
    expect(answer.answer).toContain('Postgres');
    expect(answer.answer).not.toContain('Lua');
  });

  it('quotes the section a CV heads as skills in French, its attribute block aside', async () => {
    const answer = await answerer.ask('quelles sont les compétences de Noor ?');
    expect(answer.intent).toBe('skills');
    expect(answer.citations.map((c) => c.text).join('\n')).toContain('QGIS et PostGIS');
  });
});

describe('comparing people', () => {
  it('compares work experience by the dates of their roles, the most first, each with the roles counted', async () => {
    const answer = await answerer.ask('who has more work experience, Orla or Pim?');
    expect(answer.intent).toBe('compare');
    // Both months of a range count: Pim Jan 2012 – Jan 2020 is 97 months; Orla 13 + 17 + 42 over three roles.
    expect(firstLine(answer)).toBe(
      'Pim Oduya has more experience by the dates of their roles: about 8 years 1 month, ' +
        'against about 6 years for Orla Fenwick (about 2 years 1 month more).',
    );
    expect(files(answer)).toEqual(['orla.json', 'pim.json']);
  });

  it('reads a comparison in five languages: by years when it asks who has more, else on its topic', () => {
    expect(classify('wer hat mehr Erfahrung mit Go, oder?', 2)).toMatchObject({ years: true, skill: 'Go' });
    expect(classify("qui a le plus d'expérience, ou ?", 2)).toMatchObject({ years: true });
    expect(classify('compara a y como ingenieros', 2)).toEqual({ kind: 'compare', topic: 'ingenieros' });
    expect(classify('vergleiche und bei Kubernetes', 2)).toEqual({ kind: 'compare', topic: 'Kubernetes' });
  });
});

describe('a contact question gives the value asked, and only the person’s own', () => {
  it('takes the value of the kind asked out of a line holding several', () => {
    const line = '(913) 555-0142 • ines.vale@example.org • https://www.linkedin.com/in/ines-vale';
    expect(contactValues(contactKind('email'), line)).toEqual(['ines.vale@example.org']);
    expect(contactValues(contactKind('phone number'), line)).toEqual(['(913) 555-0142']);
    expect(contactValues(contactKind('linkedin'), line)).toEqual(['https://www.linkedin.com/in/ines-vale']);
    expect(contactValues(contactKind('mobile'), 'Born 02.03.1990 in Porto')).toEqual([]);
  });

  it('compares numbers by their digits and addresses without case', () => {
    expect(contactKey('phone', '+1 (913) 555-0142')).toBe(contactKey('phone', '913.555.0142'));
    expect(contactKey('email', 'Ines.Vale@Example.org')).toBe('ines.vale@example.org');
  });

  it('answers an email question with the address alone', async () => {
    const answer = await answerer.ask("what's orla's email?");
    expect(answer.answer).toBe("Orla Fenwick's email:\norla@example.org [1]");
  });
});
