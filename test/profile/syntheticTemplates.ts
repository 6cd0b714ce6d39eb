/**
 * Synthetic layout bench, CVs written from the templates people publish: the LaTeX classes
 * Awesome-CV (`\cventry{title}{employer}{place}{dates}{…}`), AltaCV (`\cvevent`), Friggeri
 * (`\entry{years}{title}{employer}{…}`), twentysecondcv (`\twentyitem`), Deedy (`\runsubsection`,
 * `\descript`, `\location`) and a plain article with `\hfill` dates; LinkedIn's "Save to PDF"
 * export (sidebar, employer line over title line, durations, several roles under one employer);
 * LaTeX entries without an entry command (`\cvitem`, `\item[years]`, bold lines, a table); PDFs
 * with a dates column off the roles' baselines, and two pages with a sidebar on the right.
 */
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import {
  BULLETS,
  EN_MONTH_NAMES,
  type ExpectedRole,
  expectedOf,
  type Person,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

const tex = (text: string) => text.replace(/&/g, '\\&');
const texDates = (text: string) => text.replace(/ - /, ' -- ');
const latin = (text: string) => text.replace(/[–—]/g, '-');

/** A LaTeX CV's frame around its experience and education entries. */
function latexCv(p: Person, cls: string, work: readonly string[], schools: readonly string[], section = 'section') {
  return [
    `\\documentclass[11pt]{${cls}}`,
    `\\name{${p.name}}`,
    `\\email{${p.email}}`,
    `\\phone{${p.phone}}`,
    '\\begin{document}',
    '\\makecvheader',
    `\\${section}{Experience}`,
    ...work,
    `\\${section}{Education}`,
    ...schools,
    `\\${section}{Skills}`,
    p.skills.join(', '),
    '',
    `\\${section}{Languages}`,
    p.languages.map((l) => `${l.language} (${l.level})`).join(', '),
    '\\end{document}',
  ].join('\n');
}

type LatexTemplate = 'Awesome-CV' | 'AltaCV' | 'Friggeri' | 'twentysecondcv' | 'Deedy' | 'article \\hfill';

/** One entry of a template: a role (title, employer, place, dates) or a school (degree, school, place, years). */
const LATEX_ENTRY: Record<LatexTemplate, (what: string, where: string, city: string, dates: string) => string[]> = {
  'Awesome-CV': (w, o, c, d) => [
    `\\cventry{${w}}{${o}}{${c}}{${d}}{`,
    '\\begin{cvitems}',
    `\\item {${BULLETS[0]}}`,
    '\\end{cvitems}',
    '}',
  ],
  AltaCV: (w, o, c, d) => [
    `\\cvevent{${w}}{${o}}{${d}}{${c}}`,
    `\\begin{itemize}`,
    `\\item ${BULLETS[1]}`,
    '\\end{itemize}',
    '\\divider',
    '',
  ],
  Friggeri: (w, o, _c, d) => [`\\entry{${d}}{${w}}{${o}}{${BULLETS[2]}}`],
  twentysecondcv: (w, o, _c, d) => [`\\twentyitem{${d}}{${w}}{${o}}{${BULLETS[0]}}`],
  Deedy: (w, o, c, d) => [
    `\\runsubsection{${o}}`,
    `\\descript{| ${w}}`,
    `\\location{${d} | ${c}}`,
    '\\begin{tightemize}',
    `\\item ${BULLETS[1]}`,
    '\\end{tightemize}',
    '\\sectionsep',
    '',
  ],
  'article \\hfill': (w, o, c, d) => [
    `\\textbf{${o}} \\hfill ${c} \\\\`,
    `\\textit{${w}} \\hfill ${d}`,
    '\\begin{itemize}',
    `\\item ${BULLETS[2]}`,
    '\\end{itemize}',
    '',
  ],
};

const LATEX_WRAP: Record<LatexTemplate, { cls: string; open?: string; close?: string; section?: string }> = {
  'Awesome-CV': { cls: 'awesome-cv', open: '\\begin{cventries}', close: '\\end{cventries}', section: 'cvsection' },
  AltaCV: { cls: 'altacv', section: 'cvsection' },
  Friggeri: { cls: 'friggeri-cv', open: '\\begin{entrylist}', close: '\\end{entrylist}' },
  twentysecondcv: { cls: 'twentysecondcv', open: '\\begin{twenty}', close: '\\end{twenty}' },
  Deedy: { cls: 'deedy-resume' },
  'article \\hfill': { cls: 'article' },
};

export function latexTemplateCv(p: Person, template: LatexTemplate): SyntheticCv {
  const entry = LATEX_ENTRY[template];
  const { cls, open, close, section } = LATEX_WRAP[template];
  const wrap = (lines: string[]) => [...(open ? [open] : []), ...lines, ...(close ? [close] : [])];
  const work: ExpectedRole[] = [];
  const roles = p.roles.flatMap((r) => {
    const written = MON_YEAR(r.start, r.end);
    work.push(roleExpected(r, written));
    return entry(r.title, tex(r.employer), r.city, texDates(written.text));
  });
  const schools = p.schools.flatMap((s) => entry(s.degree, s.institution, 'Leeds', `${s.start.year} -- ${s.end.year}`));
  return {
    className: `LaTeX template: ${template}`,
    file: 'cv.tex',
    text: latexCv(p, cls, wrap(roles), wrap(schools), section),
    expected: expectedOf(p, work),
  };
}

const MONTHS = EN_MONTH_NAMES;

/** "January 2019 - Present (2 years 3 months)", as LinkedIn writes a role's dates. */
function linkedinDates(r: Person['roles'][number]): string {
  const s = r.start;
  const e = r.end ?? { year: 2025, month: 6 };
  const months = (e.year - s.year) * 12 + (e.month ?? 1) - (s.month ?? 1) + 1;
  const y = Math.floor(months / 12);
  const m = months % 12;
  const span = [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean);
  const end = r.end ? `${MONTHS[(r.end.month ?? 1) - 1]} ${r.end.year}` : 'Present';
  return `${MONTHS[(s.month ?? 1) - 1]} ${s.year} - ${end} (${span.join(' ')})`;
}

/** LinkedIn's "Save to PDF": a sidebar (contact, top skills, languages), the main column's roles and schools. */
export function linkedinPdfCv(p: Person, k: number): SyntheticCv {
  const side = ['Contact', p.email, p.phone, '', 'Top Skills', ...p.skills, '', 'Languages'];
  side.push(
    ...p.languages.map(
      (l) => `${l.language} (${l.level === 'native' ? 'Native or Bilingual' : 'Professional Working'})`,
    ),
  );
  const main: string[] = [
    p.name,
    `${p.roles[0]!.title} at ${p.roles[0]!.employer}`,
    `${p.roles[0]!.city}`,
    '',
    'Experience',
  ];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    // The second person's first two roles sit under one employer, as LinkedIn groups a promotion.
    const grouped = k % 2 === 1 && i === 1;
    if (!grouped) main.push(r.employer);
    if (k % 2 === 1 && i === 0) main.push('4 years 2 months');
    main.push(r.title, linkedinDates(r), `${r.city}, Portugal`, BULLETS[i % 3]!, '');
    const written = MON_YEAR(r.start, r.end);
    work.push(roleExpected(grouped ? { ...r, employer: p.roles[0]!.employer } : r, written));
  });
  main.push('Education');
  for (const s of p.schools) main.push(s.institution, `${s.degree} · (${s.start.year} - ${s.end.year})`, '');
  const texts: PlacedText[] = [];
  side.forEach((text, i) => texts.push({ x: 30, y: 740 - i * 13, size: 9, text: latin(text) }));
  main.forEach((text, i) => texts.push({ x: 220, y: 750 - i * 13, size: i === 0 ? 20 : 10, text: latin(text) }));
  const expected = expectedOf(p, work);
  return { className: 'PDF: LinkedIn export', file: 'cv.pdf', text: makePdf([{ texts }]), expected };
}

export type PdfTemplate =
  | 'employer/place, title/dates'
  | 'title/dates, employer/place'
  | 'dates column, one line'
  | 'Deedy';

/** A line of a compiled template: left text, and what the template sets flush right. */
type Row = readonly [string, string?];

const PDF_ROWS: Record<PdfTemplate, (what: string, where: string, city: string, dates: string) => Row[]> = {
  'employer/place, title/dates': (w, o, c, d) => [
    [o, c],
    [w, d],
  ],
  'title/dates, employer/place': (w, o, c, d) => [
    [w, d],
    [o, c],
  ],
  'dates column, one line': (w, o, c, d) => [[`${d}\u0000${w}, ${o}, ${c}`]],
  Deedy: (w, o, c, d) => [[`${o.toUpperCase()} | ${w}`], [`${d} | ${c}`]],
};

/** A LaTeX template compiled to PDF: each entry's rows, with places and dates flush right or in a left column. */
export function pdfTemplateCv(p: Person, template: PdfTemplate): SyntheticCv {
  const texts: PlacedText[] = [
    { x: 50, y: 750, size: 18, text: p.name },
    { x: 50, y: 732, size: 9, text: `${p.email} | ${p.phone}` },
  ];
  let y = 705;
  const put = (row: Row) => {
    const [left, right] = row;
    const [dates, rest] = left.includes('\u0000') ? left.split('\u0000') : [undefined, left];
    if (dates) texts.push({ x: 50, y, size: 10, text: dates });
    texts.push({ x: dates ? 150 : 50, y, size: 10, text: rest! });
    if (right) texts.push({ x: 560 - right.length * 5, y, size: 10, text: right });
    y -= 13;
  };
  const heading = (text: string) => {
    y -= 6;
    texts.push({ x: 50, y, size: 12, text });
    y -= 16;
  };
  heading('Experience');
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    PDF_ROWS[template](r.title, r.employer, r.city, latin(written.text)).forEach(put);
    put([`• ${BULLETS[0]}`]);
    y -= 4;
    work.push(roleExpected(r, written));
  }
  heading('Education');
  for (const s of p.schools) {
    PDF_ROWS[template](s.degree, s.institution, 'Leeds', `${s.start.year} - ${s.end.year}`).forEach(put);
    y -= 4;
  }
  heading('Skills');
  put([p.skills.join(', ')]);
  heading('Languages');
  put([p.languages.map((l) => `${l.language} (${l.level})`).join(', ')]);
  return {
    className: `PDF template: ${template}`,
    file: 'cv.pdf',
    text: makePdf([{ texts: texts.map((t) => ({ ...t, text: latin(t.text) })) }]),
    expected: expectedOf(p, work),
  };
}

export type LatexEducation =
  | 'moderncv \\cvitem'
  | '\\item[years] list'
  | 'bold capitals heading, \\hfill'
  | 'tabular three columns';

/** LaTeX entries written without an entry command: moderncv's `\cvitem`, a labelled list, bold lines, a table. */
export function latexEducationCv(p: Person, form: LatexEducation): SyntheticCv {
  const work: ExpectedRole[] = [];
  const writtenRoles = p.roles.map((r) => {
    const written = MON_YEAR(r.start, r.end);
    work.push(roleExpected(r, written));
    return { r, d: texDates(written.text) };
  });
  const years = (s: Person['schools'][number]) => `${s.start.year}--${s.end.year}`;
  const entries: Record<LatexEducation, () => { roles: string[]; schools: string[] }> = {
    'moderncv \\cvitem': () => ({
      roles: writtenRoles.map(({ r, d }) => `\\cvitem{${d}}{\\textbf{${r.title}}, ${tex(r.employer)}, ${r.city}}`),
      schools: p.schools.map((s) => `\\cvitem{${years(s)}}{${s.degree}, \\textit{${s.institution}}}`),
    }),
    '\\item[years] list': () => ({
      roles: [
        '\\begin{description}',
        ...writtenRoles.map(({ r, d }) => `\\item[${d}] ${r.title}, ${tex(r.employer)}`),
        '\\end{description}',
      ],
      schools: [
        '\\begin{description}',
        ...p.schools.map((s) => `\\item[${years(s)}] ${s.degree}, ${s.institution}`),
        '\\end{description}',
      ],
    }),
    'bold capitals heading, \\hfill': () => ({
      roles: writtenRoles.flatMap(({ r, d }) => [
        `\\textbf{${tex(r.employer)}} \\hfill ${d} \\\\`,
        `\\emph{${r.title}}`,
        '',
      ]),
      schools: p.schools.flatMap((s) => [`\\textbf{${s.institution}} \\hfill ${years(s)} \\\\`, `${s.degree}`, '']),
    }),
    'tabular three columns': () => ({
      roles: [
        '\\begin{tabular}{lll}',
        ...writtenRoles.map(({ r, d }) => `${d} & ${r.title} & ${tex(r.employer)} \\\\`),
        '\\end{tabular}',
      ],
      schools: [
        '\\begin{tabular}{lll}',
        ...p.schools.map((s) => `${years(s)} & ${s.degree} & ${s.institution} \\\\`),
        '\\end{tabular}',
      ],
    }),
  };
  const { roles, schools } = entries[form]();
  const heading = (text: string) =>
    form === 'bold capitals heading, \\hfill'
      ? ['', `\\noindent\\textbf{\\large ${text.toUpperCase()}}`, '']
      : [`\\section*{${text}}`];
  const text = [
    '\\documentclass[11pt]{article}',
    '\\begin{document}',
    `{\\LARGE ${p.name}} \\\\`,
    `${p.email} \\quad ${p.phone}`,
    '',
    ...heading('Experience'),
    ...roles,
    ...heading('Education'),
    ...schools,
    ...heading('Skills'),
    p.skills.join(', '),
    ...heading('Languages'),
    p.languages.map((l) => `${l.language} (${l.level})`).join(', '),
    '\\end{document}',
  ].join('\n');
  return { className: `LaTeX entries: ${form}`, file: 'cv.tex', text, expected: expectedOf(p, work) };
}

/**
 * A PDF grid whose left column holds each entry's dates set between the baselines of its two
 * heading lines (centred on the entry, or a few points lower), so no date shares a baseline
 * with its role: only the rows' heights pair them.
 */
export function pdfOffsetDatesCv(p: Person, offset: number): SyntheticCv {
  const texts: PlacedText[] = [
    { x: 50, y: 750, size: 18, text: p.name },
    { x: 50, y: 732, size: 9, text: `${p.email} | ${p.phone}` },
  ];
  let y = 700;
  const heading = (text: string) => {
    texts.push({ x: 50, y, size: 12, text });
    y -= 20;
  };
  const entry = (dates: string, first: string, second: string, body?: string) => {
    texts.push({ x: 50, y: y - offset, size: 9, text: dates });
    texts.push({ x: 170, y, size: 10, text: first }, { x: 170, y: y - 13, size: 10, text: second });
    if (body) texts.push({ x: 170, y: y - 26, size: 10, text: body });
    y -= body ? 46 : 33;
  };
  heading('EXPERIENCE');
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    entry(latin(written.text), r.title, r.employer, `- ${BULLETS[1]}`);
    work.push(roleExpected(r, written));
  }
  heading('EDUCATION');
  for (const s of p.schools) entry(`${s.start.year} - ${s.end.year}`, s.degree, s.institution);
  heading('SKILLS');
  texts.push({ x: 50, y, size: 10, text: p.skills.join(', ') });
  y -= 24;
  heading('LANGUAGES');
  texts.push({ x: 50, y, size: 10, text: p.languages.map((l) => `${l.language} (${l.level})`).join(', ') });
  const className = `PDF: dates column off the baselines (${offset} pt)`;
  return { className, file: 'cv.pdf', text: makePdf([{ texts }]), expected: expectedOf(p, work) };
}

/**
 * Two pages with a footer ("Page 1 of 2") and a running head (the name) on the second, the break
 * falling inside the roles; the main column left and a sidebar on the right holding education.
 */
export function pdfPagedCv(p: Person, k: number): SyntheticCv {
  const main: string[] = ['EXPERIENCE'];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    main.push(r.employer, `${r.title} | ${latin(written.text)}`, `- ${BULLETS[0]}`, `- ${BULLETS[1]}`, '');
    work.push(roleExpected(r, written));
  }
  const side = [
    'EDUCATION',
    ...p.schools.flatMap((s) => [s.degree, s.institution, `${s.start.year} - ${s.end.year}`, '']),
  ];
  side.push('SKILLS', ...p.skills, '', 'LANGUAGES', ...p.languages.map((l) => `${l.language} (${l.level})`));
  const cut = 4 + (k % 3);
  const place = (lines: readonly string[], x: number, top: number) =>
    lines.map((text, i) => ({ x, y: top - i * 14, size: 10, text })).filter((t) => t.text);
  const first: PlacedText[] = [
    { x: 40, y: 755, size: 18, text: p.name },
    { x: 40, y: 738, size: 9, text: `${p.email} | ${p.phone}` },
    ...place(main.slice(0, cut), 40, 700),
    ...place(side, 400, 700),
    { x: 280, y: 30, size: 8, text: 'Page 1 of 2' },
  ];
  const second: PlacedText[] = [
    { x: 40, y: 765, size: 8, text: p.name },
    ...place(main.slice(cut), 40, 730),
    { x: 280, y: 30, size: 8, text: 'Page 2 of 2' },
  ];
  const text = makePdf([{ texts: first }, { texts: second }]);
  return { className: 'PDF: two pages, sidebar on the right', file: 'cv.pdf', text, expected: expectedOf(p, work) };
}
