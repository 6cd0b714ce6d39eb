/**
 * CVs made by a real word processor (test/fixtures/office: LibreOffice's .docx and .pdf of invented
 * people's CVs in six layouts and five languages) read through the real path and judged against
 * their gold profiles by realcv's matching rules. Exact where every field is read right; a cap where
 * a known miss is left (the counts a change may lower, never raise). `OFFICE_PROBE=1` prints the table.
 * Beside them, the rules the fixtures called for, each with the lines it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { type Cell, joinBrokenRanges } from '../src/corpus/formats/pdfBrokenRanges.js';
import { formField } from '../src/profile/formRows.js';
import { profileOfText } from './profile/profileOfText.js';
import {
  classCounts,
  countsTable,
  officeGold,
  type OfficeRead,
  readOffice,
  WRONG_KEYS,
  type Wrong,
} from './fixtures/office/scoreOffice.js';
import { beforeAll } from 'vitest';

/** Wrong fields left per class and format (every field not named is read right). */
const KNOWN_MISSES: Readonly<Record<string, Partial<Wrong>>> = {
  // The open role's "Present" on the row under its start, beside the title; a Spanish range wrapped after "de".
  'date-column pdf': { roleMissed: 2, roleExtra: 2, dates: 2, title: 1 },
  // A German school label written in words of its own ("Name und Art der Bildungseinrichtung").
  'europass docx': { schoolMissed: 2, schoolExtra: 2, degree: 2 },
  // One-word labels ("Dates", "Fechas") with no colon or gap before the value. A right-aligned label
  // column read as its own cell (the typeset-PDF rule) finds every role, but three of them without their dates.
  'europass pdf': { dates: 14, schoolMissed: 6, schoolExtra: 6, skills: 7 },
  // A two-word city after the title ("Softwareentwickler, Porto Alegre").
  'right-tab docx': { title: 1 },
  'right-tab pdf': { title: 1 },
  // A bullet wrapped in the narrow main column read as a role.
  'sidebar-frame pdf': { roleExtra: 1 },
};

/**
 * Names read wrong: a Europass PDF's name row, its label wrapped in the narrow column, is passed
 * over (the name then comes from the e-mail address, without its accents); a name set in bold type
 * in the main column beside a sidebar frame.
 */
const KNOWN_NAME_MISSES: readonly string[] = [
  'europass-es.pdf: Maelle Ostrander',
  'europass-fr.pdf: Joaquin Brennholt',
  'europass-pt.pdf: Maelle Mirabeau',
  'sidebar-frame-fr.pdf: undefined',
  'sidebar-frame-pt.pdf: Maelle Ostrander',
];

describe('word-processor CVs (LibreOffice .docx and .pdf)', () => {
  const gold = officeGold();
  const reads: OfficeRead[] = [];
  beforeAll(async () => {
    reads.push(...(await readOffice('docx')), ...(await readOffice('pdf')));
  }, 300_000);

  it('reads every fixture, thirty of each format', () => {
    expect(reads.filter((r) => r.format === 'docx')).toHaveLength(30);
    expect(reads.filter((r) => r.format === 'pdf')).toHaveLength(30);
    expect(reads.every((r) => gold[r.stem] !== undefined)).toBe(true);
  });

  it('reads each class and format with no more wrong fields than known', () => {
    const counts = classCounts(reads, gold);
    if (process.env.OFFICE_PROBE) console.log(countsTable(counts));
    expect(counts.size).toBe(12);
    for (const [key, wrong] of counts) {
      const known = KNOWN_MISSES[key] ?? {};
      for (const field of WRONG_KEYS) expect(wrong[field], `${key} ${field}`).toBeLessThanOrEqual(known[field] ?? 0);
    }
  });

  it('reads the name of every CV but the known misses', () => {
    const wrong = reads
      .filter((r) => r.profile.basics.name !== gold[r.stem]!.name)
      .map((r) => `${r.stem}.${r.format}: ${r.profile.basics.name}`);
    if (process.env.OFFICE_PROBE) console.log(wrong);
    expect(wrong).toEqual(KNOWN_NAME_MISSES);
  });
});

describe('a form label wrapped in its narrow column of a PDF', () => {
  it('reads the rest under the value back into the label, in five languages', () => {
    const cases = [
      ['Occupation or Site Estimator', 'position held', 'Name and address of Harwick Tiling Ltd, Dundee', 'employer'],
      ['Beruf oder Gärtnerin', 'Funktion', 'Name und Adresse des Kew Gärten AG, Graz', 'Arbeitgebers'],
      ['Fonction ou poste Chef de rang', 'occupé', 'Nom et adresse de Maison Lirette, Nantes', "l'employeur"],
      ['Profesión o cargo Técnica de obra', 'desempeñado', 'Empleador: Obras Mirasol, Sevilla'],
      ['Função ou cargo Engenheira civil', 'ocupado', 'Nome e morada do Construtora Ipanema, Porto', 'empregador'],
    ];
    const employers = ['Harwick Tiling Ltd', 'Kew Gärten AG', 'Maison Lirette', 'Obras Mirasol', 'Construtora Ipanema'];
    const titles = ['Site Estimator', 'Gärtnerin', 'Chef de rang', 'Técnica de obra', 'Engenheira civil'];
    cases.forEach((rows, i) => {
      const work = profileOfText(['Experience', '2019 – 2021', ...rows].join('\n')).work;
      expect(work.map((w) => [w.name, w.position])).toEqual([[employers[i], titles[i]]]);
    });
  });

  it('leaves a line under a label alone when it does not finish the label', () => {
    const text = ['Skills', 'Occupation or position Python, Go', 'held in high regard'].join('\n');
    const lines = profileOfText(text);
    expect(lines.skills.flatMap((s) => [s.name, ...s.keywords]).join(' ')).not.toMatch(/position held/);
  });
});

describe('a date range wrapped after its joining word in a PDF dates column', () => {
  const row = (...texts: string[]): Cell[] => texts.map((text, i) => ({ left: i * 110, right: i * 110 + 80, text }));
  const joined = (top: string, below: string) => {
    const rows = [row(top, 'Groupe Vercors, Lyon'), row(below, 'Analyste de données')];
    joinBrokenRanges(rows, () => true);
    return rows.map((cells) => cells.map((c) => c.text));
  };

  it('reads the end on the start row, in five languages', () => {
    for (const [top, below] of [
      ['March 2019 to', 'Present'],
      ['09/2021 bis', '04/2023'],
      ['juillet 2021 à', 'février 2022'],
      ['enero de 2020 a', 'agosto de 2021'],
      ['maio 2018 até', 'hoje'],
    ])
      expect(joined(top!, below!)[0]![0]).toBe(`${top} ${below}`);
  });

  it('leaves a cell ending in a joining word after no year alone', () => {
    expect(joined('Team of 12 to', '40 people')[0]![0]).toBe('Team of 12 to');
    expect(joined('Lisbon a', 'Porto')[0]![0]).toBe('Lisbon a');
  });
});

describe('Europass wording', () => {
  it('reads a capitals section label wrapped over two rows as one heading, and only then', () => {
    const cv = ['EDUCACIÓN Y', 'FORMACIÓN', 'Fechas: 2012 – 2015', 'Cualificación obtenida: MSc Data Science'];
    const school = profileOfText([...cv, 'Nombre y tipo del centro de estudios Universidad de Arenales'].join('\n'));
    expect(school.education.map((e) => e.institution)).toEqual(['Universidad de Arenales']);
    // Two capitals lines that are no heading together: a name over a title stays two lines.
    const named = profileOfText(['ANA RUIZ', 'INGENIERA', 'Experience', 'Acme | Engineer | 2019 – 2021'].join('\n'));
    expect(named.work.map((w) => w.name)).toEqual(['Acme']);
  });

  it('reads a long label cut short by a few words, never a short one', () => {
    expect(formField('Nombre y dirección de la empresa')).toBe('employer');
    expect(formField("Nom et type de l'établissement d'enseignement")).toBe('school');
    expect(formField('Nome e tipo da organização de ensino')).toBe('school');
    expect(formField('Name and type')).toBeUndefined();
    expect(formField('Nombre y dirección')).toBeUndefined();
    const work = profileOfText(
      [
        'Experiencia laboral',
        'Fechas | 2019 – 2021',
        'Profesión o cargo desempeñado | Técnica de obra',
        'Nombre y dirección de la empresa | Obras Mirasol, Sevilla',
      ].join('\n'),
    ).work;
    expect(work.map((w) => [w.name, w.position])).toEqual([['Obras Mirasol', 'Técnica de obra']]);
  });
});
