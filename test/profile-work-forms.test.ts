/**
 * Role headings written in forms the development CVs do not show, each class in several invented
 * variants (people, employers and duties made up here), read by the profile reader from text as
 * the corpus readers give it; each class beside a line that must not become a role.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';
import { findDates } from '../src/text/dates.js';

const numbered = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const rolesOf = (text: string) =>
  readProfile({ lines: numbered(text) }).work.map((w) => [w.position, w.name, w.startDate, w.endDate ?? null]);

describe('a heading ending in a legal form written with full stops', () => {
  it.each([
    [
      'Experiencia laboral',
      'Analista de datos — Grupo Almenara S.A.',
      'desde 2021, Valencia',
      'Analista de datos',
      'Grupo Almenara S.A.',
    ],
    [
      'Experiência profissional',
      'Engenheira de Dados — Vilaverde Sistemas Ltda.',
      '2019 – atual, Recife',
      'Engenheira de Dados',
      'Vilaverde Sistemas Ltda.',
    ],
    [
      'Experience',
      'Product Designer — Harlow Brothers Inc.',
      '2018 – present, Boston',
      'Product Designer',
      'Harlow Brothers Inc.',
    ],
    [
      'Experiencia',
      'Consultora junior — Tresmares Consultores S.L.',
      'dic 2018 – 2021, Madrid',
      'Consultora junior',
      'Tresmares Consultores S.L.',
    ],
  ])('reads "%s" / "%s" as the role over its dates line', (heading, head, dates, position, name) => {
    const text = `# Ana Example\n\n## ${heading}\n\n${head}\n${dates}\nModelos de demanda para el equipo comercial.\n`;
    const [role] = rolesOf(text);
    expect(role?.slice(0, 2)).toEqual([position, name]);
    expect(role?.[2]).toBe(findDates(dates)[0]!.start);
  });

  it('still takes a sentence ending in a full stop after a word for what the role did', () => {
    const text =
      '## Experience\n\nEngineer — Harlow Systems\n2018 – 2020\n' +
      'Moved the whole billing platform onto managed Kubernetes.\n';
    expect(rolesOf(text)).toEqual([['Engineer', 'Harlow Systems', '2018', '2020']]);
  });
});

describe('a short duty sentence under a date-first role line', () => {
  it.each([
    [
      'Berufserfahrung',
      '09/2014 – 02/2018  Softwareentwicklerin, Carstens & Ohm AG, Bremen',
      'Pflege des ERP-Systems.',
      'Softwareentwicklerin',
      'Carstens & Ohm AG',
    ],
    [
      'Experience',
      '2015 – 2019  Data Analyst, Ostrava Foods Ltd, Leeds',
      'Wrote the Finance-Reports.',
      'Data Analyst',
      'Ostrava Foods Ltd',
    ],
    [
      'Expérience professionnelle',
      '2016 – 2020  Chargée de communication, Maison Arbelot SAS, Lyon',
      'Rédaction des Newsletters.',
      'Chargée de communication',
      'Maison Arbelot SAS',
    ],
  ])('reads the role of "%s" and leaves "%s" out', (heading, line, duty, position, name) => {
    const first = '03/2020 – heute  Senior Engineer, Lindqvist GmbH, Hamburg\nEntwicklung von Microservices in Kotlin.';
    const text = `## ${heading}\n\n${first}\n\n${line}\n${duty}\n`;
    const roles = rolesOf(text);
    expect(roles).toHaveLength(2);
    expect(roles[1]!.slice(0, 2)).toEqual([position, name]);
  });
});

describe('LaTeX entries whose last arguments are what the role did', () => {
  it.each([
    [
      '2013–2018 · Controls Engineer · Dunmore Automation · Derry · PLC programming.',
      'Controls Engineer',
      'Dunmore Automation',
      '2013',
    ],
    [
      '2016–2019 · Ingénieure système · Garrigue Conseil · Nîmes · Supervision des serveurs.',
      'Ingénieure système',
      'Garrigue Conseil',
      '2016',
    ],
    [
      "Architecte logiciel · Cigalon Informatique SAS · Montpellier · Mars 2020 - Aujourd'hui · " +
        '- Conception des microservices de paiement pour trois équipes',
      'Architecte logiciel',
      'Cigalon Informatique SAS',
      '2020-03',
    ],
    [
      'Desarrolladora · Quebracho Sistemas S.A. · Rosario · 2016 -- 2020 · ' +
        '• Mantenimiento del sistema de facturación electrónica y de sus integraciones',
      'Desarrolladora',
      'Quebracho Sistemas S.A.',
      '2016',
    ],
  ])('reads "%s"', (line, position, name, start) => {
    const [role] = rolesOf(`## Experience\n\n${line}\n`);
    expect(role?.slice(0, 3)).toEqual([position, name, start]);
  });

  it('keeps an employer whose name ends in an abbreviation with a full stop', () => {
    const [role] = rolesOf('## Experience\n\nAnalyst · Brightwater Univ. · Leeds · 2015–2019\n');
    expect(role).toEqual(['Analyst', 'Brightwater Univ.', '2015', '2019']);
  });
});

describe("a two-column table's header row read as a label and its value", () => {
  it.each([
    [
      'Zeitraum: Tätigkeit',
      '01/2019 – heute | Cloud-Architekt, Wetterau Systemhaus GmbH, Frankfurt',
      'Cloud-Architekt',
      'Wetterau Systemhaus GmbH',
    ],
    [
      'Period: Position',
      '2017 – 2021 | Support Engineer, Fenwick Data Ltd, Leeds',
      'Support Engineer',
      'Fenwick Data Ltd',
    ],
    ['Periodo: Puesto', '2018 – actualidad | Enfermera, Clínica Bahía S.L., Cádiz', 'Enfermera', 'Clínica Bahía S.L.'],
  ])('does not read "%s" as a part of the first role', (header, row, position, name) => {
    const [role] = rolesOf(`## Experience\n\n${header}\n${row}\n`);
    expect(role?.slice(0, 2)).toEqual([position, name]);
  });

  it('still reads a labelled employer', () => {
    const [role] = rolesOf(
      '## Experience\n\nCompany: Fenwick Data Ltd\nPosition: Support Engineer\nPeriod: 2017 – 2021\n',
    );
    expect(role).toEqual(['Support Engineer', 'Fenwick Data Ltd', '2017', '2021']);
  });
});

describe('titles in the words of five languages', () => {
  it.each([
    ['Diseñadora UX en Cordillera Digital SpA', 'Diseñadora UX', 'Cordillera Digital SpA'],
    ['Enfermero en Hospital del Mar', 'Enfermero', 'Hospital del Mar'],
    ['Cientista de Dados na Mandioca Labs', 'Cientista de Dados', 'Mandioca Labs'],
    ['Mediengestalterin bei Druckhaus Saalegrund KG', 'Mediengestalterin', 'Druckhaus Saalegrund KG'],
    ['Infirmière chez Clinique des Alpes', 'Infirmière', 'Clinique des Alpes'],
  ])('reads "%s"', (line, position, name) => {
    const [role] = rolesOf(`## Experience\n\n- **2020 – 2023**: ${line}\n`);
    expect(role?.slice(0, 2)).toEqual([position, name]);
  });

  it('reads a company named for what it makes as the employer, not the title', () => {
    const [role] = rolesOf('## Experience\n\nTest Engineer | Brandon Semiconductor | 2016 – 2020\n');
    expect(role?.slice(0, 2)).toEqual(['Test Engineer', 'Brandon Semiconductor']);
  });
});

describe('quarters as dates', () => {
  it.each([
    ['- **Engineering Manager**, Plumtree Robotics Inc. (Q2 2021 – present)', 'Plumtree Robotics Inc.', '2021', null],
    [
      '- **Senior Firmware Engineer**, Plumtree Robotics Inc. (Q3 2018 – Q1 2021)',
      'Plumtree Robotics Inc.',
      '2018',
      '2021',
    ],
    ['Projektleiter | Havelland Energie GmbH | Q4/2017 – Q2/2020', 'Havelland Energie GmbH', '2017', '2020'],
  ])('reads "%s" with no quarter left in the employer', (line, name, start, end) => {
    const [role] = rolesOf(`## Work History\n\n${line}\n`);
    expect(role?.slice(1)).toEqual([name, start, end]);
  });

  it('reads no date in a word that holds a Q and a number', () => {
    expect(findDates('HQ2 2019')).toEqual([{ start: '2019', open: false, index: 4, length: 4 }]);
  });
});

describe('lines that are no role', () => {
  it('reads a client list, a project and a publication beside roles as none', () => {
    const text =
      '## Experience\n\nFreelance Web Developer — Self-employed\n2020 – present\n' +
      'Clients: Acme Bakery, Foo Florists, Larkspur Tea.\n\n' +
      '## Projects\n\nTidepool — a tide chart app (2021)\n\n' +
      '## Publications\n\n- Marchetti, É. (2019). Le marketing local. Revue Commerce, 12(3).\n';
    expect(rolesOf(text)).toEqual([['Freelance Web Developer', 'Self-employed', '2020', null]]);
  });
});

describe("an employer's line over the roles held there, each with its dates", () => {
  it.each([
    [
      '**Harbourgate Bank plc**, London — 2012 – Present\n\n*Head of Treasury Systems*, 2019 – Present\n\n' +
        '- Ran a team of twenty.\n\n*Business Analyst*, 2012 – 2019\n',
      [
        ['Head of Treasury Systems', 'Harbourgate Bank plc', '2019', null],
        ['Business Analyst', 'Harbourgate Bank plc', '2012', '2019'],
      ],
    ],
    [
      '**Stonebridge Health Trust** (2014 – present)\n\nConsultant Radiologist (2019 – present)\n\n' +
        'Specialty Registrar (2014 – 2019)\n',
      [
        ['Consultant Radiologist', 'Stonebridge Health Trust', '2019', null],
        ['Specialty Registrar', 'Stonebridge Health Trust', '2014', '2019'],
      ],
    ],
  ])('reads the roles under it and not the employer line as one more role (%#)', (body, roles) => {
    expect(rolesOf(`## Professional Experience\n\n${body}`)).toEqual(roles);
  });

  it('still reads an employer line with a title as a role of its own', () => {
    const text = '## Experience\n\n**Kittiwake Consulting** — Consultant, 2009 – 2012\n\n*Associate*, 2012 – 2014\n';
    expect(rolesOf(text)).toEqual([
      ['Consultant', 'Kittiwake Consulting', '2009', '2012'],
      ['Associate', 'Kittiwake Consulting', '2012', '2014'],
    ]);
  });
});

describe('a duty sentence between two roles under one employer', () => {
  it.each([
    ['Platform architecture for payments.', 'Staff Engineer', 'Senior Software Engineer'],
    ['Pilotage des projets de paiement.', 'Cheffe de projet', 'Chargée de mission'],
    ['Gestión del equipo de datos.', 'Jefa de datos', 'Analista de datos'],
  ])('reads "%s" as what the first role did, not a heading of the second', (duty, first, second) => {
    const text =
      `## Experience\n\n### Brindlecombe\n\n5 years 2 months\n\n${first}\n\nJanuary 2022 - Present (2 years)\n\n` +
      `Bristol, England, United Kingdom\n\n${duty}\n\n${second}\n\nFebruary 2019 - December 2021 (2 years 11 months)\n`;
    expect(rolesOf(text)).toEqual([
      [first, 'Brindlecombe', '2022-01', null],
      [second, 'Brindlecombe', '2019-02', '2021-12'],
    ]);
  });
});

describe('legal forms and places written in several words', () => {
  it.each([
    ['Gestora de Projetos', 'Alfama Engenharia, S.A. – Lisboa', 'Alfama Engenharia, S.A.'],
    ['Jefe de Ventas', 'Distribuidora Guadalete S.A., Jerez de la Frontera', 'Distribuidora Guadalete S.A.'],
    ['Technicienne méthodes', 'Fonderie Bréval, Cholet', 'Fonderie Bréval'],
    ['Chemikerin', 'Auental Chemie, Frankfurt am Main', 'Auental Chemie'],
  ])('reads "%s" at "%s"', (position, employer, name) => {
    const [role] = rolesOf(`## Experience\n\n${position}   2016 – 2020\n${employer}\n`);
    expect(role?.slice(0, 2)).toEqual([position, name]);
  });
});
