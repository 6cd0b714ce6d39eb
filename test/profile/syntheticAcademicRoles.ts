/**
 * Invented CVs of people outside software (academics, surgeons, economists, historians, technical
 * writers) in plain lines, each with the roles realcv's labelling rules give it: every position
 * listed under an experience heading, employer as written without its place or unit, title
 * without its department. Five languages per class, and sections that must give no role
 * (education, publications, awards, talks, committees). All people and organisations are invented.
 */
import { cellTable, makeDocx, paragraph, runs } from '../../scripts/synthetic/docxFixture.js';
import type { GoldRole } from './roleJudge.js';
import { LANGUAGES, type TextLanguage as Lang } from '../../src/text/language.js';

export type { Lang };
export const LANGS: readonly Lang[] = LANGUAGES;

export interface RoleProbe {
  readonly className: string;
  readonly lang: Lang;
  readonly text: string;
  readonly gold: readonly GoldRole[];
}

/** A probe written as a Word file, read through the DOCX converter. */
export interface DocxProbe {
  readonly className: string;
  readonly lang: Lang;
  readonly docx: Buffer;
  readonly gold: readonly GoldRole[];
}

/** A role as the generator writes it: title, the unit inside the employer (or ""), employer, dates. */
interface Post {
  readonly title: string;
  readonly unit: string;
  readonly employer: string;
  readonly start: string;
  /** "present", a year, or the same as start for a single date. */
  readonly end: string;
  /** The dates as the CV writes them. */
  readonly dates: string;
}

const post = (title: string, unit: string, employer: string, dates: string, start: string, end: string): Post => ({
  title,
  unit,
  employer,
  dates,
  start,
  end,
});

const gold = (p: Post): GoldRole => ({
  employer: p.employer,
  title: p.title,
  start: p.start,
  end: p.end === 'present' ? null : p.end,
});

const HEAD: Record<Lang, string> = {
  en: 'Margaret Example\nmargaret.example@example.org',
  de: 'Katrin Beispiel\nkatrin.beispiel@example.de',
  fr: 'Claire Exemple\nclaire.exemple@example.fr',
  es: 'Lucía Ejemplo\nlucia.ejemplo@example.es',
  pt: 'Beatriz Exemplo\nbeatriz.exemplo@example.pt',
};

/** Academic posts: title, department, university, dates in the forms academics write (two-digit end years, seasons, "since"). */
const ACADEMIC: Record<Lang, readonly Post[]> = {
  en: [
    post('Assistant Professor', 'Department of History', 'University of Eastbrook', '2019–present', '2019', 'present'),
    post('Lecturer in Economics', 'School of Social Sciences', 'Harwell College', '2015–2019', '2015', '2019'),
    post('Postdoctoral Fellow', '', 'Institute for Advanced Policy Study', '2013-15', '2013', '2015'),
    post('Visiting Scholar', '', 'Lindqvist Centre for Policy', 'Spring 2012', '2012', '2012'),
  ],
  de: [
    post('Juniorprofessorin', 'Institut für Geschichte', 'Universität Rabenau', 'seit 2019', '2019', 'present'),
    post(
      'Wissenschaftliche Mitarbeiterin',
      'Lehrstuhl für Volkswirtschaftslehre',
      'Technische Universität Halden',
      '2014–2019',
      '2014',
      '2019',
    ),
    post('Postdoktorandin', '', 'Forschungszentrum Lindau', '2012-14', '2012', '2014'),
    post('Gastwissenschaftlerin', '', 'Akademie der Wissenschaften Brenn', 'Sommer 2011', '2011', '2011'),
  ],
  fr: [
    post(
      'Maîtresse de conférences',
      "Département d'histoire",
      'Université de Valmont',
      'depuis 2018',
      '2018',
      'present',
    ),
    post('Chargée de recherche', '', "Centre d'études sociales de Sarcy", '2014–2018', '2014', '2018'),
    post('Post-doctorante', "Laboratoire d'économie", 'Université de Brissac', '2012-14', '2012', '2014'),
    post('Chercheuse invitée', '', 'Institut Polytechnique Sarcy', 'Été 2011', '2011', '2011'),
  ],
  es: [
    post('Profesora titular', 'Departamento de Historia', 'Universidad de Arenales', 'desde 2017', '2017', 'present'),
    post('Investigadora posdoctoral', '', 'Instituto de Estudios Fiscales del Sur', '2013–2017', '2013', '2017'),
    post('Becaria predoctoral', 'Facultad de Economía', 'Universitat de Vallhermosa', '2009-13', '2009', '2013'),
    post('Profesora visitante', '', 'Universidad Politécnica de Olmos', 'Verano 2008', '2008', '2008'),
  ],
  pt: [
    post(
      'Professora auxiliar',
      'Departamento de História',
      'Universidade de Serra Alta',
      'desde 2018',
      '2018',
      'present',
    ),
    post('Investigadora de pós-doutoramento', '', 'Instituto Superior de Vila Clara', '2014-18', '2014', '2018'),
    post('Professora visitante', '', 'Universidade Federal de Campo Largo', 'Verão 2013', '2013', '2013'),
    post('Bolseira de investigação', '', 'Centro de Estudos Sociais do Norte', '2010–2013', '2010', '2013'),
  ],
};

const ACADEMIC_HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Academic Appointments', 'Employment', 'Positions Held', 'Professional Positions', 'Research Positions'],
  de: ['Akademischer Werdegang', 'Berufliche Stationen', 'Beruflicher Werdegang', 'Wissenschaftlicher Werdegang'],
  fr: ['Postes occupés', 'Parcours', 'Parcours professionnel', 'Expérience professionnelle'],
  es: ['Cargos académicos', 'Trayectoria', 'Trayectoria profesional', 'Experiencia profesional'],
  pt: ['Atuação profissional', 'Experiência profissional', 'Percurso profissional', 'Cargos académicos'],
};

/** Sections with dated lines that are no roles, by language: education, publications, awards, talks, committees. */
const NEGATIVES: Record<Lang, string> = {
  en: [
    'Education',
    '2012  PhD in History, University of Westmarch',
    '2007  MA in Economics, Royal Institute of Carrow',
    '',
    'Publications',
    '2020  The grain trade of the northern ports, Journal of Economic History 12(3)',
    '2017  Prices and wages in Carrow, 1650–1750, Historical Review',
    '',
    'Awards and Honours',
    '2018  Best Paper Award, Society for Economic History',
    '2014  Early Career Fellowship, Northmere Trust',
    '',
    'Invited Talks',
    '2019  Keynote, Annual Meeting of the Carrow History Society',
    '',
    'Professional Service',
    '2017–present  Programme Committee member, Conference on Policy History',
    'Reviewer, Journal of Regional Studies (2015–present)',
  ].join('\n'),
  de: [
    'Ausbildung',
    '2011  Promotion in Geschichte, Universität zu Lindau',
    '2006  Diplom-Volkswirtin, Universität Rabenau',
    '',
    'Publikationen',
    '2020  Der Getreidehandel der Hansestädte, Zeitschrift für Wirtschaftsgeschichte 12',
    '',
    'Auszeichnungen',
    '2018  Preis für die beste Dissertation, Gesellschaft für Sozialgeschichte',
    '',
    'Vorträge',
    '2019  Hauptvortrag, Jahrestagung des Historikerverbands Rabenau',
    '',
    'Gremien',
    '2017–heute  Mitglied der Berufungskommission, Universität Rabenau',
  ].join('\n'),
  fr: [
    'Formation',
    '2011  Doctorat en Histoire, Université de Valmont',
    '2006  Master 2 Économie, Université de Brissac',
    '',
    'Publications',
    '2020  Le commerce des grains à Sarcy, Revue d’histoire économique 12',
    '',
    'Distinctions',
    '2018  Prix de thèse, Société d’histoire sociale',
    '',
    'Communications',
    '2019  Conférence invitée, Congrès annuel de la Société historique de Brissac',
    '',
    'Responsabilités collectives',
    "2017–aujourd'hui  Membre du conseil de laboratoire, Université de Valmont",
  ].join('\n'),
  es: [
    'Formación académica',
    '2013  Doctorado en Economía, Universidad de Arenales',
    '2008  Grado en Historia, Universidad Politécnica de Olmos',
    '',
    'Publicaciones',
    '2020  El comercio de grano en Olmos, Revista de Historia Económica 12',
    '',
    'Premios',
    '2018  Premio a la mejor tesis, Asociación de Historia Social',
    '',
    'Ponencias',
    '2019  Conferencia plenaria, Congreso Anual de Historia de Arenales',
    '',
    'Gestión universitaria',
    '2017–actualidad  Miembro de la comisión de doctorado, Universidad de Arenales',
  ].join('\n'),
  pt: [
    'Formação académica',
    '2010  Doutoramento em História, Universidade de Serra Alta',
    '2005  Mestrado em Economia, Universidade Federal de Campo Largo',
    '',
    'Publicações',
    '2020  O comércio de cereais em Vila Clara, Revista de História Económica 12',
    '',
    'Prémios',
    '2018  Prémio de melhor tese, Associação de História Social',
    '',
    'Comunicações',
    '2019  Conferência convidada, Congresso Anual de História de Serra Alta',
    '',
    'Cargos de gestão universitária',
    '2017–atual  Membro da comissão científica, Universidade de Serra Alta',
  ].join('\n'),
};

const cv = (lang: Lang, heading: string, lines: readonly string[], negatives = true) =>
  `${HEAD[lang]}\n\n${heading}\n${lines.join('\n')}\n\n${negatives ? NEGATIVES[lang] : ''}\n`;

/** The ways academics write one post on one line. */
const ACADEMIC_FORMS: Record<string, (p: Post) => string> = {
  'dates first, gap': (p) => `${p.dates}  ${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}`,
  'dates first, tab': (p) => `${p.dates}\t${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}`,
  'dates last after a comma': (p) => `${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}, ${p.dates}`,
  'dates last in brackets': (p) => `${p.title}, ${p.employer} (${p.dates})`,
  'dates first, colon': (p) => `${p.dates}: ${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}`,
};

function academic(): RoleProbe[] {
  const out: RoleProbe[] = [];
  for (const [form, write] of Object.entries(ACADEMIC_FORMS)) {
    LANGS.forEach((lang, k) => {
      const headings = ACADEMIC_HEADINGS[lang];
      const heading = headings[(k + Object.keys(ACADEMIC_FORMS).indexOf(form)) % headings.length]!;
      const posts = ACADEMIC[lang];
      out.push({
        className: `academic: ${form}`,
        lang,
        text: cv(lang, heading, posts.map(write)),
        gold: posts.map(gold),
      });
    });
  }
  return out;
}

/** Hospital posts: a consultant over registrar and residency posts, with grades in brackets. */
const MEDICAL: Record<Lang, readonly Post[]> = {
  en: [
    post(
      'Consultant Orthopaedic Surgeon',
      '',
      'Northmere Hospitals NHS Foundation Trust',
      '2015–present',
      '2015',
      'present',
    ),
    post('Specialty Registrar (ST3–ST8)', '', 'North Carrow Deanery', '2009–2015', '2009', '2015'),
    post('Clinical Fellow', '', 'Royal Westmarch Infirmary', 'Aug 2008 – Jul 2009', '2008', '2009'),
    post('Residency in General Surgery', '', 'Eastbrook Medical Center', '2003–2008', '2003', '2008'),
  ],
  de: [
    post('Oberärztin', 'Klinik für Unfallchirurgie', 'Klinikum Rabenau', 'seit 2016', '2016', 'present'),
    post('Fachärztin für Orthopädie', '', 'Städtisches Krankenhaus Halden', '2012–2016', '2012', '2016'),
    post('Assistenzärztin', 'Chirurgische Klinik', 'Universitätsklinikum Lindau', '2006–2012', '2006', '2012'),
  ],
  fr: [
    post('Praticienne hospitalière', "Service d'orthopédie", 'CHU de Valmont', 'depuis 2015', '2015', 'present'),
    post('Cheffe de clinique', '', 'Hôpital Saint-Brissac', '2011–2015', '2011', '2015'),
    post('Interne des hôpitaux', '', 'Hospices Civils de Sarcy', '2006–2011', '2006', '2011'),
  ],
  es: [
    post(
      'Médica adjunta',
      'Servicio de Traumatología',
      'Hospital Universitario de Arenales',
      'desde 2016',
      '2016',
      'present',
    ),
    post('Médica residente (MIR)', '', 'Hospital General de Olmos', '2011–2016', '2011', '2016'),
    post('Médica de guardia', '', 'Clínica Vallhermosa', '2010–2011', '2010', '2011'),
  ],
  pt: [
    post('Médica especialista', 'Serviço de Ortopedia', 'Hospital de Serra Alta', 'desde 2017', '2017', 'present'),
    post('Interna de formação específica', '', 'Centro Hospitalar de Vila Clara', '2011–2017', '2011', '2017'),
    post('Médica interna', '', 'Hospital Distrital de Campo Largo', '2010–2011', '2010', '2011'),
  ],
};

const MEDICAL_HEADINGS: Record<Lang, readonly [string, string]> = {
  en: ['Current Appointment', 'Previous Appointments'],
  de: ['Aktuelle Position', 'Klinische Tätigkeit'],
  fr: ['Poste actuel', 'Postes antérieurs'],
  es: ['Puesto actual', 'Puestos anteriores'],
  pt: ['Cargo atual', 'Cargos anteriores'],
};

function medical(): RoleProbe[] {
  const out: RoleProbe[] = [];
  const forms: Record<string, (p: Post) => string> = {
    'title, unit, hospital, dates': (p) => `${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}, ${p.dates}`,
    'dates first': (p) => `${p.dates}   ${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}`,
  };
  for (const [form, write] of Object.entries(forms)) {
    for (const lang of LANGS) {
      const [current, previous] = MEDICAL_HEADINGS[lang];
      const [first, ...rest] = MEDICAL[lang];
      const text = `${HEAD[lang]}\n\n${current}\n${write(first!)}\n\n${previous}\n${rest.map(write).join('\n')}\n\n${NEGATIVES[lang]}\n`;
      out.push({ className: `medical: ${form}`, lang, text, gold: MEDICAL[lang].map(gold) });
    }
  }
  // "Clinical Experience" / "Posts Held" under one heading, English only: the NHS grades.
  const posts = MEDICAL.en;
  for (const heading of ['Clinical Experience', 'Posts Held']) {
    out.push({
      className: 'medical: one heading',
      lang: 'en',
      text: cv(
        'en',
        heading,
        posts.map((p) => `${p.title}, ${p.employer}, ${p.dates}`),
      ),
      gold: posts.map(gold),
    });
  }
  return out;
}

/** One employer over several dated titles. */
const NESTED: Record<Lang, { employer: string; posts: readonly Post[] }[]> = {
  en: [
    {
      employer: 'Northmere University',
      posts: [
        post('Associate Professor', '', 'Northmere University', '2018 – present', '2018', 'present'),
        post('Assistant Professor', '', 'Northmere University', '2012 – 2018', '2012', '2018'),
      ],
    },
    {
      employer: 'Harwell Analytics',
      posts: [
        post('Senior Technical Writer', '', 'Harwell Analytics', '2010 – 2012', '2010', '2012'),
        post('Technical Writer', '', 'Harwell Analytics', '2008 – 2010', '2008', '2010'),
        post('Editorial Intern', '', 'Harwell Analytics', 'Summer 2007', '2007', '2007'),
      ],
    },
  ],
  de: [
    {
      employer: 'Universität Rabenau',
      posts: [
        post('Akademische Rätin', '', 'Universität Rabenau', 'seit 2018', '2018', 'present'),
        post('Wissenschaftliche Mitarbeiterin', '', 'Universität Rabenau', '2013 – 2018', '2013', '2018'),
      ],
    },
    {
      employer: 'Nordwind Medien',
      posts: [
        post('Redakteurin', '', 'Nordwind Medien', '2010 – 2013', '2010', '2013'),
        post('Werkstudentin', '', 'Nordwind Medien', '2008 – 2010', '2008', '2010'),
      ],
    },
  ],
  fr: [
    {
      employer: 'Université de Valmont',
      posts: [
        post('Professeure', '', 'Université de Valmont', 'depuis 2019', '2019', 'present'),
        post('Maîtresse de conférences', '', 'Université de Valmont', '2012 – 2019', '2012', '2019'),
      ],
    },
    {
      employer: 'Atelier Brissac',
      posts: [
        post('Rédactrice technique', '', 'Atelier Brissac', '2009 – 2012', '2009', '2012'),
        post('Stagiaire', '', 'Atelier Brissac', 'Été 2008', '2008', '2008'),
      ],
    },
  ],
  es: [
    {
      employer: 'Universidad de Arenales',
      posts: [
        post('Catedrática', '', 'Universidad de Arenales', 'desde 2019', '2019', 'present'),
        post('Profesora titular', '', 'Universidad de Arenales', '2012 – 2019', '2012', '2019'),
      ],
    },
    {
      employer: 'Olmedo Digital',
      posts: [
        post('Redactora técnica', '', 'Olmedo Digital', '2009 – 2012', '2009', '2012'),
        post('Becaria', '', 'Olmedo Digital', 'Verano 2008', '2008', '2008'),
      ],
    },
  ],
  pt: [
    {
      employer: 'Universidade de Serra Alta',
      posts: [
        post('Professora associada', '', 'Universidade de Serra Alta', 'desde 2019', '2019', 'present'),
        post('Professora auxiliar', '', 'Universidade de Serra Alta', '2012 – 2019', '2012', '2019'),
      ],
    },
    {
      employer: 'Serrano Conteúdos',
      posts: [
        post('Redatora técnica', '', 'Serrano Conteúdos', '2009 – 2012', '2009', '2012'),
        post('Estagiária', '', 'Serrano Conteúdos', 'Verão 2008', '2008', '2008'),
      ],
    },
  ],
};

/** A town written after an employer's name: no part of it. */
const TOWN = 'Carrow';

const WORK_HEADING: Record<Lang, string> = {
  en: 'Employment',
  de: 'Berufserfahrung',
  fr: 'Expérience professionnelle',
  es: 'Experiencia profesional',
  pt: 'Experiência profissional',
};

function nested(): RoleProbe[] {
  const out: RoleProbe[] = [];
  const forms: Record<string, (employer: string, posts: readonly Post[]) => string[]> = {
    'employer line, indented titles with dates after': (employer, posts) => [
      employer,
      ...posts.map((p) => `    ${p.title}, ${p.dates}`),
      '',
    ],
    'employer line, titles with dates first': (employer, posts) => [
      employer,
      ...posts.map((p) => `${p.dates}   ${p.title}`),
      '',
    ],
    'employer line in capitals with its town, titles with dates first': (employer, posts) => [
      `${employer.toUpperCase()}, ${TOWN}`,
      ...posts.map((p) => `${p.dates}: ${p.title}`),
      '',
    ],
    'employer line with its span, titles with dates after a gap': (employer, posts) => [
      `${employer}, ${posts.at(-1)!.start} – ${posts[0]!.end === 'present' ? 'present' : posts[0]!.end}`,
      ...posts.map((p) => `${p.title}   ${p.dates}`),
      '',
    ],
  };
  for (const [form, write] of Object.entries(forms)) {
    for (const lang of LANGS) {
      const groups = NESTED[lang];
      const lines = groups.flatMap((g) => write(g.employer, g.posts));
      out.push({
        className: `nested: ${form}`,
        lang,
        text: cv(lang, WORK_HEADING[lang], lines),
        gold: groups.flatMap((g) => g.posts.map(gold)),
      });
    }
  }
  return out;
}

/** Technical writers, economists and engineers with dates first in every form. */
const DATED: Record<Lang, readonly Post[]> = {
  en: [
    post('Senior Technical Writer', '', 'Harwick Labs', 'Jan 2019 – Present', '2019', 'present'),
    post('Documentation Engineer', '', 'Brightwater Analytics', '2016 – 2018', '2016', '2018'),
    post('Research Assistant', '', 'Eastbrook Policy Institute', '2015', '2015', '2015'),
    post('Editorial Intern', '', 'Carrow Press', 'Summer 2014', '2014', '2014'),
  ],
  de: [
    post('Technische Redakteurin', '', 'Lindenhof Verlag', 'seit 03/2019', '2019', 'present'),
    post('Referentin', '', 'Stiftung Nordlicht', '04/2016 – 02/2019', '2016', '2019'),
    post('Werkstudentin', '', 'Hafenwerk Kiel', '2015', '2015', '2015'),
    post('Praktikantin', '', 'Brennerei Talheim', 'Sommer 2014', '2014', '2014'),
  ],
  fr: [
    post('Rédactrice technique', '', 'Atelier Brissac', 'depuis janvier 2019', '2019', 'present'),
    post('Chargée de communication', '', 'Fondation Valmont', '2016 – 2018', '2016', '2018'),
    post('Ingénieure d’études', '', 'Sarcy Énergie', '2015', '2015', '2015'),
    post('Stagiaire', '', 'Éditions du Rivage', 'Été 2014', '2014', '2014'),
  ],
  es: [
    post('Redactora técnica', '', 'Olmedo Digital', 'desde enero de 2019', '2019', 'present'),
    post('Técnica de laboratorio', '', 'Laboratorios Arenal', '2016 – 2018', '2016', '2018'),
    post('Ingeniera de procesos', '', 'Grupo Retama', '2015', '2015', '2015'),
    post('Becaria', '', 'Editorial Vallhermosa', 'Verano 2014', '2014', '2014'),
  ],
  pt: [
    post('Redatora técnica', '', 'Serrano Conteúdos', 'desde janeiro de 2019', '2019', 'present'),
    post('Analista de dados', '', 'Banco Cerrado', '2016 – 2018', '2016', '2018'),
    post('Engenheira de processos', '', 'Vila Clara Energia', '2015', '2015', '2015'),
    post('Estagiária', '', 'Editora Campo Largo', 'Verão 2014', '2014', '2014'),
  ],
};

const PLACE: Record<Lang, string> = { en: 'Leeds', de: 'Kiel', fr: 'Lyon', es: 'Sevilla', pt: 'Porto' };

function datesFirst(): RoleProbe[] {
  const out: RoleProbe[] = [];
  const forms: Record<string, (p: Post, lang: Lang) => string> = {
    'dates: title, employer, city': (p, lang) => `${p.dates}: ${p.title}, ${p.employer}, ${PLACE[lang]}`,
    'dates | employer | title': (p) => `${p.dates} | ${p.employer} | ${p.title}`,
    'dates — title — employer': (p) => `${p.dates} — ${p.title} — ${p.employer}`,
    'dates gap title, employer': (p) => `${p.dates}     ${p.title}, ${p.employer}`,
  };
  for (const [form, write] of Object.entries(forms)) {
    for (const lang of LANGS) {
      const lines = DATED[lang].flatMap((p) => [write(p, lang), '']);
      out.push({
        className: `dates first: ${form}`,
        lang,
        text: cv(lang, WORK_HEADING[lang], lines),
        gold: DATED[lang].map(gold),
      });
    }
  }
  return out;
}

/** Two lines per role head, no legal form: only the title words tell the title from the employer. */
function twoLine(): RoleProbe[] {
  const out: RoleProbe[] = [];
  const duty: Record<Lang, string> = {
    en: '- Wrote and maintained the user guides.',
    de: '- Erstellung der Handbücher.',
    fr: '- Rédaction des guides utilisateur.',
    es: '- Redacción de manuales de usuario.',
    pt: '- Redação de manuais de utilizador.',
  };
  const forms: Record<string, (p: Post, k: number) => string[]> = {
    'title over employer over dates': (p) => [p.title, p.employer, p.dates, ''],
    'employer over title over dates': (p) => [p.employer, p.title, p.dates, ''],
    'employer over title with dates': (p) => [p.employer, `${p.title}   ${p.dates}`, ''],
  };
  for (const [form, write] of Object.entries(forms)) {
    for (const lang of LANGS) {
      const posts = DATED[lang];
      const lines = posts.flatMap((p, k) => [...write(p, k).slice(0, -1), duty[lang], '']);
      out.push({
        className: `two lines: ${form}`,
        lang,
        text: cv(lang, WORK_HEADING[lang], lines),
        gold: posts.map(gold),
      });
    }
  }
  return out;
}

/** Internships named by the word for one: "Prácticas en X — Técnica", "Praktikum bei X", under their own headings. */
function internships(): RoleProbe[] {
  const rows: Record<Lang, { heading: string; lines: string[]; gold: GoldRole[] }> = {
    en: {
      heading: 'Internships',
      lines: ['Internship at Carrow Press — Editorial Assistant, 2014', 'Internship at Harwick Labs — QA Tester, 2013'],
      gold: [
        { employer: 'Carrow Press', title: 'Editorial Assistant', start: '2014', end: '2014' },
        { employer: 'Harwick Labs', title: 'QA Tester', start: '2013', end: '2013' },
      ],
    },
    de: {
      heading: 'Praktische Erfahrung',
      lines: [
        'Praktikum bei Nordwind Medien — Redaktionsassistenz, 2014',
        'Praktikum bei Hafenwerk Kiel — Technische Zeichnerin, 2013',
      ],
      gold: [
        { employer: 'Nordwind Medien', title: 'Redaktionsassistenz', start: '2014', end: '2014' },
        { employer: 'Hafenwerk Kiel', title: 'Technische Zeichnerin', start: '2013', end: '2013' },
      ],
    },
    fr: {
      heading: 'Stages',
      lines: [
        'Stage chez Atelier Brissac — Assistante de rédaction, 2014',
        'Stage chez Sarcy Énergie — Technicienne, 2013',
      ],
      gold: [
        { employer: 'Atelier Brissac', title: 'Assistante de rédaction', start: '2014', end: '2014' },
        { employer: 'Sarcy Énergie', title: 'Technicienne', start: '2013', end: '2013' },
      ],
    },
    es: {
      heading: 'Prácticas profesionales',
      lines: [
        'Prácticas en Laboratorios Arenal — Técnica de calidad, 2014',
        'Prácticas en Grupo Retama — Auxiliar de ingeniería, 2013',
      ],
      gold: [
        { employer: 'Laboratorios Arenal', title: 'Técnica de calidad', start: '2014', end: '2014' },
        { employer: 'Grupo Retama', title: 'Auxiliar de ingeniería', start: '2013', end: '2013' },
      ],
    },
    pt: {
      heading: 'Estágios',
      lines: [
        'Estágio na Editora Campo Largo — Assistente editorial, 2014',
        'Estágio no Banco Cerrado — Analista júnior, 2013',
      ],
      gold: [
        { employer: 'Editora Campo Largo', title: 'Assistente editorial', start: '2014', end: '2014' },
        { employer: 'Banco Cerrado', title: 'Analista júnior', start: '2013', end: '2013' },
      ],
    },
  };
  return LANGS.map((lang) => ({
    className: 'internships named by their word',
    lang,
    text: cv(lang, rows[lang].heading, rows[lang].lines),
    gold: rows[lang].gold,
  }));
}

/** A second set of posts, with titles and date forms the first set does not use. */
const MORE_ACADEMIC: Record<Lang, readonly Post[]> = {
  en: [
    post('Senior Lecturer', 'Department of Economics', 'University of Northmere', 'since 2020', '2020', 'present'),
    post('Research Associate', 'Faculty of Law', 'Westmarch University', '2016/17–2019/20', '2016', '2020'),
    post('Teaching Fellow', '', 'Royal Institute of Carrow', '2014–16', '2014', '2016'),
    post('Adjunct Instructor', '', 'Eastbrook Community College', 'Fall 2013', '2013', '2013'),
  ],
  de: [
    post('Privatdozentin', 'Historisches Seminar', 'Universität zu Lindau', 'seit 04/2020', '2020', 'present'),
    post('Habilitandin', 'Institut für Soziologie', 'Universität Rabenau', '2015 – 2020', '2015', '2020'),
    post('Lehrbeauftragte', '', 'Hochschule Talheim', 'WS 2013/14', '2013', '2014'),
    post('Studentische Hilfskraft', '', 'Forschungsstelle Osteuropa Brenn', '2010–12', '2010', '2012'),
  ],
  fr: [
    post('Professeure agrégée', 'Faculté des lettres', 'Université de Brissac', 'depuis 2020', '2020', 'present'),
    post('ATER', '', 'Université de Valmont', '2017–2019', '2017', '2019'),
    post(
      'Doctorante contractuelle',
      "Laboratoire d'histoire moderne",
      'Sorbonne Université',
      '2013–17',
      '2013',
      '2017',
    ),
    post('Ingénieure de recherche', '', 'Institut Polytechnique Sarcy', 'Automne 2012', '2012', '2012'),
  ],
  es: [
    post(
      'Profesora asociada',
      'Departamento de Economía Aplicada',
      'Universidad de Olmos',
      'desde 2020',
      '2020',
      'present',
    ),
    post('Contratada predoctoral', '', 'Universidad de Arenales', '2015–2019', '2015', '2019'),
    post('Ayudante de investigación', '', 'Fundación Estudios del Sur', '2013–15', '2013', '2015'),
    post('Profesora invitada', '', 'Universitat de Vallhermosa', 'Otoño 2012', '2012', '2012'),
  ],
  pt: [
    post(
      'Professora adjunta',
      'Departamento de Economia',
      'Universidade Federal de Campo Largo',
      'desde 2020',
      '2020',
      'present',
    ),
    post('Investigadora auxiliar', '', 'Instituto Superior de Vila Clara', '2015–2020', '2015', '2020'),
    post('Assistente convidada', '', 'Universidade de Serra Alta', '2013–15', '2013', '2015'),
    post(
      'Bolsista de iniciação científica',
      '',
      'Fundação de Amparo à Pesquisa do Norte',
      'Inverno 2011',
      '2011',
      '2011',
    ),
  ],
};

/** A long unit between title and university: the line runs past a usual heading's length. */
const LONG_UNIT: Record<Lang, string> = {
  en: 'Department of Economic and Social History and Historical Demography',
  de: 'Lehrstuhl für Wirtschafts- und Sozialgeschichte der Frühen Neuzeit',
  fr: "Département d'histoire économique et sociale des mondes modernes",
  es: 'Departamento de Historia Económica e Instituciones de la Edad Moderna',
  pt: 'Departamento de História Económica e Social da Idade Moderna',
};

function longLines(): RoleProbe[] {
  return LANGS.map((lang) => {
    const posts = ACADEMIC[lang];
    const lines = posts.map((p) => `${p.dates} | ${p.title}, ${LONG_UNIT[lang]}, ${p.employer}`);
    return {
      className: 'academic: long lines',
      lang,
      text: cv(lang, ACADEMIC_HEADINGS[lang][2]!, lines),
      gold: posts.map(gold),
    };
  });
}

function moreAcademic(): RoleProbe[] {
  const out: RoleProbe[] = [];
  const forms: Record<string, (p: Post) => string> = {
    'second set, dates first': (p) => `${p.dates}   ${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}`,
    'second set, dates last': (p) => `${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}, ${p.dates}`,
    'second set, title | employer | dates': (p) =>
      `${p.title} | ${[p.unit, p.employer].filter(Boolean).join(', ')} | ${p.dates}`,
  };
  for (const [form, write] of Object.entries(forms)) {
    for (const lang of LANGS) {
      out.push({
        className: `academic: ${form}`,
        lang,
        text: cv(lang, ACADEMIC_HEADINGS[lang][1]!, MORE_ACADEMIC[lang].map(write)),
        gold: MORE_ACADEMIC[lang].map(gold),
      });
    }
  }
  return out;
}

/** Hospital grades the first set does not use. */
const MORE_MEDICAL: Record<Lang, readonly Post[]> = {
  en: [
    post(
      'Locum Consultant',
      'Department of Trauma and Orthopaedics',
      'Eastbrook General Hospital',
      '2019–present',
      '2019',
      'present',
    ),
    post('Senior House Officer', '', 'Carrow Royal Hospital', '2014–2016', '2014', '2016'),
    post('Foundation Year 1 Doctor', '', 'Westmarch Teaching Hospitals', '2013–2014', '2013', '2014'),
    post('Chief Resident', '', 'Northmere Medical Center', '2011–12', '2011', '2012'),
  ],
  de: [
    post('Chefärztin', 'Abteilung für Innere Medizin', 'Kreiskrankenhaus Talheim', 'seit 2019', '2019', 'present'),
    post('Weiterbildungsassistentin', '', 'Klinikum Brenn', '2012–2019', '2012', '2019'),
  ],
  fr: [
    post(
      'Assistante spécialiste',
      'Service de cardiologie',
      'Centre hospitalier de Sarcy',
      'depuis 2019',
      '2019',
      'present',
    ),
    post("Faisant fonction d'interne", '', 'Hôpital Saint-Valmont', '2014–2016', '2014', '2016'),
  ],
  es: [
    post('Jefa de sección', 'Servicio de Cardiología', 'Hospital Comarcal de Olmos', 'desde 2019', '2019', 'present'),
    post('Facultativa especialista de área', '', 'Hospital Universitario de Vallhermosa', '2012–2019', '2012', '2019'),
  ],
  pt: [
    post('Assistente hospitalar', 'Serviço de Cardiologia', 'Hospital de Santa Clara', 'desde 2019', '2019', 'present'),
    post('Médica interna de formação geral', '', 'Centro Hospitalar do Litoral', '2012–2013', '2012', '2013'),
  ],
};

function moreMedical(): RoleProbe[] {
  return LANGS.map((lang) => ({
    className: 'medical: second set of grades',
    lang,
    text: cv(
      lang,
      MEDICAL_HEADINGS[lang][1],
      MORE_MEDICAL[lang].map((p) => `${[p.title, p.unit, p.employer].filter(Boolean).join(', ')}, ${p.dates}`),
    ),
    gold: MORE_MEDICAL[lang].map(gold),
  }));
}

/** Service, editorial boards and memberships with dates and titles, under their own headings: never roles. */
const SERVICE: Record<Lang, string> = {
  en: 'Service\nMember, Editorial Board, Journal of Regional History (2018–present)\nChair, Graduate Admissions Committee, University of Eastbrook, 2016–2019',
  de: 'Ehrenämter\nVorsitzende, Förderverein Stadtarchiv Rabenau, seit 2017\nKassenwartin, Historischer Verein Halden (2012–2016)',
  fr: 'Engagement associatif\nPrésidente, Association des amis du musée de Valmont, depuis 2017\nTrésorière, Club de lecture de Brissac (2012–2016)',
  es: 'Voluntariado\nPresidenta, Asociación de Amigos del Archivo de Olmos, desde 2017\nTesorera, Club de Lectura de Arenales (2012–2016)',
  pt: 'Voluntariado\nPresidente, Associação dos Amigos do Arquivo de Serra Alta, desde 2017\nTesoureira, Clube de Leitura de Vila Clara (2012–2016)',
};

function service(): RoleProbe[] {
  return LANGS.map((lang) => {
    const posts = ACADEMIC[lang].slice(0, 2);
    const lines = posts.map((p) => `${p.dates}  ${p.title}, ${p.employer}`);
    return {
      className: 'service and boards are no roles',
      lang,
      text: `${HEAD[lang]}\n\n${WORK_HEADING[lang]}\n${lines.join('\n')}\n\n${SERVICE[lang]}\n\n${NEGATIVES[lang]}\n`,
      gold: posts.map(gold),
    };
  });
}

/** Two-line heads whose titles no word list holds: the section's order decides. */
const PLAIN_TITLES: Record<Lang, readonly Post[]> = {
  en: [
    post('Copywriter', '', 'Harwick Labs', '2019 – present', '2019', 'present'),
    post('Head of Content', '', 'Brightwater Analytics', '2015 – 2019', '2015', '2019'),
    post('Proofreader', '', 'Carrow Press', '2013 – 2015', '2013', '2015'),
  ],
  de: [
    post('Sachbearbeiterin', '', 'Stadtwerke Halden', '2019 – heute', '2019', 'present'),
    post('Lektorin', '', 'Lindenhof Verlag', '2015 – 2019', '2015', '2019'),
    post('Volontärin', '', 'Nordwind Medien', '2013 – 2015', '2013', '2015'),
  ],
  fr: [
    post('Rédactrice en chef', '', 'Éditions du Rivage', "2019 – aujourd'hui", '2019', 'present'),
    post('Correctrice', '', 'Atelier Brissac', '2015 – 2019', '2015', '2019'),
    post('Pigiste', '', 'Journal de Valmont', '2013 – 2015', '2013', '2015'),
  ],
  es: [
    post('Jefa de redacción', '', 'Editorial Vallhermosa', '2019 – actualidad', '2019', 'present'),
    post('Correctora', '', 'Olmedo Digital', '2015 – 2019', '2015', '2019'),
    post('Traductora', '', 'Grupo Retama', '2013 – 2015', '2013', '2015'),
  ],
  pt: [
    post('Revisora', '', 'Editora Campo Largo', '2019 – atual', '2019', 'present'),
    post('Tradutora', '', 'Serrano Conteúdos', '2015 – 2019', '2015', '2019'),
    post('Redatora publicitária', '', 'Banco Cerrado', '2013 – 2015', '2013', '2015'),
  ],
};

function plainTitles(): RoleProbe[] {
  const out: RoleProbe[] = [];
  const forms: Record<string, (p: Post) => string[]> = {
    'unlisted titles, title over employer': (p) => [p.title, p.employer, p.dates, ''],
    'unlisted titles, employer over title': (p) => [p.employer, p.title, p.dates, ''],
    'unlisted titles, dates first, title, employer': (p) => [`${p.dates}   ${p.title}, ${p.employer}`, ''],
  };
  for (const [form, write] of Object.entries(forms)) {
    for (const lang of LANGS) {
      out.push({
        className: `two lines: ${form}`,
        lang,
        text: cv(lang, WORK_HEADING[lang], PLAIN_TITLES[lang].flatMap(write)),
        gold: PLAIN_TITLES[lang].map(gold),
      });
    }
  }
  return out;
}

/** Two seasons or two years of one summer job, and dates first with a month: one role each. */
function seasonPairs(): RoleProbe[] {
  const rows: Record<Lang, readonly [string, GoldRole][]> = {
    en: [
      [
        'Summer 2016 and 2017   Field Assistant, Carrow Archaeological Trust',
        { employer: 'Carrow Archaeological Trust', title: 'Field Assistant', start: '2016', end: '2017' },
      ],
      [
        'Fall 2018 – Spring 2020   Teaching Assistant, University of Eastbrook',
        { employer: 'University of Eastbrook', title: 'Teaching Assistant', start: '2018', end: '2020' },
      ],
    ],
    de: [
      [
        'Sommer 2016 und 2017   Grabungshelferin, Landesamt für Denkmalpflege Rabenau',
        { employer: 'Landesamt für Denkmalpflege Rabenau', title: 'Grabungshelferin', start: '2016', end: '2017' },
      ],
      [
        'WS 2018/19 – SS 2020   Tutorin, Universität Rabenau',
        { employer: 'Universität Rabenau', title: 'Tutorin', start: '2018', end: '2020' },
      ],
    ],
    fr: [
      [
        'Été 2016 et 2017   Animatrice, Musée de Valmont',
        { employer: 'Musée de Valmont', title: 'Animatrice', start: '2016', end: '2017' },
      ],
      [
        'Automne 2018 – Printemps 2020   Chargée de TD, Université de Brissac',
        { employer: 'Université de Brissac', title: 'Chargée de TD', start: '2018', end: '2020' },
      ],
    ],
    es: [
      [
        'Verano de 2016 y 2017   Monitora, Museo de Arenales',
        { employer: 'Museo de Arenales', title: 'Monitora', start: '2016', end: '2017' },
      ],
      [
        'Otoño 2018 – Primavera 2020   Profesora ayudante, Universidad de Olmos',
        { employer: 'Universidad de Olmos', title: 'Profesora ayudante', start: '2018', end: '2020' },
      ],
    ],
    pt: [
      [
        'Verão de 2016 e 2017   Monitora, Museu de Serra Alta',
        { employer: 'Museu de Serra Alta', title: 'Monitora', start: '2016', end: '2017' },
      ],
      [
        'Outono 2018 – Primavera 2020   Professora assistente, Universidade de Vila Clara',
        { employer: 'Universidade de Vila Clara', title: 'Professora assistente', start: '2018', end: '2020' },
      ],
    ],
  };
  return LANGS.map((lang) => ({
    className: 'dates first: seasons and season pairs',
    lang,
    text: cv(
      lang,
      WORK_HEADING[lang],
      rows[lang].map(([line]) => line),
    ),
    gold: rows[lang].map(([, role]) => role),
  }));
}

export function academicRoleProbes(): RoleProbe[] {
  return [
    ...academic(),
    ...moreAcademic(),
    ...longLines(),
    ...medical(),
    ...moreMedical(),
    ...nested(),
    ...datesFirst(),
    ...twoLine(),
    ...plainTitles(),
    ...internships(),
    ...service(),
    ...seasonPairs(),
  ];
}

/** The negatives as Word paragraphs: headings in the Heading 1 style, their dated lines as paragraphs. */
function negativesXml(lang: Lang): string {
  const blocks = NEGATIVES[lang].split('\n\n');
  return blocks
    .map((block) => {
      const [heading, ...lines] = block.split('\n');
      return paragraph(heading!, 'Heading1') + lines.map((line) => paragraph(line)).join('');
    })
    .join('');
}

const headXml = (lang: Lang) =>
  HEAD[lang]
    .split('\n')
    .map((line) => paragraph(line))
    .join('');

/**
 * The academic, medical and nested classes as Word writes them: a two-column table of dates and
 * "title, department, university"; "title, unit, hospital" with the dates flush right after a tab;
 * an employer in bold over its titles, each with its dates after a tab.
 */
export function academicDocxProbes(): DocxProbe[] {
  const out: DocxProbe[] = [];
  for (const lang of LANGS) {
    const posts = ACADEMIC[lang];
    const rows = posts.map((p) => [
      { xml: paragraph(p.dates) },
      { xml: paragraph([p.title, p.unit, p.employer].filter(Boolean).join(', ')) },
    ]);
    const body =
      headXml(lang) + paragraph(ACADEMIC_HEADINGS[lang][0]!, 'Heading1') + cellTable(rows) + negativesXml(lang);
    out.push({ className: 'docx: table of dates and posts', lang, docx: makeDocx(body), gold: posts.map(gold) });
  }
  for (const lang of LANGS) {
    const posts = [...MEDICAL[lang], ...MORE_MEDICAL[lang]];
    const lines = posts.map((p) =>
      runs([{ text: [p.title, p.unit, p.employer].filter(Boolean).join(', '), bold: true }, { tab: true }, p.dates], {
        tabStop: true,
      }),
    );
    const body = headXml(lang) + paragraph(MEDICAL_HEADINGS[lang][1], 'Heading1') + lines.join('') + negativesXml(lang);
    out.push({ className: 'docx: posts with dates flush right', lang, docx: makeDocx(body), gold: posts.map(gold) });
  }
  for (const lang of LANGS) {
    const groups = NESTED[lang];
    const lines = groups.flatMap((g) => [
      runs([{ text: g.employer, bold: true }]),
      ...g.posts.map((p) => runs([{ text: p.title, italic: true }, { tab: true }, p.dates], { tabStop: true })),
    ]);
    const body = headXml(lang) + paragraph(WORK_HEADING[lang], 'Heading1') + lines.join('') + negativesXml(lang);
    out.push({
      className: 'docx: employer over its titles',
      lang,
      docx: makeDocx(body),
      gold: groups.flatMap((g) => g.posts.map(gold)),
    });
  }
  return out;
}
