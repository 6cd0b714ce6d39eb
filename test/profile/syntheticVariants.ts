/**
 * Synthetic layout bench, variants: the many names a section goes by in five languages and the
 * ways a heading is set (Markdown, capitals, a colon, bold, underlined), PDF-like lines whose parts
 * stand apart in columns, and more ways of writing languages, skills, degrees and names.
 */
import {
  BULLETS,
  DATE_FORMS,
  type Expected,
  type ExpectedRole,
  expectedOf,
  LANGUAGE_IN,
  type Person,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

export const HEADING_VARIANTS = {
  work: [
    'Professional Experience',
    'Employment History',
    'Work History',
    'Career History',
    'Relevant Experience',
    'Berufliche Laufbahn',
    'Beruflicher Werdegang',
    'Parcours professionnel',
    'Expériences professionnelles',
    'Experiencia profesional',
    'Trayectoria profesional',
    'Experiência Profissional',
    'Histórico Profissional',
  ],
  education: [
    'Academic Background',
    'Education & Training',
    'Bildungsweg',
    'Studium',
    'Formation académique',
    'Études',
    'Estudios',
    'Formación',
    'Formação Acadêmica',
    'Escolaridade',
  ],
  skills: [
    'Technical Skills',
    'Core Competencies',
    'Tools & Technologies',
    'IT-Kenntnisse',
    'Fähigkeiten',
    'Compétences techniques',
    'Conocimientos',
    'Habilidades técnicas',
    'Competências Técnicas',
    'Conhecimentos',
  ],
  languages: ['Language Skills', 'Sprachkenntnisse', 'Langues parlées', 'Idiomas', 'Línguas', 'Lenguas'],
} as const;

export type HeadingStyle = '## X' | 'CAPITALS' | 'X:' | '**X**' | 'underlined';
const setHeading = (text: string, style: HeadingStyle): string[] =>
  style === '## X'
    ? [`## ${text}`]
    : style === 'CAPITALS'
      ? [text.toUpperCase()]
      : style === 'X:'
        ? [`${text}:`]
        : style === '**X**'
          ? [`**${text}**`]
          : [text, '-'.repeat(text.length)];

/** A whole CV whose four section headings are the `k`-th variants, set in one style. */
export function headingVariantCv(p: Person, k: number, style: HeadingStyle): SyntheticCv {
  const pick = (list: readonly string[]) => list[k % list.length]!;
  const lines = [p.name, `${p.email} | ${p.phone}`, '', ...setHeading(pick(HEADING_VARIANTS.work), style), ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(`${r.title}, ${r.employer}`, written.text, `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...setHeading(pick(HEADING_VARIANTS.education), style), '');
  for (const s of p.schools) lines.push(`${s.degree}, ${s.institution}`, `${s.start.year} – ${s.end.year}`, '');
  lines.push(...setHeading(pick(HEADING_VARIANTS.skills), style), p.skills.join(', '), '');
  lines.push(...setHeading(pick(HEADING_VARIANTS.languages), style));
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '), '');
  return {
    className: `heading variants: set as ${style}`,
    file: style === '## X' ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** A PDF read as text: parts of a heading line stand apart, the dates or the city flush right. */
export function pdfColumnsCv(p: Person, order: 'employer first' | 'title first'): SyntheticCv {
  const pad = (left: string, right: string) => `${left.padEnd(60)}${right}`;
  const lines = [p.name.toUpperCase(), `${p.email}   ${p.phone}`, '', 'EXPERIENCE'];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    if (order === 'employer first') lines.push(pad(r.employer, r.city), pad(r.title, written.text));
    else lines.push(pad(r.title, written.text), pad(r.employer, r.city));
    lines.push(`• ${BULLETS[1]}`, `• ${BULLETS[2]}`);
    work.push(roleExpected(r, written));
  }
  lines.push('', 'EDUCATION');
  for (const s of p.schools) lines.push(pad(s.institution, String(s.end.year)), s.degree);
  lines.push('', 'SKILLS', p.skills.join(' • '), '', 'LANGUAGES', p.languages.map((l) => l.language).join(' • '));
  return {
    className: `PDF columns: ${order}`,
    file: 'cv.txt',
    text: lines.join('\n'),
    expected: { ...expectedOf(p, work), name: p.name },
  };
}

const GERMAN = LANGUAGE_IN.de;

export type LanguageVariant =
  | 'A – C2 | B – B1'
  | 'bullets "X: level"'
  | 'plain-text table'
  | 'Mother tongue: X'
  | 'German words in brackets'
  | 'Languages: line in Personal';

export function languageVariantCv(p: Person, form: LanguageVariant): SyntheticCv {
  const ls = p.languages;
  const lines = [`# ${p.name}`, p.email, ''];
  if (form === 'Languages: line in Personal') {
    lines.push(
      '## Personal',
      'Born 1990 in Leeds',
      `Languages: ${ls.map((l) => `${l.language} (${l.level})`).join(', ')}`,
    );
  } else lines.push('## Languages', '');
  if (form === 'A – C2 | B – B1') lines.push(ls.map((l) => `${l.language} – ${l.level}`).join(' | '));
  if (form === 'bullets "X: level"') lines.push(...ls.map((l) => `- ${l.language}: ${l.level}`));
  if (form === 'plain-text table') lines.push(...ls.map((l) => `${l.language.padEnd(16)}${l.level}`));
  if (form === 'Mother tongue: X') {
    lines.push(
      `Mother tongue: ${ls[0]!.language}`,
      `Other languages: ${ls
        .slice(1)
        .map((l) => l.language)
        .join(', ')}`,
    );
  }
  if (form === 'German words in brackets') {
    lines.push(ls.map((l, i) => `${GERMAN[l.language]} (${i ? 'verhandlungssicher' : 'Muttersprache'})`).join(', '));
  }
  const expected: Expected = { ...expectedOf(p, []), phone: '', education: [], skills: [] };
  return { className: `languages: ${form}`, file: 'cv.md', text: lines.join('\n'), expected };
}

export type SkillVariant =
  | 'labelled lines'
  | 'one per bullet'
  | 'dots and pipes'
  | 'nested list'
  | 'plain text, gap label'
  | 'sentences'
  | 'with levels';

export function skillVariantCv(p: Person, form: SkillVariant): SyntheticCv {
  const s = p.skills;
  const half = Math.ceil(s.length / 2);
  const lines = [`# ${p.name}`, p.email, '', '## Technical Skills', ''];
  if (form === 'labelled lines')
    lines.push(`Programming: ${s.slice(0, half).join(', ')}`, `Tools & Platforms: ${s.slice(half).join(', ')}`);
  if (form === 'one per bullet') lines.push(...s.map((x) => `* ${x}`));
  if (form === 'dots and pipes') lines.push(s.slice(0, half).join(' · '), s.slice(half).join(' | '));
  if (form === 'nested list') {
    lines.push(
      '- Languages',
      ...s.slice(0, half).map((x) => `  - ${x}`),
      '- Tools',
      ...s.slice(half).map((x) => `  - ${x}`),
    );
  }
  if (form === 'plain text, gap label')
    lines.push(`Programming     ${s.slice(0, half).join(', ')}`, `Tools           ${s.slice(half).join(', ')}`);
  if (form === 'sentences') {
    lines.push(`Proficient in ${s.slice(0, half - 1).join(', ')} and ${s[half - 1]}.`);
    lines.push(`Familiar with ${s.slice(half).join(', ')}.`);
  }
  const levels = ['Expert', 'Advanced', '●●●○○', 'Intermediate', '5 years'];
  if (form === 'with levels') lines.push(...s.map((x, i) => `- ${x}${i % 5 === 2 ? ' ' : ' – '}${levels[i % 5]}`));
  const expected: Expected = { ...expectedOf(p, []), phone: '', education: [], languages: [] };
  return {
    className: `skills: ${form}`,
    file: form.startsWith('plain') ? 'cv.txt' : 'cv.md',
    text: lines.join('\n'),
    expected,
  };
}

/** Degrees as people phrase them, with what a reader should take as the degree. */
export const DEGREE_PHRASES: readonly string[] = [
  'Bachelor of Science (B.S.), Computer Science',
  'Ph.D., Physics',
  'B.Tech in Electrical Engineering',
  "Master's degree in Economics",
  'Licence en informatique',
  'Máster en Ingeniería de Datos',
  'Grado en Matemáticas',
  'Bacharelado em Sistemas de Informação',
  'Diplom-Informatiker',
  'MBA',
  'High School Diploma',
];

export function degreePhraseCv(
  p: Person,
  seed: number,
  layout: 'school, city — degree, year' | 'year | degree | school',
): SyntheticCv {
  const schools = p.schools.map((s, i) => ({ ...s, degree: DEGREE_PHRASES[(seed * 2 + i) % DEGREE_PHRASES.length]! }));
  const lines = [`# ${p.name}`, p.email, '', '## Education', ''];
  for (const s of schools) {
    if (layout === 'school, city — degree, year')
      lines.push(`**${s.institution}**, Leeds — ${s.degree}, ${s.end.year}`, '');
    else lines.push(`${s.start.year} – ${s.end.year} | ${s.degree} | ${s.institution}`, '');
  }
  const education = schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  const expected: Expected = { ...expectedOf(p, [], education), phone: '', skills: [], languages: [] };
  return { className: `degree phrases: ${layout}`, file: 'cv.md', text: lines.join('\n'), expected };
}

export type NameForm = 'Dr. title' | 'capitals' | 'Name: line' | 'letter-spaced' | 'name, PhD';

export function nameCv(p: Person, form: NameForm): SyntheticCv {
  const head =
    form === 'Dr. title'
      ? `# Dr. ${p.name}`
      : form === 'capitals'
        ? p.name.toUpperCase()
        : form === 'Name: line'
          ? `Name: ${p.name}`
          : form === 'letter-spaced'
            ? p.name
                .toUpperCase()
                .split(' ')
                .map((w) => w.split('').join(' '))
                .join('   ')
            : `${p.name}, PhD`;
  const lines = [head, `${p.email} · ${p.phone}`, '', `Skills: ${p.skills.join(', ')}`];
  const expected: Expected = { ...expectedOf(p, []), education: [], languages: [] };
  return { className: `names: ${form}`, file: 'cv.txt', text: lines.join('\n'), expected };
}

/** A DOCX or PDF export with a blank line after every line: one school or role is still one entry. */
export function doubleSpacedCv(p: Person, entries: 1 | 2): SyntheticCv {
  const roles = p.roles.slice(0, entries);
  const schools = p.schools.slice(0, entries);
  const lines = [p.name, p.email, 'EXPERIENCE'];
  const work: ExpectedRole[] = [];
  for (const r of roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(r.title, `${r.employer} – ${r.city}`, written.text, BULLETS[0]!, BULLETS[1]!);
    work.push(roleExpected(r, written));
  }
  lines.push('EDUCATION');
  for (const s of schools)
    lines.push(s.degree, `${s.institution} – Leeds`, `${s.start.year} – ${s.end.year}`, 'GPA: 3.9');
  const education = schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  const expected: Expected = { ...expectedOf(p, work, education), phone: '', skills: [], languages: [] };
  return {
    className: `double-spaced export: ${entries} entr${entries === 1 ? 'y' : 'ies'} a section`,
    file: 'cv.txt',
    text: lines.flatMap((l) => [l, '']).join('\n'),
    expected,
  };
}

/** A web page's last section, school then dates then subject on their own lines, above the page footer. */
export function schoolDatesDegreeCv(p: Person, footer: string): SyntheticCv {
  const lines = [`# ${p.name}`, p.email, '', '## Education', ''];
  for (const s of p.schools) lines.push(s.institution, `${s.start.year} - ${s.end.year}`, s.degree, '');
  lines.push('', footer.replace('NAME', p.name));
  const education = p.schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  const expected: Expected = { ...expectedOf(p, [], education), phone: '', skills: [], languages: [] };
  return {
    className: 'education: school / dates / degree above a footer',
    file: 'cv.md',
    text: lines.join('\n'),
    expected,
  };
}

/** Contact details at the foot of the CV, on one line with the e-mail address. */
export function contactFooterCv(p: Person, separator: ' • ' | ' | ' | ', '): SyntheticCv {
  const lines = [`# ${p.name}`, '', '## Skills', p.skills.join(', '), '', '----', ''];
  lines.push(`> <${p.email}>${separator}${p.phone}${separator}Leeds, UK`);
  const expected: Expected = { ...expectedOf(p, []), education: [], languages: [] };
  return { className: 'contact line at the foot', file: 'cv.md', text: lines.join('\n'), expected };
}

/** Academic style: "2019 – 2021: Title, Employer", each role one line of a list or a paragraph. */
export function datesColonCv(p: Person, bullet: boolean): SyntheticCv {
  const lines = [`# ${p.name}`, p.email, '', '## Academic Appointments', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = DATE_FORMS['YYYY to YYYY']!(r.start, r.end);
    const text = written.text.replace(' to ', ' – ');
    lines.push(`${bullet ? '- ' : ''}${text}: ${r.title}, ${r.employer}`);
    work.push(roleExpected(r, { ...written, text }));
  }
  const expected: Expected = { ...expectedOf(p, work), phone: '', education: [], skills: [], languages: [] };
  return {
    className: `role lines: "dates: Title, Employer"${bullet ? ' as bullets' : ''}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected,
  };
}

/** One employer, two roles held there in turn, each with its own dates. */
export function promotedCv(p: Person): SyntheticCv {
  const [first, second] = p.roles;
  const lines = [`# ${p.name}`, p.email, '', '## Experience', '', `### ${first!.employer}`, ''];
  const work: ExpectedRole[] = [];
  const earlier = { ...second!, employer: first!.employer };
  for (const r of [first!, earlier]) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(`**${r.title}** (${written.text})`, `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  const expected: Expected = { ...expectedOf(p, work), phone: '', education: [], skills: [], languages: [] };
  return { className: 'two roles at one employer', file: 'cv.md', text: lines.join('\n'), expected };
}
