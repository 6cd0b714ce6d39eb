/**
 * A probe of school and skills classes real CVs use beyond the ones the rules were fitted on: schools
 * with no "University" word (Instituto Superior, École Nationale, Hochschule, Polytechnic, an acronym
 * and its town), degree / school / dates in each order, degree abbreviations in five languages, the
 * subject after "in"/"en"/"em"/"of"/a comma, ongoing studies, thesis / grade / exchange lines,
 * courses and bootcamps, schools in tables; skill ratings, skills under sub-headings, in definition
 * lists, under five languages' headings, and tools named under a role (which are no skills list).
 * Text, Markdown, HTML, LaTeX and JSON Resume. Every person, school and subject is invented.
 */
import type { Expected, SyntheticCv } from './syntheticCvs.js';
import { skillProbes } from './syntheticSkillProbe.js';
import { layoutProbes, markupProbes, pdfSkillProbes, templateProbes } from './syntheticTemplateProbe.js';

export interface ProbeSchool {
  readonly institution: string;
  /** undefined: the class does not judge the degree (an exchange semester). */
  readonly degree?: string;
  readonly start?: string;
  readonly end?: string;
}

export interface ProbeCv extends SyntheticCv {
  readonly schools?: readonly ProbeSchool[];
}

let serial = 0;

/** A probe CV: its class, its format (by file name), its text, the schools and skills it states. */
export function probe(
  className: string,
  file: string,
  text: string,
  schools: readonly ProbeSchool[] | undefined,
  skills: readonly string[] = [],
): ProbeCv {
  serial++;
  const name = `Probe Person${serial}`;
  const expected: Expected = {
    name,
    email: '',
    phone: '',
    work: [],
    education: (schools ?? []).map((s) => ({ institution: s.institution, degree: s.degree ?? '' })),
    skills,
    languages: [],
  };
  return { className, file, text, expected, ...(schools ? { schools } : {}) };
}

const s = (institution: string, degree?: string, start?: string, end?: string): ProbeSchool => ({
  institution,
  ...(degree ? { degree } : {}),
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

export const md = (name: string, heading: string, body: string) =>
  `# ${name}\n${name.split(' ')[0]!.toLowerCase()}@example.org\n\n## ${heading}\n\n${body}\n`;
export const txt = (name: string, heading: string, body: string) =>
  `${name}\n${name.split(' ')[0]!.toLowerCase()}@example.org\n\n${heading.toUpperCase()}\n\n${body}\n`;
export const html = (name: string, heading: string, body: string) =>
  `<!DOCTYPE html>\n<html><body>\n<h1>${name}</h1>\n<p>${name.split(' ')[0]!.toLowerCase()}@example.org</p>\n` +
  `<h2>${heading}</h2>\n${body}\n</body></html>\n`;
export const tex = (name: string, heading: string, body: string) =>
  `\\documentclass{article}\n\\begin{document}\n{\\Large ${name}}\\\\\n` +
  `${name.split(' ')[0]!.toLowerCase()}@example.org\n\n\\section*{${heading}}\n${body}\n\\end{document}\n`;

const NO_WORD = 'schools: no "University" word';
const ORDER = 'schools: degree, school, dates in any order';
const ABBREV = 'schools: degree abbreviations';
const AREA = 'schools: subject after in/en/em/of/comma';
const ONGOING = 'schools: ongoing and expected';
const NOTES = 'schools: thesis, grade, exchange lines';
const COURSES = 'schools: courses and bootcamps';
const TABLES = 'schools: in tables';

function noWordSchools(): ProbeCv[] {
  return [
    probe(
      NO_WORD,
      'a.md',
      md('Iona Fairbeck', 'Education', '**Marlow Polytechnic** — BEng Mechanical Engineering, 2012 – 2016'),
      [s('Marlow Polytechnic', 'BEng Mechanical Engineering', '2012', '2016')],
    ),
    probe(
      NO_WORD,
      'a.txt',
      txt(
        'Rui Valadares',
        'Formação Académica',
        'Instituto Superior de Vale Fundo\nMestrado em Engenharia Civil\n2015 – 2017',
      ),
      [s('Instituto Superior de Vale Fundo', 'Mestrado em Engenharia Civil', '2015', '2017')],
    ),
    probe(
      NO_WORD,
      'a.md',
      md(
        'Claire Montbrun',
        'Formation',
        "### École Nationale de Brumaire\nDiplôme d'ingénieur, Génie des procédés\n2010 – 2013",
      ),
      [s('École Nationale de Brumaire', "Diplôme d'ingénieur, Génie des procédés", '2010', '2013')],
    ),
    probe(
      NO_WORD,
      'a.txt',
      txt('Théo Vauquelin', 'Formation', "2011 – 2014   ENSIB Lyon   Diplôme d'ingénieur en informatique"),
      [s('ENSIB', "Diplôme d'ingénieur en informatique", '2011', '2014')],
    ),
    probe(
      NO_WORD,
      'a.md',
      md('Jonas Weidrich', 'Ausbildung', '- 2008 – 2012: Hochschule Trelling, Bachelor of Engineering Maschinenbau'),
      [s('Hochschule Trelling', 'Bachelor of Engineering Maschinenbau', '2008', '2012')],
    ),
    probe(
      NO_WORD,
      'a.html',
      html(
        'Lucía Arbeloa',
        'Formación',
        '<p><b>Centro Universitario de Olvera</b><br>Grado en Administración de Empresas<br>2013 – 2017</p>',
      ),
      [s('Centro Universitario de Olvera', 'Grado en Administración de Empresas', '2013', '2017')],
    ),
    probe(
      NO_WORD,
      'a.txt',
      txt(
        'Mathis Cordier',
        'Formation',
        'Conservatoire de Valmont — Diplôme national supérieur de musicien, 2009 – 2012',
      ),
      [s('Conservatoire de Valmont', 'Diplôme national supérieur de musicien', '2009', '2012')],
    ),
    probe(
      NO_WORD,
      'a.txt',
      txt('Beatriz Lacerda', 'Formação', 'Fundação Ribeiro Alves — MBA em Gestão de Projetos, 2019 – 2020'),
      [s('Fundação Ribeiro Alves', 'MBA em Gestão de Projetos', '2019', '2020')],
    ),
    probe(
      NO_WORD,
      'a.tex',
      tex(
        'Sven Hallgarten',
        'Ausbildung',
        '\\textbf{Technikum Wendelstein} \\hfill 2004 -- 2007\\\\\nStaatlich geprüfter Techniker, Elektrotechnik\n',
      ),
      [s('Technikum Wendelstein', 'Staatlich geprüfter Techniker, Elektrotechnik', '2004', '2007')],
    ),
    probe(
      NO_WORD,
      'a.md',
      md('Gaël Perrichon', 'Formation', '- **IUT de Serrac** · DUT Génie électrique · 2006 – 2008'),
      [s('IUT de Serrac', 'DUT Génie électrique', '2006', '2008')],
    ),
  ];
}

function orderSchools(): ProbeCv[] {
  return [
    probe(
      ORDER,
      'b.md',
      md('Nadia Okonjo', 'Education', '**MSc in Data Science**, Harlow Institute of Technology, 2019 – 2020'),
      [s('Harlow Institute of Technology', 'MSc in Data Science', '2019', '2020')],
    ),
    probe(
      ORDER,
      'b.txt',
      txt('Felix Rautmann', 'Ausbildung', '10/2014 – 09/2017   B.Sc. Informatik, Universität Grauwald'),
      [s('Universität Grauwald', 'B.Sc. Informatik', '2014-10', '2017-09')],
    ),
    probe(
      ORDER,
      'b.txt',
      txt(
        'Marta Ibarrola',
        'Formación académica',
        'Universidad de Castrelo\nLicenciatura en Química\nsept. 2008 – jun. 2013',
      ),
      [s('Universidad de Castrelo', 'Licenciatura en Química', '2008-09', '2013-06')],
    ),
    probe(
      ORDER,
      'b.html',
      html(
        'Caio Rezende',
        'Formação',
        '<p>2012 – 2016</p>\n' +
          '<p><strong>Bacharelado em Ciência da Computação</strong></p>\n' +
          '<p>Universidade Federal de Morro Alto</p>',
      ),
      [s('Universidade Federal de Morro Alto', 'Bacharelado em Ciência da Computação', '2012', '2016')],
    ),
    probe(
      ORDER,
      'b.tex',
      tex(
        'Hugh Penwarden',
        'Education',
        '\\textbf{DPhil in Zoology} \\hfill 2015 -- 2019\\\\\n\\emph{University of Norbridge}\n',
      ),
      [s('University of Norbridge', 'DPhil in Zoology', '2015', '2019')],
    ),
    probe(
      ORDER,
      'b.md',
      md('Manon Lagarde', 'Formation', '**Licence de mathématiques**\nUniversité de Pontvieux, 2009 – 2012'),
      [s('Université de Pontvieux', 'Licence de mathématiques', '2009', '2012')],
    ),
    probe(ORDER, 'b.txt', txt('Ezra Whitcombe', 'Education', '2016 – 2020\nUniversity of Tarrow\nBA Philosophy'), [
      s('University of Tarrow', 'BA Philosophy', '2016', '2020'),
    ]),
  ];
}

function abbreviatedDegrees(): ProbeCv[] {
  return [
    probe(
      ABBREV,
      'c.txt',
      txt(
        'Lena Obermaier',
        'Ausbildung',
        'M. Sc. Physik, Technische Universität Haldenburg, 2016 – 2018\n' +
          'B. Sc. Physik, Universität Kressbach, 2013 – 2016',
      ),
      [
        s('Technische Universität Haldenburg', 'M. Sc. Physik', '2016', '2018'),
        s('Universität Kressbach', 'B. Sc. Physik', '2013', '2016'),
      ],
    ),
    probe(
      ABBREV,
      'c.md',
      md(
        'Bernd Tillich',
        'Ausbildung',
        '- Dipl.-Inf., Universität Ostwalde, 1998 – 2004\n- Abitur, Lessing-Gymnasium Ostwalde, 1998',
      ),
      [
        s('Universität Ostwalde', 'Dipl.-Inf.', '1998', '2004'),
        s('Lessing-Gymnasium Ostwalde', 'Abitur', undefined, '1998'),
      ],
    ),
    probe(
      ABBREV,
      'c.md',
      md(
        'Greta Sonnleitner',
        'Ausbildung',
        '### Erstes Staatsexamen Rechtswissenschaft\n' +
          'Universität Brennfeld\n' +
          '2009 – 2014\n' +
          '\n' +
          '### Habilitation in Romanistik\n' +
          'Universität Brennfeld\n' +
          '2021',
      ),
      [
        s('Universität Brennfeld', 'Erstes Staatsexamen Rechtswissenschaft', '2009', '2014'),
        s('Universität Brennfeld', 'Habilitation in Romanistik', undefined, '2021'),
      ],
    ),
    probe(
      ABBREV,
      'c.txt',
      txt(
        'Aurélien Béthune',
        'Formation',
        '2004 – 2005   Maîtrise de sociologie — Université de Lanvieux\n' +
          '2001   Baccalauréat série ES — Lycée Victor Duras, Rennes',
      ),
      [
        s('Université de Lanvieux', 'Maîtrise de sociologie', '2004', '2005'),
        s('Lycée Victor Duras', 'Baccalauréat série ES', undefined, '2001'),
      ],
    ),
    probe(
      ABBREV,
      'c.md',
      md(
        'Iñigo Zubeldia',
        'Formación',
        '- **Ingeniero Industrial** — Escuela Técnica Superior de Ingenieros' +
          ' de Valdemora (2005 – 2011)\n' +
          '- Bachillerato — IES Sierra Blanca (2003 – 2005)',
      ),
      [
        s('Escuela Técnica Superior de Ingenieros de Valdemora', 'Ingeniero Industrial', '2005', '2011'),
        s('IES Sierra Blanca', 'Bachillerato', '2003', '2005'),
      ],
    ),
    probe(
      ABBREV,
      'c.md',
      md(
        'Owen Treharne',
        'Education',
        '- MEng Electronic Engineering, University of Carrick (2010–2014)\n' +
          '- MPhil in Economics, Wexley College (2014–2015)',
      ),
      [
        s('University of Carrick', 'MEng Electronic Engineering', '2010', '2014'),
        s('Wexley College', 'MPhil in Economics', '2014', '2015'),
      ],
    ),
    probe(
      ABBREV,
      'c.txt',
      txt(
        'Joana Queirós',
        'Formação Académica',
        'Mestrado em Economia — Universidade de Serra Fina (2014 – 2016)\n' +
          'Licenciatura em Gestão — ISCTE-Instituto Universitário de Belmar' +
          ' (2011 – 2014)',
      ),
      [
        s('Universidade de Serra Fina', 'Mestrado em Economia', '2014', '2016'),
        s('ISCTE-Instituto Universitário de Belmar', 'Licenciatura em Gestão', '2011', '2014'),
      ],
    ),
    probe(
      ABBREV,
      'c.txt',
      txt('Rhona Baird', 'Education', 'BSc (Hons) Mathematics, University of Dunmere, 2008 – 2011'),
      [s('University of Dunmere', 'BSc (Hons) Mathematics', '2008', '2011')],
    ),
    probe(
      ABBREV,
      'c.md',
      md(
        'Pedro Saldanha',
        'Formação',
        '**Bacharelado em Direito** | Faculdade de Direito de Porto Velho | 2005 – 2010',
      ),
      [s('Faculdade de Direito de Porto Velho', 'Bacharelado em Direito', '2005', '2010')],
    ),
  ];
}

function areaSchools(): ProbeCv[] {
  return [
    probe(
      AREA,
      'd.md',
      md('Tamsin Pryor', 'Education', 'Bachelor of Science, Marine Biology — University of Tarrow, 2011 – 2015'),
      [s('University of Tarrow', 'Bachelor of Science, Marine Biology', '2011', '2015')],
    ),
    probe(
      AREA,
      'd.txt',
      txt('Hélène Dufresnoy', 'Formation', 'Master en Économie appliquée, Université de Pontvieux, 2015 – 2017'),
      [s('Université de Pontvieux', 'Master en Économie appliquée', '2015', '2017')],
    ),
    probe(
      AREA,
      'd.md',
      md('Vasco Meireles', 'Formação', 'Pós-Graduação em Marketing Digital — Escola Superior de Lousada, 2020 – 2021'),
      [s('Escola Superior de Lousada', 'Pós-Graduação em Marketing Digital', '2020', '2021')],
    ),
    probe(
      AREA,
      'd.html',
      html(
        'Ainhoa Gorostiza',
        'Educación',
        '<ul><li>Máster en Ingeniería de Software, Universidad de Quintal, 2016 – 2017</li></ul>',
      ),
      [s('Universidad de Quintal', 'Máster en Ingeniería de Software', '2016', '2017')],
    ),
    probe(
      AREA,
      'd.txt',
      txt('Callum Ardery', 'Education', 'Kinross University\nMaster of Arts in History of Art\n2010 – 2011'),
      [s('Kinross University', 'Master of Arts in History of Art', '2010', '2011')],
    ),
  ];
}

function ongoingSchools(): ProbeCv[] {
  return [
    probe(
      ONGOING,
      'e.md',
      md(
        'Priya Venkataram',
        'Education',
        '- PhD in Computational Linguistics, University of Arnley, 2022 – expected 2026',
      ),
      [s('University of Arnley', 'PhD in Computational Linguistics', '2022', '2026')],
    ),
    probe(
      ONGOING,
      'e.txt',
      txt('Romain Estival', 'Formation', 'Doctorat en chimie, Université de Lanvieux, 2023 – en cours'),
      [s('Université de Lanvieux', 'Doctorat en chimie', '2023', 'present')],
    ),
    probe(
      ONGOING,
      'e.md',
      md('Katrin Hölzl', 'Ausbildung', '- Master Informatik, Hochschule Trelling, seit 10/2023 (laufend)'),
      [s('Hochschule Trelling', 'Master Informatik', '2023-10', 'present')],
    ),
    probe(
      ONGOING,
      'e.txt',
      txt('Álvaro Cienfuegos', 'Formación', 'Doctorado en Física, Universidad de Castrelo, 2021 – actualidad'),
      [s('Universidad de Castrelo', 'Doctorado en Física', '2021', 'present')],
    ),
    probe(
      ONGOING,
      'e.md',
      md('Inês Barroca', 'Formação', '- Mestrado em Biologia, Universidade de Serra Fina, 2024 – em curso'),
      [s('Universidade de Serra Fina', 'Mestrado em Biologia', '2024', 'present')],
    ),
    probe(
      ONGOING,
      'e.txt',
      txt('Dylan Marchetti', 'Education', 'BSc Computer Science, Norbridge University, expected 2026'),
      [s('Norbridge University', 'BSc Computer Science', undefined, '2026')],
    ),
  ];
}

function noteSchools(): ProbeCv[] {
  return [
    probe(
      NOTES,
      'f.md',
      md(
        'Oona Killeen',
        'Education',
        '### MSc Neuroscience\n' +
          'University of Carrick, 2017 – 2019\n' +
          '\n' +
          'Thesis: Spike timing in cortical slices\n' +
          'Advisor: Prof. Mara Quell\n' +
          'GPA: 3.8/4.0',
      ),
      [s('University of Carrick', 'MSc Neuroscience', '2017', '2019')],
    ),
    probe(
      NOTES,
      'f.txt',
      txt(
        'Tobias Reinhold',
        'Ausbildung',
        'Universität Kressbach, Master of Science Chemie, 2015 – 2017\n' +
          'Masterarbeit: Katalyse an Oberflächen\n' +
          'Note: 1,3',
      ),
      [s('Universität Kressbach', 'Master of Science Chemie', '2015', '2017')],
    ),
    probe(
      NOTES,
      'f.md',
      md(
        'Amelia Stroud',
        'Education',
        '- BA Economics, University of Dunmere, 2014 – 2017\n- Exchange semester, Universidad de Quintal, Spain, 2016',
      ),
      [
        s('University of Dunmere', 'BA Economics', '2014', '2017'),
        s('Universidad de Quintal', undefined, undefined, '2016'),
      ],
    ),
    probe(
      NOTES,
      'f.txt',
      txt(
        'Louise Carbonnel',
        'Formation',
        '2013 – 2016   Licence de droit — Université de Lanvieux\n' +
          "2015   Semestre d'échange (Erasmus) — Universität Kressbach",
      ),
      [
        s('Université de Lanvieux', 'Licence de droit', '2013', '2016'),
        s('Universität Kressbach', undefined, undefined, '2015'),
      ],
    ),
    probe(
      NOTES,
      'f.txt',
      txt(
        'Fernanda Paixão',
        'Formação',
        'Mestrado em Engenharia Química\n' +
          'Universidade de Serra Fina, 2012 – 2014\n' +
          'Dissertação: Reatores de leito fluidizado\n' +
          'Orientador: Prof. Dr. Jorge Amaral\n' +
          'Média final: 17 valores',
      ),
      [s('Universidade de Serra Fina', 'Mestrado em Engenharia Química', '2012', '2014')],
    ),
  ];
}

function courseSchools(): ProbeCv[] {
  return [
    probe(
      COURSES,
      'g.md',
      md(
        'Ravi Castellano',
        'Education',
        '- Full-Stack Web Development Bootcamp, Le Wagon, 2020\n- BA Geography, University of Tarrow, 2014 – 2017',
      ),
      [
        s('Le Wagon', 'Full-Stack Web Development Bootcamp', undefined, '2020'),
        s('University of Tarrow', 'BA Geography', '2014', '2017'),
      ],
    ),
    probe(
      COURSES,
      'g.txt',
      txt(
        'Marisa Fontoura',
        'Formação',
        'Bootcamp de Data Science — Ironhack, 2021\n' +
          'Licenciatura em Matemática — Universidade de Serra Fina, 2015 – 2018',
      ),
      [
        s('Ironhack', 'Bootcamp de Data Science', undefined, '2021'),
        s('Universidade de Serra Fina', 'Licenciatura em Matemática', '2015', '2018'),
      ],
    ),
  ];
}

function tableSchools(): ProbeCv[] {
  return [
    probe(
      TABLES,
      'h.md',
      md(
        'Silas Whitmore',
        'Education',
        '| Years | Degree | Institution |\n' +
          '|---|---|---|\n' +
          '| 2014 – 2018 | BSc Physics | University of Dunmere |\n' +
          '| 2018 – 2019 | MSc Astrophysics | University of Carrick |',
      ),
      [
        s('University of Dunmere', 'BSc Physics', '2014', '2018'),
        s('University of Carrick', 'MSc Astrophysics', '2018', '2019'),
      ],
    ),
    probe(
      TABLES,
      'h.md',
      md(
        'Frieda Lanzinger',
        'Ausbildung',
        '| Zeitraum | Abschluss | Hochschule |\n' +
          '|---|---|---|\n' +
          '| 2010 – 2013 | Bachelor BWL | Hochschule Trelling |\n' +
          '| 2013 – 2015 | Master Controlling | Universität Grauwald |',
      ),
      [
        s('Hochschule Trelling', 'Bachelor BWL', '2010', '2013'),
        s('Universität Grauwald', 'Master Controlling', '2013', '2015'),
      ],
    ),
    probe(
      TABLES,
      'h.html',
      html(
        'Jimena Ortuzar',
        'Formación',
        '<table><tr><td>2010 – 2014</td><td>Grado en' +
          ' Derecho</td><td>Universidad de Quintal</td></tr>\n' +
          '<tr><td>2014 – 2015</td><td>Máster en Abogacía</td><td>Universidad de' +
          ' Castrelo</td></tr></table>',
      ),
      [
        s('Universidad de Quintal', 'Grado en Derecho', '2010', '2014'),
        s('Universidad de Castrelo', 'Máster en Abogacía', '2014', '2015'),
      ],
    ),
    probe(
      TABLES,
      'h.md',
      md(
        'Pauline Rochefort',
        'Formation',
        "| 2012 – 2015 | Licence d'histoire, Université de Pontvieux |\n" +
          '|---|---|\n' +
          "| 2015 – 2017 | Master d'histoire, Université de Lanvieux |",
      ),
      [
        s('Université de Pontvieux', "Licence d'histoire", '2012', '2015'),
        s('Université de Lanvieux', "Master d'histoire", '2015', '2017'),
      ],
    ),
  ];
}

function jsonSchools(): ProbeCv[] {
  const resume = {
    basics: { name: 'Duarte Meneses', email: 'duarte@example.org' },
    education: [
      {
        institution: 'Instituto Superior de Vale Fundo',
        studyType: 'Master',
        area: 'Civil Engineering',
        startDate: '2015-09',
        endDate: '2017-07',
      },
    ],
    skills: [{ name: 'Engineering', keywords: ['AutoCAD', 'Revit'] }],
  };
  return [
    probe(
      'schools: JSON Resume',
      'resume.json',
      JSON.stringify(resume, null, 2),
      [s('Instituto Superior de Vale Fundo', 'Master Civil Engineering', '2015-09', '2017-07')],
      ['AutoCAD', 'Revit'],
    ),
  ];
}

/** Every probe CV, schools then skills. */
export function eduSkillsProbe(): ProbeCv[] {
  serial = 0;
  return [
    ...noWordSchools(),
    ...orderSchools(),
    ...abbreviatedDegrees(),
    ...areaSchools(),
    ...ongoingSchools(),
    ...noteSchools(),
    ...courseSchools(),
    ...tableSchools(),
    ...jsonSchools(),
    ...skillProbes(),
    ...templateProbes(),
    ...layoutProbes(),
    ...markupProbes(),
    ...pdfSkillProbes(),
  ];
}
