/**
 * Synthetic layout bench, more written forms: a degree and its field apart from the school in the
 * orders people write them (in five languages), spoken languages in Spanish and Portuguese words or
 * on a line of the skills section, and headings set with an emoji or an icon.
 */
import {
  BULLETS,
  type Expected,
  type ExpectedRole,
  expectedOf,
  head,
  languageIn,
  type Person,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

/** A degree, its field and a school of the language that writes them so. */
const STUDIES = [
  { type: 'MSc', field: 'Data Science', of: 'in', school: 'University of Eastbrook' },
  { type: 'PhD', field: 'Physics', of: 'in', school: 'Northfield Institute of Technology' },
  { type: 'BA', field: 'History', of: 'in', school: 'Westmarch College' },
  { type: 'Licenciatura', field: 'Economía', of: 'en', school: 'Universidad de Valdoria' },
  { type: 'Diplom', field: 'Informatik', of: 'in', school: 'Technische Universität Hallberg' },
  { type: 'Master', field: 'Informatique', of: 'en', school: 'Université de Lorvane' },
  { type: 'Bacharelado', field: 'Ciência da Computação', of: 'em', school: 'Universidade Federal de Serra Azul' },
  { type: 'Ingeniería', field: 'Industrial', of: 'en', school: 'Universidad Técnica de Mirasol' },
] as const;

export type EducationForm =
  | 'Degree, Field — School, City (Year)'
  | 'School — Degree in Field'
  | 'Degree in Field, School, Year'
  | 'Year: Degree in Field / School';

/** The CV of an education section alone: what each study states (school, type and field, end year). */
function educationOnlyCv(
  p: Person,
  className: string,
  lines: readonly string[],
  studies: readonly { readonly type: string; readonly field: string; readonly school: string }[],
  years: readonly number[],
): SyntheticCv {
  const education = studies.map((s, i) => ({
    institution: s.school,
    degree: `${s.type} ${s.field}`,
    end: String(years[i]),
  }));
  const expected: Expected = { ...expectedOf(p, [], education), phone: '', skills: [], languages: [] };
  return { className, file: 'cv.md', text: lines.join('\n'), expected };
}

/** An education section alone, each school written in the form; two studies a person, none repeated. */
export function educationFormCv(p: Person, seed: number, form: EducationForm): SyntheticCv {
  const studies = [0, 1].map((i) => STUDIES[(seed * 3 + i * 5) % STUDIES.length]!);
  const years = [p.schools[0]!.end.year, p.schools[1]!.end.year];
  const lines = [`# ${p.name}`, p.email, '', '## Education', ''];
  for (const [i, s] of studies.entries()) {
    const year = years[i]!;
    if (form === 'Degree, Field — School, City (Year)')
      lines.push(`${s.type}, ${s.field} — ${s.school}, Leeds (${year})`);
    else if (form === 'School — Degree in Field')
      lines.push(`### ${s.school} — ${s.type} ${s.of} ${s.field}`, `${year - 2} – ${year}`);
    else if (form === 'Degree in Field, School, Year')
      lines.push(`- ${s.type} ${s.of} ${s.field}, ${s.school}, ${year}`);
    else lines.push(`**${year}:** ${s.type} ${s.of} ${s.field}`, s.school);
    lines.push('');
  }
  return educationOnlyCv(p, `education: ${form}`, lines, studies, years);
}

const LEVEL_WORDS = {
  es: ['nativo', 'avanzado', 'intermedio', 'básico'],
  pt: ['nativo', 'fluente', 'intermediário', 'básico'],
} as const;

/** Spoken languages in Spanish ("- Inglés: avanzado") or Portuguese ("Inglês fluente", no separator). */
export function iberianLanguagesCv(p: Person, lang: 'es' | 'pt'): SyntheticCv {
  const lines = [...head(p, true), '## Idiomas', ''];
  for (const [i, l] of p.languages.entries()) {
    const level = LEVEL_WORDS[lang][Math.min(i, 3)]!;
    lines.push(
      lang === 'es' ? `- ${languageIn('es', l.language)}: ${level}` : `${languageIn('pt', l.language)} ${level}`,
    );
  }
  lines.push('', '## Skills', p.skills.join(', '), '');
  const expected: Expected = { ...expectedOf(p, []), education: [] };
  return {
    className: `languages: ${lang === 'es' ? '"Inglés: avanzado"' : '"Inglês fluente"'}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected,
  };
}

/** No languages section: the languages stand on a labelled line of the skills section. */
export function languagesInSkillsCv(p: Person, k: number): SyntheticCv {
  const label = ['Languages', 'Spoken languages', 'Languages spoken', 'Idiomas'][k % 4]!;
  const spoken = p.languages.map((l) => (k % 2 ? `${l.language} (${l.level})` : l.language)).join(', ');
  const lines = [...head(p, true), '## Skills', `- Tools: ${p.skills.join(', ')}`, `- ${label}: ${spoken}`, ''];
  const expected: Expected = { ...expectedOf(p, []), education: [] };
  return { className: 'languages: a line of the skills section', file: 'cv.md', text: lines.join('\n'), expected };
}

const ICONS = {
  emoji: ['💼', '🎓', '🛠️', '🌍'],
  'icon font': ['\uf0b1', '\uf19d', '\uf0ad', '\uf1ab'],
} as const;

/** Headings set behind an emoji or an icon-font glyph (read from a PDF as a private-use letter). */
export function iconHeadingsCv(p: Person, icons: keyof typeof ICONS, k: number): SyntheticCv {
  const [work, school, skills, langs] = ICONS[icons];
  const markdown = k % 2 === 0;
  const h = (icon: string, text: string) => (markdown ? `## ${icon} ${text}` : `${icon} ${text.toUpperCase()}`);
  const lines = [...head(p, markdown), h(work, 'Experience'), ''];
  const roles: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(`${r.title}, ${r.employer}`, written.text, `- ${BULLETS[1]}`, '');
    roles.push(roleExpected(r, written));
  }
  lines.push(h(school, 'Education'));
  for (const s of p.schools) lines.push(`${s.degree}, ${s.institution}`, `${s.start.year} – ${s.end.year}`, '');
  lines.push(h(skills, 'Skills'), p.skills.join(', '), '', h(langs, 'Languages'));
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '), '');
  return {
    className: `headings behind an ${icons === 'emoji' ? 'emoji' : 'icon glyph'}`,
    file: markdown ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, roles),
  };
}

/** Degree, field and school each on a line of their own, in the orders people stack them. */
export function stackedEducationCv(p: Person, seed: number, k: number): SyntheticCv {
  const studies = [0, 1].map((i) => STUDIES[(seed * 3 + i * 5) % STUDIES.length]!);
  const years = [p.schools[0]!.end.year, p.schools[1]!.end.year];
  const lines = [`# ${p.name}`, p.email, '', '## Education', ''];
  for (const [i, s] of studies.entries()) {
    const year = years[i]!;
    if (k % 2 === 0) lines.push(`### ${s.field}`, s.type, `${s.school}, ${year - 3} – ${year}`);
    else lines.push(`**${s.type}**`, s.field, s.school, String(year));
    lines.push('');
  }
  return educationOnlyCv(p, 'education: degree, field, school on own lines', lines, studies, years);
}

/** A PDF's tag cloud: skills set apart by wide gaps, several a line, in uneven rows. */
export function tagCloudCv(p: Person, k: number): SyntheticCv {
  const rows: string[] = [];
  const widths = [3, 2, 4, 1];
  for (let at = 0, r = 0; at < p.skills.length; r++) {
    const width = widths[(k + r) % widths.length]!;
    rows.push(p.skills.slice(at, at + width).join(' '.repeat(3 + ((k + r) % 3))));
    at += width;
  }
  const lines = [p.name.toUpperCase(), `${p.email}   ${p.phone}`, '', 'SKILLS', ...rows, '', 'LANGUAGES'];
  lines.push(p.languages.map((l) => l.language).join('   '), '');
  const expected: Expected = { ...expectedOf(p, []), education: [] };
  return { className: 'skills: a tag cloud of a PDF', file: 'cv.txt', text: lines.join('\n'), expected };
}

/** Schools whose names hold no school word, as known places often go by. */
const BARE_SCHOOLS = ['Eastbrook Tech', 'Sciences Po Lorvane', 'Hallberg HSG', 'Mirasol Tech'];

/** "BSc, Computer Science, Eastbrook Tech, 2015": a bare degree, its field, then a school without a school word. */
export function bareSchoolCv(p: Person, seed: number, k: number): SyntheticCv {
  const studies = [0, 1].map((i) => ({
    ...STUDIES[(seed * 3 + i * 5) % 3]!,
    school: BARE_SCHOOLS[(k + i) % BARE_SCHOOLS.length]!,
  }));
  const years = [p.schools[0]!.end.year, p.schools[1]!.end.year];
  const lines = [`# ${p.name}`, p.email, '', '## Education', ''];
  for (const [i, s] of studies.entries()) {
    const year = years[i]!;
    lines.push(
      k % 2 ? `- ${s.type}, ${s.field}, ${s.school}, ${year}` : `**${s.type}, ${s.field}** | ${s.school} | ${year}`,
    );
  }
  lines.push('');
  return educationOnlyCv(p, 'education: degree, field, school with no school word', lines, studies, years);
}

/** A skill's level drawn as a bar, stars, a share or a score beside it. */
const LEVEL_MARKS = ['████████░░', '★★★★☆', '80%', '4/5', '▇▇▇▁▁', '(3/5)'];

export function skillBarsCv(p: Person, k: number): SyntheticCv {
  const mark = (i: number) => LEVEL_MARKS[(k + i) % LEVEL_MARKS.length]!;
  const lines = [...head(p, k % 2 === 0), k % 2 === 0 ? '## Skills' : 'SKILLS', ''];
  for (const [i, s] of p.skills.entries()) lines.push(k % 2 === 0 ? `- ${s} ${mark(i)}` : `${s.padEnd(16)}${mark(i)}`);
  lines.push('');
  const expected: Expected = { ...expectedOf(p, []), education: [], languages: [] };
  return {
    className: 'skills: levels as bars, stars, shares',
    file: k % 2 === 0 ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected,
  };
}

/** A German CV's table: dates in a left column ("seit 03/2019", "10/2015 – 02/2019"), the role beside them. */
export function germanTableCv(p: Person, k: number): SyntheticCv {
  const lines = [p.name, `${p.email} · ${p.phone}`, '', 'BERUFSERFAHRUNG', ''];
  const work: ExpectedRole[] = [];
  const mm = (m: number | undefined) => String(m ?? 1).padStart(2, '0');
  for (const r of p.roles) {
    const text = r.end
      ? `${mm(r.start.month)}/${r.start.year} – ${mm(r.end.month)}/${r.end.year}`
      : k % 2
        ? `seit ${mm(r.start.month)}/${r.start.year}`
        : `${mm(r.start.month)}/${r.start.year} – heute`;
    const start = `${r.start.year}-${mm(r.start.month)}`;
    const written = { text, start, ...(r.end ? { end: `${r.end.year}-${mm(r.end.month)}` } : {}) };
    const role =
      k < 2 ? `${r.title} bei ${r.employer}` : `${r.title}, ${r.employer}, ${r.city === 'Remote' ? 'Leipzig' : r.city}`;
    lines.push(`${text.padEnd(22)}${role}`, `${''.padEnd(22)}${BULLETS[2]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push('AUSBILDUNG', '');
  for (const s of p.schools) lines.push(`${`${s.start.year} – ${s.end.year}`.padEnd(22)}${s.degree}, ${s.institution}`);
  lines.push('', 'KENNTNISSE', p.skills.join(', '), '', 'SPRACHEN');
  lines.push(p.languages.map((l) => `${languageIn('de', l.language)} (${l.level})`).join(', '), '');
  return {
    className: 'German CV table: dates left, role right',
    file: 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}
