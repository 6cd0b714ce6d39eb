/**
 * Synthetic layout bench, CVs written from the templates people publish: the LaTeX classes
 * Awesome-CV (`\cventry{title}{employer}{place}{dates}{…}`), AltaCV (`\cvevent`), Friggeri
 * (`\entry{years}{title}{employer}{…}`), twentysecondcv (`\twentyitem`), Deedy (`\runsubsection`,
 * `\descript`, `\location`) and a plain article with `\hfill` dates; LinkedIn's "Save to PDF"
 * export (sidebar, employer line over title line, durations, several roles under one employer);
 * Word and Google Docs résumé templates (dates after a tab on the title line, capitals months);
 * Markdown with "Title @ Employer" and an employer heading over several dated roles.
 */
import { makeDocx, paragraph, bullet } from '../../scripts/synthetic/docxFixture.js';
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import {
  BULLETS,
  DATE_FORMS,
  type ExpectedRole,
  expectedOf,
  head,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
} from './syntheticCvs.js';

const monYear = DATE_FORMS['Mon YYYY - Mon YYYY']!;
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
    const written = monYear(r.start, r.end);
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
    const written = monYear(r.start, r.end);
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

/** A Word résumé template: "Title, Employer", the dates after a tab; or Google Docs' "Employer, City — Title". */
export function wordTemplateCv(p: Person, google: boolean): SyntheticCv {
  const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`), paragraph('EXPERIENCE', 'Heading1')];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = monYear(r.start, r.end);
    if (google) {
      const dates = paragraph(written.text.toUpperCase());
      body.push(paragraph(`${r.employer}, ${r.city} — ${r.title}`, 'Heading2'), dates);
    } else body.push(paragraph(`${r.title}, ${r.employer}\t${written.text}`, 'Heading2'));
    body.push(bullet(BULLETS[0]!), bullet(BULLETS[1]!));
    work.push(roleExpected(r, written));
  }
  body.push(paragraph('EDUCATION', 'Heading1'));
  for (const s of p.schools) {
    if (google)
      body.push(
        paragraph(`${s.institution}, Leeds — ${s.degree}`, 'Heading2'),
        paragraph(`${s.start.year} - ${s.end.year}`),
      );
    else body.push(paragraph(`${s.degree}, ${s.institution}\t${s.start.year} – ${s.end.year}`, 'Heading2'));
  }
  body.push(paragraph('SKILLS', 'Heading1'), paragraph(p.skills.join(', ')));
  body.push(
    paragraph('LANGUAGES', 'Heading1'),
    paragraph(p.languages.map((l) => `${l.language} (${l.level})`).join(', ')),
  );
  const className = google ? 'DOCX: Google Docs template' : 'DOCX: Word template, dates after a tab';
  return { className, file: 'cv.docx', text: makeDocx(body.join('')), expected: expectedOf(p, work) };
}

/** Markdown as people write it by hand: "Title @ Employer", or an employer heading over each title and its dates. */
export function markdownHandCv(p: Person, form: 0 | 1 | 2 | 3): SyntheticCv {
  const lines = [...head(p, true), '## Experience', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = monYear(r.start, r.end);
    if (form === 0) lines.push(`### ${r.title} @ ${r.employer}`, `_${written.text}_`);
    else if (form === 1) lines.push(`### ${r.employer}`, `**${r.title}**`, `*${written.text}* · ${r.city}`);
    else if (form === 2) lines.push(`**${r.employer}**, ${r.city} — *${r.title}*  `, `${written.text}`);
    // Only the type sets the employer and the title apart.
    else lines.push(`**${r.employer}** *${r.title}*  `, `${written.text}`);
    lines.push('', `- ${BULLETS[0]}`, `- ${BULLETS[2]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', true));
  const className = [
    'Markdown: Title @ Employer',
    'Markdown: employer heading, title line, dates line',
    'Markdown: **Employer**, City — *Title*',
    'Markdown: **Employer** *Title*',
  ][form]!;
  return { className, file: 'cv.md', text: lines.join('\n'), expected: expectedOf(p, work) };
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
    const written = monYear(r.start, r.end);
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
    const written = monYear(r.start, r.end);
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

/** Degrees as US, UK, Indian and continental CVs abbreviate them, beyond the bench's usual ten. */
const MORE_DEGREES = [
  'Ph.D. in Economics',
  'A.B. in History',
  'S.M. in Physics',
  'M.F.A. in Creative Writing',
  'B.Tech in Computer Science',
  'M.Phil. in Linguistics',
  'Dipl.-Ing. Elektrotechnik',
  'MPH in Epidemiology',
  'B.Com in Accounting',
  'MCA in Computer Applications',
  'Ed.D. in Education',
  'B.S.E. in Civil Engineering',
];

/** Schools with degrees from the wider list, one layout per class: a list line, or school over degree. */
export function degreeWordsCv(p: Person, seed: number, layout: 'list' | 'school over degree'): SyntheticCv {
  const schools = p.schools.map((s, i) => ({ ...s, degree: MORE_DEGREES[(seed + i * 5) % MORE_DEGREES.length]! }));
  const lines = [...head(p, true), '## Experience', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = monYear(r.start, r.end);
    lines.push(`### ${r.title}, ${r.employer}`, written.text, `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push('## Education', '');
  for (const s of schools) {
    if (layout === 'list') lines.push(`- ${s.degree}, ${s.institution}, ${s.end.year}`);
    else lines.push(`**${s.institution}** | ${s.start.year} – ${s.end.year}  `, `${s.degree}`, '');
  }
  lines.push('', '## Skills', p.skills.join(', '), '', '## Languages');
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '));
  const education = schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  return {
    className: `degree words: ${layout}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work, education),
  };
}

/** Titles outside engineering, each a trade's own agent noun; employers with coined names and no "Inc." or "Labs". */
const TRADE_TITLES = [
  'Accountant',
  'Staff Attorney',
  'Journalist',
  'Pharmacist',
  'Translator',
  'Recruiter',
  'QA Tester',
  'Copywriter',
  'Statistician',
  'Librarian',
  'Strategist',
  'Illustrator',
];
/** Titles no word list can be expected to hold: only the heading's "at" or "@" tells which part is the title. */
const UNLISTED_TITLES = ['Growth Hacker', 'Scrum Master', 'Sommelier', 'Barista', 'Storyteller', 'Ombudsman'];
const COINED_EMPLOYERS = ['Zentrix', 'Omnivale', 'Quillon', 'Marrowby', 'Fennick & Hale', 'Tovarra', 'Ostrel'];

/** "Title, Employer" and "Title at Employer" with titles and employers no list names. */
export function tradeTitlesCv(
  p: Person,
  seed: number,
  order: 'Title, Employer' | 'Title at Employer' | 'unlisted Title @ Employer',
): SyntheticCv {
  const titles = order === 'unlisted Title @ Employer' ? UNLISTED_TITLES : TRADE_TITLES;
  const lines = [...head(p, true), '## Experience', ''];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const role = {
      ...r,
      title: titles[(seed + i * 7) % titles.length]!,
      employer: COINED_EMPLOYERS[(seed + i * 3) % COINED_EMPLOYERS.length]!,
    };
    const written = monYear(role.start, role.end);
    const join = { 'Title, Employer': ', ', 'Title at Employer': ' at ', 'unlisted Title @ Employer': ' @ ' }[order];
    const heading = `${role.title}${join}${role.employer}`;
    lines.push(`### ${heading}`, written.text, `- ${BULLETS[1]}`, '');
    work.push(roleExpected(role, written));
  });
  lines.push(...restOf(p, 'en', true));
  return { className: `trade titles: ${order}`, file: 'cv.md', text: lines.join('\n'), expected: expectedOf(p, work) };
}

export type NestedForm = 'employer ##, titles ###' | 'field per heading level' | 'HTML blocks in Markdown';

/** Markdown whose headings nest the fields: employer over its titles, one heading level a field, or HTML blocks. */
export function nestedMarkdownCv(p: Person, form: NestedForm): SyntheticCv {
  const lines = [`# ${p.name}`, `${p.email} · ${p.phone}`, ''];
  const work: ExpectedRole[] = [];
  const roles = p.roles.map((r) => ({ r, written: monYear(r.start, r.end) }));
  if (form === 'employer ##, titles ###') {
    lines.push('# Experience', '');
    // The first employer holds the first two roles: a promotion, each title under it with its dates.
    const groups = [roles.slice(0, 2), ...roles.slice(2).map((x) => [x])];
    for (const group of groups) {
      const employer = group[0]!.r.employer;
      lines.push(`## ${employer}`, '');
      for (const { r, written } of group) {
        lines.push(`### ${r.title}`, `_${written.text}_`, '', `- ${BULLETS[0]}`, '');
        work.push(roleExpected({ ...r, employer }, written));
      }
    }
  } else if (form === 'field per heading level') {
    lines.push('## Experience', '');
    for (const { r, written } of roles) {
      lines.push(`### ${r.title}`, `#### ${r.employer} · ${r.city}`, `##### ${written.text}`, '', BULLETS[1]!, '');
      work.push(roleExpected(r, written));
    }
  } else {
    lines.push('## Experience', '');
    for (const { r, written } of roles) {
      lines.push('<div class="job">', `  <h3>${r.employer}</h3>`, `  <p class="title">${r.title}</p>`);
      lines.push(`  <span class="date">${written.text}</span>`, `  <p>${BULLETS[2]}</p>`, '</div>', '');
      work.push(roleExpected(r, written));
    }
  }
  lines.push('## Education', '');
  for (const s of p.schools) lines.push(`### ${s.institution}`, `${s.degree}, ${s.start.year} – ${s.end.year}`, '');
  lines.push('## Skills', p.skills.join(', '), '', '## Languages');
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '));
  return {
    className: `Markdown nesting: ${form}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

export type WordRuns = 'tab element before dates' | 'line breaks in one paragraph' | 'bold employer, italic title runs';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, style = '') =>
  `<w:r>${style ? `<w:rPr>${style}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;

/** Word's own markup in a paragraph: `<w:tab/>` before right-aligned dates, `<w:br/>` breaks, bold and italic runs. */
export function wordRunsCv(p: Person, form: WordRuns): SyntheticCv {
  const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`), paragraph('Experience', 'Heading1')];
  const work: ExpectedRole[] = [];
  const entry = (what: string, where: string, dates: string) => {
    if (form === 'tab element before dates')
      return `<w:p>${run(`${what}, ${where}`)}<w:r><w:tab/></w:r>${run(dates)}</w:p>`;
    if (form === 'line breaks in one paragraph')
      return `<w:p>${run(where, '<w:b/>')}<w:r><w:br/></w:r>${run(what)}<w:r><w:br/></w:r>${run(dates)}</w:p>`;
    return `<w:p>${run(where, '<w:b/>')}${run(`  ${what}`, '<w:i/>')}</w:p>${paragraph(dates)}`;
  };
  for (const r of p.roles) {
    const written = monYear(r.start, r.end);
    body.push(entry(r.title, r.employer, written.text), bullet(BULLETS[0]!));
    work.push(roleExpected(r, written));
  }
  body.push(paragraph('Education', 'Heading1'));
  for (const s of p.schools) body.push(entry(s.degree, s.institution, `${s.start.year} – ${s.end.year}`));
  body.push(paragraph('Skills', 'Heading1'), paragraph(p.skills.join(', ')));
  body.push(
    paragraph('Languages', 'Heading1'),
    paragraph(p.languages.map((l) => `${l.language} (${l.level})`).join(', ')),
  );
  return {
    className: `DOCX runs: ${form}`,
    file: 'cv.docx',
    text: makeDocx(body.join('')),
    expected: expectedOf(p, work),
  };
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
    const written = monYear(r.start, r.end);
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
    const written = monYear(r.start, r.end);
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
