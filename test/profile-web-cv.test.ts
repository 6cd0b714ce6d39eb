import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/corpus/formats/html.js';
import { cleanText } from '../src/profile/lines.js';
import { readProfile } from '../src/profile/readProfile.js';
import type { Profile } from '../src/profile/types.js';

/** The profile of a Markdown (or plain text) CV. */
function profileOfText(text: string): Profile {
  return readProfile({ lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })) });
}

/** The profile of an HTML CV, read from the lines the HTML reader gives. */
function profileOfHtml(body: string, lang = 'en'): Profile {
  const outcome = readHtml(`<!DOCTYPE html>\n<html lang="${lang}">\n<body>\n${body}\n</body>\n</html>\n`);
  if (outcome.kind !== 'read') throw new Error(outcome.reason);
  return readProfile({ lines: outcome.text.lines.map((text, i) => ({ line: i + 1, text })) });
}

const roles = (profile: Profile) => profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate ?? 'open']);
const schools = (profile: Profile) => profile.education.map((e) => [e.institution, e.endDate]);

describe('roles kept as YAML records in front matter', () => {
  it("reads Hugo Academic's experience widget, an empty date_end an open role", () => {
    const profile = profileOfText(
      [
        '---',
        'title: Wenna Trelawney',
        'organizations:',
        '  - name: Porthallow Marine Lab',
        'experience:',
        '  - title: Research Fellow',
        '    company: Porthallow Marine Lab',
        "    date_start: '2021-10-01'",
        "    date_end: ''",
        '  - title: Lab Technician',
        '    company: Gwithian Seaweed Co.',
        "    date_start: '2017-01-01'",
        "    date_end: '2021-09-30'",
        '---',
        '',
        'Wenna studies kelp.',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Porthallow Marine Lab', 'Research Fellow', '2021-10', 'open'],
      ['Gwithian Seaweed Co.', 'Lab Technician', '2017-01', '2021-09'],
    ]);
    expect(profile.work[0]!.lines).toEqual([6, 9]);
  });

  it('reads Hugo Blox and Jekyll keys, a duration range in one value, in other languages too', () => {
    const profile = profileOfText(
      [
        '---',
        'name: Joana Serrão',
        'work:',
        '  - position: Engenheira de Dados',
        '    company_name: Navalis Dados',
        '    date_start: 2020-03-01',
        '    date_end: atual',
        '  - role: Entwicklerin',
        '    employer: Kranich Software GmbH',
        '    duration: 2016 - 2020',
        '---',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Navalis Dados', 'Engenheira de Dados', '2020-03', 'open'],
      ['Kranich Software GmbH', 'Entwicklerin', '2016', '2020'],
    ]);
  });

  it('takes no record without both an employer and a title for a role', () => {
    const profile = profileOfText(
      [
        '---',
        'title: Ivo Pereira',
        'organizations:',
        '  - name: Tamega Labs',
        '    url: https://tamega.example',
        'links:',
        '  - company: Tamega Labs',
        '    url: https://tamega.example/team',
        '---',
      ].join('\n'),
    );
    expect(profile.work).toEqual([]);
  });

  it('still reads schools from the same front matter', () => {
    const profile = profileOfText(
      [
        '---',
        'experience:',
        '  - title: Postdoc',
        '    company: Lanreath Institute',
        '    date_start: 2022-01-01',
        'education:',
        '  courses:',
        '    - course: PhD in Ecology',
        '      institution: University of Bodmin',
        '      year: 2021',
        '---',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([['Lanreath Institute', 'Postdoc', '2022-01', 'open']]);
    expect(schools(profile)).toEqual([['University of Bodmin', '2021']]);
  });
});

describe('a theme that gives sections and entries one heading level', () => {
  it("reads each entry's dates from the line above its heading (JSON Resume elegant)", () => {
    const profile = profileOfHtml(
      [
        '<h4 class="section-title">Work Experience</h4>',
        '<div><span class="tenure">Jan 2018 - Present</span>',
        '<h4 class="company">Tidewater Analytics</h4>',
        '<div class="position">Data Scientist</div></div>',
        '<div><span class="tenure">Jun 2014 - Dec 2017</span>',
        '<h4 class="company">Pellham Insurance Group</h4>',
        '<div class="position">Actuarial Analyst</div></div>',
        '<h4 class="section-title">Education</h4>',
        '<div><span class="tenure">2010 - 2014</span>',
        '<h4 class="company">Marrowdale College</h4>',
        '<div class="position">BSc, Mathematics</div></div>',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Tidewater Analytics', 'Data Scientist', '2018-01', 'open'],
      ['Pellham Insurance Group', 'Actuarial Analyst', '2014-06', '2017-12'],
    ]);
    // The entry's lines run from its dates above the heading.
    expect(profile.work[0]!.lines[0]).toBe(5);
    expect(schools(profile)).toEqual([['Marrowdale College', '2014']]);
  });

  it('reads German and Spanish sections the same way', () => {
    const de = profileOfText(
      ['### Berufserfahrung', '', 'seit 03/2019', '### Kranichfeld Software GmbH', 'Entwicklerin', ''].join('\n'),
    );
    expect(roles(de)).toEqual([['Kranichfeld Software GmbH', 'Entwicklerin', '2019-03', 'open']]);
    const es = profileOfText(
      ['### Experiencia', '', '2018 – actualidad', '### Corporación Sierra Alta', 'Ingeniera de software'].join('\n'),
    );
    expect(roles(es)).toEqual([['Corporación Sierra Alta', 'Ingeniera de software', '2018', 'open']]);
  });

  it('still ends the section at an unknown heading of its level with no dates beside it', () => {
    const profile = profileOfText(
      [
        '## Experience',
        '',
        '**Analyst**, Brookmere Bank, 2019 – 2022',
        '',
        '## Things I Enjoy',
        '',
        'Sailing, Acme Rowing Club',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([['Brookmere Bank', 'Analyst', '2019', '2022']]);
  });

  it('ends it at an unknown heading of its level with a date in the prose under it', () => {
    const profile = profileOfText(
      [
        '## Education',
        '',
        '2010-2013. Doctor of Philosophy (PhD), Ecology, University of Tarnwick.',
        '',
        '## Research Output',
        'Cited over 900 times (Google Scholar, 05/21); an h-index of 14.',
      ].join('\n'),
    );
    expect(profile.education).toHaveLength(1);
    expect(profile.education[0]!.institution).toMatch(/^University of Tarnwick/);
  });
});

describe("an employer's line with dates over the one title it names", () => {
  it('gives the title the dates (JSON Resume flat)', () => {
    const profile = profileOfHtml(
      [
        '<h3>Work</h3>',
        '<h4><span>Harrowby Freight</span><span class="date">March 2019 — Present</span></h4>',
        '<h4>Operations Engineer</h4>',
        '<h4><span>Fennel &amp; Storr</span><span class="date">July 2015 — February 2019</span></h4>',
        '<h4>Junior Engineer</h4>',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Harrowby Freight', 'Operations Engineer', '2019-03', 'open'],
      ['Fennel & Storr', 'Junior Engineer', '2015-07', '2019-02'],
    ]);
    expect(profile.work[0]!.lines).toEqual([5, 6]);
  });

  it('does so in French too', () => {
    const profile = profileOfHtml(
      [
        '<h3>Expérience</h3>',
        '<h4><span>Maison Verdier</span><span class="date">depuis 2020</span></h4>',
        '<h4>Ingénieure qualité</h4>',
      ].join('\n'),
      'fr',
    );
    expect(roles(profile)).toEqual([['Maison Verdier', 'Ingénieure qualité', '2020', 'open']]);
  });

  it('leaves the dates of two titles under one employer to each title', () => {
    const profile = profileOfText(
      [
        '## Experience',
        '',
        '**Harbourgate Bank**, 2012 – Present',
        '',
        '**Lead Analyst** (2018 – Present)',
        '',
        '**Analyst** (2012 – 2018)',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Harbourgate Bank', 'Lead Analyst', '2018', 'open'],
      ['Harbourgate Bank', 'Analyst', '2012', '2018'],
    ]);
  });
});

describe('HTML blocks written on one line of a Markdown CV', () => {
  it('parts blocks that end and start on the line (al-folio, hand-written pages)', () => {
    expect(cleanText('<h6 class="title">Research Scientist</h6><h6 class="ml-1">Haldane Lab</h6>')).toBe(
      'Research Scientist | Haldane Lab',
    );
    expect(cleanText('<p>Ingeniera de datos</p> <p>Grupo Almendro</p>')).toBe('Ingeniera de datos | Grupo Almendro');
    expect(cleanText('<dt>seit 2019</dt><dd>Entwickler, Kranich GmbH</dd>')).toBe(
      'seit 2019 | Entwickler, Kranich GmbH',
    );
  });

  it('leaves inline markup and a block closing the line alone', () => {
    expect(cleanText('<p><b>Ardent Mills</b> Leeds</p>')).toBe('Ardent Mills Leeds');
    expect(cleanText('<div>Analyste, Banque Ferrand</div>')).toBe('Analyste, Banque Ferrand');
  });

  it('reads roles from an al-folio CV table', () => {
    const profile = profileOfText(
      [
        '## Experience',
        '<table class="table table-sm">',
        '<tr><td><span class="badge">2020 - 2024</span></td><td><h6 class="title">Research Scientist</h6>' +
          '<h6 class="ml-1">Haldane Climate Group</h6></td></tr>',
        '<tr><td><span class="badge">desde 2016</span></td><td><h6 class="title">Investigador</h6>' +
          '<h6 class="ml-1">Universidad de Orbea</h6></td></tr>',
        '</table>',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Haldane Climate Group', 'Research Scientist', '2020', '2024'],
      ['Universidad de Orbea', 'Investigador', '2016', 'open'],
    ]);
  });
});

describe("an employer's list item over its roles as sub-items", () => {
  it('reads a role per dated sub-item, each at the employer with its own dates', () => {
    const profile = profileOfText(
      [
        '## Experience',
        '',
        '- **Brightwell Energy** (2016 – present)',
        '  - Senior Analyst, 2020 – present',
        '  - Analyst, 2016 – 2020',
        '- **Skagen Power**, 2012 – 2016',
        '  - Graduate Engineer, 2012 – 2014',
        '  - Engineer, 2014 – 2016',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Brightwell Energy', 'Senior Analyst', '2020', 'open'],
      ['Brightwell Energy', 'Analyst', '2016', '2020'],
      ['Skagen Power', 'Graduate Engineer', '2012', '2014'],
      ['Skagen Power', 'Engineer', '2014', '2016'],
    ]);
    expect(profile.work[0]!.lines).toEqual([3, 4]);
  });

  it('does so in Spanish, and leaves sub-items that are achievements to their role', () => {
    const es = profileOfText(
      [
        '## Experiencia',
        '',
        '- **Grupo Almendral**',
        '  - Analista sénior, desde 2021',
        '  - Analista, 2018 – 2021',
      ].join('\n'),
    );
    expect(roles(es)).toEqual([
      ['Grupo Almendral', 'Analista sénior', '2021', 'open'],
      ['Grupo Almendral', 'Analista', '2018', '2021'],
    ]);
    const points = profileOfText(
      [
        '## Experience',
        '',
        '- **Analyst**, Brookmere Bank, 2019 – 2022',
        '  - Built the 2020 stress-test model in Python.',
        '  - Cut reporting time by half.',
      ].join('\n'),
    );
    expect(roles(points)).toEqual([['Brookmere Bank', 'Analyst', '2019', '2022']]);
  });
});

describe('Spanish and Portuguese roles written as a sentence', () => {
  it('reads "título en Organización, de 2017 a 2024" as title, employer and dates', () => {
    const es = profileOfHtml(
      [
        '<h2>Experiencia laboral</h2>',
        '<ul>',
        '<li><strong>Enfermera</strong> en Hospital Valdemora, de 2017 a 2024</li>',
        '<li><strong>Auxiliar de enfermería</strong> en Clínica Montehermoso, de 2013 a 2017</li>',
        '</ul>',
      ].join('\n'),
      'es',
    );
    expect(roles(es)).toEqual([
      ['Hospital Valdemora', 'Enfermera', '2017', '2024'],
      ['Clínica Montehermoso', 'Auxiliar de enfermería', '2013', '2017'],
    ]);
    const pt = profileOfText(['## Experiência', '', '- Enfermeira no Hospital Serra Azul, desde 2020'].join('\n'));
    expect(roles(pt)).toEqual([['Hospital Serra Azul', 'Enfermeira', '2020', 'open']]);
  });

  it('keeps a title that names its field after "en" whole', () => {
    const es = profileOfText(
      ['## Experiencia', '', '- Técnico en Laboratorio Clínico, Hospital Sur, 2014 – 2018'].join('\n'),
    );
    expect(roles(es)).toEqual([['Hospital Sur', 'Técnico en Laboratorio Clínico', '2014', '2018']]);
  });
});
