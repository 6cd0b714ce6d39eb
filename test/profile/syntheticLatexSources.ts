/**
 * LaTeX source CVs in the templates people use, read from the `.tex` file itself: moderncv
 * (`\cventry{dates}{title}{employer}{city}{grade}{description}`, `\cvitem`), Awesome-CV
 * (`\cventry{position}{organisation}{location}{date}{items}`), Jake's résumé with its macros defined
 * in the file (a four-argument `\entryHead` set as two rows of a `tabularx`, as Jake's `\resumeSubheading` is set in a `tabular*`, several argument orders), AltaCV (`\cvevent`), Deedy
 * (`\runsubsection`, `\descript`, `\location`), Friggeri (`\entry`), twenty-seconds (`\twentyitem`),
 * res.cls (`rSubsection`), europasscv (`\ecvtitle`, `\ecvitem`), and plain articles (`\hfill` lines,
 * `\subsection*` per role, table rows, the file's own `\def` macro). Each CV states its roles and
 * its schools (degree and institution), as realcv's gold does. Five languages; every person,
 * employer and school is invented.
 */
import { LANGUAGES, type TextLanguage as Lang } from '../../src/text/language.js';
import type { StatedRole } from './roleMisses.js';
import type { WantedSchool } from './judgeSchools.js';

export interface LatexSourceCv {
  readonly template: string;
  /** Written for a person whose titles, employers and towns no word list knows. */
  readonly plain: boolean;
  readonly file: string;
  readonly text: string;
  readonly roles: readonly StatedRole[];
  readonly schools: readonly WantedSchool[];
}

interface Role {
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

interface Person {
  readonly name: string;
  readonly lang: Lang;
  readonly roles: readonly Role[];
  readonly schools: readonly School[];
}

const PEOPLE: Record<Lang, Person> = {
  en: {
    name: 'Odette Framlingham',
    lang: 'en',
    roles: [
      { title: 'Lead Platform Engineer', employer: 'Brindlecombe Analytics Ltd', city: 'Bristol', start: [2020, 4] },
      {
        title: 'Site Reliability Engineer',
        employer: 'Marrowby Freight',
        city: 'Leeds',
        start: [2016, 2],
        end: [2020, 3],
      },
      { title: 'Support Technician', employer: 'Harrowgate Council', city: 'York', start: [2013, 9], end: [2016, 1] },
    ],
    schools: [
      {
        degree: 'MSc Distributed Systems',
        school: 'University of Castleford',
        city: 'Castleford',
        years: [2011, 2013],
      },
      { degree: 'BSc Computer Science', school: 'Wexmoor College', city: 'Exeter', years: [2008, 2011] },
    ],
  },
  de: {
    name: 'Henrike Austermann',
    lang: 'de',
    roles: [
      { title: 'Leiterin Controlling', employer: 'Weserstahl AG', city: 'Bremen', start: [2019, 10] },
      { title: 'Controllerin', employer: 'Brunsbeck Logistik GmbH', city: 'Hamburg', start: [2015, 4], end: [2019, 9] },
    ],
    schools: [
      { degree: 'M.Sc. Wirtschaftsinformatik', school: 'Universität Lindenau', city: 'Hannover', years: [2013, 2015] },
      { degree: 'B.Sc. Betriebswirtschaftslehre', school: 'Hochschule Elbmarsch', city: 'Stade', years: [2010, 2013] },
    ],
  },
  fr: {
    name: 'Solène Perrichon',
    lang: 'fr',
    roles: [
      { title: 'Ingénieure logiciel', employer: 'Groupe Verdaron', city: 'Nantes', start: [2021, 1] },
      { title: 'Développeuse', employer: 'Atelier Quintane SAS', city: 'Rennes', start: [2017, 9], end: [2020, 12] },
    ],
    schools: [
      {
        degree: "Diplôme d'ingénieur en informatique",
        school: 'École Supérieure de Montclair',
        city: 'Lyon',
        years: [2014, 2017],
      },
      { degree: 'Licence de mathématiques', school: 'Université de Valcourt', city: 'Tours', years: [2011, 2014] },
    ],
  },
  es: {
    name: 'Begoña Iturralde',
    lang: 'es',
    roles: [
      { title: 'Responsable de compras', employer: 'Conservas Alborán S.L.', city: 'Málaga', start: [2018, 3] },
      {
        title: 'Técnica de logística',
        employer: 'Grupo Navalmoral',
        city: 'Cáceres',
        start: [2014, 6],
        end: [2018, 2],
      },
    ],
    schools: [
      { degree: 'Máster en Logística', school: 'Universidad de Almendralejo', city: 'Badajoz', years: [2012, 2014] },
      {
        degree: 'Grado en Administración de Empresas',
        school: 'Universidad de Tierra Alta',
        city: 'Teruel',
        years: [2008, 2012],
      },
    ],
  },
  pt: {
    name: 'Thaís Albuquerque',
    lang: 'pt',
    roles: [
      { title: 'Gerente de produto', employer: 'Jabuticaba Pagamentos', city: 'Curitiba', start: [2020, 7] },
      {
        title: 'Analista de negócios',
        employer: 'Cooperativa Aroeira',
        city: 'Londrina',
        start: [2016, 1],
        end: [2020, 6],
      },
    ],
    schools: [
      {
        degree: 'Mestrado em Engenharia de Produção',
        school: 'Universidade Estadual do Planalto',
        city: 'Maringá',
        years: [2014, 2016],
      },
      {
        degree: 'Bacharelado em Administração',
        school: 'Faculdade Ipanema do Sul',
        city: 'Cascavel',
        years: [2010, 2013],
      },
    ],
  },
};

/**
 * The same languages with titles, employers, schools and towns no word list knows ("Roaster",
 * "Pemberly Shoals", "Glassbrook"): only where a part stands, or what it looks like, tells it.
 */
const PLAIN: Record<Lang, Person> = {
  en: {
    name: 'Wilf Aldergrove',
    lang: 'en',
    roles: [
      { title: 'Head Roaster', employer: 'Pemberly Shoals', city: 'Glassbrook', start: [2019, 5] },
      { title: 'Bookbinder', employer: 'Quenby & Vale', city: 'Ottermouth', start: [2015, 3], end: [2019, 4] },
    ],
    schools: [{ degree: 'BA Fine Art', school: 'Thornaby School of Art', city: 'Saltholme', years: [2011, 2014] }],
  },
  de: {
    name: 'Ole Brackwede',
    lang: 'de',
    roles: [
      { title: 'Zimmerer', employer: 'Holzwerk Sellmann', city: 'Wittmund', start: [2018, 8] },
      { title: 'Kranführer', employer: 'Tamsen & Söhne', city: 'Aurich', start: [2013, 8], end: [2018, 7] },
    ],
    schools: [
      { degree: 'Meisterbrief Zimmerer', school: 'Berufsschule Friesland', city: 'Jever', years: [2010, 2013] },
    ],
  },
  fr: {
    name: 'Maël Kerbrat',
    lang: 'fr',
    roles: [
      { title: 'Caviste', employer: 'Les Vignes de Pléneuf', city: 'Paimpol', start: [2020, 2] },
      { title: 'Matelot', employer: 'Armement Le Goff', city: 'Lézardrieux', start: [2016, 4], end: [2020, 1] },
    ],
    schools: [{ degree: 'BTS Commerce', school: 'Lycée Saint-Goustan', city: 'Auray', years: [2014, 2016] }],
  },
  es: {
    name: 'Iker Zubizarreta',
    lang: 'es',
    roles: [
      { title: 'Cocinero', employer: 'Asador Txindoki', city: 'Tolosa', start: [2019, 9] },
      { title: 'Pastor', employer: 'Caserío Aralar', city: 'Lekunberri', start: [2015, 5], end: [2019, 8] },
    ],
    schools: [
      { degree: 'Técnico en Cocina', school: 'Escuela de Hostelería Urola', city: 'Azpeitia', years: [2013, 2015] },
    ],
  },
  pt: {
    name: 'Caio Brandão',
    lang: 'pt',
    roles: [
      { title: 'Luthier', employer: 'Oficina Bandolim', city: 'Sabará', start: [2018, 1] },
      { title: 'Marceneiro', employer: 'Móveis Jatobá', city: 'Caeté', start: [2012, 3], end: [2017, 12] },
    ],
    schools: [
      { degree: 'Técnico em Marcenaria', school: 'Escola Técnica Serra Verde', city: 'Itabirito', years: [2010, 2012] },
    ],
  },
};

const HEADINGS: Record<Lang, { work: string; education: string; skills: string }> = {
  en: { work: 'Experience', education: 'Education', skills: 'Skills' },
  de: { work: 'Berufserfahrung', education: 'Ausbildung', skills: 'Kenntnisse' },
  fr: { work: 'Expérience professionnelle', education: 'Formation', skills: 'Compétences' },
  es: { work: 'Experiencia profesional', education: 'Formación académica', skills: 'Habilidades' },
  pt: { work: 'Experiência profissional', education: 'Formação acadêmica', skills: 'Competências' },
};
const SKILLS = 'Python, SQL, Excel';
const MONTHS: Record<Lang, readonly string[]> = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  de: 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(' '),
  fr: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(' '),
  es: 'ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.'.split(' '),
  pt: 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(' '),
};
const PRESENT: Record<Lang, string> = { en: 'Present', de: 'heute', fr: 'présent', es: 'actualidad', pt: 'atual' };
const DUTY: Record<Lang, string> = {
  en: 'Ran the nightly data loads.',
  de: 'Verantwortete die Monatsabschlüsse.',
  fr: 'Maintenance des services de paiement.',
  es: 'Negociación con proveedores.',
  pt: 'Definição do roteiro do produto.',
};

const iso = ([y, m]: readonly [number, number]) => `${y}-${String(m).padStart(2, '0')}`;
const tex = (s: string) => s.replace(/&/g, '\\&');
/** A role's dates as its language writes them in LaTeX: months by name or numbers, `--` between. */
function dates(r: Role, lang: Lang, numeric = false): string {
  const point = ([y, m]: readonly [number, number]) =>
    numeric ? `${String(m).padStart(2, '0')}/${y}` : `${MONTHS[lang][m - 1]} ${y}`;
  return `${point(r.start)} -- ${r.end ? point(r.end) : PRESENT[lang]}`;
}
const years = (s: School) => `${s.years[0]} -- ${s.years[1]}`;

interface Parts {
  readonly cls: string;
  readonly preamble?: string;
  readonly section?: (title: string) => string;
  readonly open?: string;
  readonly close?: string;
  readonly role: (r: Role, d: string, lang: Lang) => string;
  readonly school: (s: School, lang: Lang) => string;
  readonly header?: (p: Person) => string;
}

function cv(p: Person, parts: Parts): string {
  const h = HEADINGS[p.lang];
  const section = parts.section ?? ((t: string) => `\\section{${t}}`);
  const block = (lines: string[]) => [parts.open, ...lines, parts.close].filter(Boolean).join('\n');
  const [first, ...rest] = p.name.split(' ');
  return [
    `\\documentclass[11pt,a4paper]{${parts.cls}}`,
    parts.preamble ?? '',
    '\\begin{document}',
    parts.header?.(p) ??
      `\\begin{center}{\\Huge ${first} ${rest.join(' ')}}\\\\ ${first!.toLowerCase()}@example.org\\end{center}`,
    '',
    section(h.work),
    block(p.roles.map((r) => parts.role({ ...r, employer: tex(r.employer) }, dates(r, p.lang), p.lang))),
    '',
    section(h.education),
    block(p.schools.map((s) => parts.school(s, p.lang))),
    '',
    section(h.skills),
    SKILLS,
    '',
    '\\end{document}',
    '',
  ].join('\n');
}

const MODERNCV_PREAMBLE = (p: Person) =>
  `\\moderncvstyle{classic}\n\\moderncvcolor{blue}\n\\usepackage[utf8]{inputenc}\n\\usepackage[scale=0.8]{geometry}\n\\name{${p.name.split(' ')[0]}}{${p.name.split(' ').slice(1).join(' ')}}\n\\email{${p.name.split(' ')[0]!.toLowerCase()}@example.org}`;

const JAKE_PREAMBLE = `\\usepackage[utf8]{inputenc}
\\usepackage{tabularx}
\\usepackage[a4paper, margin=15mm]{geometry}
\\usepackage{enumitem}
% #1 left and #2 right on the first row, #3 and #4 in italics on the second.
\\newcommand{\\entryHead}[4]{%
  \\item
  \\begin{tabularx}{\\linewidth}{@{}X r@{}}
    \\textbf{#1} & #2 \\\\
    \\emph{#3} & \\emph{#4} \\\\
  \\end{tabularx}}
\\newcommand{\\entryPoint}[1]{\\item #1}
\\newlist{entrylist}{itemize}{1}
\\setlist[entrylist]{itemsep=3pt, label={}, leftmargin=1em}
\\newlist{pointlist}{itemize}{1}
\\setlist[pointlist]{nosep, label=--, leftmargin=1.5em}
\\newcommand{\\entriesBegin}{\\begin{entrylist}}
\\newcommand{\\entriesEnd}{\\end{entrylist}}
\\newcommand{\\pointsBegin}{\\begin{pointlist}}
\\newcommand{\\pointsEnd}{\\end{pointlist}}`;

/** AltaCV's, Deedy's, Friggeri's and twenty-seconds' commands, defined as the classes print them, for a typeset check. */
const ALTACV_PREAMBLE = `\\usepackage[utf8]{inputenc}
\\newcommand{\\cvsection}[1]{\\section*{#1}}
\\newcommand{\\divider}{\\par\\medskip}
\\newcommand{\\cvevent}[4]{{\\large\\bfseries #1\\par}\\smallskip\\textbf{#2}\\par\\smallskip #3 \\hfill #4\\par\\medskip}`;

type Template = { readonly name: string; readonly parts: (p: Person) => Parts };

const TEMPLATES: readonly Template[] = [
  {
    name: 'moderncv \\cventry{dates}{title}{employer}{city}{grade}{description}',
    parts: (p) => ({
      cls: 'moderncv',
      preamble: MODERNCV_PREAMBLE(p),
      header: () => '\\makecvtitle',
      role: (r, d, lang) => `\\cventry{${d}}{${r.title}}{${r.employer}}{${r.city}}{}{${DUTY[lang]}}`,
      school: (s) => `\\cventry{${years(s)}}{${s.degree}}{${s.school}}{${s.city}}{}{}`,
    }),
  },
  {
    name: 'moderncv \\cventry{dates}{employer}{title}{city}: employer first',
    parts: (p) => ({
      cls: 'moderncv',
      preamble: MODERNCV_PREAMBLE(p),
      header: () => '\\makecvtitle',
      role: (r, d, lang) => `\\cventry{${d}}{${r.employer}}{${r.title}}{${r.city}}{}{${DUTY[lang]}}`,
      school: (s) => `\\cventry{${years(s)}}{${s.school}}{${s.degree}}{${s.city}}{}{}`,
    }),
  },
  {
    name: 'moderncv \\cvitem{dates}{Title, Employer, City}',
    parts: (p) => ({
      cls: 'moderncv',
      preamble: MODERNCV_PREAMBLE(p),
      header: () => '\\makecvtitle',
      role: (r, d) => `\\cvitem{${d.replace(/ -- /, '--')}}{\\textbf{${r.title}}, ${r.employer}, ${r.city}}`,
      school: (s) => `\\cvitem{${years(s)}}{\\textbf{${s.degree}}, ${s.school}, ${s.city}}`,
    }),
  },
  {
    name: 'Awesome-CV \\cventry{position}{organisation}{location}{date}{items}',
    parts: () => ({
      cls: 'awesome-cv',
      preamble: '\\name{X}{Y}',
      section: (t) => `\\cvsection{${t}}`,
      open: '\\begin{cventries}',
      close: '\\end{cventries}',
      role: (r, d, lang) =>
        `\\cventry\n  {${r.title}} % Job title\n  {${r.employer}} % Organization\n  {${r.city}} % Location\n  {${d}} % Date(s)\n  {\n    \\begin{cvitems}\n      \\item {${DUTY[lang]}}\n    \\end{cvitems}\n  }`,
      school: (s) => `\\cventry\n  {${s.degree}}\n  {${s.school}}\n  {${s.city}}\n  {${years(s)}}\n  {}`,
    }),
  },
  {
    name: "Jake's-résumé-like \\entryHead{title}{dates}{company}{place}, defined in the file",
    parts: () => ({
      cls: 'article',
      preamble: JAKE_PREAMBLE,
      open: '\\entriesBegin',
      close: '\\entriesEnd',
      role: (r, d, lang) =>
        `  \\entryHead\n    {${r.title}}{${d}}\n    {${r.employer}}{${r.city}}\n    \\pointsBegin\n      \\entryPoint{${DUTY[lang]}}\n    \\pointsEnd`,
      school: (s) => `  \\entryHead\n    {${s.school}}{${s.city}}\n    {${s.degree}}{${years(s)}}`,
    }),
  },
  {
    name: "Jake's-résumé-like \\entryHead{company}{place}{title}{dates}, defined in the file",
    parts: () => ({
      cls: 'article',
      preamble: JAKE_PREAMBLE,
      open: '\\entriesBegin',
      close: '\\entriesEnd',
      role: (r, d, lang) =>
        `  \\entryHead\n    {${r.employer}}{${r.city}}\n    {${r.title}}{${d}}\n    \\pointsBegin\n      \\entryPoint{${DUTY[lang]}}\n    \\pointsEnd`,
      school: (s) => `  \\entryHead\n    {${s.school}}{${s.city}}\n    {${s.degree}}{${years(s)}}`,
    }),
  },
  {
    name: "Jake's-résumé-like \\entryHead{company}{dates}{title}{place}, defined in the file",
    parts: () => ({
      cls: 'article',
      preamble: JAKE_PREAMBLE,
      open: '\\entriesBegin',
      close: '\\entriesEnd',
      role: (r, d) => `  \\entryHead\n    {${r.employer}}{${d}}\n    {${r.title}}{${r.city}}`,
      school: (s) => `  \\entryHead\n    {${s.school}}{${years(s)}}\n    {${s.degree}}{${s.city}}`,
    }),
  },
  {
    name: "Jake's-résumé-like \\entryHead{company}{place}{title}{dates} on one line of the file",
    parts: () => ({
      cls: 'article',
      preamble: JAKE_PREAMBLE,
      open: '\\entriesBegin',
      close: '\\entriesEnd',
      role: (r, d) => `  \\entryHead{${r.employer}}{${r.city}}{${r.title}}{${d}}`,
      school: (s) => `  \\entryHead{${s.school}}{${s.city}}{${s.degree}}{${years(s)}}`,
    }),
  },
  {
    name: "Jake's-résumé-like \\entryHead{title}{dates}{company}{place} on one line of the file",
    parts: () => ({
      cls: 'article',
      preamble: JAKE_PREAMBLE,
      open: '\\entriesBegin',
      close: '\\entriesEnd',
      role: (r, d) => `  \\entryHead{${r.title}}{${d}}{${r.employer}}{${r.city}}`,
      school: (s) => `  \\entryHead{${s.school}}{${s.city}}{${s.degree}}{${years(s)}}`,
    }),
  },
  {
    name: 'AltaCV \\cvevent{title}{organisation}{dates}{place}',
    parts: () => ({
      cls: 'article',
      preamble: ALTACV_PREAMBLE,
      section: (t) => `\\cvsection{${t}}`,
      role: (r, d, lang) =>
        `\\cvevent{${r.title}}{${r.employer}}{${d}}{${r.city}}\n\\begin{itemize}\n\\item ${DUTY[lang]}\n\\end{itemize}\n\\divider\n`,
      school: (s) => `\\cvevent{${s.degree}}{${s.school}}{${years(s)}}{${s.city}}\n\\divider\n`,
    }),
  },
  {
    name: 'Deedy \\runsubsection{Employer}\\descript{| Title}\\location{dates | place}',
    parts: () => ({
      cls: 'deedy-resume',
      section: (t) => `\\section{${t}}`,
      role: (r, d, lang) =>
        `\\runsubsection{${r.employer}}\n\\descript{| ${r.title}}\n\\location{${d} | ${r.city}}\n\\begin{tightemize}\n\\item ${DUTY[lang]}\n\\end{tightemize}\n\\sectionsep\n`,
      school: (s) =>
        `\\subsection{${s.school}}\n\\descript{${s.degree}}\n\\location{${years(s)} | ${s.city}}\n\\sectionsep\n`,
    }),
  },
  {
    name: 'Friggeri \\entry{years}{title}{organisation}{description}',
    parts: () => ({
      cls: 'friggeri-cv',
      open: '\\begin{entrylist}',
      close: '\\end{entrylist}',
      role: (r, d, lang) =>
        `  \\entry\n    {${d.replace(/ -- /, '--')}}\n    {${r.title}}\n    {${r.employer}, ${r.city}}\n    {${DUTY[lang]}}`,
      school: (s) => `  \\entry\n    {${s.years[0]}--${s.years[1]}}\n    {${s.degree}}\n    {${s.school}}\n    {}`,
    }),
  },
  {
    name: 'twenty-seconds \\twentyitem{dates}{place}{title}{description}',
    parts: () => ({
      cls: 'twentysecondcv',
      open: '\\begin{twenty}',
      close: '\\end{twenty}',
      role: (r, d, lang) => `  \\twentyitem{${d}}{${r.employer}, ${r.city}}{${r.title}}{${DUTY[lang]}}`,
      school: (s) => `  \\twentyitem{${years(s)}}{${s.school}, ${s.city}}{${s.degree}}{}`,
    }),
  },
  {
    name: 'res.cls \\begin{rSubsection}{Employer}{dates}{title}{place}',
    parts: () => ({
      cls: 'resume',
      section: (t) => `\\begin{rSection}{${t}}`,
      role: (r, d, lang) =>
        `\\begin{rSubsection}{${r.employer}}{${d}}{${r.title}}{${r.city}}\n\\item ${DUTY[lang]}\n\\end{rSubsection}`,
      school: (s) => `{\\bf ${s.school}} \\hfill {${years(s)}}\\\\\n${s.degree}\n`,
      close: '\\end{rSection}',
    }),
  },
  {
    name: 'europasscv \\ecvtitle{dates}{title} over \\ecvitem{}{employer, city}',
    parts: (p) => ({
      cls: 'europasscv',
      preamble: `\\usepackage[utf8]{inputenc}\n\\ecvname{${p.name.split(' ').slice(1).join(' ')}, ${p.name.split(' ')[0]}}`,
      header: () => '\\begin{europasscv}\n\\ecvpersonalinfo',
      section: (t) => `\\ecvsection{${t}}`,
      role: (r, d, lang) =>
        `\\ecvtitle{${d}}{${r.title}}\n\\ecvitem{}{${r.employer}, ${r.city}}\n\\ecvitem{}{${DUTY[lang]}}`,
      school: (s) => `\\ecvtitle{${years(s)}}{${s.degree}}\n\\ecvitem{}{${s.school}, ${s.city}}`,
    }),
  },
  {
    name: 'plain \\textbf{Employer} \\hfill dates \\\\ \\textit{Title}',
    parts: () => ({
      cls: 'article',
      preamble: '\\usepackage[utf8]{inputenc}',
      role: (r, d, lang) =>
        `\\noindent\\textbf{${r.employer}}, ${r.city} \\hfill ${d} \\\\\n\\textit{${r.title}}\n\\begin{itemize}\n\\item ${DUTY[lang]}\n\\end{itemize}\n`,
      school: (s) => `\\noindent\\textbf{${s.school}}, ${s.city} \\hfill ${years(s)} \\\\\n\\textit{${s.degree}}\n`,
    }),
  },
  {
    name: 'plain \\subsection*{Title} per role, "Employer, City \\hfill dates" under it',
    parts: () => ({
      cls: 'article',
      preamble: '\\usepackage[utf8]{inputenc}',
      role: (r, d, lang) => `\\subsection*{${r.title}}\n${r.employer}, ${r.city} \\hfill ${d}\n\n${DUTY[lang]}\n`,
      school: (s) => `\\subsection*{${s.degree}}\n${s.school}, ${s.city} \\hfill ${years(s)}\n`,
    }),
  },
  {
    name: 'plain tabular rows "dates & \\textbf{Title}, Employer, City \\\\"',
    parts: () => ({
      cls: 'article',
      preamble: '\\usepackage[utf8]{inputenc}',
      open: '\\begin{tabular}{p{3cm}p{12cm}}',
      close: '\\end{tabular}',
      role: (r, d) => `${d} & \\textbf{${r.title}}, ${r.employer}, ${r.city} \\\\`,
      school: (s) => `${years(s)} & \\textbf{${s.degree}}, ${s.school}, ${s.city} \\\\`,
    }),
  },
  {
    name: "the file's own \\def\\job#1#2#3#4 {employer}{title}{place}{dates}",
    parts: () => ({
      cls: 'article',
      preamble:
        '\\usepackage[utf8]{inputenc}\n\\def\\job#1#2#3#4{\\noindent{\\bfseries #1} \\hfill #4\\\\\n{\\itshape #2}, #3\\par\\smallskip}',
      role: (r, d) => `\\job{${r.employer}}{${r.title}}{${r.city}}{${d}}`,
      school: (s) => `\\job{${s.school}}{${s.degree}}{${s.city}}{${years(s)}}`,
    }),
  },
];

export function latexSourceCvs(): LatexSourceCv[] {
  return TEMPLATES.flatMap((template, t) =>
    [PEOPLE, PLAIN].flatMap((people, plain) =>
      LANGUAGES.map((lang) => {
        const p = people[lang];
        return {
          template: template.name,
          plain: plain === 1,
          file: `latex-${String(t).padStart(2, '0')}-${plain ? 'plain-' : ''}${lang}.tex`,
          text: cv(p, template.parts(p)),
          roles: p.roles.map((r) => ({
            employer: r.employer,
            title: r.title,
            start: iso(r.start),
            ...(r.end ? { end: iso(r.end) } : {}),
          })),
          schools: p.schools.map((s) => ({ institution: s.school, degree: s.degree })),
        };
      }),
    ),
  );
}
