/**
 * A probe of school classes past the ones earlier rules were fitted on: academic CVs (degree, subject,
 * school and year on one line in every order, dissertation / advisor / committee lines, Oxbridge and
 * honours degrees, habilitation, exchange and visiting terms), medical schooling (MBBS, MD, royal
 * college memberships, residency listed under education), European degrees under their own headings,
 * degree text carrying grades, honours, minors, theses and places, several degrees at one school,
 * courses and certificates under education or a heading of their own, and the PDF layouts that put
 * a school on the line after its degree or both in one table cell. Five languages, text, Markdown,
 * HTML, LaTeX and PDF, each class with near misses. Every person, school and subject is invented.
 */
import { makeDocx, paragraph, runs, table } from '../../scripts/synthetic/docxFixture.js';
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import type { ProbeCv } from './syntheticEduProbe.js';
import { html, md, probe, tex, txt } from './syntheticEduProbe.js';
import type { WantedSchool } from './judgeSchools.js';

export const ACADEMIC = 'academic: one-line degrees, theses, advisors';
export const MEDICAL = 'medical: MBBS, MD, royal colleges, residency';
export const EUROPEAN = 'european: degrees and headings in five languages';
export const EXTRA_TOKENS = 'degree text: honours, minors, grades, theses, places';
export const SEVERAL = 'several degrees at one school';
export const COURSES = 'courses and certificates';
export const PDF_LAYOUT = 'pdf: school after its degree, degree and school in one cell';
export const UNNAMED = 'school without a school word, then "City, ST"';
export const CANDIDATE = 'studies under way, postdocs, exchange terms';
export const ACADEMIC_LAYOUT = 'academic: PDF margins, wrapped theses, LaTeX entries';
export const AFTER = 'sections after education: grants, talks, memberships';
export const QUALIFIED = 'education headings qualified by level or field';
export const WEB = 'academic homepages: setext Markdown, HTML lists, LaTeX tables';
export const OFFICE = 'Word and PDF résumés: tables, tabs, dates flush right';
export const LATEX = 'LaTeX: template and home-made entry macros';
export const PROSE = 'degree said in a sentence or by its subject under the school';
export const NOTES = 'dated notes under a school: activities, terms abroad';

/** A probe CV with the schools the judge wants: `null` degree is one the labelling rules leave unjudged. */
export interface AcademicProbe extends ProbeCv {
  readonly want: readonly WantedSchool[];
}

const w = (institution: string, degree?: string): WantedSchool => ({ institution, ...(degree ? { degree } : {}) });

function cv(className: string, file: string, text: string | Buffer, want: readonly WantedSchool[]): AcademicProbe {
  const made = probe(
    className,
    file,
    typeof text === 'string' ? text : '',
    want.map((s) => ({ institution: s.institution, ...(s.degree ? { degree: s.degree } : {}) })),
  );
  return { ...made, text, want };
}

const htmlLines = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('\n');
const texLines = (lines: readonly string[]) => lines.map((l) => l.replace(/&/g, '\\&')).join('\\\\\n');

function academic(): AcademicProbe[] {
  return [
    cv(
      ACADEMIC,
      'a.md',
      md(
        'Rowan Achterberg',
        'Education',
        '- Ph.D., Economics, University of Tarrow, 2015\n- M.A., Economics, University of Tarrow, 2011\n' +
          '- B.A. (Hons) History, First Class, Dunmore College, 2009',
      ),
      [
        w('University of Tarrow', 'Ph.D. Economics'),
        w('University of Tarrow', 'M.A. Economics'),
        w('Dunmore College', 'B.A. (Hons) History'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.txt',
      txt(
        'Imogen Stalbridge',
        'Education',
        '2010  PhD in History, University of Brackley. Dissertation: "Salt and Empire, 1700-1850". ' +
          'Advisor: Prof. Jane Holm.\n2005  BA in History, Dunmore College',
      ),
      [w('University of Brackley', 'PhD in History'), w('Dunmore College', 'BA in History')],
    ),
    cv(
      ACADEMIC,
      'a.txt',
      txt(
        'Imogen Stalbridge',
        'Education',
        'PhD in History, University of Brackley, 2010\nDissertation: "Salt and Empire"\n' +
          'Committee: Jane Holm (chair), Peter Quayle, Maria Ostrow (Dunmore College)\n\n' +
          'BA in History, Dunmore College, 2005',
      ),
      [w('University of Brackley', 'PhD in History'), w('Dunmore College', 'BA in History')],
    ),
    cv(
      ACADEMIC,
      'a.md',
      md(
        'Hugo Penhallow',
        'Education',
        'University of Tarrow, Ph.D. in Sociology, 2014\n\n2009, M.Phil. Sociology, University of Fenwick\n\n' +
          'Sociology (B.A.), Lakemont University, 2007',
      ),
      [
        w('University of Tarrow', 'Ph.D. in Sociology'),
        w('University of Fenwick', 'M.Phil. Sociology'),
        w('Lakemont University', 'B.A. Sociology'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.tex',
      tex(
        'Hugo Penhallow',
        'Education',
        texLines([
          '\\textbf{Ph.D., Classics}, University of Fenwick, 2012',
          'Thesis: \\emph{Harbours of the Aegean}. Supervisor: Prof. L. Marr',
          '\\textbf{M.A. (Cantab)}, Classics, University of Fenwick, 2008',
          '\\textbf{B.A. (Hons) Classics, First Class}, University of Fenwick, 2005',
        ]),
      ),
      [
        w('University of Fenwick', 'Ph.D. Classics'),
        w('University of Fenwick', 'M.A. (Cantab) Classics'),
        w('University of Fenwick', 'B.A. (Hons) Classics'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.md',
      md(
        'Kilian Sternberg',
        'Akademische Ausbildung',
        '2016  Habilitation, Universität Grauenstein (Venia legendi: Neuere Geschichte)\n\n' +
          '2009  Promotion (Dr. phil.), Universität Grauenstein. Dissertation: „Handel im Ostseeraum“. ' +
          'Betreuer: Prof. Dr. K. Lind\n\n2004  Magister Artium, Geschichte, Freie Universität Ilmgrund',
      ),
      [
        w('Universität Grauenstein', 'Habilitation'),
        w('Universität Grauenstein', 'Promotion (Dr. phil.)'),
        w('Freie Universität Ilmgrund', 'Magister Artium Geschichte'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.html',
      html(
        'Solène Arnaud',
        'Formation',
        htmlLines([
          '2012 — Doctorat en sociologie, Université de Montbrison. Thèse : « Les villes moyennes ». Directeur : M. Pierre Vallin',
          '2008 — Master 2 Sociologie, Université de Montbrison',
          '2006 — Licence de sociologie, Université de Brie',
        ]),
      ),
      [
        w('Université de Montbrison', 'Doctorat en sociologie'),
        w('Université de Montbrison', 'Master 2 Sociologie'),
        w('Université de Brie', 'Licence de sociologie'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.txt',
      txt(
        'Lorena Quintal',
        'Formación académica',
        'Doctorado en Historia, Universidad de Castrelo, 2016. Tesis: «El comercio atlántico». Director: Dr. Ramón Ibarra\n' +
          'Máster en Historia Moderna, Universidad de Castrelo, 2011\n' +
          'Estancia de investigación (visiting student), Universidad de Montbrison, 2014',
      ),
      [
        w('Universidad de Castrelo', 'Doctorado en Historia'),
        w('Universidad de Castrelo', 'Máster en Historia Moderna'),
        w('Universidad de Montbrison'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.md',
      md(
        'Tiago Marinho',
        'Formação Acadêmica',
        '- Doutorado em Economia, Universidade de Serra Fina, 2018. Tese: “Crédito e crescimento”. Orientador: Prof. Dr. Luís Prado\n' +
          '- Mestrado em Economia, Universidade de Serra Fina, 2013\n' +
          '- Intercâmbio acadêmico, Universidad de Castrelo, 2010',
      ),
      [
        w('Universidade de Serra Fina', 'Doutorado em Economia'),
        w('Universidade de Serra Fina', 'Mestrado em Economia'),
        w('Universidad de Castrelo'),
      ],
    ),
    cv(
      ACADEMIC,
      'a.txt',
      txt(
        'Ansel Borrow',
        'Education',
        'Visiting Student, Department of Economics, University of Harlow, 2013\n' +
          'Ph.D., Economics, Lakemont University, 2015\nB.Sc., Mathematics, Lakemont University, 2009',
      ),
      [
        w('University of Harlow'),
        w('Lakemont University', 'Ph.D. Economics'),
        w('Lakemont University', 'B.Sc. Mathematics'),
      ],
    ),
  ];
}

function medical(): AcademicProbe[] {
  return [
    cv(
      MEDICAL,
      'm.txt',
      txt(
        'Priya Ravensworth',
        'Education and Qualifications',
        'FRCS (Tr & Orth), Royal College of Surgeons of Edinburgh, 2016\n' +
          'MRCS, Royal College of Surgeons of England, 2009\n' +
          'MBBS, Harlow Medical School, 2005\nBSc (Hons) Anatomy, University of Harlow, 2002',
      ),
      [
        w('Royal College of Surgeons of Edinburgh', 'FRCS (Tr & Orth)'),
        w('Royal College of Surgeons of England', 'MRCS'),
        w('Harlow Medical School', 'MBBS'),
        w('University of Harlow', 'BSc (Hons) Anatomy'),
      ],
    ),
    cv(
      MEDICAL,
      'm.md',
      md(
        'Daniel Okafor',
        'Education',
        '### Lakemont University School of Medicine\nMD, 2008\n\n' +
          '### Residency in Internal Medicine, Lakemont University Hospital\n2008 – 2011\n\n' +
          '### Kelso College\nB.S. Biology, 2004',
      ),
      [
        w('Lakemont University School of Medicine', 'MD'),
        w('Lakemont University Hospital', 'Residency in Internal Medicine'),
        w('Kelso College', 'B.S. Biology'),
      ],
    ),
    cv(
      MEDICAL,
      'm.md',
      md(
        'Daniel Okafor',
        'Education',
        '- M.D., Lakemont University School of Medicine, 2008\n- B.S., Biology, Kelso College, 2004\n\n' +
          '## Board Certification\n\n- American Board of Internal Medicine, 2012\n\n' +
          '## Experience\n\n- Residency in Internal Medicine, Lakemont University Hospital, 2008 – 2011',
      ),
      [w('Lakemont University School of Medicine', 'M.D.'), w('Kelso College', 'B.S. Biology')],
    ),
    cv(
      MEDICAL,
      'm.txt',
      txt(
        'Henrike Vollmer',
        'Ausbildung',
        '2000 – 2006  Studium der Humanmedizin, Universität Grauenstein\n' +
          '2008  Promotion (Dr. med.), Universität Grauenstein. Doktorarbeit: „Herzrhythmus im Alter“',
      ),
      [w('Universität Grauenstein', 'Studium der Humanmedizin'), w('Universität Grauenstein', 'Promotion (Dr. med.)')],
    ),
    cv(
      MEDICAL,
      'm.html',
      html(
        'Margaux Levasseur',
        'Formation',
        htmlLines([
          '2010 : Doctorat en médecine, Faculté de médecine de Montbrison',
          '2007 – 2010 : Internat de chirurgie, Centre hospitalier universitaire de Brie',
        ]),
      ),
      [
        w('Faculté de médecine de Montbrison', 'Doctorat en médecine'),
        w('Centre hospitalier universitaire de Brie', 'Internat de chirurgie'),
      ],
    ),
    cv(
      MEDICAL,
      'm.txt',
      txt(
        'Álvaro Sepúlveda',
        'Formación',
        '2001 – 2007  Licenciatura en Medicina y Cirugía, Universidad de Castrelo\n' +
          '2008 – 2012  Especialidad en Cardiología (MIR), Hospital Universitario de Olvera',
      ),
      [
        w('Universidad de Castrelo', 'Licenciatura en Medicina y Cirugía'),
        w('Hospital Universitario de Olvera', 'Especialidad en Cardiología (MIR)'),
      ],
    ),
    cv(
      MEDICAL,
      'm.tex',
      tex(
        'Beatriz Couto',
        'Formação',
        texLines([
          '\\textbf{Mestrado Integrado em Medicina}, Faculdade de Medicina da Universidade de Coimbrão, 2004 -- 2010',
          '\\textbf{Residência em Pediatria}, Hospital das Clínicas de Morro Alto, 2011 -- 2014',
        ]),
      ),
      [
        w('Faculdade de Medicina da Universidade de Coimbrão', 'Mestrado Integrado em Medicina'),
        w('Hospital das Clínicas de Morro Alto', 'Residência em Pediatria'),
      ],
    ),
  ];
}

function european(): AcademicProbe[] {
  return [
    cv(
      EUROPEAN,
      'e.md',
      md(
        'Gerd Hollmann',
        'Studium',
        '2001 – 2006  Diplom-Kaufmann, Universität Lindtal\n\n1999 – 2001  Grundstudium BWL, Universität Lindtal',
      ),
      [w('Universität Lindtal', 'Diplom-Kaufmann'), w('Universität Lindtal', 'Grundstudium BWL')],
    ),
    cv(
      EUROPEAN,
      'e.txt',
      txt(
        'Wiebke Anders',
        'Ausbildung',
        'Magister Artium (M.A.) Germanistik, Universität Grauenstein, 1998 – 2004\n' +
          'Abitur, Schillergymnasium Lindtal, 1998',
      ),
      [w('Universität Grauenstein', 'Magister Artium (M.A.) Germanistik'), w('Schillergymnasium Lindtal', 'Abitur')],
    ),
    cv(
      EUROPEAN,
      'e.md',
      md(
        'Camille Roussel',
        'Études',
        '2012 – 2014 Master 2 Économie appliquée, Université de Montbrison\n' +
          '2009 – 2012 Licence d’économie, Université de Montbrison\n' +
          '2007 – 2009 Classe préparatoire ECS, Lycée Montaigne de Brie',
      ),
      [
        w('Université de Montbrison', 'Master 2 Économie appliquée'),
        w('Université de Montbrison', 'Licence d’économie'),
        w('Lycée Montaigne de Brie', 'Classe préparatoire ECS'),
      ],
    ),
    cv(
      EUROPEAN,
      'e.txt',
      txt(
        'Bastien Carrel',
        'Formation',
        "Diplôme d'ingénieur, École Centrale de Brumaire — 2010 – 2013\n" +
          'Classes préparatoires MP, Lycée Fermat de Valmont — 2008 – 2010',
      ),
      [
        w('École Centrale de Brumaire', "Diplôme d'ingénieur"),
        w('Lycée Fermat de Valmont', 'Classes préparatoires MP'),
      ],
    ),
    cv(
      EUROPEAN,
      'e.html',
      html(
        'Nerea Otxoa',
        'Formación académica',
        htmlLines([
          'Licenciatura en Derecho — Universidad de Castrelo (2003 – 2008)',
          'Grado en Ingeniería Informática — Universidad Politécnica de Olvera (2012 – 2016)',
        ]),
      ),
      [
        w('Universidad de Castrelo', 'Licenciatura en Derecho'),
        w('Universidad Politécnica de Olvera', 'Grado en Ingeniería Informática'),
      ],
    ),
    cv(
      EUROPEAN,
      'e.md',
      md('Ignacio Berrocal', 'Estudios', '**Universidad de Almenara**\nGrado en Historia del Arte\n2010 – 2014'),
      [w('Universidad de Almenara', 'Grado en Historia del Arte')],
    ),
    cv(
      EUROPEAN,
      'e.txt',
      txt(
        'Júlia Pimentel',
        'Formação acadêmica',
        'Bacharelado em Administração — Universidade Federal de Morro Alto, 2008 – 2012\n' +
          'Mestrado em Economia — Universidade de Serra Fina, 2013 – 2015',
      ),
      [
        w('Universidade Federal de Morro Alto', 'Bacharelado em Administração'),
        w('Universidade de Serra Fina', 'Mestrado em Economia'),
      ],
    ),
    cv(
      EUROPEAN,
      'e.md',
      md(
        'Rui Sardinha',
        'Escolaridade',
        '- Licenciatura em Engenharia Civil, Instituto Superior de Vale Fundo (2005 – 2010)',
      ),
      [w('Instituto Superior de Vale Fundo', 'Licenciatura em Engenharia Civil')],
    ),
    cv(
      EUROPEAN,
      'e.txt',
      txt(
        'Marco Deltorre',
        'Academic Background',
        'Laurea Magistrale in Ingegneria Meccanica, Politecnico di Varenna, 2014\n' +
          'Laurea Triennale in Ingegneria Meccanica, Politecnico di Varenna, 2012',
      ),
      [
        w('Politecnico di Varenna', 'Laurea Magistrale in Ingegneria Meccanica'),
        w('Politecnico di Varenna', 'Laurea Triennale in Ingegneria Meccanica'),
      ],
    ),
    cv(
      EUROPEAN,
      'e.md',
      md(
        'Oliver Whitcombe',
        'Qualifications',
        '- BSc (Hons) Computing, University of Marwick, 2010\n- A-Levels, Ashby Sixth Form College, 2007',
      ),
      [w('University of Marwick', 'BSc (Hons) Computing'), w('Ashby Sixth Form College', 'A-Levels')],
    ),
  ];
}

function extraTokens(): AcademicProbe[] {
  return [
    cv(
      EXTRA_TOKENS,
      'x.md',
      md(
        'Tamsin Rook',
        'Education',
        '**BSc Computer Science (First Class Honours)**, University of Marwick, 2012\n\n' +
          '**B.A. in Economics, minor in Mathematics, GPA 3.8/4.0**, Lakemont University, 2014',
      ),
      [w('University of Marwick', 'BSc Computer Science'), w('Lakemont University', 'B.A. in Economics')],
    ),
    cv(
      EXTRA_TOKENS,
      'x.txt',
      txt(
        'Jasper Lindqvist',
        'Education',
        'MSc Physics — thesis: Spin Waves in Thin Films — University of Kelso, 2016\n' +
          'MBA, Harlow Business School, London, 2019',
      ),
      [w('University of Kelso', 'MSc Physics'), w('Harlow Business School', 'MBA')],
    ),
    cv(
      EXTRA_TOKENS,
      'x.md',
      md(
        'Lena Brauer',
        'Ausbildung',
        '- M.Sc. Informatik (Note 1,3), Technische Universität Ilmgrund, 2015 – 2017\n- B.Sc. Informatik mit Nebenfach Mathematik, Universität Grauenstein, 2012 – 2015',
      ),
      [w('Technische Universität Ilmgrund', 'M.Sc. Informatik'), w('Universität Grauenstein', 'B.Sc. Informatik')],
    ),
    cv(
      EXTRA_TOKENS,
      'x.txt',
      txt(
        'Élise Marchand',
        'Formation',
        'Master Finance, mention Très bien, Université de Brie, 2018\nLicence Économie et gestion, Paris, Université de Brie, 2016',
      ),
      [w('Université de Brie', 'Master Finance'), w('Université de Brie', 'Licence Économie et gestion')],
    ),
    cv(
      EXTRA_TOKENS,
      'x.html',
      html(
        'Pablo Ferrán',
        'Educación',
        htmlLines([
          'Máster en Finanzas (Matrícula de Honor), Universidad de Almenara, Madrid, 2017',
          'Grado en Economía, nota media 8,4, Universidad de Almenara, 2015',
        ]),
      ),
      [w('Universidad de Almenara', 'Máster en Finanzas'), w('Universidad de Almenara', 'Grado en Economía')],
    ),
    cv(
      EXTRA_TOKENS,
      'x.md',
      md(
        'Larissa Cunha',
        'Formação',
        '**Mestrado em Engenharia Elétrica** (com distinção) — Universidade de Serra Fina, São Paulo, 2016',
      ),
      [w('Universidade de Serra Fina', 'Mestrado em Engenharia Elétrica')],
    ),
    cv(
      EXTRA_TOKENS,
      'x.txt',
      txt('Owen Falkner', 'Education', 'University of Kelso\nMaster of Science\nData Science\n2016 – 2017'),
      [w('University of Kelso', 'Master of Science Data Science')],
    ),
  ];
}

function several(): AcademicProbe[] {
  return [
    cv(
      SEVERAL,
      's.md',
      md('Cora Vennick', 'Education', '### University of Tarrow\n- PhD Chemistry, 2016\n- MChem, 2012'),
      [w('University of Tarrow', 'PhD Chemistry'), w('University of Tarrow', 'MChem')],
    ),
    cv(
      SEVERAL,
      's.txt',
      txt('Cora Vennick', 'Education', 'Lakemont University — B.S. Mathematics (2010), M.S. Statistics (2012)'),
      [w('Lakemont University', 'B.S. Mathematics'), w('Lakemont University', 'M.S. Statistics')],
    ),
    cv(
      SEVERAL,
      's.md',
      md(
        'Jens Falk',
        'Ausbildung',
        '**Universität Grauenstein**\n\nMaster of Science Physik, 2014 – 2016\n\nBachelor of Science Physik, 2011 – 2014',
      ),
      [
        w('Universität Grauenstein', 'Master of Science Physik'),
        w('Universität Grauenstein', 'Bachelor of Science Physik'),
      ],
    ),
    cv(
      SEVERAL,
      's.txt',
      txt(
        'Chloé Fabre',
        'Formation',
        'Université de Montbrison\n2014 – 2016  Master Chimie\n2011 – 2014  Licence Chimie',
      ),
      [w('Université de Montbrison', 'Master Chimie'), w('Université de Montbrison', 'Licence Chimie')],
    ),
  ];
}

function candidates(): AcademicProbe[] {
  return [
    cv(
      CANDIDATE,
      'd.md',
      md(
        'Yara Holt',
        'Education',
        '- Ph.D. Candidate in Economics, University of Tarrow, 2019 – present\n- MS, Lakemont University, 2018\n- Kelso University, BS, 2016',
      ),
      [
        w('University of Tarrow', 'Ph.D. Candidate in Economics'),
        w('Lakemont University', 'MS'),
        w('Kelso University', 'BS'),
      ],
    ),
    cv(
      CANDIDATE,
      'd.txt',
      txt(
        'Lukas Brenner',
        'Akademische Ausbildung',
        'seit 2020  Doktorand am Lehrstuhl für Informatik, Universität Grauenstein\n2014 – 2019  Master of Science Informatik, Universität Grauenstein\n2017  Auslandssemester, Universidad de Castrelo',
      ),
      [
        w('Universität Grauenstein', 'Doktorand'),
        w('Universität Grauenstein', 'Master of Science Informatik'),
        w('Universidad de Castrelo'),
      ],
    ),
    cv(
      CANDIDATE,
      'd.html',
      html(
        'Anaïs Fournel',
        'Formation',
        htmlLines([
          'Depuis 2021 — Doctorante en chimie, Université de Montbrison',
          '2019 — Semestre d’échange (Erasmus), University of Kelso',
          '2020 — Master Chimie, Université de Montbrison',
        ]),
      ),
      [
        w('Université de Montbrison', 'Doctorante en chimie'),
        w('University of Kelso'),
        w('Université de Montbrison', 'Master Chimie'),
      ],
    ),
    cv(
      CANDIDATE,
      'd.txt',
      txt(
        'Rafael Souto',
        'Formação',
        'Doutorando em Física, Universidade de Serra Fina, 2021 – atual\nGraduação sanduíche, University of Kelso, 2016\nBacharelado em Física, Universidade de Serra Fina, 2013 – 2017',
      ),
      [
        w('Universidade de Serra Fina', 'Doutorando em Física'),
        w('University of Kelso'),
        w('Universidade de Serra Fina', 'Bacharelado em Física'),
      ],
    ),
    cv(
      CANDIDATE,
      'd.tex',
      tex(
        'Eleni Varga',
        'Education',
        texLines([
          'Postdoctoral Fellow, Department of Physics, University of Harlow, 2018 -- 2020',
          'Ph.D. Physics, Lakemont University, 2018',
        ]),
      ),
      [w('University of Harlow', 'Postdoctoral Fellow'), w('Lakemont University', 'Ph.D. Physics')],
    ),
    cv(
      CANDIDATE,
      'd.md',
      md(
        'Marina Olmedo',
        'Formación',
        '- Doctoranda en Biología, Universidad de Almenara, 2020 – actualidad\n- Máster en Biología Molecular, Universidad de Almenara, 2019',
      ),
      [
        w('Universidad de Almenara', 'Doctoranda en Biología'),
        w('Universidad de Almenara', 'Máster en Biología Molecular'),
      ],
    ),
  ];
}

function courses(): AcademicProbe[] {
  return [
    cv(
      COURSES,
      'c.txt',
      txt(
        'Kai Rinaldi',
        'Education',
        'BSc Computing, University of Marwick, 2014\nCoursera — Machine Learning, 2016\nUdemy — Docker Mastery, 2019',
      ),
      [w('University of Marwick', 'BSc Computing'), w('Coursera', 'Machine Learning'), w('Udemy', 'Docker Mastery')],
    ),
    cv(
      COURSES,
      'c.md',
      md(
        'Sabine Kroll',
        'Ausbildung',
        '- 2010 – 2014 Bachelor of Arts BWL, Hochschule Trelling\n- 2019 Weiterbildung Scrum Master, Haufe Akademie',
      ),
      [w('Hochschule Trelling', 'Bachelor of Arts BWL'), w('Haufe Akademie', 'Weiterbildung Scrum Master')],
    ),
    cv(
      COURSES,
      'c.txt',
      txt(
        'Hélène Dufay',
        'Formation',
        '2012 – 2014  Master Gestion de projet, Université de Brie\n2018  Formation continue Management agile, Cegos',
      ),
      [w('Université de Brie', 'Master Gestion de projet'), w('Cegos', 'Formation continue Management agile')],
    ),
    cv(
      COURSES,
      'c.html',
      html(
        'Diego Arteaga',
        'Formación',
        htmlLines([
          '2009 – 2014 Licenciatura en Economía, Universidad de Castrelo',
          '2019 Curso de Especialización en Big Data, Escuela de Negocios Almenara',
        ]),
      ),
      [
        w('Universidad de Castrelo', 'Licenciatura en Economía'),
        w('Escuela de Negocios Almenara', 'Curso de Especialización en Big Data'),
      ],
    ),
    cv(
      COURSES,
      'c.md',
      md(
        'Bruna Teles',
        'Formação',
        '- Bacharelado em Design, Universidade Federal de Morro Alto, 2012 – 2016\n- Curso livre de UX Design, Alura, 2020',
      ),
      [w('Universidade Federal de Morro Alto', 'Bacharelado em Design'), w('Alura', 'Curso livre de UX Design')],
    ),
    cv(
      COURSES,
      'c.md',
      md(
        'Nora Beck',
        'Education',
        '- MSc Data Science, University of Kelso, 2018\n- Certificate in Project Management, Kelso College, 2020\n\n' +
          '## Certifications\n\n- AWS Certified Solutions Architect, Amazon Web Services, 2021\n' +
          '- Professional Scrum Master I, Scrum.org, 2019',
      ),
      [w('University of Kelso', 'MSc Data Science'), w('Kelso College', 'Certificate in Project Management')],
    ),
    cv(
      COURSES,
      'c.txt',
      txt(
        'Moritz Hager',
        'Ausbildung',
        '2010 – 2015  Diplom Informatik, Technische Universität Ilmgrund\n\nZERTIFIKATE\n\n' +
          '2019  Certified Kubernetes Administrator, Cloud Native Computing Foundation\n2017  ITIL Foundation, Axelos',
      ),
      [w('Technische Universität Ilmgrund', 'Diplom Informatik')],
    ),
    cv(
      COURSES,
      'c.md',
      md(
        'Inès Royer',
        'Formation',
        '- 2016 – 2018 Master Informatique, Université de Brie\n\n## Certifications\n\n- 2020 Certification ITIL v4, Axelos\n' +
          '- 2019 TOEIC 950, ETS Global',
      ),
      [w('Université de Brie', 'Master Informatique')],
    ),
  ];
}

/** A two-column PDF: dates in the left column, the degree and under it the school in the right one. */
function stackedPdf(name: string, heading: string, rows: readonly [string, string, string][]): Buffer {
  const texts: PlacedText[] = [
    { x: 50, y: 760, size: 18, text: name },
    { x: 50, y: 740, size: 10, text: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
    { x: 50, y: 700, size: 12, text: heading },
  ];
  let y = 680;
  for (const [dates, degree, school] of rows) {
    texts.push({ x: 50, y, size: 10, text: dates }, { x: 170, y, size: 10, text: degree });
    texts.push({ x: 170, y: y - 14, size: 10, text: school });
    y -= 40;
  }
  return makePdf([{ texts }]);
}

/** A PDF table: one row per school, the degree and the school's name in one cell, the year in another. */
function cellPdf(name: string, heading: string, rows: readonly [string, string][]): Buffer {
  const texts: PlacedText[] = [
    { x: 50, y: 760, size: 18, text: name },
    { x: 50, y: 740, size: 10, text: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
    { x: 50, y: 700, size: 12, text: heading },
  ];
  rows.forEach(([cell, year], i) => {
    texts.push({ x: 50, y: 680 - i * 18, size: 10, text: cell }, { x: 480, y: 680 - i * 18, size: 10, text: year });
  });
  return makePdf([{ texts }]);
}

/** A PDF with years in a left margin and each school's lines beside them (wrapped as the page wraps them). */
function marginPdf(name: string, heading: string, rows: readonly [string, readonly string[]][]): Buffer {
  const texts: PlacedText[] = [
    { x: 50, y: 760, size: 18, text: name },
    { x: 50, y: 740, size: 10, text: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
    { x: 50, y: 700, size: 12, text: heading },
  ];
  let y = 680;
  for (const [year, lines] of rows) {
    texts.push({ x: 50, y, size: 10, text: year });
    lines.forEach((line, i) => texts.push({ x: 120, y: y - i * 13, size: 10, text: line }));
    y -= lines.length * 13 + 10;
  }
  texts.push({ x: 50, y: y - 10, size: 12, text: heading.toUpperCase() === heading ? 'PUBLICATIONS' : 'Publications' });
  texts.push({
    x: 120,
    y: y - 30,
    size: 10,
    text: 'Holm, J. and Quayle, P. (2016). Credit and ports. Journal of Tarrow Studies 12.',
  });
  return makePdf([{ texts }]);
}

function academicLayouts(): AcademicProbe[] {
  return [
    cv(
      ACADEMIC_LAYOUT,
      'l.pdf',
      marginPdf('Rowan Achterberg', 'EDUCATION', [
        [
          '2015',
          [
            'Ph.D., Economics, University of Tarrow',
            'Dissertation: Essays on Credit Markets and the Transmission of',
            'Monetary Policy in Small Open Economies',
            'Advisors: Jane Holm, Peter Quayle',
          ],
        ],
        ['2010', ['M.A., Economics, University of Tarrow']],
        ['2008', ['B.A. (Hons), History and Economics, Dunmore College']],
      ]),
      [
        w('University of Tarrow', 'Ph.D. Economics'),
        w('University of Tarrow', 'M.A. Economics'),
        w('Dunmore College', 'B.A. (Hons) History and Economics'),
      ],
    ),
    cv(
      ACADEMIC_LAYOUT,
      'l.pdf',
      marginPdf('Kilian Sternberg', 'Akademische Ausbildung', [
        [
          '2009 – 2014',
          [
            'Promotion zum Dr. rer. nat., Institut für Physik, Universität Grauenstein',
            'Thema: Spinwellen in dünnen Schichten',
            'Betreuer: Prof. Dr. K. Lind',
          ],
        ],
        ['2003 – 2009', ['Diplom Physik, Universität Grauenstein']],
      ]),
      [w('Universität Grauenstein', 'Promotion zum Dr. rer. nat.'), w('Universität Grauenstein', 'Diplom Physik')],
    ),
    cv(
      ACADEMIC_LAYOUT,
      'l.pdf',
      marginPdf('Solène Arnaud', 'FORMATION', [
        [
          '2015',
          [
            'Doctorat (PhD) en économie, Université de Montbrison',
            'Mention très honorable avec félicitations du jury',
            'Directeur de thèse : Pierre Vallin',
          ],
        ],
        ['2011', ['Master 2 Recherche en économie, Université de Brie']],
      ]),
      [
        w('Université de Montbrison', 'Doctorat (PhD) en économie'),
        w('Université de Brie', 'Master 2 Recherche en économie'),
      ],
    ),
    cv(
      ACADEMIC_LAYOUT,
      'l.tex',
      tex(
        'Hugo Penhallow',
        'Education',
        '\\cventry{2010--2015}{Ph.D. in Economics}{University of Tarrow}{Tarrow}{}{Dissertation: \\emph{Ports and credit}. Advisor: Jane Holm}\n' +
          '\\cventry{2008--2010}{M.A. in Economics}{University of Fenwick}{Fenwick}{}{}\n',
      ),
      [w('University of Tarrow', 'Ph.D. in Economics'), w('University of Fenwick', 'M.A. in Economics')],
    ),
    cv(
      ACADEMIC_LAYOUT,
      'l.tex',
      tex(
        'Hugo Penhallow',
        'Education',
        '\\resumeSubheading{University of Tarrow}{Tarrow, UK}{Doctor of Philosophy in Economics}{2010 -- 2015}\n' +
          '\\resumeSubheading{Lakemont University}{Ohio, USA}{Bachelor of Arts in Mathematics}{2006 -- 2010}\n',
      ),
      [
        w('University of Tarrow', 'Doctor of Philosophy in Economics'),
        w('Lakemont University', 'Bachelor of Arts in Mathematics'),
      ],
    ),
    cv(
      ACADEMIC_LAYOUT,
      'l.txt',
      txt(
        'Lorena Quintal',
        'Education',
        'Ph.D. (2015), M.A. (2011), Economics, University of Tarrow\nB.A. (2009), History, Dunmore College',
      ),
      [
        w('University of Tarrow', 'Ph.D. Economics'),
        w('University of Tarrow', 'M.A. Economics'),
        w('Dunmore College', 'B.A. History'),
      ],
    ),
    cv(
      ACADEMIC_LAYOUT,
      'l.md',
      md(
        'Ansel Borrow',
        'Education',
        '**Habilitation (venia legendi) in Economics**, University of Fenwick, 2020\n\n**Doctor of Philosophy**, University of Fenwick, 2012\nThesis: Archives of the University of Kelso, 1800-1900',
      ),
      [
        w('University of Fenwick', 'Habilitation (venia legendi) in Economics'),
        w('University of Fenwick', 'Doctor of Philosophy'),
      ],
    ),
  ];
}

/** What an academic or medical CV lists after its schools, under a heading of its own: never a school. */
const GRANTS = 'Kelso Foundation Fellowship, University of Kelso, 2014 – 2016\nTravel grant, Lakemont University, 2013';
const TALKS = 'Department seminar, University of Harlow, 2016\nInvited lecture, Universidad de Castrelo, 2017';
const MEMBERS = 'Member, Royal College of Physicians, 2010 – present\nFellow, Higher Education Academy, 2015';

function after(): AcademicProbe[] {
  const phd = (school: string, degree: string) => [w(school, degree)];
  return [
    cv(
      AFTER,
      'g.txt',
      txt(
        'Rowan Achterberg',
        'Education',
        `Ph.D. Economics, University of Tarrow, 2015\n\nRESEARCH GRANTS AND FELLOWSHIPS\n\n${GRANTS}`,
      ),
      phd('University of Tarrow', 'Ph.D. Economics'),
    ),
    cv(
      AFTER,
      'g.txt',
      txt(
        'Rowan Achterberg',
        'Education',
        `Ph.D. Economics, University of Tarrow, 2015\n\nCONFERENCE PRESENTATIONS\n\n${TALKS}`,
      ),
      phd('University of Tarrow', 'Ph.D. Economics'),
    ),
    cv(
      AFTER,
      'g.txt',
      txt(
        'Priya Ravensworth',
        'Education',
        `MBBS, Harlow Medical School, 2005\n\nPROFESSIONAL MEMBERSHIPS\n\n${MEMBERS}`,
      ),
      phd('Harlow Medical School', 'MBBS'),
    ),
    cv(
      AFTER,
      'g.txt',
      txt(
        'Kilian Sternberg',
        'Ausbildung',
        `Promotion (Dr. phil.), Universität Grauenstein, 2009\n\nSTIPENDIEN\n\nPromotionsstipendium, Universität Grauenstein, 2006 – 2009`,
      ),
      phd('Universität Grauenstein', 'Promotion (Dr. phil.)'),
    ),
    cv(
      AFTER,
      'g.txt',
      txt(
        'Solène Arnaud',
        'Formation',
        `Doctorat en sociologie, Université de Montbrison, 2012\n\nBOURSES ET DISTINCTIONS\n\nBourse doctorale, Université de Montbrison, 2009 – 2012`,
      ),
      phd('Université de Montbrison', 'Doctorat en sociologie'),
    ),
    cv(
      AFTER,
      'g.md',
      md(
        'Lorena Quintal',
        'Formación académica',
        `- Doctorado en Historia, Universidad de Castrelo, 2016\n\nBecas\n\n- Beca predoctoral, Universidad de Castrelo, 2012 – 2016`,
      ),
      phd('Universidad de Castrelo', 'Doctorado en Historia'),
    ),
    cv(
      AFTER,
      'g.md',
      md(
        'Tiago Marinho',
        'Formação Acadêmica',
        `- Doutorado em Economia, Universidade de Serra Fina, 2018\n\nBolsas\n\n- Bolsa de doutorado, Universidade de Serra Fina, 2014 – 2018`,
      ),
      phd('Universidade de Serra Fina', 'Doutorado em Economia'),
    ),
    cv(
      AFTER,
      'g.txt',
      txt(
        'Imogen Stalbridge',
        'Education',
        `PhD in History, University of Brackley, 2010\n\nRefereeing\n\nJournal of Tarrow Studies, 2012 – present\nUniversity of Kelso Press, 2014`,
      ),
      phd('University of Brackley', 'PhD in History'),
    ),
    cv(
      AFTER,
      'g.txt',
      txt(
        'Daniel Okafor',
        'Education',
        `M.D., Lakemont University School of Medicine, 2008\n\nPOSTGRADUATE TRAINING\n\nResidency in Internal Medicine, Lakemont University Hospital, 2008 – 2011`,
      ),
      phd('Lakemont University School of Medicine', 'M.D.'),
    ),
    // Near misses: a school's name in capitals that names a section word stays a school.
    cv(
      AFTER,
      'g.txt',
      txt(
        'Ansel Borrow',
        'Education',
        'INSTITUTE FOR ADVANCED RESEARCH\nPh.D. Physics, 2015\n\nLAKEMONT UNIVERSITY\nB.Sc. Physics, 2010',
      ),
      [w('Institute for Advanced Research', 'Ph.D. Physics'), w('Lakemont University', 'B.Sc. Physics')],
    ),
  ];
}

/** A plain-text CV with a role first, then its schools under a heading written in plain case. */
const afterRole = (name: string, work: string, role: string, heading: string, body: string) =>
  `${name}\n${name.split(' ')[0]!.toLowerCase()}@example.org\n\n${work}\n\n${role}\n\n${heading}\n\n${body}\n`;

function qualified(): AcademicProbe[] {
  return [
    cv(
      QUALIFIED,
      'q.txt',
      afterRole(
        'Nora Beck',
        'Experience',
        'Lecturer, Kelso College, 2016 – present',
        'University Education',
        'Ph.D. Linguistics, University of Tarrow, 2015\nB.A. English, Dunmore College, 2010',
      ),
      [w('University of Tarrow', 'Ph.D. Linguistics'), w('Dunmore College', 'B.A. English')],
    ),
    cv(
      QUALIFIED,
      'q.txt',
      afterRole(
        'Daniel Okafor',
        'Experience',
        'Consultant Physician, Harlow General Hospital, 2015 – present',
        'Medical Education',
        'MBBS, Harlow Medical School, 2005\nBSc (Hons) Physiology, University of Harlow, 2002',
      ),
      [w('Harlow Medical School', 'MBBS'), w('University of Harlow', 'BSc (Hons) Physiology')],
    ),
    cv(
      QUALIFIED,
      'q.txt',
      afterRole(
        'Jens Falk',
        'Berufserfahrung',
        'Entwickler, Nordwerk GmbH, 2016 – heute',
        'Schul- und Hochschulbildung',
        'Master of Science Informatik, Universität Grauenstein, 2016\nAbitur, Goethe-Gymnasium Lindtal, 2009',
      ),
      [w('Universität Grauenstein', 'Master of Science Informatik'), w('Goethe-Gymnasium Lindtal', 'Abitur')],
    ),
    cv(
      QUALIFIED,
      'q.txt',
      afterRole(
        'Chloé Fabre',
        'Expérience professionnelle',
        'Chimiste, Laboratoires Vallin, 2017 – aujourd’hui',
        'Études supérieures',
        'Master Chimie, Université de Montbrison, 2016\nLicence Chimie, Université de Montbrison, 2014',
      ),
      [w('Université de Montbrison', 'Master Chimie'), w('Université de Montbrison', 'Licence Chimie')],
    ),
    cv(
      QUALIFIED,
      'q.txt',
      afterRole(
        'Diego Arteaga',
        'Experiencia profesional',
        'Economista, Banco Almenara, 2015 – actualidad',
        'Estudios universitarios',
        'Licenciatura en Economía, Universidad de Castrelo, 2014',
      ),
      [w('Universidad de Castrelo', 'Licenciatura en Economía')],
    ),
    cv(
      QUALIFIED,
      'q.txt',
      afterRole(
        'Rafael Souto',
        'Experiência profissional',
        'Engenheiro, Construtora Alvorada, 2012 – atual',
        'Formação superior',
        'Bacharelado em Engenharia Civil, Universidade Federal de Morro Alto, 2011',
      ),
      [w('Universidade Federal de Morro Alto', 'Bacharelado em Engenharia Civil')],
    ),
    // Near miss: a skills heading qualified the same way stays skills; the schools before it stay schools.
    cv(
      QUALIFIED,
      'q.txt',
      txt(
        'Priya Ravensworth',
        'Education',
        'MBBS, Harlow Medical School, 2005\n\nMedical Skills\n\nSuturing, Ultrasound, Intubation',
      ),
      [w('Harlow Medical School', 'MBBS')],
    ),
  ];
}

function web(): AcademicProbe[] {
  return [
    cv(
      WEB,
      'w.md',
      '---\nlayout: archive\ntitle: "CV"\n---\n\nEducation\n======\n' +
        '* Ph.D in Marine Ecology, University of Tarrow, 2018 (expected)\n* M.S. in Biology, Lakemont University, 2014\n' +
        '* B.S. in Biology, Lakemont University, 2012\n\nWork experience\n======\n* Spring 2019: Postdoctoral Researcher\n' +
        '  * University of Kelso\n  * Duties included: field surveys\n  * Supervisor: Prof. Jane Holm\n',
      [
        w('University of Tarrow', 'Ph.D in Marine Ecology'),
        w('Lakemont University', 'M.S. in Biology'),
        w('Lakemont University', 'B.S. in Biology'),
      ],
    ),
    cv(
      WEB,
      'w.html',
      html(
        'Anaïs Fournel',
        'Education',
        '<ul>\n<li>Ph.D. in Chemistry, Université de Montbrison, 2015</li>\n<li>M.Sc. in Chemistry, University of Kelso, 2011</li>\n</ul>\n<h2>Teaching</h2>\n<ul>\n<li>Teaching assistant, General Chemistry, University of Kelso, 2010 – 2011</li>\n</ul>',
      ),
      [w('Université de Montbrison', 'Ph.D. in Chemistry'), w('University of Kelso', 'M.Sc. in Chemistry')],
    ),
    cv(
      WEB,
      'w.html',
      html(
        'Kilian Sternberg',
        'Ausbildung',
        '<dl>\n<dt>2009 – 2014</dt><dd>Promotion in Geschichte, Universität Grauenstein</dd>\n<dt>2003 – 2009</dt><dd>Magister Artium Geschichte, Freie Universität Ilmgrund</dd>\n</dl>',
      ),
      [
        w('Universität Grauenstein', 'Promotion in Geschichte'),
        w('Freie Universität Ilmgrund', 'Magister Artium Geschichte'),
      ],
    ),
    cv(
      WEB,
      'w.tex',
      tex(
        'Lorena Quintal',
        'Formación',
        '\\begin{tabular}{ll}\n2016 & Doctorado en Historia, Universidad de Castrelo \\\\\n2011 & Máster en Historia Moderna, Universidad de Almenara \\\\\n\\end{tabular}',
      ),
      [
        w('Universidad de Castrelo', 'Doctorado en Historia'),
        w('Universidad de Almenara', 'Máster en Historia Moderna'),
      ],
    ),
    cv(
      WEB,
      'w.tex',
      tex(
        'Tiago Marinho',
        'Formação',
        '\\begin{itemize}\n\\item Doutorado em Economia, Universidade de Serra Fina, 2018\n\\item Mestrado em Economia, Universidade de Serra Fina, 2013\n\\end{itemize}',
      ),
      [
        w('Universidade de Serra Fina', 'Doutorado em Economia'),
        w('Universidade de Serra Fina', 'Mestrado em Economia'),
      ],
    ),
    cv(
      WEB,
      'w.md',
      md(
        'Solène Arnaud',
        'Formation',
        '| Année | Diplôme | Établissement |\n|---|---|---|\n| 2012 | Doctorat en sociologie | Université de Montbrison |\n| 2008 | Master 2 Sociologie | Université de Brie |',
      ),
      [w('Université de Montbrison', 'Doctorat en sociologie'), w('Université de Brie', 'Master 2 Sociologie')],
    ),
  ];
}

/** A PDF page of rows, each a list of [x, text] cells at one height; `gap` between rows. */
function rowsPdf(name: string, rows: readonly (readonly [number, string])[][], gap = 15): Buffer {
  const texts: PlacedText[] = [
    { x: 50, y: 760, size: 18, text: name },
    { x: 50, y: 740, size: 10, text: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
  ];
  rows.forEach((row, i) => row.forEach(([x, text]) => texts.push({ x, y: 710 - i * gap, size: 10, text })));
  return makePdf([{ texts }]);
}

const docxHead = (name: string) => [
  paragraph(name, 'Title'),
  paragraph(`${name.split(' ')[0]!.toLowerCase()}@example.org`),
];

function office(): AcademicProbe[] {
  return [
    cv(
      OFFICE,
      'o.pdf',
      rowsPdf('Arjun Mehta', [
        [[50, 'EDUCATION']],
        [
          [50, 'Qualification'],
          [140, 'Institute'],
          [330, 'Board/University'],
          [460, 'Year'],
          [510, 'Score'],
        ],
        [
          [50, 'B.E. (Computer)'],
          [140, 'Pune Institute of Engineering'],
          [330, 'Savitri University'],
          [460, '2016'],
          [510, '8.4 CGPA'],
        ],
        [
          [50, 'HSC'],
          [140, 'Vidya Junior College'],
          [330, 'State Board'],
          [460, '2012'],
          [510, '81%'],
        ],
        [
          [50, 'SSC'],
          [140, 'Modern High School'],
          [330, 'State Board'],
          [460, '2010'],
          [510, '92%'],
        ],
      ]),
      [
        w('Pune Institute of Engineering', 'B.E. (Computer)'),
        w('Vidya Junior College', 'HSC'),
        w('Modern High School', 'SSC'),
      ],
    ),
    cv(
      OFFICE,
      'o.docx',
      makeDocx(
        [
          ...docxHead('Meera Iyer'),
          paragraph('Education', 'Heading1'),
          table([
            ['Degree', 'Institute', 'Year', 'CGPA/%'],
            ['M.Tech (CSE)', 'Kelso Institute of Technology', '2018', '8.9'],
            ['B.Tech (IT)', 'Ridgeway College of Engineering', '2016', '78%'],
          ]),
        ].join(''),
      ),
      [w('Kelso Institute of Technology', 'M.Tech (CSE)'), w('Ridgeway College of Engineering', 'B.Tech (IT)')],
    ),
    cv(
      OFFICE,
      'o.docx',
      makeDocx(
        [
          ...docxHead('Owen Falkner'),
          paragraph('EDUCATION', 'Heading1'),
          runs([{ text: 'University of Kelso', bold: true }, { tab: true }, 'Kelso, UK'], { tabStop: true }),
          runs([{ text: 'Master of Science in Data Science', italic: true }, { tab: true }, 'Sep 2016 – Sep 2017'], {
            tabStop: true,
          }),
          runs([{ text: 'Dunmore College', bold: true }, { tab: true }, 'Dunmore, UK'], { tabStop: true }),
          runs([{ text: 'Bachelor of Arts in Economics', italic: true }, { tab: true }, 'Sep 2012 – Jun 2015'], {
            tabStop: true,
          }),
        ].join(''),
      ),
      [
        w('University of Kelso', 'Master of Science in Data Science'),
        w('Dunmore College', 'Bachelor of Arts in Economics'),
      ],
    ),
    cv(
      OFFICE,
      'o.docx',
      makeDocx(
        [
          ...docxHead('Felix Aumann'),
          paragraph('Ausbildung', 'Heading1'),
          runs(['10/2013 – 09/2015', { tab: true }, { text: 'Technische Universität Ilmgrund', bold: true }]),
          runs([{ tab: true }, 'Master of Science Maschinenbau, Abschlussnote 1,4']),
          runs(['10/2010 – 09/2013', { tab: true }, { text: 'Hochschule Trelling', bold: true }]),
          runs([{ tab: true }, 'Bachelor of Engineering Maschinenbau']),
        ].join(''),
      ),
      [
        w('Technische Universität Ilmgrund', 'Master of Science Maschinenbau'),
        w('Hochschule Trelling', 'Bachelor of Engineering Maschinenbau'),
      ],
    ),
    cv(
      OFFICE,
      'o.pdf',
      rowsPdf('Camille Roussel', [
        [[50, 'FORMATION']],
        [
          [50, 'Université de Montbrison'],
          [450, '2012 – 2014'],
        ],
        [[50, 'Master 2 Économie appliquée, mention Bien']],
        [
          [50, 'Lycée Montaigne de Brie'],
          [450, '2007 – 2009'],
        ],
        [[50, 'Classe préparatoire ECS']],
      ]),
      [
        w('Université de Montbrison', 'Master 2 Économie appliquée'),
        w('Lycée Montaigne de Brie', 'Classe préparatoire ECS'),
      ],
    ),
    cv(
      OFFICE,
      'o.pdf',
      rowsPdf('Nerea Otxoa', [
        [[50, 'FORMACIÓN ACADÉMICA']],
        [
          [50, 'Grado en Ingeniería Informática'],
          [450, '2012 – 2016'],
        ],
        [[50, 'Universidad Politécnica de Olvera, Madrid']],
        [
          [50, 'Máster en Ciencia de Datos'],
          [450, '2016 – 2017'],
        ],
        [[50, 'Universidad de Almenara, Sevilla']],
      ]),
      [
        w('Universidad Politécnica de Olvera', 'Grado en Ingeniería Informática'),
        w('Universidad de Almenara', 'Máster en Ciencia de Datos'),
      ],
    ),
    cv(
      OFFICE,
      'o.docx',
      makeDocx(
        [
          ...docxHead('Júlia Pimentel'),
          paragraph('Formação Acadêmica', 'Heading1'),
          runs(
            [
              { text: 'Mestrado em Economia', bold: true },
              ' – Universidade de Serra Fina',
              { tab: true },
              '2013 – 2015',
            ],
            { tabStop: true },
          ),
          runs(
            [
              { text: 'Bacharelado em Administração', bold: true },
              ' – Universidade Federal de Morro Alto',
              { tab: true },
              '2008 – 2012',
            ],
            { tabStop: true },
          ),
        ].join(''),
      ),
      [
        w('Universidade de Serra Fina', 'Mestrado em Economia'),
        w('Universidade Federal de Morro Alto', 'Bacharelado em Administração'),
      ],
    ),
  ];
}

function latex(): AcademicProbe[] {
  return [
    cv(
      LATEX,
      't.tex',
      tex(
        'Hugo Penhallow',
        'Education',
        '\\cvitem{2010--2015}{\\textbf{Ph.D. in Economics}, University of Tarrow}\n\\cvitem{2008--2010}{\\textbf{M.A. in Economics}, University of Fenwick}\n',
      ),
      [w('University of Tarrow', 'Ph.D. in Economics'), w('University of Fenwick', 'M.A. in Economics')],
    ),
    cv(
      LATEX,
      't.tex',
      tex(
        'Hugo Penhallow',
        'Education',
        '\\textbf{University of Tarrow} \\hfill Tarrow, UK \\\\\n\\textit{Ph.D. in Economics} \\hfill 2010--2015\n\n\\textbf{Lakemont University} \\hfill Ohio, USA \\\\\n\\textit{B.A. in Mathematics} \\hfill 2006--2010\n',
      ),
      [w('University of Tarrow', 'Ph.D. in Economics'), w('Lakemont University', 'B.A. in Mathematics')],
    ),
    cv(
      LATEX,
      't.tex',
      tex(
        'Kilian Sternberg',
        'Ausbildung',
        '\\cventry{Promotion (Dr. rer. nat.)}{Universität Grauenstein}{Grauenstein}{2009 -- 2014}{Betreuer: Prof. Dr. K. Lind}\n\\cventry{Diplom Physik}{Universität Grauenstein}{Grauenstein}{2003 -- 2009}{}\n',
      ),
      [w('Universität Grauenstein', 'Promotion (Dr. rer. nat.)'), w('Universität Grauenstein', 'Diplom Physik')],
    ),
    cv(
      LATEX,
      't.tex',
      tex(
        'Solène Arnaud',
        'Formation',
        '\\newcommand{\\diplome}[3]{\\textbf{#1} -- #2 \\hfill #3\\\\}\n\\diplome{Doctorat en sociologie}{Université de Montbrison}{2012}\n\\diplome{Master 2 Sociologie}{Université de Brie}{2008}\n',
      ),
      [w('Université de Montbrison', 'Doctorat en sociologie'), w('Université de Brie', 'Master 2 Sociologie')],
    ),
    cv(
      LATEX,
      't.tex',
      tex(
        'Lorena Quintal',
        'Formación',
        '\\begin{itemize}\n\\item[2016] Doctorado en Historia, Universidad de Castrelo\n\\item[2011] Máster en Historia Moderna, Universidad de Almenara\n\\end{itemize}',
      ),
      [
        w('Universidad de Castrelo', 'Doctorado en Historia'),
        w('Universidad de Almenara', 'Máster en Historia Moderna'),
      ],
    ),
    cv(
      LATEX,
      't.tex',
      tex(
        'Tiago Marinho',
        'Formação',
        '\\twentyitem{2014--2018}{Doutorado em Economia}{Universidade de Serra Fina}{Tese: Crédito e crescimento}\n\\twentyitem{2011--2013}{Mestrado em Economia}{Universidade de Serra Fina}{}\n',
      ),
      [
        w('Universidade de Serra Fina', 'Doutorado em Economia'),
        w('Universidade de Serra Fina', 'Mestrado em Economia'),
      ],
    ),
  ];
}

function prose(): AcademicProbe[] {
  return [
    cv(
      PROSE,
      'r.md',
      md(
        'Nora Beck',
        'Education',
        '### Lakemont University\n2010 – 2014\n\nGraduated with a BA in Economics and a minor in Mathematics.',
      ),
      [w('Lakemont University', 'BA in Economics')],
    ),
    cv(
      PROSE,
      'r.txt',
      txt(
        'Owen Falkner',
        'Education',
        'University of Kelso, 2012 – 2016\nEarned a Bachelor of Science in Physics, with a year abroad.',
      ),
      [w('University of Kelso', 'Bachelor of Science in Physics')],
    ),
    cv(
      PROSE,
      'r.md',
      md('Yara Holt', 'Education', '**Lakemont University**, 2010 – 2014\n- Major in Economics, minor in Mathematics'),
      [w('Lakemont University', 'Economics')],
    ),
    cv(
      PROSE,
      'r.txt',
      txt(
        'Jens Falk',
        'Ausbildung',
        'Universität Grauenstein, 2010 – 2014\nSchwerpunkt: Finanzen\nAbschluss: Bachelor of Science',
      ),
      [w('Universität Grauenstein', 'Bachelor of Science')],
    ),
    cv(
      PROSE,
      'r.txt',
      txt(
        'Lena Brauer',
        'Ausbildung',
        'Universität Grauenstein, 2012 – 2017\nAbschluss als Diplom-Informatikerin mit Schwerpunkt Datenbanken',
      ),
      [w('Universität Grauenstein', 'Diplom-Informatikerin')],
    ),
    cv(
      PROSE,
      'r.html',
      html(
        'Hélène Dufay',
        'Formation',
        htmlLines(['Université de Brie, 2010 – 2015', 'Diplômée d’un Master en droit des affaires']),
      ),
      [w('Université de Brie', 'Master en droit des affaires')],
    ),
    cv(
      PROSE,
      'r.txt',
      txt(
        'Diego Arteaga',
        'Formación',
        'Universidad de Castrelo, 2009 – 2014\nTitulado en Ingeniería Industrial, mención en Organización',
      ),
      [w('Universidad de Castrelo', 'Ingeniería Industrial')],
    ),
    cv(
      PROSE,
      'r.md',
      md(
        'Bruna Teles',
        'Formação',
        '**Universidade de Serra Fina**, 2012 – 2016\n\nFormada em Design com ênfase em Interação',
      ),
      [w('Universidade de Serra Fina', 'Design')],
    ),
  ];
}

function notes(): AcademicProbe[] {
  return [
    cv(
      NOTES,
      'n.txt',
      txt(
        'Yara Holt',
        'Education',
        'University of Kelso\nBSc Computer Science, 2012 – 2016\nHonors: Dean’s List 2013, 2014\nActivities: Debate Club (President, 2014 – 2015), Rowing Team\nStudy abroad: Universidad de Castrelo, Spring 2015',
      ),
      [w('University of Kelso', 'BSc Computer Science')],
    ),
    cv(
      NOTES,
      'n.md',
      md(
        'Jens Falk',
        'Ausbildung',
        'Universität Grauenstein, 2010 – 2014\nBachelor of Science Informatik\nNebenfach: Mathematik\nAuslandsaufenthalt: University of Kelso, 2012',
      ),
      [w('Universität Grauenstein', 'Bachelor of Science Informatik')],
    ),
    cv(
      NOTES,
      'n.txt',
      txt(
        'Chloé Fabre',
        'Formation',
        'Université de Montbrison — Master Chimie, 2014 – 2016\nSéjour d’échange : University of Kelso, 2015\nActivités : Bureau des étudiants, 2014 – 2015',
      ),
      [w('Université de Montbrison', 'Master Chimie')],
    ),
    cv(
      NOTES,
      'n.html',
      html(
        'Diego Arteaga',
        'Formación',
        htmlLines([
          'Universidad de Castrelo, 2009 – 2014',
          'Licenciatura en Economía',
          'Intercambio: Universidade de Serra Fina, 2012',
          'Actividades: Club de debate, 2010 – 2012',
        ]),
      ),
      [w('Universidad de Castrelo', 'Licenciatura en Economía')],
    ),
    cv(
      NOTES,
      'n.txt',
      txt(
        'Rafael Souto',
        'Formação',
        'Universidade de Serra Fina, 2013 – 2017\nBacharelado em Física\nIntercâmbio: Universidad de Castrelo, 2015\nAtividades: Empresa júnior, 2014 – 2016',
      ),
      [w('Universidade de Serra Fina', 'Bacharelado em Física')],
    ),
    // Near miss: a school of its own after a labelled note stays one.
    cv(
      NOTES,
      'n.txt',
      txt(
        'Owen Falkner',
        'Education',
        'University of Kelso, 2012 – 2016\nBSc Physics\nActivities: Rowing Team\n\nUniversity of Tarrow, 2016 – 2017\nMSc Physics',
      ),
      [w('University of Kelso', 'BSc Physics'), w('University of Tarrow', 'MSc Physics')],
    ),
  ];
}

function pdfLayouts(): AcademicProbe[] {
  return [
    cv(
      PDF_LAYOUT,
      'p.pdf',
      stackedPdf('Hanna Lindgren', 'EDUCATION', [
        ['2014 – 2016', 'MSc Marine Biology', 'University of Kelso'],
        ['2010 – 2014', 'BSc Biology', 'Dunmore College'],
      ]),
      [w('University of Kelso', 'MSc Marine Biology'), w('Dunmore College', 'BSc Biology')],
    ),
    cv(
      PDF_LAYOUT,
      'p.pdf',
      stackedPdf('Felix Aumann', 'AUSBILDUNG', [
        ['10/2013 – 09/2015', 'Master of Science Maschinenbau', 'Technische Universität Ilmgrund'],
        ['10/2010 – 09/2013', 'Bachelor of Science Maschinenbau', 'Hochschule Trelling'],
      ]),
      [
        w('Technische Universität Ilmgrund', 'Master of Science Maschinenbau'),
        w('Hochschule Trelling', 'Bachelor of Science Maschinenbau'),
      ],
    ),
    cv(
      PDF_LAYOUT,
      'p.pdf',
      cellPdf('Arjun Mehta', 'EDUCATION', [
        ['MSc Data Science Kelso Institute of Technology', '2018'],
        ['B.Tech Computer Engineering Ridgeway College of Engineering', '2016'],
      ]),
      [
        w('Kelso Institute of Technology', 'MSc Data Science'),
        w('Ridgeway College of Engineering', 'B.Tech Computer Engineering'),
      ],
    ),
    cv(
      PDF_LAYOUT,
      'p.pdf',
      cellPdf('Sofía Larraín', 'FORMACIÓN', [
        ['Máster en Economía Universidad de Almenara', '2017'],
        ['Grado en Economía Universidad de Castrelo', '2015'],
      ]),
      [w('Universidad de Almenara', 'Máster en Economía'), w('Universidad de Castrelo', 'Grado en Economía')],
    ),
  ];
}

function unnamed(): AcademicProbe[] {
  return [
    cv(
      UNNAMED,
      'u.txt',
      txt('Dana Whitfield', 'Education', 'Brackley Tech, Dayton, OH\nB.S. Computer Science, 2012 – 2016'),
      [w('Brackley Tech', 'B.S. Computer Science')],
    ),
    cv(
      UNNAMED,
      'u.md',
      md(
        'Evan Marsh',
        'Education',
        '**Harwick State**, Columbus, OH\nM.S. Statistics, 2017 – 2019\n\n**Ridgeway Tech**, Austin, TX\nB.S. Mathematics, 2013 – 2017',
      ),
      [w('Harwick State', 'M.S. Statistics'), w('Ridgeway Tech', 'B.S. Mathematics')],
    ),
    cv(UNNAMED, 'u.txt', txt('Lily Chou', 'Education', 'Marlow Poly, Boise, ID — B.A. Economics, 2015'), [
      w('Marlow Poly', 'B.A. Economics'),
    ]),
  ];
}

export function academicProbe(): AcademicProbe[] {
  return [
    ...academic(),
    ...medical(),
    ...european(),
    ...extraTokens(),
    ...several(),
    ...candidates(),
    ...academicLayouts(),
    ...after(),
    ...qualified(),
    ...web(),
    ...office(),
    ...latex(),
    ...prose(),
    ...notes(),
    ...courses(),
    ...pdfLayouts(),
    ...unnamed(),
  ];
}
