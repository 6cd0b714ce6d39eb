import { describe, expect, it } from 'vitest';
import { findDates, isoPoint } from '../src/text/dates.js';
import { personLike } from '../src/corpus/formats/nameHint.js';
import { asPersonName, NAME_PARTICLES } from '../src/corpus/nameShape.js';
import { caseName } from '../src/corpus/nameCase.js';
import { cleanPersonName, labelledName } from '../src/profile/personName.js';
import { readProfile } from '../src/profile/readProfile.js';
import { headingKind } from '../src/profile/sections.js';
import { jsonResumeOf, skillMatrix } from '../src/profile/exportFormats.js';
import { fileNameFor, schemaProblems } from '../src/cli/exportCommand.js';

/** Articles open a family name with a capital unless another particle stands before them. */
const ARTICLES = ['le', 'la', 'les', 'el'];

const numbered = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

describe('section headings in five languages', () => {
  it.each([
    ['Berufserfahrung', 'work'],
    ['EXPÉRIENCE PROFESSIONNELLE', 'work'],
    ['Experiencia laboral:', 'work'],
    ['Experiência de Trabalho', 'work'],
    ['## Work Experience & Internships', 'work'],
    ['Ausbildung', 'education'],
    ['Formação Académica', 'education'],
    ['Formación', 'education'],
    ['Compétences', 'skills'],
    ['Habilidades técnicas', 'skills'],
    ['Idiomas', 'languages'],
    ['Sprachen', 'languages'],
    ['L A N G U E S', 'languages'],
  ])('reads "%s" as a %s heading', (heading, kind) => {
    expect(headingKind(heading.replace(/^#+\s*/, ''))).toBe(kind);
  });

  it('takes no sentence or name for a heading', () => {
    expect(headingKind('Built a payments platform used by millions')).toBeUndefined();
    expect(headingKind('Quentin Albarède')).toBeUndefined();
  });
});

describe('dates in five languages', () => {
  it.each([
    ['März 2019 – heute', '2019-03', undefined, true],
    ['janvier 2018 - aujourd’hui', '2018-01', undefined, true],
    ['sept. 2015 à juin 2017', '2015-09', '2017-06', false],
    ['marzo de 2020 – actualidad', '2020-03', undefined, true],
    ['fevereiro 2012 até dezembro 2014', '2012-02', '2014-12', false],
    ['03/2016 – 11/2018', '2016-03', '2018-11', false],
    ['2011 - 2014', '2011', '2014', false],
    ['since 2021', '2021', undefined, true],
    ['Oct. 2009 – Present', '2009-10', undefined, true],
  ])('reads "%s"', (text, start, end, open) => {
    const [found] = findDates(text);
    expect(found?.start).toBe(start);
    expect(found?.end).toBe(end);
    expect(found?.open).toBe(open);
  });

  it('reads single points to ISO partial dates', () => {
    expect(isoPoint('mai 2004')).toBe('2004-05');
    expect(isoPoint('2004')).toBe('2004');
  });
});

describe('names', () => {
  it.each([
    ['Dr. Helga Brandstetter', 'Helga Brandstetter'],
    ['Prof. Dr.-Ing. Tobias Wendl', 'Tobias Wendl'],
    ['Ana Ribeiro, PhD', 'Ana Ribeiro'],
    ['Samuel Okafor MBA', 'Samuel Okafor'],
    ['LUCÍA FERNÁNDEZ ORTIZ', 'Lucía Fernández Ortiz'],
    ['P I E R R E   D U V A L', 'Pierre Duval'],
    ['Dr. rer. nat. Wiebke Hansen', 'Wiebke Hansen'],
    ['Meera Iyengar MBBS, MRCP (UK)', 'Meera Iyengar'],
    ['AOIFE NÍ MHAOLÁIN FRCS', 'Aoife Ní Mhaoláin'],
  ])('reads "%s" as "%s"', (raw, name) => {
    expect(cleanPersonName(raw)).toBe(name);
  });

  it('keeps every name particle in small letters, in the profile and in the corpus readers alike', () => {
    for (const particle of NAME_PARTICLES) {
      const written = `Irena ${ARTICLES.includes(particle) ? `van ${particle}` : particle} Kowalczyk`;
      expect(caseName(written.toUpperCase())).toBe(written);
      expect(personLike(written)).toBe(written);
      expect(asPersonName(written)).toBe(written);
    }
  });

  it('reads Name: lines in five languages', () => {
    expect(labelledName('Nom : Claire Vasseur')).toBe('Claire Vasseur');
    expect(labelledName('Nombre: Iker Zubizarreta')).toBe('Iker Zubizarreta');
    expect(labelledName('Nome: João Pedrosa')).toBe('João Pedrosa');
    expect(labelledName('Objective: a role in data')).toBeUndefined();
  });

  it('never takes a section heading for a name', () => {
    expect(cleanPersonName('Experiência de Trabalho')).toBeUndefined();
    expect(cleanPersonName('BERUFSERFAHRUNG')).toBeUndefined();
  });

  it('keeps particles small', () => {
    expect(caseName('JAN VAN DER MEER')).toBe('Jan van der Meer');
  });

  it.each([
    ['YANN LE GOFF', 'Yann Le Goff'],
    ['CHIARA LA ROCCA', 'Chiara La Rocca'],
    ['KARIM EL AMRANI', 'Karim El Amrani'],
    ['ODILE LES AUBIERS', 'Odile Les Aubiers'],
    ['JEAN DE LA FONTAINE', 'Jean de la Fontaine'],
    ['INÉS DE LA CRUZ', 'Inés de la Cruz'],
    ['yann le goff', 'Yann Le Goff'],
    ['Yann le Goff', 'Yann le Goff'],
  ])('gives an article that opens a family name its capital: %s → %s', (written, said) => {
    expect(caseName(written)).toBe(said);
  });
});

describe('basics as CV heads in five languages write them', () => {
  const basicsOf = (text: string, personName?: string) =>
    readProfile({ lines: numbered(text), ...(personName ? { personName } : {}) }).basics;

  it('reads the head under a "Curriculum Vitae", "Lebenslauf" or "Currículo" heading as the head', () => {
    const basics = basicsOf(
      '# Currículo\n\n**Bruna Teixeira Lopes**\n\nEngenheira de Dados\n\n📍 Recife, Brasil · bruna@example.com.br\n\n' +
        '## Experiência\nEngenheira de Dados — Acme (2020 – atual)\n',
      'Bruna Teixeira Lopes',
    );
    expect(basics).toMatchObject({
      name: 'Bruna Teixeira Lopes',
      label: 'Engenheira de Dados',
      email: 'bruna@example.com.br',
    });
    expect(basics.location).toEqual({ address: 'Recife, Brasil' });
    expect(basics.lines?.location).toEqual([7, 7]);
  });

  it('gives the address an "[at]" / "(at)" / "[dot]" spelling stands for', () => {
    const head = (contact: string) =>
      basicsOf(`Hanne Olsen\nDevOps Engineer\n${contact}\n\n## Experience\n`, 'Hanne Olsen');
    expect(head('✉ hanne.olsen [at] example [dot] no').email).toBe('hanne.olsen@example.no');
    expect(head('Tel. 040 1234567 · hanne(at)example.de').email).toBe('hanne@example.de');
    expect(head('hanne {at} example {dot} org | Oslo, Norway').email).toBe('hanne@example.org');
  });

  it('takes the basics of a front matter from its fields, never its "key:" lines', () => {
    const basics = basicsOf(
      '---\nname: "Idris Balogun"\ntitle: "Platform Engineer"\nlocation: Abuja, Nigeria\n---\n\n## Summary\nText.\n',
    );
    expect(basics).toMatchObject({
      name: 'Idris Balogun',
      label: 'Platform Engineer',
      location: { address: 'Abuja, Nigeria' },
    });
    expect(basics.lines?.label).toEqual([3, 3]);
  });

  it('takes no degree list or skills list for a place, and no name before a front matter role', () => {
    const head = basicsOf(
      'Ana Souza\nData Engineer\nBSc. Hons, MSc., PhD. — Lisbon\nSkills — Python, Pandas and R\n',
      'Ana Souza',
    );
    expect(head.location).toBeUndefined();
    const titled = basicsOf('---\ntitle: "Idris Balogun - Platform Engineer"\nname: Idris Balogun\n---\n\nText.\n');
    expect(titled.label).toBe('Platform Engineer');
  });

  it('takes the town of a labelled address in a personal-details section, not the street', () => {
    const basics = basicsOf(
      '# Lebenslauf\n\n## Persönliche Daten\nName: Jonas Brandt\nAnschrift: Lindenweg 4, 24103 Kiel\n',
    );
    expect(basics.location).toEqual({ address: 'Kiel' });
  });

  it('knows a title under the name in its feminine or compound form', () => {
    expect(basicsOf('Lina Roth\nSoftwarearchitektin\n', 'Lina Roth').label).toBe('Softwarearchitektin');
    expect(basicsOf('Inés Prado\nArquitecta de Soluciones\n', 'Inés Prado').label).toBe('Arquitecta de Soluciones');
    expect(basicsOf('Léa Morel\nCheffe de projet\n', 'Léa Morel').label).toBe('Cheffe de projet');
  });
});

const GERMAN = `# Katrin Oberholzer
Datenanalystin
katrin.oberholzer@example.org | +49 151 2345 6789

## Berufserfahrung

### Datenanalystin | Nordwind Logistik GmbH
März 2019 – heute
- Berichte für den Vertrieb

### Werkstudentin | Statistikamt Süd
Oktober 2016 – Februar 2019

## Ausbildung

Technische Universität Ostheim
Master of Science in Statistik
2014 – 2016

## Kenntnisse
Programmierung: R, Python, SQL

## Sprachen
Deutsch (Muttersprache), Englisch (C1), Französisch (B1)
`;

const PLAIN_TEXT = `Name: Tomás Araújo
tomas.araujo@example.com
Tel: +351 912 345 678

EXPERIÊNCIA PROFISSIONAL
Engenheiro de Software
Lusomar Sistemas, Lisboa, Portugal
01/2020 - atual
• Desenvolvimento de serviços
Estagiário
Faro Digital
06/2018 - 12/2019

FORMAÇÃO
Universidade de Coimbra
Licenciatura em Engenharia Informática
2015 - 2018

IDIOMAS
Português - nativo
Inglês - fluente
`;

describe('a profile read from a CV', () => {
  it('reads a German Markdown CV: roles with open and closed dates, school, skills, languages', () => {
    const profile = readProfile({ lines: numbered(GERMAN), personName: 'Katrin Oberholzer' });
    expect(profile.basics.name).toBe('Katrin Oberholzer');
    expect(profile.basics.email).toBe('katrin.oberholzer@example.org');
    expect(profile.basics.phone).toBe('+49 151 2345 6789');
    expect(profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Nordwind Logistik GmbH', 'Datenanalystin', '2019-03', undefined],
      ['Statistikamt Süd', 'Werkstudentin', '2016-10', '2019-02'],
    ]);
    expect(profile.work[0]!.lines).toEqual([7, 9]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Technische Universität Ostheim',
      studyType: 'Master of Science',
      area: 'Statistik',
      startDate: '2014',
      endDate: '2016',
    });
    expect(profile.skills[0]).toMatchObject({ name: 'Programmierung', keywords: ['R', 'Python', 'SQL'] });
    expect(profile.languages.map((l) => l.language)).toEqual(['German', 'English', 'French']);
  });

  it('reads a Portuguese plain-text CV with a Name: line and title-first roles', () => {
    const profile = readProfile({ lines: numbered(PLAIN_TEXT) });
    expect(profile.basics.name).toBe('Tomás Araújo');
    expect(profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Lusomar Sistemas', 'Engenheiro de Software', '2020-01', undefined],
      ['Faro Digital', 'Estagiário', '2018-06', '2019-12'],
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Universidade de Coimbra',
      studyType: 'Licenciatura',
      area: 'Engenharia Informática',
      endDate: '2018',
    });
    expect(profile.languages.map((l) => l.language)).toEqual(['Portuguese', 'English']);
  });

  it('reads a JSON Resume file from its fields, an open role without endDate', () => {
    const json = JSON.stringify(
      {
        basics: { name: 'Dr. Nadia Kowal', email: 'n@example.net' },
        work: [{ name: 'Vistula Labs', position: 'Engineer', startDate: '2020-02-01' }],
        skills: [{ name: 'Web', keywords: ['TypeScript'] }],
      },
      null,
      2,
    );
    const profile = readProfile({ lines: numbered(json), jsonResume: json });
    expect(profile.basics.name).toBe('Nadia Kowal');
    expect(profile.work[0]).toMatchObject({ name: 'Vistula Labs', position: 'Engineer', startDate: '2020-02' });
    expect(profile.work[0]!.endDate).toBeUndefined();
  });
});

describe('export', () => {
  it('writes JSON Resume that the official schema accepts, and rejects what it does not', () => {
    const profile = readProfile({ lines: numbered(GERMAN), personName: 'Katrin Oberholzer' });
    const resume = jsonResumeOf(profile);
    expect(schemaProblems(resume)).toBeUndefined();
    expect(schemaProblems({ basics: { email: 42 } })).toMatch(/email/);
  });

  it('writes a skill matrix: a row per person, a column per skill, ✓ where listed', () => {
    const a = readProfile({ lines: numbered(GERMAN), personName: 'Katrin Oberholzer' });
    const csv = skillMatrix([
      { person: 'Katrin Oberholzer', profile: a },
      { person: '=Mallory', profile: { ...a, skills: [] } },
    ])
      .trim()
      .split('\n');
    expect(csv[0]).toBe('person,Python,R,SQL');
    expect(csv[1]).toBe('Katrin Oberholzer,✓,✓,✓');
    expect(csv[2]).toBe("'=Mallory,,,");
  });

  it('names each exported file after its person in ASCII, letters no accent folding reaches included', () => {
    const taken = new Set<string>();
    expect(fileNameFor('Katrin Weiß', taken)).toBe('katrin-weiss.json');
    expect(fileNameFor('Bjørn Sørensen', taken)).toBe('bjorn-sorensen.json');
    expect(fileNameFor('Łucja Kołodziej', taken)).toBe('lucja-kolodziej.json');
    expect(fileNameFor('María José de la Cruz', taken)).toBe('maria-jose-de-la-cruz.json');
    expect(fileNameFor('Katrin Weiss', taken)).toBe('katrin-weiss-2.json');
  });
});

const roles = (text: string) =>
  readProfile({ lines: numbered(text) }).work.map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (text: string) =>
  readProfile({ lines: numbered(text) }).education.map((e) => [
    e.institution,
    [e.studyType, e.area].filter(Boolean).join(' '),
    e.endDate,
  ]);

describe('entry layouts of PDF, plain-text and Markdown exports', () => {
  it('cuts a double-spaced export at its date lines: title, employer, dates, then unbulleted duties', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Site Reliability Engineer',
      '',
      'Harrowgate Freight – Leeds, UK',
      '',
      'March 2021 – Present',
      '',
      'Keeps the booking platform available across three regions',
      '',
      'Runs the on-call rotation for the platform team',
      '',
      '',
      'Junior Developer',
      '',
      'Pellworth Insurance – York, UK',
      '',
      'September 2018 – February 2021',
      '',
      'Wrote claims intake services in Kotlin',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['Harrowgate Freight', 'Site Reliability Engineer', '2021-03', undefined],
      ['Pellworth Insurance', 'Junior Developer', '2018-09', '2021-02'],
    ]);
  });

  it('cuts a flat layout whose dates sit at the end of the employer line after a wide gap', () => {
    const text = [
      'Berufserfahrung',
      'Brunnhof Maschinenbau GmbH        04/2017 – heute',
      'Konstrukteur',
      'Entwurf von Getriebegehäusen für Landmaschinen',
      'Kessler Anlagen AG\t09/2013 – 03/2017',
      'Technischer Zeichner',
      'Zeichnungen nach Kundenvorgabe',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['Brunnhof Maschinenbau GmbH', 'Konstrukteur', '2017-04', undefined],
      ['Kessler Anlagen AG', 'Technischer Zeichner', '2013-09', '2017-03'],
    ]);
  });

  it('reads role lines as "Title, Employer (years)" and "Employer | Title | MM/YYYY – MM/YYYY"', () => {
    expect(
      roles(
        'Experience\nResearch Scientist, Calloway Institute (2019–present)\nData Analyst, Brightmere Bank (2016–2019)',
      ),
    ).toEqual([
      ['Calloway Institute', 'Research Scientist', '2019', undefined],
      ['Brightmere Bank', 'Data Analyst', '2016', '2019'],
    ]);
    expect(roles('Experiencia\nTelmora S.A. | Ingeniera de datos | 03/2018 – 12/2020\n- Modelos de demanda')).toEqual([
      ['Telmora S.A.', 'Ingeniera de datos', '2018-03', '2020-12'],
    ]);
  });

  it('keeps a PDF date line that starts with an icon read as a letter, and reads MM/YY ranges', () => {
    expect(
      roles(
        '## Experience\n### Staff Writer\nOrwell Gazette\nz June 2014 – Ongoing * Bristol, UK\n• Edited the science desk',
      ),
    ).toEqual([['Orwell Gazette', 'Staff Writer', '2014-06', undefined]]);
    expect(
      roles(
        '## Experience\n### Lab Technician\nVerdant Labs (Oakland, Ca.) 02/12 - 08/15\n### Shift Supervisor\nDune Coffee 06/10 - Now',
      ),
    ).toEqual([
      ['Verdant Labs', 'Lab Technician', '2012-02', '2015-08'],
      ['Dune Coffee', 'Shift Supervisor', '2010-06', undefined],
    ]);
  });

  it('reads a list whose every item is a school, and leaves labelled details out of the heading', () => {
    const text = [
      'Formación',
      '* Máster en Historia Moderna, Universidad de Salamanca 2015-2016',
      '* Grado en Historia, Universidad de Oviedo, 2011-2015',
      '',
      'Education',
      '### MA, Economics',
      'University of Tarrow, June 2012',
      'Relevant Coursework: Econometrics, Game Theory',
    ].join('\n');
    expect(schools(text)).toEqual([
      ['Universidad de Salamanca', 'Máster Historia Moderna', '2016'],
      ['Universidad de Oviedo', 'Grado Historia', '2015'],
      ['University of Tarrow', 'MA Economics', '2012-06'],
    ]);
  });

  it('reads a role given as a dated list item with its employer as the first sub-item', () => {
    expect(
      roles(
        'Work experience\n* May 2020 - August 2020: Research Intern\n  * Quillon Analytics\n  * Built pricing models',
      ),
    ).toEqual([['Quillon Analytics', 'Research Intern', '2020-05', '2020-08']]);
  });
});

describe('skills and languages written as nested lists', () => {
  const text = [
    'Compétences',
    '* Outils :',
    '  * Excel:',
    '    * Power Query',
    '    * VBA',
    '* Langues',
    '  * Français : langue maternelle',
    '  * Anglais : courant',
    '',
    'Personal Skills',
    '* Patience \\',
    'I listen before I answer and keep calm when a shift gets busy.',
    '',
    'Extra',
    '* Human Languages:',
    '     * Spanish (native speaker)',
  ].join('\n');
  const profile = readProfile({ lines: numbered(text) });

  it('reads a languages sub-list under another heading, and leaves it out of the skills', () => {
    expect(profile.languages.map((l) => l.language)).toEqual(['French', 'English', 'Spanish']);
    expect(profile.skills.flatMap((s) => s.keywords)).not.toContain('courant');
  });

  it('reads a nested label as a skill and a skill name above its prose', () => {
    const keywords = profile.skills.flatMap((s) => s.keywords);
    expect(keywords).toEqual(expect.arrayContaining(['Excel', 'Power Query', 'VBA', 'Patience']));
    expect(keywords.some((k) => k.includes('listen'))).toBe(false);
  });
});
