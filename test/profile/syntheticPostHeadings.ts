/**
 * Synthetic classes for roles under headings met on academic, clinical and European CVs
 * ("Research Appointments" inside "Research Experience", "Posts Held", "Experience (continued)",
 * "Berufliche Tätigkeit", "Activités professionnelles", "Experiencia profesional relevante"), and
 * for US templates that put "City, ST" beside the employer ("Denver, CO": a state, not a company).
 * All people, employers and places are invented.
 */
import {
  type ExpectedRole,
  expectedOf,
  head,
  HEADINGS,
  type Lang,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  person,
  MON_YEAR,
} from './syntheticCvs.js';
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';

/** Headings that name a CV's posts in words the plain experience headings lack. */
const POST_HEADINGS: Record<Lang, readonly string[]> = {
  en: [
    'Research Appointments',
    'Teaching and Research Positions',
    'Experience (continued)',
    'Employment Record',
    'Clinical Experience',
    'Posts Held',
    'Research & Professional Experience',
  ],
  de: ['Berufliche Tätigkeit', 'Beruflicher und wissenschaftlicher Werdegang', 'Praxiserfahrung'],
  fr: ['Activités professionnelles', 'Situation professionnelle', 'Carrière académique'],
  es: ['Experiencia profesional relevante', 'Historial de empleo', 'Experiencia profesional y académica'],
  pt: ['Experiência profissional relevante', 'Vínculos profissionais', 'Experiência profissional e académica'],
};

/**
 * "Title, Employer, Mar 2019 – Jun 2021" under one of POST_HEADINGS; in Markdown the heading may
 * sit under a broader one ("## Research Experience" / "### Research Appointments").
 */
function postHeadingCv(p: Person, lang: Lang, heading: string, k: number): SyntheticCv {
  const markdown = k % 2 === 0;
  const lines = [...head(p, markdown)];
  if (markdown && k % 4 === 0) lines.push('## Research Experience', '', `### ${heading}`, '');
  else lines.push(markdown ? `## ${heading}` : heading.toUpperCase(), '');
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(`${markdown ? `**${r.title}**` : r.title}, ${r.employer}, ${written.text}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, lang, markdown));
  return {
    className: 'roles under a qualified or continued experience heading',
    file: markdown ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Two capitals after a US city: states whose codes are words of their own (CO, IN, OR, ME…). */
const STATES = ['Denver, CO', 'Boulder, CO', 'Gary, IN', 'Salem, OR', 'Portland, ME', 'Dover, DE'] as const;

/** The widespread LaTeX template's role: title and dates on a row, "Employer" and "City, ST" under them. */
function stateCodeCv(p: Person, k: number): SyntheticCv {
  const lines = [
    String.raw`\documentclass[letterpaper,11pt]{article}`,
    String.raw`\newcommand{\resumeSubheading}[4]{\item \textbf{#1} \hfill #2 \\ \textit{#3} \hfill \textit{#4}}`,
    String.raw`\begin{document}`,
    String.raw`\begin{center}\textbf{\Huge ${p.name}} \\ \small ${p.email} $|$ ${p.phone}\end{center}`,
    String.raw`\section{Experience}`,
    String.raw`\begin{itemize}`,
  ];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const written = MON_YEAR(r.start, r.end);
    const dates = written.text.replace(/ [–-] /, ' -- ');
    const employer = r.employer.replace(/&/g, String.raw`\&`);
    lines.push(String.raw`\resumeSubheading{${r.title}}{${dates}}{${employer}}{${STATES[(k + i) % STATES.length]}}`);
    work.push(roleExpected(r, written));
  });
  lines.push(String.raw`\end{itemize}`, String.raw`\section{Education}`, String.raw`\begin{itemize}`);
  for (const s of p.schools)
    lines.push(
      String.raw`\resumeSubheading{${s.institution}}{Boston, MA}{${s.degree}}{${s.start.year} -- ${s.end.year}}`,
    );
  lines.push(String.raw`\end{itemize}`, String.raw`\section{Skills}`, p.skills.join(', '), String.raw`\end{document}`);
  return {
    className: 'role: employer beside "City, ST" (a US state code)',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: { ...expectedOf(p, work), languages: [] },
  };
}

/** How each language writes a role still held after its start year, the words only after it. */
const STILL_HELD: Record<Lang, readonly ((year: number) => string)[]> = {
  en: [(y) => `${y} onwards`, (y) => `${y} – till present`],
  de: [(y) => `${y} – bis heute`],
  fr: [(y) => `${y} – à ce jour`],
  es: [(y) => `${y} – actualmente`, (y) => `${y} – hasta la fecha`],
  pt: [(y) => `${y} – até o momento`],
};

/** "Title, Employer (2019 onwards)": the current role's end is a word; earlier roles have two years. */
function stillHeldCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const lines = [...head(p, true), `## ${HEADINGS[lang].work}`, ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const forms = STILL_HELD[lang];
    const text = r.end ? `${r.start.year} – ${r.end.year}` : forms[k % forms.length]!(r.start.year);
    lines.push(`- ${r.title}, ${r.employer} (${text})`);
    work.push({
      employer: r.employer,
      title: r.title,
      start: String(r.start.year),
      ...(r.end ? { end: String(r.end.year) } : {}),
    });
  }
  lines.push('', ...restOf(p, lang, true));
  return {
    className: 'role still held: an end word after the start year',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** "Research Department", "Département d'économie": the unit an academic or an economist sat in. */
const UNITS: Record<Lang, readonly string[]> = {
  en: ['Research Department', 'Department of Economics', 'Monetary Policy Division'],
  de: ['Lehrstuhl für Volkswirtschaft', 'Abteilung für Statistik'],
  fr: ["Département d'économie", 'Faculté de droit'],
  es: ['Departamento de Economía', 'Facultad de Derecho'],
  pt: ['Departamento de Economia', 'Faculdade de Direito'],
};

/**
 * A numbered list of posts, each "1. 2012 – 2016: Title, Unit, Employer" or "Unit, Employer, Title,
 * 2012 – 2016": the list's number and the unit belong to neither the dates nor the employer.
 */
function numberedUnitCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const lines = [...head(p, true), `## ${HEADINGS[lang].work}`, ''];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const unit = UNITS[lang][(k + i) % UNITS[lang].length]!;
    const years = `${r.start.year} – ${r.end ? r.end.year : 2025}`;
    const entry =
      k % 2 === 0 ? `${years}: ${r.title}, ${unit}, ${r.employer}` : `${unit}, ${r.employer}, ${r.title}, ${years}`;
    lines.push(`${i + 1}. ${entry}`);
    work.push({
      employer: r.employer,
      title: r.title,
      start: String(r.start.year),
      end: String(r.end ? r.end.year : 2025),
    });
  });
  lines.push('', ...restOf(p, lang, true));
  return {
    className: 'numbered posts with the unit beside the employer',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

const latin = (text: string) => text.replace(/[–—]/g, '-');

/**
 * moderncv's classic layout as a PDF: each role's dates in a narrow left column on the title's row,
 * the employer on the row under the title; a long heading across both columns (the name and contact
 * line over the left one pair with nothing on the right).
 */
function dateColumnPdfCv(p: Person, lang: Lang): SyntheticCv {
  // A short address stays inside the date column's width, as the name and contact lines do in the template.
  const email = `${p.name
    .split(' ')[0]!
    .normalize('NFKD')
    .replace(/[^a-z]/gi, '')
    .toLowerCase()}@ex.org`;
  const texts: PlacedText[] = [
    { x: 50, y: 760, size: 16, text: p.name },
    { x: 50, y: 742, size: 10, text: email },
  ];
  let y = 710;
  const heading = (text: string) => {
    texts.push({ x: 50, y, size: 12, text: text.toUpperCase() });
    y -= 20;
  };
  const entry = (left: string, first: string, second?: string) => {
    texts.push({ x: 50, y, size: 10, text: left }, { x: 160, y, size: 10, text: first });
    if (second) texts.push({ x: 160, y: y - 13, size: 10, text: second });
    y -= second ? 34 : 20;
  };
  heading([...POST_HEADINGS[lang]].sort((a, b) => b.length - a.length)[0]!);
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    entry(written.text, r.title, r.employer);
    work.push(roleExpected(r, written));
  }
  heading(HEADINGS[lang].education);
  for (const s of p.schools) entry(String(s.end.year), `${s.degree}, ${s.institution}`);
  heading(HEADINGS[lang].skills);
  for (let i = 0; i < p.skills.length; i += 3) entry('', p.skills.slice(i, i + 3).join(', '));
  return {
    className: 'PDF: dates in a left column on the title row',
    file: 'cv.pdf',
    text: makePdf([{ texts: texts.filter((t) => t.text).map((t) => ({ ...t, text: latin(t.text) })) }]),
    expected: { ...expectedOf(p, work), email, phone: '', languages: [] },
  };
}

const tex = (text: string) => text.replace(/&/g, String.raw`\&`);

/**
 * moderncv with roles written both ways in one section: "\cvitem{2015--2019}{Title, Employer}" (read
 * as a list item) and "\cventry{2012--2015}{Title}{Employer}{}{}{}" (read as an entry's head).
 */
function cvitemRolesCv(p: Person, lang: Lang): SyntheticCv {
  const [first, last] = [p.name.split(' ')[0]!, p.name.split(' ').slice(1).join(' ')];
  const lines = [
    String.raw`\documentclass{moderncv}`,
    String.raw`\moderncvstyle{classic}`,
    String.raw`\name{${first}}{${last}}`,
    String.raw`\email{${p.email}}`,
    String.raw`\phone{${p.phone}}`,
    String.raw`\begin{document}`,
    String.raw`\makecvtitle`,
    String.raw`\section{${HEADINGS[lang].work}}`,
  ];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const years = `${r.start.year}--${r.end ? r.end.year : r.start.year}`;
    const last = i === p.roles.length - 1;
    lines.push(
      last
        ? String.raw`\cventry{${years}}{${tex(r.title)}}{${tex(r.employer)}}{}{}{}`
        : String.raw`\cvitem{${years}}{${tex(r.title)}, ${tex(r.employer)}}`,
    );
    const end = String(r.end ? r.end.year : r.start.year);
    work.push({ employer: r.employer, title: r.title, start: String(r.start.year), end });
  });
  lines.push(String.raw`\section{${HEADINGS[lang].education}}`);
  for (const s of p.schools)
    lines.push(String.raw`\cventry{${s.end.year}}{${tex(s.degree)}}{${tex(s.institution)}}{}{}{}`);
  lines.push(
    String.raw`\section{${HEADINGS[lang].skills}}`,
    String.raw`\cvitem{}{${p.skills.join(', ')}}`,
    String.raw`\end{document}`,
  );
  return {
    className: String.raw`LaTeX: \cvitem roles before a \cventry role`,
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: { ...expectedOf(p, work), languages: [] },
  };
}

export function postHeadingClasses(): SyntheticCv[] {
  const langs = Object.keys(POST_HEADINGS) as Lang[];
  const headed = langs.flatMap((lang, l) =>
    POST_HEADINGS[lang].map((heading, k) => postHeadingCv(person(96_000 + l * 10 + k, lang), lang, heading, k)),
  );
  const states = Array.from({ length: 6 }, (_, k) => stateCodeCv(person(96_100 + k, 'en'), k));
  const held = Array.from({ length: 10 }, (_, k) => {
    const lang = langs[k % langs.length]!;
    return stillHeldCv(person(96_200 + k, lang), lang, Math.floor(k / langs.length));
  });
  const numbered = Array.from({ length: 10 }, (_, k) => {
    const lang = langs[k % langs.length]!;
    return numberedUnitCv(person(96_300 + k, lang), lang, Math.floor(k / langs.length) + k);
  });
  const dateColumn = Array.from({ length: 6 }, (_, k) => {
    const lang = langs[k % langs.length]!;
    return dateColumnPdfCv(person(96_400 + k, lang), lang);
  });
  const cvitems = Array.from({ length: 6 }, (_, k) => {
    const lang = langs[k % langs.length]!;
    return cvitemRolesCv(person(96_500 + k, lang), lang);
  });
  return [...headed, ...states, ...held, ...numbered, ...dateColumn, ...cvitems];
}
