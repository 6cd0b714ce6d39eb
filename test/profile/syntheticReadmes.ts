/**
 * Synthetic layout bench, Markdown as people publish it: GitHub profile READMEs (HTML blocks,
 * badges, emoji headings, right-floated dates), Jekyll pages (front matter, Liquid includes, the
 * academic template's "date: title" bullets), Pandoc's setext headings and definition lists,
 * numbered headings, roles as list items, tables whose columns run period | role | employer, and
 * skills and languages written as code spans, badges, flags and "English — native" pairs.
 */
import {
  BULLETS,
  DATE_FORMS,
  type Expected,
  type ExpectedRole,
  expectedOf,
  head,
  languageIn,
  type Lang,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

const years = DATE_FORMS['YYYY–YY']!;

/** A role's dates in the form the person's variant writes them. */
const writtenOf = (k: number) => (k % 2 ? MON_YEAR : DATE_FORMS['MM/YYYY – present']!);

/** Each role as the lines `row` writes, with what a reader should take from it. */
function roles(p: Person, k: number, row: (title: string, employer: string, dates: string) => string[]) {
  const lines: string[] = [];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = writtenOf(k)(r.start, r.end);
    lines.push(...row(r.title, r.employer, written.text));
    work.push(roleExpected(r, written));
  }
  return { lines, work };
}

const badge = (skill: string) =>
  `![${skill}](https://img.shields.io/badge/${encodeURIComponent(skill)}-informational?style=flat&logoColor=white)`;
const FLAGS: Record<string, string> = {
  English: '🇬🇧',
  German: '🇩🇪',
  French: '🇫🇷',
  Spanish: '🇪🇸',
  Portuguese: '🇵🇹',
  Italian: '🇮🇹',
};

/** A GitHub profile README: centred HTML head, badges, emoji headings, roles in HTML blocks. */
export function githubReadmeCv(p: Person, k: number): SyntheticCv {
  const lines = [
    `<h1 align="center">${p.name}</h1>`,
    '<p align="center">',
    `  <a href="mailto:${p.email}">${p.email}</a> · ${p.phone}`,
    '</p>',
    '',
    '![Profile views](https://komarev.com/ghpvc/?username=someone&color=blue)',
    '',
    '## 💼 Experience',
    '',
  ];
  const form = k % 3;
  const { lines: body, work } = roles(p, k, (t, e, d) => {
    if (form === 0)
      return [`<h3>${t} · ${e} <span style="float:right">${d}</span></h3>`, `<ul><li>${BULLETS[0]}</li></ul>`, ''];
    if (form === 1) return [`### ${e}`, `<b>${t}</b> <span style="float:right">${d}</span><br>`, `- ${BULLETS[1]}`, ''];
    return ['<tr>', `<td><b>${e}</b><br/>${t}</td>`, `<td align="right">${d}</td>`, '</tr>'];
  });
  lines.push(...(form === 2 ? ['<table>', ...body, '</table>', ''] : body));
  lines.push('## 🎓 Education', '');
  for (const s of p.schools)
    lines.push(`<h3>${s.institution}</h3>`, `<p>${s.degree} · ${s.start.year} – ${s.end.year}</p>`, '');
  lines.push('## 🛠️ Tech Stack', '');
  if (k % 2) lines.push(p.skills.map(badge).join(' '));
  else
    lines.push(
      '<p>',
      ...p.skills.map((s) => `  <img alt="${s}" src="https://cdn.example.org/icons/${s}.svg" height="32"/>`),
      '</p>',
    );
  lines.push('', '## 🌍 Languages', '');
  lines.push(p.languages.map((l) => `${FLAGS[l.language] ?? ''} ${l.language} (${l.level})`).join(' · '), '');
  return {
    className: 'Markdown: GitHub profile README',
    file: 'README.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Pandoc Markdown: setext headings ("Experience" over dashes) and definition lists (": text"). */
export function pandocCv(p: Person, k: number): SyntheticCv {
  const h = (text: string, rule = '-') => [text, rule.repeat(text.length), ''];
  const lines = [...h(p.name, '='), `${p.email} · ${p.phone}`, '', ...h('Experience')];
  const { lines: body, work } = roles(p, k, (t, e, d) =>
    k % 2 ? [d, `:   **${t}**, ${e}`, '', `    ${BULLETS[0]}`, ''] : [`**${e}**`, `:   ${t}, ${d}`, ''],
  );
  lines.push(...body, ...h('Education'));
  for (const s of p.schools) lines.push(`${s.start.year} – ${s.end.year}`, `:   ${s.degree}, ${s.institution}`, '');
  lines.push(...h('Skills'), p.skills.join(', '), '', ...h('Languages'));
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '), '');
  return {
    className: 'Markdown: setext headings, definition lists',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Roles as list items, nested bullets under each: the three ways people order a list item. */
export function listRolesCv(p: Person, k: number): SyntheticCv {
  const form = k % 3;
  const { lines: body, work } = roles(p, k, (t, e, d) => {
    if (form === 0) return [`- ${d}: ${e} — ${t}`, `  - ${BULLETS[0]}`, `  - ${BULLETS[1]}`];
    if (form === 1) return [`* *${t}*, ${e}, ${d}`, `    * ${BULLETS[2]}`];
    return [`### ${e} · ${t} · ${d}`, `- ${BULLETS[1]}`, ''];
  });
  const lines = [...head(p, true), '## Professional Experience', '', ...body, '', ...restOf(p, 'en', true)];
  return {
    className: 'Markdown: roles as list items',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

const NUMBERED = [
  (n: number, text: string) => `## ${n}. ${text}`,
  (n: number, text: string) => `${['I', 'II', 'III', 'IV'][n - 1]}. ${text.toUpperCase()}`,
  (_n: number, text: string) => `**${text}:**`,
  (n: number, text: string) => `### ${n}) ${text}`,
];

/** Headings numbered ("## 1. Experience", "II. EDUCATION") or set as a bold line with a colon. */
export function numberedHeadingsCv(p: Person, k: number): SyntheticCv {
  const h = (n: number, text: string) => NUMBERED[k % NUMBERED.length]!(n, text);
  const lines = [...head(p, true), h(1, 'Work Experience'), ''];
  const { lines: body, work } = roles(p, k, (t, e, d) => [`**${t}**, ${e}`, d, `- ${BULLETS[0]}`, '']);
  lines.push(...body, h(2, 'Education'), '');
  for (const s of p.schools) lines.push(`${s.degree}, ${s.institution}`, `${s.start.year} – ${s.end.year}`, '');
  lines.push(h(3, 'Skills'), '', p.skills.join(', '), '', h(4, 'Languages'), '');
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '), '');
  return {
    className: 'Markdown: numbered or bold-colon headings',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** The academic Jekyll template: front matter, a Liquid include, "date: title" bullets, employer nested. */
export function jekyllAcademicCv(p: Person, k: number): SyntheticCv {
  const lines = ['---', 'layout: page', 'title: "Curriculum"', 'permalink: /about/cv/', 'aliases:'];
  lines.push('  - /old-cv', '---', '', '{% include root.html %}', '', `# ${p.name}`, '', `${p.email} · ${p.phone}`, '');
  const rule = k % 2 ? '======' : '';
  const h = (text: string) => (rule ? [text, rule] : [`## ${text}`]);
  lines.push(...h('Education'));
  for (const s of p.schools) lines.push(`* ${s.degree}, ${s.institution}, ${s.end.year}`);
  lines.push('', ...h('Work experience'));
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = years(r.start, r.end);
    lines.push(`* ${written.text}: ${r.title}`, `  * ${r.employer}`, `  * Duties included: ${BULLETS[2]}`);
    work.push(roleExpected(r, written));
  }
  lines.push('', ...h('Skills'), ...p.skills.map((s) => `* ${s}`), '', ...h('Languages'));
  lines.push(...p.languages.map((l) => `* ${l.language}: ${l.level}`), '', ...h('Publications'));
  lines.push('  <ol>{% for paper in site.data.papers %}', '    {% include paper-row.html item=paper %}');
  lines.push('  {% endfor %}</ol>', '');
  const education = p.schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  return {
    className: 'Markdown: Jekyll academic page',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work, education),
  };
}

const TABLE_HEADS: Record<Lang, readonly [string, string, string]> = {
  en: ['Period', 'Role', 'Employer'],
  de: ['Zeitraum', 'Position', 'Arbeitgeber'],
  fr: ['Période', 'Poste', 'Employeur'],
  es: ['Periodo', 'Cargo', 'Empresa'],
  pt: ['Período', 'Cargo', 'Empresa'],
};
const WORK_HEADS: Record<Lang, string> = {
  en: 'Experience',
  de: 'Berufserfahrung',
  fr: 'Expérience professionnelle',
  es: 'Experiencia profesional',
  pt: 'Experiência profissional',
};

/** A roles table whose columns run period | role | employer, its header row in the CV's language. */
export function periodTableCv(p: Person, k: number): SyntheticCv {
  const lang = (['en', 'de', 'fr', 'es', 'pt'] as const)[k % 5]!;
  const [when, role, employer] = TABLE_HEADS[lang];
  const { lines: body, work } = roles(p, 1, (t, e, d) => [`| ${d} | ${t} | ${e} |`]);
  const lines = [
    ...head(p, true),
    `## ${WORK_HEADS[lang]}`,
    '',
    `| ${when} | ${role} | ${employer} |`,
    '|:--|:--|:--|',
  ];
  lines.push(...body, '', ...restOf(p, 'en', true));
  return {
    className: 'Markdown table: period | role | employer',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

const SKILL_HEADS = ['Tech Stack', 'Tools', 'Technologies', 'Kenntnisse', 'Habilidades', 'Competências', 'Compétences'];

/** Skills under the headings people give them, written as code spans, bold categories or a comma list. */
export function skillHeadsCv(p: Person, k: number): SyntheticCv {
  const heading = SKILL_HEADS[k % SKILL_HEADS.length]!;
  const lines = [...head(p, true), `## ${heading}`, ''];
  const half = Math.ceil(p.skills.length / 2);
  if (k % 3 === 0) lines.push(p.skills.map((s) => `\`${s}\``).join(' '));
  else if (k % 3 === 1)
    lines.push(`**Backend:** ${p.skills.slice(0, half).join(', ')}  `, `**Other:** ${p.skills.slice(half).join(', ')}`);
  else lines.push(p.skills.join(' · '));
  lines.push('', '## Languages', '');
  lines.push(p.languages.map((l) => `${l.language} — ${l.level}`).join(' · '), '');
  const expected: Expected = { ...expectedOf(p, []), education: [] };
  return {
    className: 'skills: code spans, bold categories, other headings',
    file: 'cv.md',
    text: lines.join('\n'),
    expected,
  };
}

/** Languages as "English — native · German — B2", with flags, or as a two-column table. */
export function languagePairsCv(p: Person, k: number): SyntheticCv {
  const lang = (['en', 'de', 'fr', 'es', 'pt'] as const)[k % 5]!;
  const heading = { en: 'Languages', de: 'Sprachen', fr: 'Langues', es: 'Idiomas', pt: 'Idiomas' }[lang];
  const name = (english: string) => languageIn(lang, english);
  const lines = [...head(p, true), `## ${heading}`, ''];
  const form = k % 3;
  if (form === 0) lines.push(p.languages.map((l) => `${name(l.language)} — ${l.level}`).join(' · '));
  else if (form === 1) lines.push(...p.languages.map((l) => `${FLAGS[l.language]} ${name(l.language)} – ${l.level}  `));
  else lines.push('| | |', '|---|---|', ...p.languages.map((l) => `| **${name(l.language)}** | ${l.level} |`));
  lines.push('', '## Skills', '', p.skills.join(', '), '');
  const expected: Expected = { ...expectedOf(p, []), education: [] };
  return { className: 'languages: pairs, flags, tables', file: 'cv.md', text: lines.join('\n'), expected };
}

/** Qualifications as people in five countries write them: a title with its field, or a title alone. */
const QUALIFICATIONS = [
  'Diplom-Informatiker',
  'Grado en Ingeniería Informática',
  'Ingeniero Industrial',
  "Licence d'informatique",
  'Mestrado em Engenharia Civil',
  'Dr. rer. nat. Biologie',
  'MSc in Computer Science',
  'Magister Artium Geschichte',
  "Diplôme d'ingénieur",
  'Licenciado en Economía',
  'Bacharelado em Direito',
  'Staatsexamen Medizin',
  'Master 2 Économie',
  'Doctor of Medicine',
] as const;
const QUALIFYING_SCHOOLS = [
  'Universität Rabenau',
  'Universidad de Arenales',
  'Université de Valmont',
  'Universidade de Serra Alta',
  'University of Eastbrook',
];

/** Degrees named by their title and field in five languages, under the school or beside it. */
export function qualificationsCv(p: Person, k: number): SyntheticCv {
  const studies = [0, 1].map((i) => ({
    degree: QUALIFICATIONS[(k * 2 + i) % QUALIFICATIONS.length]!,
    school: QUALIFYING_SCHOOLS[(k + i) % QUALIFYING_SCHOOLS.length]!,
    year: p.schools[i]!.end.year,
  }));
  const lines = [`# ${p.name}`, p.email, '', '## Education', ''];
  for (const s of studies) {
    if (k % 3 === 0) lines.push(`### ${s.school}`, s.degree, `${s.year - 4} – ${s.year}`);
    else if (k % 3 === 1) lines.push(`**${s.degree}** — ${s.school} (${s.year})`);
    else lines.push(`${s.year - 3} – ${s.year}`, `${s.degree}, ${s.school}`);
    lines.push('');
  }
  const education = studies.map((s) => ({ institution: s.school, degree: s.degree, end: String(s.year) }));
  const expected: Expected = { ...expectedOf(p, [], education), phone: '', skills: [], languages: [] };
  return { className: 'degrees: titles and fields in five languages', file: 'cv.md', text: lines.join('\n'), expected };
}

const WORK_HEADINGS = ['Occupation', 'Work History', 'Career', 'Employment History', 'Positions Held', 'Work'];

/**
 * Roles as Markdown CV templates write them: markdown-cv's "`2019 - current`" over "__Employer__,
 * City"; "**Title** at [Employer](url) _(dates)_"; "#### Title @ Employer" over "<sub>dates</sub>";
 * "**Employer** (dates)" over "_Title_". Schools as markdown-cv writes them: the degree a bullet under
 * the school. Work headings vary.
 */
export function markdownTemplateCv(p: Person, k: number): SyntheticCv {
  const form = k % 4;
  const lines = [...head(p, true), `## ${WORK_HEADINGS[k % WORK_HEADINGS.length]}`, ''];
  const { lines: body, work } = roles(p, k, (t, e, d) => {
    if (form === 0) return [`\`${d}\``, `__${t}__, ${e}, Leeds`, `- ${BULLETS[0]}`, ''];
    if (form === 1) return [`**${t}** at [${e}](https://example.com) _(${d})_  `, BULLETS[1]!, ''];
    if (form === 2) return [`#### ${t} @ ${e}`, `<sub>${d}</sub>`, '', `- ${BULLETS[2]}`, ''];
    return [`**${e}** (${d})  `, `_${t}_`, '', `- ${BULLETS[0]}`, ''];
  });
  lines.push(...body, '## Education', '');
  for (const s of p.schools)
    lines.push(`\`${s.start.year} - ${s.end.year}\``, `__${s.institution}__`, `- ${s.degree}`, '');
  lines.push('## Skills', '', p.skills.join(', '), '', '## Languages', '');
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '), '');
  return {
    className: 'Markdown: CV templates (markdown-cv and others)',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Skills and languages in HTML lists, code tags and table rows, as READMEs and exported pages hold them. */
export function htmlListsCv(p: Person, k: number): SyntheticCv {
  const lines = [...head(p, true)];
  const form = k % 3;
  if (form === 0) {
    lines.push('## Skills', '', `<ul>${p.skills.map((s) => `<li>${s}</li>`).join('')}</ul>`, '', '## Languages', '');
    lines.push(`<ul>${p.languages.map((l) => `<li>${l.language} (${l.level})</li>`).join('')}</ul>`, '');
  } else if (form === 1) {
    lines.push('## Technical Skills', '', p.skills.map((s) => `<code>${s}</code>`).join(' '), '', '## Languages', '');
    lines.push(p.languages.map((l) => `<kbd>${l.language}</kbd> ${l.level}`).join(' · '), '');
  } else {
    lines.push('## Skills', '', '| | |', '|---|---|', `| **Tools** | ${p.skills.join(', ')} |`);
    lines.push(`| **Languages** | ${p.languages.map((l) => `${l.language} (${l.level})`).join(', ')} |`, '');
  }
  const expected: Expected = { ...expectedOf(p, []), education: [] };
  return {
    className: 'skills and languages: HTML lists, code tags, table rows',
    file: 'cv.md',
    text: lines.join('\n'),
    expected,
  };
}
