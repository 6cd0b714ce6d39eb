/**
 * Synthetic layout bench, continued: whole-document layouts (Markdown tables, bullet lists, HTML
 * definition lists, Liquid include blocks, a two-column page as text, LaTeX `\cventry` and
 * `\resumeSubheading`, JSON Resume) and the classes that vary schools, languages and skills lines.
 */
import {
  BULLETS,
  DEGREES,
  type Expected,
  type ExpectedRole,
  expectedOf,
  HEADINGS,
  head,
  languageIn,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

function rolesWith(
  p: Person,
  row: (title: string, employer: string, dates: string) => string[],
): {
  lines: string[];
  work: ExpectedRole[];
} {
  const lines: string[] = [];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(...row(r.title, r.employer, written.text));
    work.push(roleExpected(r, written));
  }
  return { lines, work };
}

const md = (p: Person, className: string, body: string[], work: ExpectedRole[]): SyntheticCv => ({
  className,
  file: 'cv.md',
  text: [...head(p, true), '## Experience', '', ...body, '', ...restOf(p, 'en', true)].join('\n'),
  expected: expectedOf(p, work),
});

export function markdownTableCv(p: Person): SyntheticCv {
  const { lines, work } = rolesWith(p, (t, e, d) => [`| ${e} | ${t} | ${d} |`]);
  return md(p, 'layout: Markdown table', ['| Employer | Role | Dates |', '|---|---|---|', ...lines], work);
}

export function bulletListCv(p: Person): SyntheticCv {
  const { lines, work } = rolesWith(p, (t, e, d) => [`- **${t}**, ${e} (${d})`, `  - ${BULLETS[2]}`]);
  return md(p, 'layout: bullet list of roles', lines, work);
}

export function liquidCv(p: Person): SyntheticCv {
  const { lines, work } = rolesWith(p, (t, e, d) => [
    `{% include role.html company="${e}" position="${t}" dates="${d}" %}`,
  ]);
  return md(p, 'layout: Liquid include blocks', lines, work);
}

/** Two columns read across as text: each role line has the side column's words far to its right. */
export function twoColumnCv(p: Person): SyntheticCv {
  const side = ['SKILLS', ...p.skills.slice(0, 3), 'CONTACT', p.email];
  const { lines, work } = rolesWith(p, (t, e, d) => [e, t, d, BULLETS[0]!, '']);
  const body = lines.map((l, i) => (side[i] && l ? `${l.padEnd(58)}${side[i]}` : l));
  const text = [p.name, p.phone, '', 'EXPERIENCE', ...body, '', ...restOf(p, 'en', false)];
  return {
    className: 'layout: two columns as text',
    file: 'cv.txt',
    text: text.join('\n'),
    expected: expectedOf(p, work),
  };
}

export function htmlDlCv(p: Person): SyntheticCv {
  const { lines, work } = rolesWith(p, (t, e, d) => [`  <dt>${t}, ${e}</dt>`, `  <dd>${d}</dd>`]);
  const schools = p.schools.flatMap((s) => [
    `  <dt>${s.degree}, ${s.institution}</dt>`,
    `  <dd>${s.start.year} – ${s.end.year}</dd>`,
  ]);
  const text = [
    '<!DOCTYPE html>',
    `<html><head><title>${p.name}</title></head>`,
    '<body>',
    `<h1>${p.name}</h1>`,
    `<p>${p.email} · ${p.phone}</p>`,
    '<h2>Experience</h2>',
    '<dl>',
    ...lines,
    '</dl>',
    '<h2>Education</h2>',
    '<dl>',
    ...schools,
    '</dl>',
    '<h2>Skills</h2>',
    `<p>${p.skills.join(', ')}</p>`,
    '<h2>Languages</h2>',
    `<p>${p.languages.map((l) => `${l.language} (${l.level})`).join(', ')}</p>`,
    '</body></html>',
  ];
  return {
    className: 'layout: HTML definition list',
    file: 'cv.html',
    text: text.join('\n'),
    expected: expectedOf(p, work),
  };
}

const texName = (p: Person) => {
  const [first, ...last] = p.name.split(' ');
  return `\\name{${first}}{${last.join(' ')}}`;
};
const texDates = (text: string) => text.replace(/ - /, '--');
/** "Harbor & Finch" as LaTeX writes it: a bare & separates table columns. */
const tex = (text: string) => text.replace(/&/g, '\\&');

export function cventryCv(p: Person): SyntheticCv {
  const { lines, work } = rolesWith(p, (t, e, d) => [
    `\\cventry{${texDates(d)}}{${t}}{${tex(e)}}{Lisbon}{}{${BULLETS[0]}}`,
  ]);
  const schools = p.schools.map(
    (s) => `\\cventry{${s.start.year}--${s.end.year}}{${s.degree}}{${s.institution}}{}{}{}`,
  );
  const text = [
    '\\documentclass[11pt]{moderncv}',
    '\\moderncvstyle{classic}',
    texName(p),
    `\\email{${p.email}}`,
    `\\phone{${p.phone}}`,
    '\\begin{document}',
    '\\makecvtitle',
    '\\section{Experience}',
    ...lines,
    '\\section{Education}',
    ...schools,
    '\\section{Skills}',
    `\\cvitem{}{${p.skills.join(', ')}}`,
    '\\section{Languages}',
    ...p.languages.map((l) => `\\cvitem{${l.language}}{${l.level}}`),
    '\\end{document}',
  ];
  return { className: 'layout: LaTeX \\cventry', file: 'cv.tex', text: text.join('\n'), expected: expectedOf(p, work) };
}

export function resumeSubheadingCv(p: Person): SyntheticCv {
  const { lines, work } = rolesWith(p, (t, e, d) => [
    `    \\resumeSubheading{${tex(e)}}{Lisbon, Portugal}{${t}}{${texDates(d)}}`,
    '      \\resumeItemListStart',
    `        \\resumeItem{${BULLETS[1]}}`,
    '      \\resumeItemListEnd',
  ]);
  const schools = p.schools.map(
    (s) => `    \\resumeSubheading{${s.institution}}{Leeds, UK}{${s.degree}}{${s.start.year} -- ${s.end.year}}`,
  );
  const text = [
    '\\documentclass[letterpaper,11pt]{article}',
    '\\begin{document}',
    '\\begin{center}',
    `  \\textbf{\\Huge \\scshape ${p.name}} \\\\ \\vspace{1pt}`,
    `  \\small ${p.phone} $|$ \\href{mailto:${p.email}}{\\underline{${p.email}}}`,
    '\\end{center}',
    '\\section{Education}',
    '  \\resumeSubHeadingListStart',
    ...schools,
    '  \\resumeSubHeadingListEnd',
    '\\section{Experience}',
    '  \\resumeSubHeadingListStart',
    ...lines,
    '  \\resumeSubHeadingListEnd',
    '\\section{Technical Skills}',
    ` \\begin{itemize}[leftmargin=0.15in, label={}]`,
    `    \\small{\\item{\\textbf{Tools}{: ${p.skills.join(', ')}}}}`,
    ' \\end{itemize}',
    '\\section{Languages}',
    `${p.languages.map((l) => `${l.language} (${l.level})`).join(', ')}`,
    '\\end{document}',
  ];
  return {
    className: 'layout: LaTeX \\resumeSubheading',
    file: 'cv.tex',
    text: text.join('\n'),
    expected: expectedOf(p, work),
  };
}

export function jsonResumeCv(p: Person): SyntheticCv {
  const isoOf = (w: { year: number; month?: number }) => `${w.year}-${String(w.month ?? 1).padStart(2, '0')}-01`;
  const json = {
    basics: { name: p.name, email: p.email, phone: p.phone, label: p.roles[0]!.title },
    work: p.roles.map((r) => ({
      name: r.employer,
      position: r.title,
      startDate: isoOf(r.start),
      ...(r.end ? { endDate: isoOf(r.end) } : {}),
    })),
    education: p.schools.map((s) => ({ institution: s.institution, studyType: s.degree, endDate: String(s.end.year) })),
    skills: [{ name: 'Tools', keywords: p.skills }],
    languages: p.languages.map((l) => ({ language: l.language, fluency: l.level })),
  };
  const work = p.roles.map((r) => ({
    employer: r.employer,
    title: r.title,
    start: `${r.start.year}-${String(r.start.month ?? 1).padStart(2, '0')}`,
    ...(r.end ? { end: `${r.end.year}-${String(r.end.month ?? 1).padStart(2, '0')}` } : {}),
  }));
  return {
    className: 'layout: JSON Resume',
    file: 'resume.json',
    text: JSON.stringify(json, null, 2),
    expected: expectedOf(p, work),
  };
}

/** Degrees in five languages, each school in one of three layouts. */
export function degreesCv(
  p: Person,
  seed: number,
  layout: 'degree, school' | 'school / degree' | 'pipes',
): SyntheticCv {
  const schools = p.schools.map((s, i) => ({ ...s, degree: DEGREES[(seed * 2 + i) % DEGREES.length]! }));
  const lines = [...head(p, true), '## Education', ''];
  for (const s of schools) {
    if (layout === 'degree, school')
      lines.push(`### ${s.degree}, ${s.institution}`, `${s.start.year} – ${s.end.year}`, '');
    else if (layout === 'pipes') lines.push(`**${s.degree}** | ${s.institution} | ${s.start.year} – ${s.end.year}`, '');
    else lines.push(`### ${s.institution}`, s.degree, `${s.start.year} – ${s.end.year}`, '');
  }
  const education = schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  const expected: Expected = { ...expectedOf(p, [], education), skills: [], languages: [] };
  return { className: `degrees: ${layout}`, file: 'cv.md', text: lines.join('\n'), expected };
}

type LanguageForm = 'comma list' | 'German lines' | 'French lines' | 'table' | 'by level';

export function languagesCv(p: Person, form: LanguageForm): SyntheticCv {
  const ls = p.languages;
  const heading = form === 'German lines' ? 'Sprachen' : form === 'French lines' ? 'Langues' : 'Languages';
  const lines = [...head(p, true), `## ${heading}`, ''];
  if (form === 'comma list') lines.push(ls.map((l) => `${l.language} (${l.level})`).join(', '));
  if (form === 'German lines')
    lines.push(...ls.map((l, i) => `${languageIn('de', l.language)} – ${i ? 'fließend' : 'Muttersprache'}`));
  if (form === 'French lines')
    lines.push(...ls.map((l, i) => `- ${languageIn('fr', l.language)} : ${i ? 'courant' : 'langue maternelle'}`));
  if (form === 'table')
    lines.push('| Language | Level |', '|---|---|', ...ls.map((l) => `| ${l.language} | ${l.level} |`));
  if (form === 'by level') {
    const [native, ...rest] = ls;
    lines.push(`Native: ${native!.language}; Fluent: ${rest.map((l) => l.language).join(', ')}`);
  }
  const expected: Expected = { ...expectedOf(p, []), education: [], skills: [] };
  return { className: `languages: ${form}`, file: 'cv.md', text: lines.join('\n'), expected };
}

type SkillsForm = 'Skills: line' | 'Languages & Tools' | 'table' | 'Technologies per role' | 'bullets';

export function skillsCv(p: Person, form: SkillsForm): SyntheticCv {
  const s = p.skills;
  const half = Math.ceil(s.length / 2);
  const lines = [...head(p, true)];
  let work: ExpectedRole[] = [];
  if (form === 'Skills: line')
    lines.push('## Summary', 'Engineer who likes quiet, well-tested systems.', `Skills: ${s.join(', ')}`);
  if (form === 'Languages & Tools') lines.push('## Languages & Tools', ...s.map((x) => `- ${x}`));
  if (form === 'bullets')
    lines.push(
      `## ${HEADINGS.en.skills}`,
      `- Languages: ${s.slice(0, half).join(', ')}`,
      `- Tools: ${s.slice(half).join(', ')}`,
    );
  if (form === 'table')
    lines.push(
      '## Technical Skills',
      '| Area | Skills |',
      '|---|---|',
      `| Languages | ${s.slice(0, half).join(', ')} |`,
      `| Tools | ${s.slice(half).join(', ')} |`,
    );
  if (form === 'Technologies per role') {
    lines.push('## Experience', '');
    for (const r of p.roles) {
      const written = MON_YEAR(r.start, r.end);
      lines.push(`### ${r.title}, ${r.employer}`, written.text, `- ${BULLETS[0]}`, 'Technologies: Bash, Make', '');
      work.push(roleExpected(r, written));
    }
    lines.push('## Skills', s.join(' · '));
  } else work = [];
  const expected: Expected = { ...expectedOf(p, work), education: [], languages: [] };
  return { className: `skills: ${form}`, file: 'cv.md', text: lines.join('\n'), expected };
}
