/**
 * Roles written in markup, in the classes CV writers use beyond the templates the bench was built
 * on: LaTeX role macros whose arguments stand in other orders or under other names (a class's or
 * the file's own `\job`, `\position`, `\experience`, Jake's résumé both ways round, table rows,
 * `\textbf{…} \hfill dates`), DOCX roles in heading styles, text boxes, merged table cells and tabbed
 * lines, and Markdown/HTML lines ("### Title @ Company", "**Company** — *Title* (dates)", list items,
 * definition lists, table rows, dates in italics under the role, "Title · Company · dates"). Each CV
 * also holds an education section and a projects section in the same markup, whose entries must
 * not become roles. Five languages; every person, employer and school is invented.
 */
import { cellTable, makeDocx, paragraph, runs, textBox } from '../../scripts/synthetic/docxFixture.js';
import type { StatedRole } from './roleMisses.js';
import { LANGUAGES, type TextLanguage as Lang } from '../../src/text/language.js';

export type { Lang };
export const LANGS: readonly Lang[] = LANGUAGES;

export interface RoleProbeCv {
  readonly className: string;
  readonly file: string;
  readonly text: string | Buffer;
  readonly roles: readonly StatedRole[];
  /** Written for a person whose titles and employers no word list knows (only their places tell them). */
  readonly plain: boolean;
}

/** An invented role: its employer as realcv labels it (the organisation as written, no place, no descriptor). */
export interface Role {
  readonly title: string;
  readonly employer: string;
  readonly city: string;
  readonly start: readonly [number, number];
  readonly end?: readonly [number, number];
}

interface School {
  readonly degree: string;
  readonly school: string;
  readonly city: string;
  readonly years: readonly [number, number];
}

interface Project {
  readonly name: string;
  readonly what: string;
  readonly year: number;
}

interface Person {
  readonly name: string;
  readonly lang: Lang;
  readonly roles: readonly Role[];
  readonly schools: readonly School[];
  readonly projects: readonly Project[];
}

const PEOPLE: Record<Lang, Person> = {
  en: {
    name: 'Rowan Ashby',
    lang: 'en',
    roles: [
      { title: 'Senior Data Engineer', employer: 'Harwick Labs', city: 'Leeds', start: [2021, 3] },
      { title: 'Growth Hacker', employer: 'Quillon Systems Ltd', city: 'Manchester', start: [2017, 9], end: [2021, 2] },
      { title: 'Backend Developer', employer: 'Redfern Holdings', city: 'York', start: [2015, 6], end: [2017, 8] },
    ],
    schools: [{ degree: 'BSc Computer Science', school: 'University of Eastbrook', city: 'Hull', years: [2012, 2015] }],
    projects: [{ name: 'Tidewatch', what: 'Open-source flood map', year: 2020 }],
  },
  de: {
    name: 'Greta Lindqvist',
    lang: 'de',
    roles: [
      { title: 'Teamleiterin Vertrieb', employer: 'Hollmann Bau GmbH', city: 'Kiel', start: [2019, 4] },
      { title: 'Sachbearbeiterin', employer: 'Förde Reederei', city: 'Flensburg', start: [2015, 1], end: [2019, 3] },
    ],
    schools: [
      { degree: 'B.A. Betriebswirtschaft', school: 'Hochschule Trelling', city: 'Lübeck', years: [2011, 2014] },
    ],
    projects: [{ name: 'Hafenlotse', what: 'App für Liegeplätze', year: 2018 }],
  },
  fr: {
    name: 'Claire Montbrun',
    lang: 'fr',
    roles: [
      { title: 'Cheffe de projet', employer: 'Fiduciaire Alpine', city: 'Annecy', start: [2018, 9] },
      { title: 'Consultante', employer: 'Bleu Cobalt', city: 'Lille', start: [2014, 9], end: [2018, 8] },
    ],
    schools: [{ degree: 'Master Finance', school: 'Université de Pontvieux', city: 'Lyon', years: [2012, 2014] }],
    projects: [{ name: 'Carnet Vert', what: 'Site associatif', year: 2017 }],
  },
  es: {
    name: 'Lucía Barrancos',
    lang: 'es',
    roles: [
      { title: 'Jefa de tráfico', employer: 'Transportes Olivar', city: 'Sevilla', start: [2020, 2] },
      { title: 'Analista de datos', employer: 'Seguros Montera', city: 'Madrid', start: [2016, 5], end: [2020, 1] },
    ],
    schools: [
      { degree: 'Grado en Estadística', school: 'Universidad de Quintal', city: 'Granada', years: [2012, 2016] },
    ],
    projects: [{ name: 'Rutas Abiertas', what: 'Mapa de rutas', year: 2019 }],
  },
  pt: {
    name: 'Mariana Teixeira',
    lang: 'pt',
    roles: [
      { title: 'Engenheira de software', employer: 'Banco Ipê', city: 'Campinas', start: [2019, 1] },
      {
        title: 'Analista de sistemas',
        employer: 'Cooperativa Cerrado',
        city: 'Goiânia',
        start: [2015, 3],
        end: [2018, 12],
      },
    ],
    schools: [
      {
        degree: 'Bacharelado em Computação',
        school: 'Universidade Federal do Sertão',
        city: 'Recife',
        years: [2011, 2014],
      },
    ],
    projects: [{ name: 'Feira Livre', what: 'Aplicativo de feiras', year: 2018 }],
  },
};

/**
 * The same languages with roles no word list knows: titles with no title word ("Barista",
 * "Sommelière", "Piloto"), employers with no organisation word, towns no list holds. Only where the
 * parts stand tells the fields apart here.
 */
const PLAIN: Record<Lang, Person> = {
  en: {
    ...PEOPLE.en,
    name: 'Tamsin Greaves',
    roles: [
      { title: 'Barista', employer: 'Kettle Yard Coffee', city: 'Halvard', start: [2021, 5] },
      { title: 'Delivery Driver', employer: 'Oakmere Freight', city: 'Brackwater', start: [2018, 2], end: [2021, 4] },
      { title: 'Quant', employer: 'Tallow & Finch', city: 'Ravensgate', start: [2016, 1], end: [2018, 1] },
    ],
  },
  de: {
    ...PEOPLE.de,
    name: 'Jana Kessler',
    roles: [
      { title: 'Disponentin', employer: 'Nordwind Spedition', city: 'Heide', start: [2020, 3] },
      { title: 'Kassiererin', employer: 'Marktkauf Brenner', city: 'Husum', start: [2016, 8], end: [2020, 2] },
    ],
  },
  fr: {
    ...PEOPLE.fr,
    name: 'Anaïs Vauquelin',
    roles: [
      { title: 'Sommelière', employer: 'Maison Lirette', city: 'Vannes', start: [2019, 6] },
      { title: 'Vendeuse', employer: 'Boulangerie Fauré', city: 'Quimperlé', start: [2015, 9], end: [2019, 5] },
    ],
  },
  es: {
    ...PEOPLE.es,
    name: 'Inés Carvajal',
    roles: [
      { title: 'Camarera', employer: 'Taberna El Olivo', city: 'Úbeda', start: [2020, 7] },
      { title: 'Repartidora', employer: 'Mensajería Marisma', city: 'Lepe', start: [2017, 1], end: [2020, 6] },
    ],
  },
  pt: {
    ...PEOPLE.pt,
    name: 'Joana Valadares',
    roles: [
      { title: 'Bibliotecária', employer: 'Acervo Ipiranga', city: 'Itaúna', start: [2019, 2] },
      { title: 'Piloto', employer: 'Aerotáxi Serra Azul', city: 'Lavras', start: [2014, 4], end: [2019, 1] },
    ],
  },
};

const HEADINGS: Record<Lang, { work: string; education: string; projects: string }> = {
  en: { work: 'Experience', education: 'Education', projects: 'Projects' },
  de: { work: 'Berufserfahrung', education: 'Ausbildung', projects: 'Projekte' },
  fr: { work: 'Expérience professionnelle', education: 'Formation', projects: 'Projets' },
  es: { work: 'Experiencia laboral', education: 'Formación', projects: 'Proyectos' },
  pt: { work: 'Experiência profissional', education: 'Formação', projects: 'Projetos' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  de: 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(' '),
  fr: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(' '),
  es: 'ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.'.split(' '),
  pt: 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(' '),
};
const PRESENT: Record<Lang, string> = {
  en: 'Present',
  de: 'heute',
  fr: "aujourd'hui",
  es: 'actualidad',
  pt: 'atual',
};
/** "at" between a title and its employer, in each language. */
export const AT: Record<Lang, string> = { en: 'at', de: 'bei', fr: 'chez', es: 'en', pt: 'na' };

const iso = ([y, m]: readonly [number, number]) => `${y}-${String(m).padStart(2, '0')}`;
const stated = (p: Person): StatedRole[] =>
  p.roles.map((r) => ({
    employer: r.employer,
    title: r.title,
    start: iso(r.start),
    ...(r.end ? { end: iso(r.end) } : {}),
  }));

/** A role's dates as its language writes them; `dash` joins them ("--" in LaTeX). */
function dates(r: Role, lang: Lang, dash = '–', numeric = false): string {
  const point = ([y, m]: readonly [number, number]) =>
    numeric ? `${String(m).padStart(2, '0')}/${y}` : `${MONTHS[lang][m - 1]} ${y}`;
  return `${point(r.start)} ${dash} ${r.end ? point(r.end) : PRESENT[lang]}`;
}

const tex = (s: string) => s.replace(/&/g, '\\&');

/** A LaTeX CV: experience, education and projects sections, each entry written by `entry`. */
function latexCv(
  p: Person,
  cls: string,
  preamble: string,
  role: (r: Role, d: string) => string,
  school: (s: School) => string,
  project: (q: Project) => string,
  section = 'section',
  wrap: readonly [string, string] = ['', ''],
): string {
  const h = HEADINGS[p.lang];
  const block = (lines: string[]) => [wrap[0], ...lines, wrap[1]].filter(Boolean).join('\n');
  return [
    `\\documentclass[11pt]{${cls}}`,
    preamble,
    '\\begin{document}',
    `{\\Huge ${p.name}}\\\\`,
    `${p.name.split(' ')[0]!.toLowerCase()}@example.org`,
    '',
    `\\${section}{${h.work}}`,
    block(p.roles.map((r) => role({ ...r, employer: tex(r.employer) }, dates(r, p.lang, '--')))),
    '',
    `\\${section}{${h.education}}`,
    block(p.schools.map(school)),
    '',
    `\\${section}{${h.projects}}`,
    block(p.projects.map(project)),
    '\\end{document}',
    '',
  ].join('\n');
}

const DUTY = '\\begin{itemize}\n  \\item Built and ran the team’s reporting.\n\\end{itemize}';
const sy = (s: School) => `${s.years[0]} -- ${s.years[1]}`;

type LatexClass = (p: Person) => { className: string; text: string };

const LATEX: readonly LatexClass[] = [
  (p) => ({
    className: 'LaTeX: Awesome-CV \\cventry{title}{org}{place}{dates}{items}',
    text: latexCv(
      p,
      'awesome-cv',
      '\\name{X}{Y}',
      (r, d) => `\\cventry\n  {${r.title}}\n  {${r.employer}}\n  {${r.city}}\n  {${d}}\n  {\n${DUTY}\n  }`,
      (s) => `\\cventry{${s.degree}}{${s.school}}{${s.city}}{${sy(s)}}{}`,
      (q) => `\\cventry{${q.what}}{${q.name}}{}{${q.year}}{}`,
      'cvsection',
      ['\\begin{cventries}', '\\end{cventries}'],
    ),
  }),
  (p) => ({
    className: 'LaTeX: own \\job{title}{employer}{dates}{place} macro',
    text: latexCv(
      p,
      'article',
      '\\newcommand{\\job}[4]{\\textbf{#1} \\hfill #3 \\\\ \\textit{#2}, #4}',
      (r, d) => `\\job{${r.title}}{${r.employer}}{${d}}{${r.city}}\n${DUTY}`,
      (s) => `\\job{${s.degree}}{${s.school}}{${sy(s)}}{${s.city}}`,
      (q) => `\\job{${q.name}}{${q.what}}{${q.year}}{GitHub}`,
    ),
  }),
  (p) => ({
    className: 'LaTeX: own \\position{dates}{employer}{title} macro',
    text: latexCv(
      p,
      'article',
      '\\newcommand{\\position}[3]{#1 & \\textbf{#2}, #3 \\\\}',
      (r, d) => `\\position{${d}}{${r.employer}}{${r.title}}`,
      (s) => `\\position{${sy(s)}}{${s.school}}{${s.degree}}`,
      (q) => `\\position{${q.year}}{${q.name}}{${q.what}}`,
    ),
  }),
  (p) => ({
    className: "LaTeX: Jake's \\resumeSubheading{company}{place}{title}{dates}",
    text: latexCv(
      p,
      'article',
      '\\newcommand{\\resumeSubheading}[4]{\\item \\textbf{#1} \\hfill #2 \\\\ \\textit{#3} \\hfill \\textit{#4}}',
      (r, d) => `\\resumeSubheading\n  {${r.employer}}{${r.city}}\n  {${r.title}}{${d}}`,
      (s) => `\\resumeSubheading{${s.school}}{${s.city}}{${s.degree}}{${sy(s)}}`,
      (q) => `\\resumeProjectHeading{\\textbf{${q.name}} $|$ \\emph{${q.what}}}{${q.year}}`,
      'section',
      ['\\begin{itemize}', '\\end{itemize}'],
    ),
  }),
  (p) => ({
    className: "LaTeX: Jake's variant \\resumeSubheading{title}{dates}{company}{place}",
    text: latexCv(
      p,
      'article',
      '\\newcommand{\\resumeSubheading}[4]{\\item \\textbf{#1} \\hfill #2 \\\\ \\textit{#3} \\hfill \\textit{#4}}',
      (r, d) => `\\resumeSubheading\n  {${r.title}}{${d}}\n  {${r.employer}}{${r.city}}`,
      (s) => `\\resumeSubheading{${s.degree}}{${sy(s)}}{${s.school}}{${s.city}}`,
      (q) => `\\resumeProjectHeading{\\textbf{${q.name}} $|$ \\emph{${q.what}}}{${q.year}}`,
      'section',
      ['\\begin{itemize}', '\\end{itemize}'],
    ),
  }),
  (p) => ({
    className: 'LaTeX: tabular rows "Title & dates \\\\ Company & place"',
    text: latexCv(
      p,
      'article',
      '',
      (r, d) => `\\textbf{${r.title}} & ${d} \\\\\n${r.employer} & ${r.city} \\\\[4pt]`,
      (s) => `\\textbf{${s.degree}} & ${sy(s)} \\\\\n${s.school} & ${s.city} \\\\[4pt]`,
      (q) => `\\textbf{${q.name}} & ${q.year} \\\\\n${q.what} & \\\\[4pt]`,
      'section',
      ['\\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}', '\\end{tabular*}'],
    ),
  }),
  (p) => ({
    className: 'LaTeX: \\textbf{Company} \\hfill dates \\\\ \\textit{Title}',
    text: latexCv(
      p,
      'article',
      '',
      (r, d) => `\\noindent\\textbf{${r.employer}} \\hfill ${d} \\\\\n\\textit{${r.title}}\n${DUTY}\n`,
      (s) => `\\noindent\\textbf{${s.school}} \\hfill ${sy(s)} \\\\\n\\textit{${s.degree}}\n`,
      (q) => `\\noindent\\textbf{${q.name}} \\hfill ${q.year} \\\\\n\\textit{${q.what}}\n`,
    ),
  }),
  (p) => ({
    className: 'LaTeX: \\experience{title}{employer}{place}{dates} in subsections',
    text: latexCv(
      p,
      'article',
      '\\newcommand{\\experience}[4]{\\subsection*{#1} #2, #3 \\hfill #4}',
      (r, d) => `\\experience{${r.title}}{${r.employer}}{${r.city}}{${d}}\n${DUTY}`,
      (s) => `\\experience{${s.degree}}{${s.school}}{${s.city}}{${sy(s)}}`,
      (q) => `\\experience{${q.name}}{${q.what}}{GitHub}{${q.year}}`,
    ),
  }),
];

/** A DOCX CV: the name and contact, then the experience, education and projects sections. */
function docxCv(p: Person, roles: string[], schools: string[], projects: string[], headingStyle = 'Heading1'): Buffer {
  const h = HEADINGS[p.lang];
  return makeDocx(
    [
      paragraph(p.name, 'Title'),
      paragraph(`${p.name.split(' ')[0]!.toLowerCase()}@example.org`),
      paragraph(h.work, headingStyle),
      ...roles,
      paragraph(h.education, headingStyle),
      ...schools,
      paragraph(h.projects, headingStyle),
      ...projects,
    ].join(''),
  );
}

type DocxClass = (p: Person) => { className: string; text: Buffer };
const duty = () => paragraph('Built and ran the team’s reporting.');
const tabbed = (...parts: string[]) =>
  runs(
    parts.flatMap((x, i) => (i ? [{ tab: true } as const, x] : [x])),
    { tabStop: true },
  );

const DOCX: readonly DocxClass[] = [
  (p) => ({
    className: 'DOCX: employer in Heading 2, title in Heading 3, dates under it',
    text: docxCv(
      p,
      p.roles.flatMap((r) => [
        paragraph(r.employer, 'Heading2'),
        paragraph(r.title, 'Heading3'),
        runs([{ text: dates(r, p.lang), italic: true }]),
        duty(),
      ]),
      p.schools.flatMap((s) => [paragraph(s.school, 'Heading2'), paragraph(`${s.degree}, ${s.years.join(' – ')}`)]),
      p.projects.flatMap((q) => [paragraph(q.name, 'Heading2'), paragraph(`${q.what}, ${q.year}`)]),
    ),
  }),
  (p) => ({
    className: 'DOCX: roles in a text box',
    text: docxCv(
      p,
      [textBox(p.roles.flatMap((r) => [`${r.title}, ${r.employer}`, dates(r, p.lang), 'Ran the reporting.']))],
      p.schools.map((s) => paragraph(`${s.degree}, ${s.school}, ${s.years.join(' – ')}`)),
      p.projects.map((q) => paragraph(`${q.name} — ${q.what} (${q.year})`)),
    ),
  }),
  (p) => ({
    className: 'DOCX: table with the employer cell merged down over its dated titles',
    text: docxCv(
      p,
      [
        cellTable(
          p.roles.flatMap((r) => [
            [
              { xml: runs([{ text: r.employer, bold: true }]), merge: 'restart' as const },
              { xml: paragraph(r.title) },
              { xml: paragraph(dates(r, p.lang)) },
            ],
            [
              { xml: '', merge: 'continue' as const },
              { xml: duty(), span: 2 },
            ],
          ]),
          [2500, 4000, 2500],
        ),
      ],
      p.schools.map((s) => paragraph(`${s.degree}, ${s.school} (${s.years.join(' – ')})`)),
      p.projects.map((q) => paragraph(`${q.name}: ${q.what} (${q.year})`)),
    ),
  }),
  (p) => ({
    className: 'DOCX: "Employer<tab>Title<tab>dates" with the dates right-aligned',
    text: docxCv(
      p,
      p.roles.flatMap((r) => [tabbed(r.employer, r.title, dates(r, p.lang)), duty()]),
      p.schools.map((s) => tabbed(s.school, s.degree, s.years.join(' – '))),
      p.projects.map((q) => tabbed(q.name, q.what, String(q.year))),
    ),
  }),
  (p) => ({
    className: 'DOCX: several dated titles under one employer heading',
    text: (() => {
      const [first, second] = p.roles;
      const promoted = { ...second!, employer: first!.employer };
      return docxCv(
        p,
        [
          paragraph(first!.employer, 'Heading2'),
          tabbed(first!.title, dates(first!, p.lang)),
          duty(),
          tabbed(promoted.title, dates(promoted, p.lang)),
          duty(),
          ...p.roles
            .slice(2)
            .flatMap((r) => [paragraph(r.employer, 'Heading2'), tabbed(r.title, dates(r, p.lang)), duty()]),
        ],
        p.schools.flatMap((s) => [paragraph(s.school, 'Heading2'), tabbed(s.degree, s.years.join(' – '))]),
        p.projects.flatMap((q) => [paragraph(q.name, 'Heading2'), tabbed(q.what, String(q.year))]),
      );
    })(),
  }),
];

/** The roles a DOCX class states (the promoted class holds its second title at the first employer). */
function docxStated(className: string, p: Person): StatedRole[] {
  const roles = stated(p);
  if (!className.includes('several dated titles')) return roles;
  return roles.map((r, i) => (i === 1 ? { ...r, employer: roles[0]!.employer } : r));
}

/** A Markdown or HTML CV. */
function markdownCv(p: Person, role: (r: Role, d: string) => string, school: string, project: string): string {
  const h = HEADINGS[p.lang];
  return [
    `# ${p.name}`,
    `${p.name.split(' ')[0]!.toLowerCase()}@example.org`,
    '',
    `## ${h.work}`,
    '',
    ...p.roles.map((r) => `${role(r, dates(r, p.lang))}\n`),
    `## ${h.education}`,
    '',
    school,
    '',
    `## ${h.projects}`,
    '',
    project,
    '',
  ].join('\n');
}

type MarkupClass = (p: Person) => { className: string; file: string; text: string };
const s0 = (p: Person) => p.schools[0]!;
const q0 = (p: Person) => p.projects[0]!;

const MARKUP: readonly MarkupClass[] = [
  (p) => ({
    className: 'Markdown: "### Title @ Company" over its dates',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `### ${r.title} @ ${r.employer}\n${d}\n\n- Ran the reporting.`,
      `### ${s0(p).degree} @ ${s0(p).school}\n${s0(p).years.join(' – ')}`,
      `### ${q0(p).name} @ GitHub\n${q0(p).year}`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "### Title at/bei/chez/en/na Company"',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `### ${r.title} ${AT[p.lang]} ${r.employer}\n*${d}*\n\n- Ran the reporting.`,
      `### ${s0(p).degree}, ${s0(p).school}\n*${s0(p).years.join(' – ')}*`,
      `### ${q0(p).name}\n*${q0(p).year}*\n\n${q0(p).what}.`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "**Company** — *Title* (dates)"',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `**${r.employer}** — *${r.title}* (${d})\n\n- Ran the reporting.`,
      `**${s0(p).school}** — *${s0(p).degree}* (${s0(p).years.join(' – ')})`,
      `**${q0(p).name}** — *${q0(p).what}* (${q0(p).year})`,
    ),
  }),
  (p) => ({
    className: 'Markdown: list items "- dates: Title at Company, City"',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `- ${d}: ${r.title} ${AT[p.lang]} ${r.employer}, ${r.city}`,
      `- ${s0(p).years.join(' – ')}: ${s0(p).degree}, ${s0(p).school}, ${s0(p).city}`,
      `- ${q0(p).year}: ${q0(p).name}, ${q0(p).what}`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "Title, Company | dates" lines',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `**${r.title}**, ${r.employer} | ${d}  \nRan the reporting for the team.`,
      `**${s0(p).degree}**, ${s0(p).school} | ${s0(p).years.join(' - ')}`,
      `**${q0(p).name}**, ${q0(p).what} | ${q0(p).year}`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "**Title**, Company" with the dates in italics under it',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `**${r.title}**, ${r.employer}  \n*${d}*\n\nRan the reporting for the team.`,
      `**${s0(p).degree}**, ${s0(p).school}  \n*${s0(p).years.join(' – ')}*`,
      `**${q0(p).name}**, ${q0(p).what}  \n*${q0(p).year}*`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "Title · Company · dates"',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `**${r.title}** · ${r.employer} · ${d}\n\n- Ran the reporting.`,
      `**${s0(p).degree}** · ${s0(p).school} · ${s0(p).years.join('–')}`,
      `**${q0(p).name}** · ${q0(p).what} · ${q0(p).year}`,
    ),
  }),
  (p) => ({
    className: 'Markdown: table rows with no header labels',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `${r === p.roles[0] ? '| | | |\n|---|---|---|\n' : ''}| ${d} | ${r.title} | ${r.employer} |`,
      `| | | |\n|---|---|---|\n| ${s0(p).years.join(' – ')} | ${s0(p).degree} | ${s0(p).school} |`,
      `| | |\n|---|---|\n| ${q0(p).year} | ${q0(p).name}: ${q0(p).what} |`,
    ).replace(/\|\n\n\| /g, '|\n| '),
  }),
  (p) => ({
    className: 'Markdown: definition list "Title, Company" / ": dates"',
    file: 'cv.md',
    text: markdownCv(
      p,
      (r, d) => `${r.title}, ${r.employer}\n: ${d}`,
      `${s0(p).degree}, ${s0(p).school}\n: ${s0(p).years.join(' – ')}`,
      `${q0(p).name}\n: ${q0(p).what}, ${q0(p).year}`,
    ),
  }),
  (p) => {
    const h = HEADINGS[p.lang];
    const dl = (items: [string, string][]) =>
      `<dl>\n${items.map(([t, d]) => `  <dt>${t}</dt>\n  <dd>${d}</dd>`).join('\n')}\n</dl>`;
    return {
      className: 'HTML: definition list <dt>dates</dt><dd>Title, Company</dd>',
      file: 'cv.html',
      text: [
        '<!DOCTYPE html><html><body>',
        `<h1>${p.name}</h1><p>${p.name.split(' ')[0]!.toLowerCase()}@example.org</p>`,
        `<h2>${h.work}</h2>`,
        dl(p.roles.map((r) => [dates(r, p.lang), `<strong>${r.title}</strong>, ${r.employer}`])),
        `<h2>${h.education}</h2>`,
        dl([[s0(p).years.join(' – '), `<strong>${s0(p).degree}</strong>, ${s0(p).school}`]]),
        `<h2>${h.projects}</h2>`,
        dl([[String(q0(p).year), `<strong>${q0(p).name}</strong>, ${q0(p).what}`]]),
        '</body></html>',
        '',
      ].join('\n'),
    };
  },
  (p) => {
    const h = HEADINGS[p.lang];
    return {
      className: 'HTML: role blocks "<h3>Title</h3><p>Company · dates</p>"',
      file: 'cv.html',
      text: [
        '<!DOCTYPE html><html><body>',
        `<h1>${p.name}</h1><p>${p.name.split(' ')[0]!.toLowerCase()}@example.org</p>`,
        `<h2>${h.work}</h2>`,
        ...p.roles.map(
          (r) =>
            `<div class="job"><h3>${r.title}</h3><p class="meta">${r.employer} · <time>${dates(r, p.lang)}</time></p><p>Ran the reporting.</p></div>`,
        ),
        `<h2>${h.education}</h2>`,
        `<div><h3>${s0(p).degree}</h3><p>${s0(p).school} · ${s0(p).years.join(' – ')}</p></div>`,
        `<h2>${h.projects}</h2>`,
        `<div><h3>${q0(p).name}</h3><p>${q0(p).what} · ${q0(p).year}</p></div>`,
        '</body></html>',
        '',
      ].join('\n'),
    };
  },
];

/** `p` with its second role held at its first employer (a promotion). */
function promoted(p: Person): Person {
  const [first, second, ...rest] = p.roles;
  return { ...p, roles: [first!, { ...second!, employer: first!.employer, city: first!.city }, ...rest] };
}

/** Experience headings other than the plain word, in each language. */
const WORK_HEADINGS: Record<Lang, string> = {
  en: 'Professional Experience',
  de: 'Berufliche Stationen',
  fr: 'Parcours professionnel',
  es: 'Trayectoria profesional',
  pt: 'Histórico profissional',
};
const SINCE: Record<Lang, string> = { en: 'since', de: 'seit', fr: 'depuis', es: 'desde', pt: 'desde' };
/** "since 2021" for a role still held, "2016 – 2019" for one ended: years only. */
const yearsOf = (r: Role, lang: Lang) => (r.end ? `${r.start[0]} – ${r.end[0]}` : `${SINCE[lang]} ${r.start[0]}`);
const byYears = (p: Person): StatedRole[] =>
  p.roles.map((r) => ({
    employer: r.employer,
    title: r.title,
    start: String(r.start[0]),
    ...(r.end ? { end: String(r.end[0]) } : {}),
  }));

/** One employer's roles grouped: the employer once, then each title with its dates. */
function groups(p: Person): { employer: string; city: string; roles: Role[] }[] {
  const out: { employer: string; city: string; roles: Role[] }[] = [];
  for (const r of p.roles) {
    const last = out.at(-1);
    if (last && last.employer === r.employer) last.roles.push(r);
    else out.push({ employer: r.employer, city: r.city, roles: [r] });
  }
  return out;
}

type MoreClass = (p: Person) => { className: string; file: string; text: string | Buffer; roles: StatedRole[] };

const htmlCv = (p: Person, work: string, school: string, project: string, workHeading = HEADINGS[p.lang].work) =>
  [
    '<!DOCTYPE html><html><body>',
    `<h1>${p.name}</h1><p>${p.name.split(' ')[0]!.toLowerCase()}@example.org</p>`,
    `<h2>${workHeading}</h2>`,
    work,
    `<h2>${HEADINGS[p.lang].education}</h2>`,
    school,
    `<h2>${HEADINGS[p.lang].projects}</h2>`,
    project,
    '</body></html>',
    '',
  ].join('\n');

const MORE: readonly MoreClass[] = [
  (person) => {
    const p = promoted(person);
    const jake =
      '\\newcommand{\\resumeSubheading}[4]{\\item \\textbf{#1} \\hfill #2 \\\\ \\textit{#3} \\hfill \\textit{#4}}\n' +
      '\\newcommand{\\resumeSubSubheading}[2]{\\item \\textit{#1} \\hfill \\textit{#2}}';
    return {
      className: "LaTeX: Jake's \\resumeSubSubheading for a second title at one employer",
      file: 'cv.tex',
      roles: stated(p),
      text: latexCv(
        p,
        'article',
        jake,
        (r, d) =>
          r === p.roles[1]
            ? `\\resumeSubSubheading{${r.title}}{${d}}`
            : `\\resumeSubheading{${r.employer}}{${r.city}}{${r.title}}{${d}}`,
        (s) => `\\resumeSubheading{${s.school}}{${s.city}}{${s.degree}}{${sy(s)}}`,
        (q) => `\\resumeProjectHeading{\\textbf{${q.name}} $|$ \\emph{${q.what}}}{${q.year}}`,
        'section',
        ['\\begin{itemize}', '\\end{itemize}'],
      ),
    };
  },
  (person) => {
    const p = promoted(person);
    return {
      className: 'LaTeX: moderncv \\cventry with the employer left empty for a second title',
      file: 'cv.tex',
      roles: stated(p),
      text: latexCv(
        p,
        'moderncv',
        '\\moderncvstyle{classic}',
        (r, d) =>
          r === p.roles[1]
            ? `\\cventry{${d}}{${r.title}}{}{}{}{Ran the reporting.}`
            : `\\cventry{${d}}{${r.title}}{${r.employer}}{${r.city}}{}{Ran the reporting.}`,
        (s) => `\\cventry{${sy(s)}}{${s.degree}}{${s.school}}{${s.city}}{}{}`,
        (q) => `\\cventry{${q.year}}{${q.name}}{${q.what}}{}{}{}`,
      ),
    };
  },
  (p) => ({
    className: 'LaTeX: arguments wrapped in \\textbf, \\href and icons',
    file: 'cv.tex',
    roles: stated(p),
    text: latexCv(
      p,
      'altacv',
      '',
      (r, d) =>
        `\\cvevent{\\textbf{${r.title}}}{\\href{https://example.org}{${r.employer}}}{\\faCalendar~${d}}{\\faMapMarker\\ ${r.city}}\n${DUTY}\n\\divider`,
      (s) => `\\cvevent{\\textbf{${s.degree}}}{${s.school}}{\\faCalendar~${sy(s)}}{\\faMapMarker\\ ${s.city}}`,
      (q) => `\\cvevent{\\textbf{${q.name}}}{${q.what}}{\\faCalendar~${q.year}}{}`,
      'cvsection',
    ),
  }),
  (p) => ({
    className: 'LaTeX: moderncv under other experience headings',
    file: 'cv.tex',
    roles: stated(p),
    text: latexCv(
      p,
      'moderncv',
      '\\moderncvstyle{banking}',
      (r, d) => `\\cventry{${d}}{${r.title}}{${r.employer}}{${r.city}}{}{Ran the reporting.}`,
      (s) => `\\cventry{${sy(s)}}{${s.degree}}{${s.school}}{${s.city}}{}{}`,
      (q) => `\\cventry{${q.year}}{${q.name}}{${q.what}}{}{}{}`,
    ).replace(`\\section{${HEADINGS[p.lang].work}}`, `\\section{${WORK_HEADINGS[p.lang]}}`),
  }),
  (person) => {
    const p = promoted(person);
    const h = HEADINGS[p.lang];
    const work = groups(p).flatMap((g) => [
      `\\subsection*{${tex(g.employer)}, ${g.city}}`,
      ...g.roles.flatMap((r) => [`\\textit{${r.title}} \\hfill ${dates(r, p.lang, '--')}`, DUTY]),
    ]);
    return {
      className: 'LaTeX: \\subsection{Employer} over "\\textit{Title} \\hfill dates" lines',
      file: 'cv.tex',
      roles: stated(p),
      text: [
        '\\documentclass{article}',
        '\\begin{document}',
        `{\\Huge ${p.name}}\\\\`,
        `\\section{${h.work}}`,
        ...work,
        `\\section{${h.education}}`,
        ...p.schools.flatMap((s) => [
          `\\subsection*{${s.school}, ${s.city}}`,
          `\\textit{${s.degree}} \\hfill ${sy(s)}`,
        ]),
        `\\section{${h.projects}}`,
        ...p.projects.flatMap((q) => [`\\subsection*{${q.name}}`, `\\textit{${q.what}} \\hfill ${q.year}`]),
        '\\end{document}',
        '',
      ].join('\n'),
    };
  },
  (person) => {
    const p = promoted(person);
    const work = groups(p)
      .map(
        (g) =>
          `#### ${g.employer}\n\n${g.roles.map((r) => `**${r.title}** | ${dates(r, p.lang)}\n\n- Ran the reporting.\n`).join('\n')}`,
      )
      .join('\n');
    return {
      className: 'Markdown: "#### Employer" over "**Title** | dates" for each title',
      file: 'cv.md',
      roles: stated(p),
      text: markdownCv(
        { ...p, roles: [] },
        () => '',
        `#### ${s0(p).school}\n\n**${s0(p).degree}** | ${s0(p).years.join(' – ')}`,
        `#### ${q0(p).name}\n\n**${q0(p).what}** | ${q0(p).year}`,
      ).replace(/(## [^\n]+\n\n)/, `$1${work}\n`),
    };
  },
  (p) => ({
    className: 'Markdown: "### Title" with its dates floated right in HTML, employer under it',
    file: 'cv.md',
    roles: stated(p),
    text: markdownCv(
      p,
      (r, d) =>
        `### ${r.title} <span style="float:right">${d}</span>\n**${r.employer}**, ${r.city}\n\n- Ran the reporting.`,
      `### ${s0(p).degree} <span style="float:right">${s0(p).years.join(' – ')}</span>\n**${s0(p).school}**, ${s0(p).city}`,
      `### ${q0(p).name} <span style="float:right">${q0(p).year}</span>\n${q0(p).what}`,
    ),
  }),
  (p) => ({
    className: 'HTML: one block of spans per role (title, employer, dates)',
    file: 'cv.html',
    roles: stated(p),
    text: htmlCv(
      p,
      p.roles
        .map(
          (r) =>
            `<div class="role"><span class="title">${r.title}</span><span class="org">${r.employer}</span><span class="dates">${dates(r, p.lang)}</span></div>\n<ul><li>Ran the reporting.</li></ul>`,
        )
        .join('\n'),
      `<div class="school"><span class="degree">${s0(p).degree}</span><span class="org">${s0(p).school}</span><span class="dates">${s0(p).years.join(' – ')}</span></div>`,
      `<div class="project"><span class="title">${q0(p).name}</span><span class="org">${q0(p).what}</span><span class="dates">${q0(p).year}</span></div>`,
    ),
  }),
  (p) => ({
    className: 'HTML: "<h3>Title <small>@ Employer</small></h3>" with the dates under it',
    file: 'cv.html',
    roles: stated(p),
    text: htmlCv(
      p,
      p.roles
        .map((r) => `<h3>${r.title} <small>@ ${r.employer}</small></h3>\n<p class="date">${dates(r, p.lang)}</p>`)
        .join('\n'),
      `<h3>${s0(p).degree} <small>@ ${s0(p).school}</small></h3>\n<p class="date">${s0(p).years.join(' – ')}</p>`,
      `<h3>${q0(p).name}</h3>\n<p class="date">${q0(p).year}</p>`,
      WORK_HEADINGS[p.lang],
    ),
  }),
  (p) => ({
    className: 'DOCX: "Employer<tab>dates" in Heading 2 over the title in Heading 3',
    file: 'cv.docx',
    roles: stated(p),
    text: docxCv(
      p,
      p.roles.flatMap((r) => [
        runs([r.employer, { tab: true }, dates(r, p.lang)], { style: 'Heading2', tabStop: true }),
        paragraph(r.title, 'Heading3'),
        duty(),
      ]),
      p.schools.flatMap((s) => [
        runs([s.school, { tab: true }, s.years.join(' – ')], { style: 'Heading2', tabStop: true }),
        paragraph(s.degree, 'Heading3'),
      ]),
      p.projects.flatMap((q) => [
        runs([q.name, { tab: true }, String(q.year)], { style: 'Heading2', tabStop: true }),
        paragraph(q.what, 'Heading3'),
      ]),
    ),
  }),
  (p) => ({
    className: 'DOCX: title in bold capitals, "Employer, City" and years with since/seit/depuis/desde under it',
    file: 'cv.docx',
    roles: byYears(p),
    text: docxCv(
      p,
      p.roles.flatMap((r) => [
        runs([{ text: r.title.toUpperCase(), bold: true }]),
        paragraph(`${r.employer}, ${r.city}`),
        runs([{ text: yearsOf(r, p.lang), italic: true }]),
        duty(),
      ]),
      p.schools.flatMap((s) => [
        runs([{ text: s.degree.toUpperCase(), bold: true }]),
        paragraph(`${s.school}, ${s.city}`),
        paragraph(s.years.join(' – ')),
      ]),
      p.projects.flatMap((q) => [
        runs([{ text: q.name.toUpperCase(), bold: true }]),
        paragraph(`${q.what}, ${q.year}`),
      ]),
    ),
  }),
  (p) => ({
    className: 'Markdown: list items "**Title**, Employer (since 2021)"',
    file: 'cv.md',
    roles: byYears(p),
    text: markdownCv(
      p,
      (r) => `- **${r.title}**, ${r.employer} (${yearsOf(r, p.lang)})`,
      `- **${s0(p).degree}**, ${s0(p).school} (${s0(p).years.join(' – ')})`,
      `- **${q0(p).name}**, ${q0(p).what} (${q0(p).year})`,
    ),
  }),
];

/** Classes of the widely copied web and LaTeX templates: the description after the role, the dates last. */
const THEMES: readonly MoreClass[] = [
  (p) => ({
    className: 'HTML: Bootstrap résumé theme (title, employer, description, then the dates in a side column)',
    file: 'cv.html',
    roles: stated(p),
    text: htmlCv(
      p,
      p.roles
        .map(
          (r) =>
            '<div class="resume-item d-flex flex-column flex-md-row">\n' +
            `  <div class="resume-content">\n    <h3 class="mb-0">${r.title}</h3>\n` +
            `    <div class="subheading mb-3">${r.employer}</div>\n` +
            '    <p>Ran the reporting for the whole team and its customers.</p>\n  </div>\n' +
            `  <div class="resume-date"><span class="text-primary">${dates(r, p.lang)}</span></div>\n</div>`,
        )
        .join('\n'),
      '<div class="resume-item">\n  <div class="resume-content">\n' +
        `    <h3 class="mb-0">${s0(p).school}</h3>\n    <div class="subheading mb-3">${s0(p).degree}</div>\n  </div>\n` +
        `  <div class="resume-date"><span class="text-primary">${s0(p).years.join(' - ')}</span></div>\n</div>`,
      `<div class="resume-item">\n  <h3>${q0(p).name}</h3>\n  <p>${q0(p).what}</p>\n</div>`,
    ),
  }),
  (p) => ({
    className: 'LaTeX: res.cls "{\\sl Title} \\hfill dates \\\\ Employer, City"',
    file: 'cv.tex',
    roles: stated(p),
    text: latexCv(
      p,
      'res',
      '',
      (r, d) => `{\\sl ${r.title}} \\hfill ${d} \\\\\n${r.employer}, ${r.city}\n${DUTY}\n`,
      (s) => `{\\sl ${s.degree}} \\hfill ${sy(s)} \\\\\n${s.school}, ${s.city}\n`,
      (q) => `{\\sl ${q.name}} \\hfill ${q.year} \\\\\n${q.what}\n`,
    ),
  }),
  (p) => ({
    className: 'LaTeX: moderncv \\cvitem{dates}{\\textbf{Title}, Employer, City}',
    file: 'cv.tex',
    roles: stated(p),
    text: latexCv(
      p,
      'moderncv',
      '\\moderncvstyle{casual}',
      (r, d) => `\\cvitem{${d}}{\\textbf{${r.title}}, ${r.employer}, ${r.city}}`,
      (s) => `\\cvitem{${sy(s)}}{\\textbf{${s.degree}}, ${s.school}, ${s.city}}`,
      (q) => `\\cvitem{${q.year}}{\\textbf{${q.name}}, ${q.what}}`,
    ),
  }),
  (p) => ({
    className: 'LaTeX: description list \\item[dates] Title, \\textit{Employer}',
    file: 'cv.tex',
    roles: stated(p),
    text: latexCv(
      p,
      'article',
      '',
      (r, d) => `\\item[${d}] ${r.title}, \\textit{${r.employer}}, ${r.city}`,
      (s) => `\\item[${sy(s)}] ${s.degree}, \\textit{${s.school}}`,
      (q) => `\\item[${q.year}] ${q.name}, \\textit{${q.what}}`,
      'section',
      ['\\begin{description}', '\\end{description}'],
    ),
  }),
  (p) => ({
    className: 'LaTeX: tabularx rows "\\textbf{Employer} & City \\\\ \\emph{Title} & dates"',
    file: 'cv.tex',
    roles: stated(p),
    text: latexCv(
      p,
      'article',
      '',
      (r, d) => `\\textbf{${r.employer}} & ${r.city} \\\\\n\\emph{${r.title}} & ${d} \\\\`,
      (s) => `\\textbf{${s.school}} & ${s.city} \\\\\n\\emph{${s.degree}} & ${sy(s)} \\\\`,
      (q) => `\\textbf{${q.name}} & \\\\\n\\emph{${q.what}} & ${q.year} \\\\`,
      'section',
      ['\\begin{tabularx}{\\textwidth}{X r}', '\\end{tabularx}'],
    ),
  }),
  (p) => ({
    className: 'Markdown: bold section headings, "**Title** | Employer | City | dates"',
    file: 'cv.md',
    roles: stated(p),
    text: markdownCv(
      p,
      (r, d) => `**${r.title}** | ${r.employer} | ${r.city} | ${d}\n- Ran the reporting.`,
      `**${s0(p).degree}** | ${s0(p).school} | ${s0(p).city} | ${s0(p).years.join(' – ')}`,
      `**${q0(p).name}** | ${q0(p).what} | ${q0(p).year}`,
    ).replace(/^## (.+)$/gm, '**$1**'),
  }),
  (p) => ({
    className: 'Markdown: "Employer — City" over "_Title_, dates"',
    file: 'cv.md',
    roles: stated(p),
    text: markdownCv(
      p,
      (r, d) => `**${r.employer}** — ${r.city}  \n_${r.title}_, ${d}\n\n- Ran the reporting.`,
      `**${s0(p).school}** — ${s0(p).city}  \n_${s0(p).degree}_, ${s0(p).years.join(' – ')}`,
      `**${q0(p).name}**  \n_${q0(p).what}_, ${q0(p).year}`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "Title (Employer), dates" list items',
    file: 'cv.md',
    roles: stated(p),
    text: markdownCv(
      p,
      (r, d) => `- **${r.title}** (${r.employer}), ${d}`,
      `- **${s0(p).degree}** (${s0(p).school}), ${s0(p).years.join(' – ')}`,
      `- **${q0(p).name}** (${q0(p).what}), ${q0(p).year}`,
    ),
  }),
  (p) => ({
    className: 'Markdown: "### Employer (City) — Title" over its dates',
    file: 'cv.md',
    roles: stated(p),
    text: markdownCv(
      p,
      (r, d) => `### ${r.employer} (${r.city}) — ${r.title}\n${d}\n\n- Ran the reporting.`,
      `### ${s0(p).school} (${s0(p).city}) — ${s0(p).degree}\n${s0(p).years.join(' – ')}`,
      `### ${q0(p).name} — ${q0(p).what}\n${q0(p).year}`,
    ),
  }),
  (p) => ({
    className: 'HTML: "<b>Title</b>, <i>Employer</i>, City" with the dates in a floated span',
    file: 'cv.html',
    roles: stated(p),
    text: htmlCv(
      p,
      p.roles
        .map(
          (r) =>
            `<p><b>${r.title}</b>, <i>${r.employer}</i>, ${r.city} <span style="float:right">${dates(r, p.lang)}</span></p>\n<ul><li>Ran the reporting.</li></ul>`,
        )
        .join('\n'),
      `<p><b>${s0(p).degree}</b>, <i>${s0(p).school}</i>, ${s0(p).city} <span style="float:right">${s0(p).years.join(' – ')}</span></p>`,
      `<p><b>${q0(p).name}</b>, <i>${q0(p).what}</i> <span style="float:right">${q0(p).year}</span></p>`,
    ),
  }),
];

/** Every class, one CV per language for each of the two people of that language. */
export function markupRoleProbes(): RoleProbeCv[] {
  const out: RoleProbeCv[] = [];
  for (const p of LANGS.flatMap((lang) => [PEOPLE[lang], PLAIN[lang]])) {
    const plain = p === PLAIN[p.lang];
    for (const make of LATEX) out.push({ ...make(p), file: 'cv.tex', roles: stated(p), plain });
    for (const make of DOCX) {
      const made = make(p);
      out.push({ ...made, file: 'cv.docx', roles: docxStated(made.className, p), plain });
    }
    for (const make of MARKUP) out.push({ ...make(p), roles: stated(p), plain });
    for (const make of [...MORE, ...THEMES]) out.push({ ...make(p), plain });
  }
  return out;
}
