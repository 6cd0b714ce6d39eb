/**
 * A probe of school classes past the academic one (syntheticAcademicProbe.ts): school-leaving and
 * non-degree entries listed under education (Abitur, baccalauréat, Bachillerato, Ensino Médio,
 * A-levels, a high-school diploma, Class X/XII with its board, online courses, bootcamps, exchange
 * terms, certificates), the orders a school's parts come in over several lines (degree / school /
 * dates, dates first, school and dates over the degree, degree / field / school) with grade, thesis,
 * advisor and coursework lines that are no school and no degree, expected completions, date-column
 * tables; degrees written in each language's own ways; schools written with a campus, a town or an
 * abbreviation. Text, Markdown, HTML, LaTeX (moderncv, Awesome-CV, Jake's résumé, tabular), DOCX,
 * PDF in one and two columns, JSON Resume; five languages. Every person, school and subject is invented.
 */
import { cellTable, makeDocx, paragraph, runs, table } from '../../scripts/synthetic/docxFixture.js';
import { column, makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import type { AcademicProbe } from './syntheticAcademicProbe.js';
import { html, md, probe, tex, txt } from './syntheticEduProbe.js';
import type { WantedSchool } from './judgeSchools.js';

export const SCHOOL_LEVEL = 'school-leaving diplomas, courses, exchanges, certificates';
export const ORDERS = 'parts over several lines, notes, expected dates';
export const DEGREE_FORMS = 'degrees in each language’s own forms';
export const CAMPUS = 'schools with a campus, a town or an abbreviation';
export const SENTENCES = 'studies said in a sentence: passed, pursuing, from, with, in';
export const SECTION_COLUMN = 'sections named in a table’s first column (DOCX, HTML)';
export const TWO_ROWS = 'Markdown tables with two rows a school';
export const NAME_TOWN = 'a school with no school word before its town';
export const SPLIT_DATES = 'a school with its start over its degree with the expected end';
export const TEMPLATES = 'LaTeX, DOCX, PDF and JSON Resume school layouts';

const w = (institution: string, degree?: string): WantedSchool => ({ institution, ...(degree ? { degree } : {}) });

function cv(className: string, file: string, text: string | Buffer, want: readonly WantedSchool[]): AcademicProbe {
  const made = probe(className, file, typeof text === 'string' ? text : '', want);
  return { ...made, text, want };
}

const htmlLines = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('\n');
const docxHead = (name: string) => [
  paragraph(name, 'Title'),
  paragraph(`${name.split(' ')[0]!.toLowerCase()}@example.org`),
];

/** One column: the name, the mail, the heading, then each line 14 points apart ([left, right] pairs flush apart). */
function onePdf(name: string, heading: string, lines: readonly (string | readonly [string, string])[]): Buffer {
  const texts: PlacedText[] = [
    { x: 50, y: 760, size: 18, text: name },
    { x: 50, y: 740, size: 10, text: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
    { x: 50, y: 705, size: 12, text: heading },
  ];
  lines.forEach((line, i) => {
    const y = 685 - i * 14;
    if (typeof line === 'string') {
      if (line) texts.push({ x: 50, y, size: 10, text: line });
    } else texts.push({ x: 50, y, size: 10, text: line[0] }, { x: 470, y, size: 10, text: line[1] });
  });
  return makePdf([{ texts }]);
}

/** Two columns: a sidebar of contact, skills and languages at x 36, the main column (experience, education) at x 200. */
function twoPdf(name: string, heading: string, lines: readonly (string | readonly [string, string])[]): Buffer {
  const texts: PlacedText[] = [
    ...column(36, 700, ['CONTACT', `${name.split(' ')[0]!.toLowerCase()}@example.org`, '', 'SKILLS', 'Python', 'SQL']),
    { x: 200, y: 740, size: 18, text: name },
    { x: 200, y: 705, size: 12, text: heading },
  ];
  lines.forEach((line, i) => {
    const y = 685 - i * 14;
    if (typeof line === 'string') {
      if (line) texts.push({ x: 200, y, size: 10, text: line });
    } else texts.push({ x: 200, y, size: 10, text: line[0] }, { x: 480, y, size: 10, text: line[1] });
  });
  return makePdf([{ texts }]);
}

function schoolLevel(): AcademicProbe[] {
  return [
    cv(
      SCHOOL_LEVEL,
      'l.txt',
      txt(
        'Maya Lindqvist',
        'Education',
        'B.S. in Biology, University of Kelso, 2012 – 2016\nHigh School Diploma, Northfield High School, Springfield, IL, 2012',
      ),
      [w('University of Kelso', 'B.S. in Biology'), w('Northfield High School', 'High School Diploma')],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.md',
      md(
        'Jonas Brenner',
        'Ausbildung',
        '- 2013 – 2017  B.Sc. Informatik, Hochschule Trelling\n- 2013  Abitur (Note 1,7), Goethe-Gymnasium Grauenstein',
      ),
      [w('Hochschule Trelling', 'B.Sc. Informatik'), w('Goethe-Gymnasium Grauenstein', 'Abitur')],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.txt',
      txt(
        'Théo Marchand',
        'Formation',
        '2015  DUT Informatique — IUT de Montbrison\n2013  Baccalauréat scientifique, mention Bien — Lycée Victor Brasseur, Brie',
      ),
      [w('IUT de Montbrison', 'DUT Informatique'), w('Lycée Victor Brasseur', 'Baccalauréat scientifique')],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.html',
      html(
        'Lucía Garmendia',
        'Formación',
        htmlLines([
          'Grado en Ingeniería Informática, Universidad de Castrelo, 2010 – 2014',
          'Bachillerato Científico-Tecnológico, IES Almenara, 2010',
        ]),
      ),
      [
        w('Universidad de Castrelo', 'Grado en Ingeniería Informática'),
        w('IES Almenara', 'Bachillerato Científico-Tecnológico'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.md',
      md(
        'Caio Mendonça',
        'Formação',
        '**Bacharelado em Ciência da Computação** — Universidade Federal de Morro Alto, 2012 – 2016\n\n' +
          '**Ensino Médio** — Colégio Estadual Serra Fina, 2011',
      ),
      [
        w('Universidade Federal de Morro Alto', 'Bacharelado em Ciência da Computação'),
        w('Colégio Estadual Serra Fina', 'Ensino Médio'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.txt',
      txt(
        'Harriet Cole',
        'Education',
        'University of Tarrow — BSc (Hons) Physics, 2014 – 2017\n' +
          'Dunmore Sixth Form College — A-levels: Mathematics (A*), Physics (A), Chemistry (B), 2014',
      ),
      [w('University of Tarrow', 'BSc (Hons) Physics'), w('Dunmore Sixth Form College', 'A-levels')],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.md',
      md(
        'Rohan Kulkarni',
        'Education',
        '- B.Tech in Computer Science, Kelso Institute of Technology, 2014 – 2018, CGPA 8.6\n' +
          '- Class XII (CBSE), Ridgeway Public School, 2014, 91%\n- Class X (ICSE), St. Anselm’s School, 2012, 94%',
      ),
      [
        w('Kelso Institute of Technology', 'B.Tech in Computer Science'),
        w('Ridgeway Public School', 'Class XII (CBSE)'),
        w('St. Anselm’s School', 'Class X (ICSE)'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.md',
      md(
        'Priya Natarajan',
        'Education',
        '- M.Sc. Statistics, University of Kelso, 2018\n- Coursera – Machine Learning (2019)\n' +
          '- Udacity — Data Analyst Nanodegree, 2020',
      ),
      [
        w('University of Kelso', 'M.Sc. Statistics'),
        w('Coursera', 'Machine Learning'),
        w('Udacity', 'Data Analyst Nanodegree'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.txt',
      txt(
        'Ethan Brooks',
        'Education',
        'Bachelor of Science in Information Systems, Lakemont University, 2016\n' +
          'AWS Certified Solutions Architect – Associate, Amazon Web Services, 2021\n' +
          'Full-Stack Web Development Bootcamp, Le Wagon, 2017',
      ),
      [
        w('Lakemont University', 'Bachelor of Science in Information Systems'),
        w('Amazon Web Services', 'AWS Certified Solutions Architect – Associate'),
        w('Le Wagon', 'Full-Stack Web Development Bootcamp'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.md',
      md(
        'Lena Vogt',
        'Bildungsweg',
        '**2014 – 2018** Bachelor of Arts Betriebswirtschaftslehre, Universität Grauenstein\n\n' +
          '**2016** Auslandssemester, University of Kelso\n\n**2014** Allgemeine Hochschulreife, Gesamtschule Ilmgrund',
      ),
      [
        w('Universität Grauenstein', 'Bachelor of Arts Betriebswirtschaftslehre'),
        w('University of Kelso'),
        w('Gesamtschule Ilmgrund', 'Allgemeine Hochschulreife'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.txt',
      txt(
        'Inês Valadares',
        'Formação Académica',
        'Licenciatura em Gestão, Universidade de Serra Fina, 2015 – 2018\n' +
          'Programa Erasmus, Universidad de Castrelo, 2017\n' +
          'Curso de Especialização em Marketing Digital, Escola de Negócios Alto Douro, 2019',
      ),
      [
        w('Universidade de Serra Fina', 'Licenciatura em Gestão'),
        w('Universidad de Castrelo'),
        w('Escola de Negócios Alto Douro', 'Curso de Especialização em Marketing Digital'),
      ],
    ),
    cv(
      SCHOOL_LEVEL,
      'l.pdf',
      onePdf('Aditya Rao', 'EDUCATION', [
        ['B.E. in Mechanical Engineering, Ridgeway College of Engineering', '2015 – 2019'],
        ['Higher Secondary Certificate (HSC), Vidya Junior College', '2015'],
        ['Secondary School Certificate (SSC), Modern English School', '2013'],
      ]),
      [
        w('Ridgeway College of Engineering', 'B.E. in Mechanical Engineering'),
        w('Vidya Junior College', 'Higher Secondary Certificate (HSC)'),
        w('Modern English School', 'Secondary School Certificate (SSC)'),
      ],
    ),
    // Near miss: certificates under their own heading stay out of education.
    cv(
      SCHOOL_LEVEL,
      'l.md',
      md(
        'Ethan Brooks',
        'Education',
        '- BSc Computer Science, University of Kelso, 2016\n\n## Certifications\n\n' +
          '- Coursera – Deep Learning Specialization (2020)\n- AWS Certified Developer – Associate, 2021',
      ),
      [w('University of Kelso', 'BSc Computer Science')],
    ),
  ];
}

function orders(): AcademicProbe[] {
  return [
    cv(
      ORDERS,
      'o.txt',
      txt(
        'Nathan Pryce',
        'Education',
        'Master of Science in Computer Science\nUniversity of Kelso\nSeptember 2016 – June 2018\n\n' +
          'Bachelor of Engineering in Electronics\nRidgeway College of Engineering\n2012 – 2016',
      ),
      [
        w('University of Kelso', 'Master of Science in Computer Science'),
        w('Ridgeway College of Engineering', 'Bachelor of Engineering in Electronics'),
      ],
    ),
    cv(
      ORDERS,
      'o.md',
      md(
        'Greta Albers',
        'Ausbildung',
        '10/2016 – 09/2018\nMaster of Science Wirtschaftsinformatik\nUniversität Grauenstein\n\n' +
          '10/2013 – 09/2016\nBachelor of Science Wirtschaftsinformatik\nHochschule Trelling',
      ),
      [
        w('Universität Grauenstein', 'Master of Science Wirtschaftsinformatik'),
        w('Hochschule Trelling', 'Bachelor of Science Wirtschaftsinformatik'),
      ],
    ),
    cv(
      ORDERS,
      'o.md',
      md(
        'Nolan Reyes',
        'Education',
        '**University of Kelso** | 2016 – 2020\nBachelor of Science\nComputer Science\nGPA: 3.8/4.0\n' +
          'Relevant Coursework: Algorithms, Databases, Operating Systems\n\n' +
          '**Lakemont University** | 2020 – 2022\nMaster of Science\nStatistics\nThesis: Sparse Models for Survey Data\n' +
          'Advisor: Dr. Jane Holm',
      ),
      [
        w('University of Kelso', 'Bachelor of Science Computer Science'),
        w('Lakemont University', 'Master of Science Statistics'),
      ],
    ),
    cv(
      ORDERS,
      'o.txt',
      txt(
        'Clémence Aubry',
        'Formation',
        'Université de Brie, 2016 – 2018\nMaster 2 Économie appliquée\nMention : Très bien\n' +
          'Mémoire : « Les marchés du travail régionaux »\nDirecteur de mémoire : Pierre Vallin\n\n' +
          'Université de Montbrison, 2013 – 2016\nLicence Économie-Gestion',
      ),
      [
        w('Université de Brie', 'Master 2 Économie appliquée'),
        w('Université de Montbrison', 'Licence Économie-Gestion'),
      ],
    ),
    cv(
      ORDERS,
      'o.txt',
      txt(
        'Ana Sofía Prieto',
        'Educación',
        'Máster Universitario en Ingeniería Informática\nUniversidad de Almenara\n2018 – 2020\nNota media: 8,7\n' +
          'Trabajo Fin de Máster: Sistemas de recomendación\n\nGrado en Ingeniería Informática\nUniversidad de Castrelo\n2014 – 2018',
      ),
      [
        w('Universidad de Almenara', 'Máster Universitario en Ingeniería Informática'),
        w('Universidad de Castrelo', 'Grado en Ingeniería Informática'),
      ],
    ),
    cv(
      ORDERS,
      'o.md',
      md(
        'Beatriz Sampaio',
        'Formação Acadêmica',
        '### Mestrado em Engenharia Elétrica\nUniversidade de Serra Fina · 2017 – 2019\n\n' +
          'Dissertação: Redes elétricas inteligentes\nOrientador: Prof. Dr. Luís Prado\n\n' +
          '### Bacharelado em Engenharia Elétrica\nUniversidade Federal de Morro Alto · 2012 – 2016\n\nCoeficiente de rendimento: 8,9',
      ),
      [
        w('Universidade de Serra Fina', 'Mestrado em Engenharia Elétrica'),
        w('Universidade Federal de Morro Alto', 'Bacharelado em Engenharia Elétrica'),
      ],
    ),
    cv(
      ORDERS,
      'o.txt',
      txt(
        'Owen Hartley',
        'Education',
        'B.S. Computer Science, University of Kelso — Expected May 2026\nGPA: 3.7\n\n' +
          'Associate of Science, Dunmore Community College, 2022',
      ),
      [w('University of Kelso', 'B.S. Computer Science'), w('Dunmore Community College', 'Associate of Science')],
    ),
    cv(
      ORDERS,
      'o.md',
      md(
        'Paul Kessler',
        'Ausbildung',
        '- Master of Science Informatik, Technische Universität Ilmgrund, voraussichtlich 09/2026\n' +
          '- Bachelor of Science Informatik, Hochschule Trelling, 2019 – 2023, Abschlussnote: 1,8',
      ),
      [
        w('Technische Universität Ilmgrund', 'Master of Science Informatik'),
        w('Hochschule Trelling', 'Bachelor of Science Informatik'),
      ],
    ),
    cv(
      ORDERS,
      'o.txt',
      txt(
        'Manon Girard',
        'Formation',
        'Diplôme d’ingénieur, École Nationale Supérieure de Brie — 2023 – 2026 (prévu)\n' +
          'Classes préparatoires MPSI/MP, Lycée Montaigne de Brie — 2021 – 2023',
      ),
      [
        w('École Nationale Supérieure de Brie', 'Diplôme d’ingénieur'),
        w('Lycée Montaigne de Brie', 'Classes préparatoires MPSI/MP'),
      ],
    ),
    cv(
      ORDERS,
      'o.html',
      html(
        'Jasper Whitcombe',
        'Education',
        '<table>\n<tr><td>2016 – 2018</td><td><b>MSc Marine Biology</b><br>University of Kelso<br>Thesis: Reef fish in warming seas</td></tr>\n' +
          '<tr><td>2012 – 2016</td><td><b>BSc Biology</b><br>Dunmore College<br>Grade: First Class</td></tr>\n</table>',
      ),
      [w('University of Kelso', 'MSc Marine Biology'), w('Dunmore College', 'BSc Biology')],
    ),
    cv(
      ORDERS,
      'o.docx',
      makeDocx(
        [
          ...docxHead('Marta Lindholm'),
          paragraph('Ausbildung', 'Heading1'),
          cellTable([
            [
              { xml: paragraph('10/2014 – 09/2019') },
              {
                xml:
                  paragraph('Diplom-Ingenieurin Elektrotechnik') +
                  paragraph('Technische Universität Ilmgrund') +
                  paragraph('Diplomarbeit: Regelung von Windparks'),
              },
            ],
            [{ xml: paragraph('2014') }, { xml: paragraph('Abitur') + paragraph('Schiller-Gymnasium Trelling') }],
          ]),
        ].join(''),
      ),
      [
        w('Technische Universität Ilmgrund', 'Diplom-Ingenieurin Elektrotechnik'),
        w('Schiller-Gymnasium Trelling', 'Abitur'),
      ],
    ),
    cv(
      ORDERS,
      'o.docx',
      makeDocx(
        [
          ...docxHead('Renata Calvo'),
          paragraph('Formación académica', 'Heading1'),
          cellTable([
            [
              { xml: paragraph('2015 – 2019') },
              {
                xml:
                  paragraph('Universidad de Castrelo') + paragraph('Grado en Administración y Dirección de Empresas'),
              },
            ],
            [
              { xml: paragraph('2019 – 2020') },
              { xml: paragraph('Escuela de Negocios de Olvera') + paragraph('Máster en Marketing Digital') },
            ],
          ]),
        ].join(''),
      ),
      [
        w('Universidad de Castrelo', 'Grado en Administración y Dirección de Empresas'),
        w('Escuela de Negocios de Olvera', 'Máster en Marketing Digital'),
      ],
    ),
  ];
}

function degreeForms(): AcademicProbe[] {
  return [
    cv(
      DEGREE_FORMS,
      'd.txt',
      txt(
        'Henrik Stoll',
        'Studium',
        '2003 – 2009  Dipl.-Inf., Universität Grauenstein\n1998 – 2003  Diplom-Ingenieur (FH) Nachrichtentechnik, Hochschule Trelling\n' +
          '2014 – 2016  M.Eng. Maschinenbau, Hochschule Ilmgrund',
      ),
      [
        w('Universität Grauenstein', 'Dipl.-Inf.'),
        w('Hochschule Trelling', 'Diplom-Ingenieur (FH) Nachrichtentechnik'),
        w('Hochschule Ilmgrund', 'M.Eng. Maschinenbau'),
      ],
    ),
    cv(
      DEGREE_FORMS,
      'd.md',
      md(
        'Sophie Lemaire',
        'Formation',
        '- 2018 – 2020 : Master 2 Data Science, Université de Brie\n- 2015 – 2018 : Licence Mathématiques, Université de Montbrison\n' +
          '- 2013 – 2015 : BTS Services informatiques aux organisations, Lycée Jean Rostand de Brie',
      ),
      [
        w('Université de Brie', 'Master 2 Data Science'),
        w('Université de Montbrison', 'Licence Mathématiques'),
        w('Lycée Jean Rostand de Brie', 'BTS Services informatiques aux organisations'),
      ],
    ),
    cv(
      DEGREE_FORMS,
      'd.txt',
      txt(
        'Antoine Delorme',
        'Formation',
        'Ingénieur diplômé de l’École Centrale de Montbrison, 2016\nDUT Génie électrique – IUT de Brie, 2013',
      ),
      [w('École Centrale de Montbrison', 'Ingénieur diplômé'), w('IUT de Brie', 'DUT Génie électrique')],
    ),
    cv(
      DEGREE_FORMS,
      'd.html',
      html(
        'Marcos Ibarra',
        'Formación académica',
        htmlLines([
          '<strong>Máster Universitario en Ciberseguridad</strong> – Universidad de Almenara (2019 – 2020)',
          '<strong>Licenciatura en Administración de Empresas</strong> – Universidad de Castrelo (2009 – 2014)',
          '<strong>Técnico Superior en Desarrollo de Aplicaciones Web</strong> – IES Olvera (2007 – 2009)',
        ]),
      ),
      [
        w('Universidad de Almenara', 'Máster Universitario en Ciberseguridad'),
        w('Universidad de Castrelo', 'Licenciatura en Administración de Empresas'),
        w('IES Olvera', 'Técnico Superior en Desarrollo de Aplicaciones Web'),
      ],
    ),
    cv(
      DEGREE_FORMS,
      'd.txt',
      txt(
        'Rodrigo Paiva',
        'Formação',
        'Doutorado em Física — Universidade de Serra Fina (2016 – 2020)\nMestrado em Física — Universidade de Serra Fina (2014 – 2016)\n' +
          'Licenciatura em Física — Universidade Federal de Morro Alto (2010 – 2013)\n' +
          'Tecnólogo em Análise e Desenvolvimento de Sistemas — Faculdade de Tecnologia Vale Verde (2007 – 2009)',
      ),
      [
        w('Universidade de Serra Fina', 'Doutorado em Física'),
        w('Universidade de Serra Fina', 'Mestrado em Física'),
        w('Universidade Federal de Morro Alto', 'Licenciatura em Física'),
        w('Faculdade de Tecnologia Vale Verde', 'Tecnólogo em Análise e Desenvolvimento de Sistemas'),
      ],
    ),
    cv(
      DEGREE_FORMS,
      'd.md',
      md(
        'Vikram Shetty',
        'Education',
        '**M.Tech in VLSI Design** — Kelso Institute of Technology, 2018 – 2020\n\n' +
          '**MBA (Finance)** — Harlow Business School, 2016 – 2018\n\n**B.Eng. Mechanical** — Ridgeway College of Engineering, 2012 – 2016',
      ),
      [
        w('Kelso Institute of Technology', 'M.Tech in VLSI Design'),
        w('Harlow Business School', 'MBA (Finance)'),
        w('Ridgeway College of Engineering', 'B.Eng. Mechanical'),
      ],
    ),
    cv(
      DEGREE_FORMS,
      'resume.json',
      JSON.stringify(
        {
          basics: { name: 'Teresa Almeida', email: 'teresa@example.org' },
          education: [
            {
              institution: 'Universidade de Serra Fina',
              studyType: 'Mestrado',
              area: 'Engenharia Informática',
              endDate: '2019',
            },
            { institution: 'Universidad de Castrelo', studyType: 'Grado', area: 'Matemáticas', endDate: '2017' },
            { institution: 'Kelso Institute of Technology', studyType: 'B.Tech', area: 'Electronics', endDate: '2015' },
          ],
        },
        null,
        2,
      ),
      [
        w('Universidade de Serra Fina', 'Mestrado Engenharia Informática'),
        w('Universidad de Castrelo', 'Grado Matemáticas'),
        w('Kelso Institute of Technology', 'B.Tech Electronics'),
      ],
    ),
  ];
}

function campus(): AcademicProbe[] {
  return [
    cv(
      CAMPUS,
      'c.txt',
      txt(
        'Felix Moser',
        'Education',
        'TU Ilmgrund — M.Sc. Informatik, 2017 – 2019\nEPFV, Lausanne — B.Sc. Computer Science, 2014 – 2017',
      ),
      [w('TU Ilmgrund', 'M.Sc. Informatik'), w('EPFV', 'B.Sc. Computer Science')],
    ),
    cv(
      CAMPUS,
      'c.md',
      md(
        'Larissa Couto',
        'Formação',
        '- Mestrado em Computação, Universidade de Serra Fina (USF), São Paulo, 2018\n' +
          '- Bacharelado em Sistemas de Informação, Universidade Federal de Morro Alto (UFMA), 2015',
      ),
      [
        w('Universidade de Serra Fina', 'Mestrado em Computação'),
        w('Universidade Federal de Morro Alto', 'Bacharelado em Sistemas de Informação'),
      ],
    ),
    cv(
      CAMPUS,
      'c.txt',
      txt(
        'Dylan Mercer',
        'Education',
        'University of Kelso, Northbrook Campus\nBachelor of Commerce, 2013 – 2016\n\n' +
          'Kelso State University – Tarrow, OH\nMaster of Accountancy, 2016 – 2017',
      ),
      [w('University of Kelso', 'Bachelor of Commerce'), w('Kelso State University', 'Master of Accountancy')],
    ),
    cv(
      CAMPUS,
      'c.html',
      html(
        'Álvaro Sastre',
        'Formación',
        htmlLines([
          'Universidad de Castrelo (Madrid, España) — Grado en Física, 2012 – 2016',
          'UPO – Universidad Politécnica de Olvera — Máster en Física Aplicada, 2016 – 2017',
        ]),
      ),
      [
        w('Universidad de Castrelo', 'Grado en Física'),
        w('Universidad Politécnica de Olvera', 'Máster en Física Aplicada'),
      ],
    ),
    cv(
      CAMPUS,
      'c.txt',
      txt(
        'Nikhil Verma',
        'Education',
        'IIT Kelso\nB.Tech, Electrical Engineering, 2013 – 2017\n\nIIM Tarrow\nPGDM, 2017 – 2019',
      ),
      [w('IIT Kelso', 'B.Tech, Electrical Engineering'), w('IIM Tarrow', 'PGDM')],
    ),
    cv(
      CAMPUS,
      'c.md',
      md(
        'Élodie Farge',
        'Formation',
        '**Sciences Po Brie** — Master Affaires publiques, 2017 – 2019\n\n**Université Paris-Montbrison (campus de Saint-Aubin)** — Licence Droit, 2014 – 2017',
      ),
      [w('Sciences Po Brie', 'Master Affaires publiques'), w('Université Paris-Montbrison', 'Licence Droit')],
    ),
  ];
}

function sentences(): AcademicProbe[] {
  return [
    cv(
      SENTENCES,
      's.txt',
      txt(
        'Rahul Deshmukh',
        'Educational Qualification',
        '• B.E. (Computer Engineering) from Kelso University with First Class (2016)\n' +
          '• Passed HSC from Maharashtra State Board in 2012 with 78%\n• Passed SSC from Modern High School, Pune in 2010 with 85%',
      ),
      [
        w('Kelso University', 'B.E. (Computer Engineering)'),
        w('Maharashtra State Board', 'HSC'),
        w('Modern High School', 'SSC'),
      ],
    ),
    cv(
      SENTENCES,
      's.md',
      md(
        'Sneha Pillai',
        'Education',
        '- B.Tech in Computer Science from Kelso Institute of Technology with 8.2 CGPA, 2018\n' +
          '- Class XII from Ridgeway Public School (CBSE) with 91% in 2014\n- Class X from Ridgeway Public School (CBSE) with 10 CGPA in 2012',
      ),
      [
        w('Kelso Institute of Technology', 'B.Tech in Computer Science'),
        w('Ridgeway Public School', 'Class XII'),
        w('Ridgeway Public School', 'Class X'),
      ],
    ),
    cv(
      SENTENCES,
      's.docx',
      makeDocx(
        [
          ...docxHead('Ravi Teja'),
          paragraph('Education', 'Heading1'),
          paragraph('Pursuing B.Tech (ECE) from Kelso Institute of Technology (2019 – 2023)'),
          paragraph('Intermediate from Narayana Junior College (2017 – 2019)'),
          paragraph('SSC from Sri Chaitanya School (2017)'),
        ].join(''),
      ),
      [
        w('Kelso Institute of Technology', 'B.Tech (ECE)'),
        w('Narayana Junior College', 'Intermediate'),
        w('Sri Chaitanya School', 'SSC'),
      ],
    ),
    cv(
      SENTENCES,
      's.pdf',
      onePdf('Anil Kumar', 'EDUCATION', [
        'Completed Bachelor of Engineering in Information Technology from Ridgeway College of Engineering in 2015 with 67%.',
        'Completed 12th from Vidya Junior College in 2011 with 72%.',
        'Secondary (X) – Kendriya Vidyalaya Tarrow, CBSE | 2009 | 9.2 CGPA',
      ]),
      [
        w('Ridgeway College of Engineering', 'Bachelor of Engineering in Information Technology'),
        w('Vidya Junior College', '12th'),
        w('Kendriya Vidyalaya Tarrow', 'Secondary (X)'),
      ],
    ),
    cv(
      SENTENCES,
      's.txt',
      txt(
        'Rafael Souto',
        'Formação',
        'Cursando Bacharelado em Ciência da Computação na Universidade de Serra Fina (2021 – 2025)\n' +
          'Concluí o Ensino Médio no Colégio Estadual Morro Alto em 2020',
      ),
      [
        w('Universidade de Serra Fina', 'Bacharelado em Ciência da Computação'),
        w('Colégio Estadual Morro Alto', 'Ensino Médio'),
      ],
    ),
    cv(
      SENTENCES,
      's.html',
      html(
        'Lucía Garmendia',
        'Formación',
        htmlLines([
          'Cursando Grado en Ingeniería Informática en la Universidad de Castrelo (2020 – 2024)',
          'Bachillerato en el IES Almenara, 2020',
        ]),
      ),
      [w('Universidad de Castrelo', 'Grado en Ingeniería Informática'), w('IES Almenara', 'Bachillerato')],
    ),
    cv(
      SENTENCES,
      's.txt',
      txt(
        'Clémence Aubry',
        'Formation',
        'Étudiante en Master 2 Finance à l’Université de Brie (2023 – 2025)\n' +
          'Baccalauréat ES obtenu au Lycée Montaigne de Brie en 2018, mention Bien',
      ),
      [w('Université de Brie', 'Master 2 Finance'), w('Lycée Montaigne de Brie', 'Baccalauréat ES')],
    ),
    cv(
      SENTENCES,
      's.md',
      md(
        'Jonas Brenner',
        'Ausbildung',
        '- Master of Science Informatik an der Universität Grauenstein mit Note 1,3, 2020\n- Abitur am Goethe-Gymnasium Grauenstein, 2015',
      ),
      [w('Universität Grauenstein', 'Master of Science Informatik'), w('Goethe-Gymnasium Grauenstein', 'Abitur')],
    ),
    cv(
      SENTENCES,
      's.txt',
      txt(
        'Ethan Brooks',
        'Education',
        'Graduated from University of Kelso with a B.S. in Economics, 2015\nAttended Dunmore Community College, 2011 – 2013',
      ),
      [w('University of Kelso', 'B.S. in Economics'), w('Dunmore Community College')],
    ),
    // Near misses: a note that starts with a study verb stays a note; an exchange keeps its school.
    cv(
      SENTENCES,
      's.txt',
      txt(
        'Owen Falkner',
        'Education',
        'University of Kelso, 2012 – 2016\nBSc Physics\nCompleted coursework in Optics and Lasers\n\n' +
          'Student Exchange Programme, Universidad de Castrelo, 2015',
      ),
      [w('University of Kelso', 'BSc Physics'), w('Universidad de Castrelo')],
    ),
  ];
}

/** A Word CV as a table: each row a section, its name in the first cell, its blocks in the second. */
function sectionTable(name: string, rows: readonly (readonly [string, readonly string[]])[]): Buffer {
  return makeDocx(
    [
      ...docxHead(name),
      cellTable(
        rows.map(([heading, blocks]) => [
          { xml: paragraph(heading) },
          { xml: blocks.map((b) => paragraph(b)).join('') },
        ]),
      ),
    ].join(''),
  );
}

function sectionColumn(): AcademicProbe[] {
  return [
    cv(
      SECTION_COLUMN,
      'k.docx',
      sectionTable('Anil Kumar', [
        ['EXPERIENCE', ['Software Engineer, Harwick Labs', '2016 – Present', 'Built the billing service.']],
        [
          'EDUCATION',
          [
            'Ridgeway College of Engineering',
            'B.E. in Information Technology, 2012 – 2016',
            'Vidya Junior College',
            'HSC, 2012',
          ],
        ],
        ['SKILLS', ['Java, Python, SQL']],
      ]),
      [w('Ridgeway College of Engineering', 'B.E. in Information Technology'), w('Vidya Junior College', 'HSC')],
    ),
    cv(
      SECTION_COLUMN,
      'k.docx',
      sectionTable('Greta Albers', [
        ['Berufserfahrung', ['Datenanalystin, Förde Reederei GmbH', '2018 – heute']],
        [
          'Ausbildung',
          [
            '10/2016 – 09/2018',
            'Master of Science Wirtschaftsinformatik',
            'Universität Grauenstein',
            '10/2013 – 09/2016',
            'Bachelor of Science Wirtschaftsinformatik',
            'Hochschule Trelling',
          ],
        ],
        ['Sprachen', ['Deutsch (Muttersprache), Englisch (C1)']],
      ]),
      [
        w('Universität Grauenstein', 'Master of Science Wirtschaftsinformatik'),
        w('Hochschule Trelling', 'Bachelor of Science Wirtschaftsinformatik'),
      ],
    ),
    cv(
      SECTION_COLUMN,
      'k.docx',
      sectionTable('Sophie Lemaire', [
        [
          'Formation',
          [
            '2018 – 2020 : Master 2 Data Science, Université de Brie',
            '2015 – 2018 : Licence Mathématiques, Université de Montbrison',
          ],
        ],
        ['Compétences', ['Python, R, SQL']],
      ]),
      [w('Université de Brie', 'Master 2 Data Science'), w('Université de Montbrison', 'Licence Mathématiques')],
    ),
    cv(
      SECTION_COLUMN,
      'k.html',
      html(
        'Renata Calvo',
        'Perfil',
        '<table>\n<tr><td>Experiencia</td><td><p>Analista de datos, Banco Olvera</p><p>2019 – actualidad</p></td></tr>\n' +
          '<tr><td>Formación</td><td><p>Grado en Economía</p><p>Universidad de Castrelo</p><p>2014 – 2018</p>' +
          '<p>Bachillerato</p><p>IES Almenara</p><p>2014</p></td></tr>\n</table>',
      ),
      [w('Universidad de Castrelo', 'Grado en Economía'), w('IES Almenara', 'Bachillerato')],
    ),
    cv(
      SECTION_COLUMN,
      'k.docx',
      sectionTable('Inês Valadares', [
        [
          'Formação Académica',
          [
            'Mestrado em Gestão — Universidade de Serra Fina (2018 – 2020)',
            'Ensino Secundário — Escola Secundária Alto Douro (2015)',
          ],
        ],
        ['Idiomas', ['Português (nativo), Inglês (C1)']],
      ]),
      [w('Universidade de Serra Fina', 'Mestrado em Gestão'), w('Escola Secundária Alto Douro', 'Ensino Secundário')],
    ),
    // Near miss: a data table of schools (a degree over its subject in one cell) stays one row per school.
    cv(
      SECTION_COLUMN,
      'k.docx',
      makeDocx(
        [
          ...docxHead('Meera Iyer'),
          paragraph('Education', 'Heading1'),
          cellTable(
            [
              [{ xml: paragraph('Degree') }, { xml: paragraph('Institute') }, { xml: paragraph('Year') }],
              [
                { xml: paragraph('M.Tech') + paragraph('(CSE)') },
                { xml: paragraph('Kelso Institute of Technology') },
                { xml: paragraph('2018') },
              ],
              [
                { xml: paragraph('B.Tech') + paragraph('(IT)') },
                { xml: paragraph('Ridgeway College of Engineering') },
                { xml: paragraph('2016') },
              ],
            ],
            [2000, 4000, 1500],
          ),
        ].join(''),
      ),
      [w('Kelso Institute of Technology', 'M.Tech (CSE)'), w('Ridgeway College of Engineering', 'B.Tech (IT)')],
    ),
  ];
}

function twoRows(): AcademicProbe[] {
  const grid = (rows: readonly (readonly [string, string])[]) =>
    `| | |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`;
  return [
    cv(
      TWO_ROWS,
      'r.md',
      md(
        'Nora Beck',
        'Education',
        grid([
          ['**University of Kelso**', '2012 – 2016'],
          ['BSc Computer Science', 'Kelso, OH'],
          ['**Dunmore College**', '2010 – 2012'],
          ['A-Levels', 'Dunmore, UK'],
        ]),
      ),
      [w('University of Kelso', 'BSc Computer Science'), w('Dunmore College', 'A-Levels')],
    ),
    cv(
      TWO_ROWS,
      'r.md',
      md(
        'Greta Albers',
        'Ausbildung',
        grid([
          ['**Master of Science Informatik**', '10/2016 – 09/2018'],
          ['Universität Grauenstein', 'Grauenstein'],
          ['**Abitur**', '2013'],
          ['Goethe-Gymnasium Grauenstein', 'Grauenstein'],
        ]),
      ),
      [w('Universität Grauenstein', 'Master of Science Informatik'), w('Goethe-Gymnasium Grauenstein', 'Abitur')],
    ),
    cv(
      TWO_ROWS,
      'r.md',
      md(
        'Lucía Garmendia',
        'Formación',
        grid([
          ['**Universidad de Castrelo**', '2010 – 2014'],
          ['Grado en Ingeniería Informática', 'Madrid'],
          ['**IES Almenara**', '2010'],
          ['Bachillerato', 'Sevilla'],
        ]),
      ),
      [w('Universidad de Castrelo', 'Grado en Ingeniería Informática'), w('IES Almenara', 'Bachillerato')],
    ),
    // Near miss: schools a row each, one undated, stay apart.
    cv(
      TWO_ROWS,
      'r.md',
      md(
        'Owen Falkner',
        'Education',
        grid([
          ['University of Kelso, BSc Physics', '2012 – 2016'],
          ['Dunmore College, A-Levels', ''],
        ]),
      ),
      [w('University of Kelso', 'BSc Physics'), w('Dunmore College', 'A-Levels')],
    ),
    cv(
      TWO_ROWS,
      'r.md',
      md(
        'Clémence Aubry',
        'Formation',
        grid([
          ['**Université de Brie**', '2016 – 2018'],
          ['**Lycée Montaigne de Brie**', ''],
        ]),
      ),
      [w('Université de Brie'), w('Lycée Montaigne de Brie')],
    ),
  ];
}

function nameTown(): AcademicProbe[] {
  return [
    cv(
      NAME_TOWN,
      'n.txt',
      txt(
        'Nora Beck',
        'Education',
        'Web Development Bootcamp — Ironhack, Berlin (2021)\nData Analytics Bootcamp – Le Wagon, Lisbon, 2022',
      ),
      [w('Ironhack', 'Web Development Bootcamp'), w('Le Wagon', 'Data Analytics Bootcamp')],
    ),
    cv(
      NAME_TOWN,
      'n.txt',
      txt(
        'Camille Roussel',
        'Formation',
        'Master Finance\nDauphine-Kelso, Paris\n2018 – 2020\n\nLicence Économie\nBrie-Tech, Lyon\n2015 – 2018',
      ),
      [w('Dauphine-Kelso', 'Master Finance'), w('Brie-Tech', 'Licence Économie')],
    ),
    cv(
      NAME_TOWN,
      'n.md',
      md(
        'Jonas Brenner',
        'Weiterbildung und Studium',
        '- 2020  Data Science Bootcamp, Spiced-Kelso, Berlin\n- 2014 – 2018  B.Sc. Informatik, Hochschule Trelling',
      ),
      [w('Spiced-Kelso', 'Data Science Bootcamp'), w('Hochschule Trelling', 'B.Sc. Informatik')],
    ),
    cv(
      NAME_TOWN,
      'n.html',
      html(
        'Lucía Garmendia',
        'Formación',
        htmlLines([
          'Máster en Data Science — Kschool-Olvera, Madrid (2019 – 2020)',
          'Grado en Economía — Universidad de Castrelo, Sevilla (2014 – 2018)',
        ]),
      ),
      [w('Kschool-Olvera', 'Máster en Data Science'), w('Universidad de Castrelo', 'Grado en Economía')],
    ),
    cv(
      NAME_TOWN,
      'n.txt',
      txt(
        'Caio Mendonça',
        'Formação',
        'Bootcamp de Programação — Trybe-Serra, Belo Horizonte (2021)\nBacharelado em Física — Universidade de Serra Fina, São Paulo (2014 – 2018)',
      ),
      [w('Trybe-Serra', 'Bootcamp de Programação'), w('Universidade de Serra Fina', 'Bacharelado em Física')],
    ),
    // Near miss: degrees under a school named on its own line take that school, not the town beside them.
    cv(
      NAME_TOWN,
      'n.txt',
      txt(
        'Owen Falkner',
        'Education',
        'Lakemont University\nMEng in Computer Science, Dec 2014, Kelso, Ohio\nBA in Physics, May 2013, Kelso, Ohio',
      ),
      [w('Lakemont University', 'MEng in Computer Science'), w('Lakemont University', 'BA in Physics')],
    ),
  ];
}

function splitDates(): AcademicProbe[] {
  return [
    cv(
      SPLIT_DATES,
      'e.md',
      md(
        'Paul Kessler',
        'Ausbildung',
        '**Technische Universität Ilmgrund** (seit 10/2022)\nBachelor of Science Informatik, voraussichtlicher Abschluss 2026',
      ),
      [w('Technische Universität Ilmgrund', 'Bachelor of Science Informatik')],
    ),
    cv(
      SPLIT_DATES,
      'e.txt',
      txt('Owen Hartley', 'Education', 'University of Kelso, since Sep 2022\nB.S. Computer Science, expected May 2026'),
      [w('University of Kelso', 'B.S. Computer Science')],
    ),
    cv(
      SPLIT_DATES,
      'e.txt',
      txt('Manon Girard', 'Formation', 'Université de Brie, depuis 2023\nMaster 2 Économie, fin prévue en 2025'),
      [w('Université de Brie', 'Master 2 Économie')],
    ),
    cv(
      SPLIT_DATES,
      'e.html',
      html(
        'Lucía Garmendia',
        'Formación',
        htmlLines(['Universidad de Castrelo, desde 2022', 'Grado en Biología, previsto 2026']),
      ),
      [w('Universidad de Castrelo', 'Grado en Biología')],
    ),
    cv(
      SPLIT_DATES,
      'e.txt',
      txt(
        'Caio Mendonça',
        'Formação',
        'Universidade de Serra Fina, desde 2022\nBacharelado em Física, previsão de conclusão 2026',
      ),
      [w('Universidade de Serra Fina', 'Bacharelado em Física')],
    ),
    // Near misses: a school with its whole range keeps its own entry; a graduation word is no degree.
    cv(
      SPLIT_DATES,
      'e.txt',
      txt(
        'Nora Beck',
        'Education',
        'Dunmore High School, 2014 – 2018\n\nBSc Physics, University of Kelso, 2018 – 2022\n\nNorthfield Academy — Graduated June 2014',
      ),
      [w('Dunmore High School'), w('University of Kelso', 'BSc Physics'), w('Northfield Academy')],
    ),
  ];
}

function templates(): AcademicProbe[] {
  return [
    cv(
      TEMPLATES,
      'moderncv.tex',
      tex(
        'Kilian Sternberg',
        'Ausbildung',
        '\\cventry{2013--2018}{Diplom-Ingenieur Maschinenbau}{Technische Universität Ilmgrund}{Ilmgrund}{\\textit{Note: 1,5}}{Diplomarbeit: Leichtbau}\n' +
          '\\cventry{2013}{Abitur}{Goethe-Gymnasium Grauenstein}{Grauenstein}{}{}\n',
      ),
      [
        w('Technische Universität Ilmgrund', 'Diplom-Ingenieur Maschinenbau'),
        w('Goethe-Gymnasium Grauenstein', 'Abitur'),
      ],
    ),
    cv(
      TEMPLATES,
      'awesome.tex',
      tex(
        'Sophie Lemaire',
        'Formation',
        '\\begin{cventries}\n\\cventry{Master 2 Data Science}{Université de Brie}{Brie, France}{2018 -- 2020}{\n' +
          '\\begin{cvitems}\n\\item {Mémoire : apprentissage statistique}\n\\end{cvitems}}\n' +
          '\\cventry{Baccalauréat S}{Lycée Jean Rostand}{Brie, France}{2015}{}\n\\end{cventries}\n',
      ),
      [w('Université de Brie', 'Master 2 Data Science'), w('Lycée Jean Rostand', 'Baccalauréat S')],
    ),
    cv(
      TEMPLATES,
      'jake.tex',
      tex(
        'Owen Hartley',
        'Education',
        '\\resumeSubHeadingListStart\n\\resumeSubheading\n  {University of Kelso}{Kelso, OH}\n  {Bachelor of Science in Computer Science}{Aug. 2022 -- May 2026 (Expected)}\n' +
          '\\resumeSubheading\n  {Northfield High School}{Springfield, IL}\n  {High School Diploma}{2018 -- 2022}\n\\resumeSubHeadingListEnd\n',
      ),
      [
        w('University of Kelso', 'Bachelor of Science in Computer Science'),
        w('Northfield High School', 'High School Diploma'),
      ],
    ),
    cv(
      TEMPLATES,
      'tabular.tex',
      tex(
        'Lorena Quintal',
        'Formación',
        '\\begin{tabular}{l l l}\n2016 -- 2018 & Máster Universitario en Economía & Universidad de Almenara \\\\\n' +
          '2012 -- 2016 & Grado en Economía & Universidad de Castrelo \\\\\n2012 & Bachillerato & IES Olvera \\\\\n\\end{tabular}\n',
      ),
      [
        w('Universidad de Almenara', 'Máster Universitario en Economía'),
        w('Universidad de Castrelo', 'Grado en Economía'),
        w('IES Olvera', 'Bachillerato'),
      ],
    ),
    cv(
      TEMPLATES,
      'one.pdf',
      onePdf('Greta Albers', 'AUSBILDUNG', [
        ['Universität Grauenstein', '10/2016 – 09/2018'],
        'Master of Science Wirtschaftsinformatik',
        'Abschlussnote: 1,3',
        '',
        ['Hochschule Trelling', '10/2013 – 09/2016'],
        'Bachelor of Science Wirtschaftsinformatik',
        '',
        ['Goethe-Gymnasium Grauenstein', '2013'],
        'Abitur',
      ]),
      [
        w('Universität Grauenstein', 'Master of Science Wirtschaftsinformatik'),
        w('Hochschule Trelling', 'Bachelor of Science Wirtschaftsinformatik'),
        w('Goethe-Gymnasium Grauenstein', 'Abitur'),
      ],
    ),
    cv(
      TEMPLATES,
      'two.pdf',
      twoPdf('Nolan Reyes', 'EDUCATION', [
        'Bachelor of Science, Computer Science',
        ['University of Kelso', '2016 – 2020'],
        'GPA: 3.8/4.0',
        '',
        'Coursera – Machine Learning',
        ['Online course', '2019'],
      ]),
      [w('University of Kelso', 'Bachelor of Science, Computer Science'), w('Coursera', 'Machine Learning')],
    ),
    cv(
      TEMPLATES,
      'two.pdf',
      twoPdf('Inês Valadares', 'FORMAÇÃO', [
        ['Mestrado em Gestão', '2018 – 2020'],
        'Universidade de Serra Fina, Lisboa',
        '',
        ['Licenciatura em Economia', '2015 – 2018'],
        'Universidade Federal de Morro Alto',
        '',
        ['Ensino Secundário', '2015'],
        'Escola Secundária Alto Douro',
      ]),
      [
        w('Universidade de Serra Fina', 'Mestrado em Gestão'),
        w('Universidade Federal de Morro Alto', 'Licenciatura em Economia'),
        w('Escola Secundária Alto Douro', 'Ensino Secundário'),
      ],
    ),
    cv(
      TEMPLATES,
      't.docx',
      makeDocx(
        [
          ...docxHead('Théo Marchand'),
          paragraph('Formation', 'Heading1'),
          table([
            ['2015 – 2017', 'Master 2 Informatique', 'Université de Brie'],
            ['2012 – 2015', 'Licence Informatique', 'Université de Montbrison'],
            ['2012', 'Baccalauréat S, mention Bien', 'Lycée Victor Brasseur'],
          ]),
        ].join(''),
      ),
      [
        w('Université de Brie', 'Master 2 Informatique'),
        w('Université de Montbrison', 'Licence Informatique'),
        w('Lycée Victor Brasseur', 'Baccalauréat S'),
      ],
    ),
    cv(
      TEMPLATES,
      't.docx',
      makeDocx(
        [
          ...docxHead('Harriet Cole'),
          paragraph('EDUCATION', 'Heading1'),
          runs([{ text: 'University of Tarrow', bold: true }, { tab: true }, '2014 – 2017'], { tabStop: true }),
          runs([{ text: 'BSc (Hons) Economics, 2:1', italic: true }]),
          runs([{ text: 'Dunmore Sixth Form College', bold: true }, { tab: true }, '2012 – 2014'], { tabStop: true }),
          runs([{ text: 'A Levels: Economics (A), Mathematics (A), History (B)', italic: true }]),
        ].join(''),
      ),
      [w('University of Tarrow', 'BSc (Hons) Economics'), w('Dunmore Sixth Form College', 'A Levels')],
    ),
  ];
}

export function eduFormsProbe(): AcademicProbe[] {
  return [
    ...schoolLevel(),
    ...orders(),
    ...degreeForms(),
    ...campus(),
    ...sentences(),
    ...sectionColumn(),
    ...twoRows(),
    ...nameTown(),
    ...splitDates(),
    ...templates(),
  ];
}
