/**
 * The synthetic layout bench: CVs of invented people (syntheticPeople.ts) written in each CLASS of
 * layout a reader meets, each with the profile it states. A class varies one thing (the order of a
 * role's parts, a date form, the headings' language, a table, LaTeX, JSON Resume…) and keeps the
 * rest plain, so a failing class names the rule that is missing.
 */
import { DEGREES, type Lang, type Person, person, type Role, type School, type When } from './syntheticPeople.js';

export interface ExpectedRole {
  readonly employer: string;
  readonly title: string;
  readonly start?: string;
  /** undefined: still held (or a form that gives no end). */
  readonly end?: string;
}

export interface Expected {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly work: readonly ExpectedRole[];
  readonly education: readonly { readonly institution: string; readonly degree: string; readonly end?: string }[];
  readonly skills: readonly string[];
  readonly languages: readonly string[];
}

export interface SyntheticCv {
  readonly className: string;
  /** The file name: its extension picks the format reader. */
  readonly file: string;
  readonly text: string | Buffer;
  readonly expected: Expected;
}

const mm = (w: When) => String(w.month ?? 1).padStart(2, '0');
const iso = (w: When | undefined, month = true) =>
  w === undefined ? undefined : month && w.month ? `${w.year}-${mm(w)}` : String(w.year);

/** English month names in full, as LinkedIn's export and many templates write them. */
export const EN_MONTH_NAMES = [
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
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const DE_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const ES_MONTHS = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];
const PT_MONTHS = ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'];

/** A date range as written, with the ISO dates a reader should take from it. */
export interface Written {
  readonly text: string;
  readonly start?: string;
  readonly end?: string;
}

type DateForm = (start: When, end: When | undefined) => Written;

const yy = (w: When) => String(w.year).slice(2);
const monthYear = (w: When) => `${EN_MONTHS[(w.month ?? 1) - 1]} ${w.year}`;

const monthForm =
  (names: readonly string[], present: string, join = ' – '): DateForm =>
  (s, e) => ({
    text: `${names[(s.month ?? 1) - 1]} ${s.year}${join}${e ? `${names[(e.month ?? 1) - 1]} ${e.year}` : present}`,
    start: iso(s),
    end: iso(e),
  });
const yearsForm =
  (present: string, join = ' – '): DateForm =>
  (s, e) => ({ text: `${s.year}${join}${e ? e.year : present}`, start: iso(s, false), end: iso(e, false) });
/** "since 2019": an open role's form; a closed one falls back to years. */
const sinceForm =
  (word: string): DateForm =>
  (s, e) =>
    e ? yearsForm('')(s, e) : { text: `${word} ${s.year}`, start: iso(s, false) };

export const DATE_FORMS: Readonly<Record<string, DateForm>> = {
  'MM/YYYY – present': (s, e) => ({
    text: `${mm(s)}/${s.year} – ${e ? `${mm(e)}/${e.year}` : 'present'}`,
    start: iso(s),
    end: iso(e),
  }),
  'Mon YYYY - Mon YYYY': monthForm(EN_MONTHS, 'Present', ' - '),
  'YYYY–YY': (s, e) =>
    e
      ? { text: `${s.year}–${String(e.year).slice(2)}`, start: iso(s, false), end: iso(e, false) }
      : yearsForm('now')(s, e),
  'since YYYY': sinceForm('since'),
  'seit YYYY': sinceForm('seit'),
  'depuis YYYY': sinceForm('depuis'),
  'desde YYYY': sinceForm('desde'),
  "janv. YYYY – aujourd'hui": monthForm(FR_MONTHS, "aujourd'hui"),
  'März YYYY – heute': monthForm(DE_MONTHS, 'heute'),
  'YYYY – atual': yearsForm('atual'),
  'ene. YYYY – actualidad': monthForm(ES_MONTHS, 'actualidad'),
  'YYYY to YYYY': yearsForm('Present', ' to '),
  'YYYY and YYYY': (s, e) =>
    e ? { text: `${s.year} and ${e.year}`, start: iso(s, false), end: iso(e, false) } : yearsForm('Present')(s, e),
  'YYYY-MM-DD – YYYY-MM-DD': (s, e) => ({
    text: `${s.year}-${mm(s)}-15 – ${e ? `${e.year}-${mm(e)}-01` : 'Present'}`,
    start: iso(s),
    end: iso(e),
  }),
  "Mon. 'YY – pres.": (s, e) => ({
    text: `${EN_MONTHS[(s.month ?? 1) - 1]}. '${String(s.year).slice(2)} – ${
      e ? `${EN_MONTHS[(e.month ?? 1) - 1]}. '${String(e.year).slice(2)}` : 'pres.'
    }`,
    start: iso(s),
    end: iso(e),
  }),
  'YYYY.MM – YYYY.MM': (s, e) => ({
    text: `${s.year}.${mm(s)} – ${e ? `${e.year}.${mm(e)}` : 'now'}`,
    start: iso(s),
    end: iso(e),
  }),
  'MM/YY – MM/YY': (s, e) => ({
    text: `${mm(s)}/${yy(s)} – ${e ? `${mm(e)}/${yy(e)}` : 'today'}`,
    start: iso(s),
    end: iso(e),
  }),
  'Mon YYYY – / Present (range split over two lines)': (s, e) => ({
    text: `${EN_MONTHS[(s.month ?? 1) - 1]} ${s.year} –\n${e ? monthYear(e) : 'Present'}`,
    start: iso(s),
    end: iso(e),
  }),
  'Month YYYY — Present (em dash)': monthForm(EN_MONTH_NAMES, 'Present', ' — '),
  'YYYY – à ce jour': yearsForm('à ce jour'),
  'YYYY – até hoje': yearsForm('até hoje'),
  'YYYY–pres': yearsForm('pres', '–'),
  'ab MM/YYYY': (s, e) =>
    e
      ? { text: `${mm(s)}/${s.year} – ${mm(e)}/${e.year}`, start: iso(s), end: iso(e) }
      : { text: `ab ${mm(s)}/${s.year}`, start: iso(s) },
  'mon/YYYY – atual': (s, e) => ({
    text: `${PT_MONTHS[(s.month ?? 1) - 1]!.replace('.', '')}/${s.year} – ${
      e ? `${PT_MONTHS[(e.month ?? 1) - 1]!.replace('.', '')}/${e.year}` : 'atual'
    }`,
    start: iso(s),
    end: iso(e),
  }),
  'YYYY/YY (academic year)': (s, e) =>
    e
      ? { text: `${s.year}/${String(s.year + 1).slice(2)}`, start: iso(s, false), end: String(s.year + 1) }
      : { text: `since ${s.year}`, start: iso(s, false) },
  '(MM.YYYY - MM.YYYY)': (s, e) => ({
    text: `(${mm(s)}.${s.year} - ${e ? `${mm(e)}.${e.year}` : 'heute'})`,
    start: iso(s),
    end: iso(e),
  }),
};

/** The date form most templates write: "Mar 2019 - Jun 2021". */
export const MON_YEAR: DateForm = DATE_FORMS['Mon YYYY - Mon YYYY']!;

/** The date form a language's CV would use. */
const LANG_DATES: Record<Lang, DateForm> = {
  en: MON_YEAR,
  de: DATE_FORMS['März YYYY – heute']!,
  fr: DATE_FORMS["janv. YYYY – aujourd'hui"]!,
  es: DATE_FORMS['ene. YYYY – actualidad']!,
  pt: monthForm(PT_MONTHS, 'atual'),
};

export const HEADINGS: Record<Lang, Record<'work' | 'education' | 'skills' | 'languages' | 'certificates', string>> = {
  en: {
    work: 'Work Experience',
    education: 'Education',
    skills: 'Skills',
    languages: 'Languages',
    certificates: 'Certificates',
  },
  de: {
    work: 'Berufserfahrung',
    education: 'Ausbildung',
    skills: 'Kenntnisse',
    languages: 'Sprachen',
    certificates: 'Zertifikate',
  },
  fr: {
    work: 'Expérience professionnelle',
    education: 'Formation',
    skills: 'Compétences',
    languages: 'Langues',
    certificates: 'Certifications',
  },
  es: {
    work: 'Experiencia laboral',
    education: 'Formación académica',
    skills: 'Habilidades',
    languages: 'Idiomas',
    certificates: 'Certificaciones',
  },
  pt: {
    work: 'Experiência profissional',
    education: 'Formação acadêmica',
    skills: 'Competências',
    languages: 'Idiomas',
    certificates: 'Certificações',
  },
};

export const LANGUAGE_IN: Record<Lang, Record<string, string>> = {
  en: {},
  de: {
    English: 'Englisch',
    German: 'Deutsch',
    French: 'Französisch',
    Spanish: 'Spanisch',
    Portuguese: 'Portugiesisch',
    Italian: 'Italienisch',
  },
  fr: {
    English: 'Anglais',
    German: 'Allemand',
    French: 'Français',
    Spanish: 'Espagnol',
    Portuguese: 'Portugais',
    Italian: 'Italien',
  },
  es: {
    English: 'Inglés',
    German: 'Alemán',
    French: 'Francés',
    Spanish: 'Español',
    Portuguese: 'Portugués',
    Italian: 'Italiano',
  },
  pt: {
    English: 'Inglês',
    German: 'Alemão',
    French: 'Francês',
    Spanish: 'Espanhol',
    Portuguese: 'Português',
    Italian: 'Italiano',
  },
};
const languageIn = (lang: Lang, english: string) => LANGUAGE_IN[lang][english] ?? english;

const BULLETS = [
  'Built a billing service used by twelve teams across three countries.',
  'Cut the nightly report run from four hours to twenty minutes.',
  'Mentored two junior colleagues and ran the weekly design review.',
];

function expectedOf(p: Person, work: readonly ExpectedRole[], schools?: Expected['education']): Expected {
  return {
    name: p.name,
    email: p.email,
    phone: p.phone,
    work,
    education:
      schools ?? p.schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) })),
    skills: p.skills,
    languages: p.languages.map((l) => l.language),
  };
}

const roleExpected = (r: Role, w: Written): ExpectedRole => ({
  employer: r.employer,
  title: r.title,
  ...(w.start ? { start: w.start } : {}),
  ...(w.end ? { end: w.end } : {}),
});

/** The head of a CV: name, then contact details on one line. */
const head = (p: Person, markdown: boolean) => [markdown ? `# ${p.name}` : p.name, `${p.email} · ${p.phone}`, ''];

/** Schools, skills and languages in the plain form every class shares unless it varies them. */
function restOf(p: Person, lang: Lang, markdown: boolean): string[] {
  const h = (text: string) => (markdown ? `## ${text}` : text.toUpperCase());
  const lines = [h(HEADINGS[lang].education)];
  for (const s of p.schools)
    lines.push(markdown ? `### ${s.degree}` : s.degree, s.institution, `${s.start.year} – ${s.end.year}`, '');
  lines.push(h(HEADINGS[lang].skills), p.skills.join(', '), '');
  lines.push(h(HEADINGS[lang].languages));
  lines.push(p.languages.map((l) => `${languageIn(lang, l.language)} (${l.level})`).join(', '), '');
  return lines;
}

export type RoleOrder = (
  r: Role,
  dates: string,
) => { readonly heads: readonly string[]; readonly datesInside: boolean };
export type DatePlace = 'line after' | 'line before' | 'end of head' | 'start of head';

/** A role's head lines in each order people write them; `dates` goes where the place says. */
export const ROLE_ORDERS: Readonly<Record<string, (r: Role) => string[]>> = {
  'Title, Employer': (r) => [`${r.title}, ${r.employer}`],
  'Employer — Title': (r) => [`${r.employer} — ${r.title}`],
  'Title at Employer': (r) => [`${r.title} at ${r.employer}`],
  'Title | Employer': (r) => [`${r.title} | ${r.employer}`],
  'Employer (City) / Title': (r) => [`${r.employer} (${r.city})`, r.title],
  'Title / Employer, City': (r) => [r.title, `${r.employer}, ${r.city}`],
};

function placeDates(heads: string[], dates: string, place: DatePlace): string[] {
  if (place === 'line after') return [...heads, dates];
  if (place === 'line before') return [dates, ...heads];
  if (place === 'end of head') return [`${heads[0]} | ${dates}`, ...heads.slice(1)];
  return [`${dates} | ${heads[0]}`, ...heads.slice(1)];
}

/** One role-layout class: the order of a role's parts, where its dates stand, and the text's style. */
function roleLayoutCv(p: Person, order: string, place: DatePlace, style: 'md' | 'bold' | 'txt'): SyntheticCv {
  const markdown = style !== 'txt';
  const lines = [...head(p, markdown), markdown ? `## ${HEADINGS.en.work}` : 'WORK EXPERIENCE', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    const heads = placeDates(ROLE_ORDERS[order]!(r), written.text, place);
    const styled = heads.map((l, i) => (i > 0 ? l : style === 'md' ? `### ${l}` : style === 'bold' ? `**${l}**` : l));
    lines.push(...styled, ...BULLETS.slice(0, 2).map((b) => `- ${b}`), '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', markdown));
  return {
    className: `role order: ${order} · dates ${place}`,
    file: `${style}.${markdown ? 'md' : 'txt'}`,
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** One date-form class: every role's dates in the form, on their own line under "Title, Employer". */
function dateFormCv(p: Person, form: string): SyntheticCv {
  const lines = [...head(p, true), `## ${HEADINGS.en.work}`, ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = DATE_FORMS[form]!(r.start, r.end);
    lines.push(`### ${r.title}, ${r.employer}`, written.text, `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', true));
  return { className: `date form: ${form}`, file: 'cv.md', text: lines.join('\n'), expected: expectedOf(p, work) };
}

/** One headings class: a whole CV in one of five languages, headings, dates, languages and all. */
function headingsCv(p: Person, lang: Lang, markdown: boolean): SyntheticCv {
  const h = (text: string) => (markdown ? `## ${text}` : text.toUpperCase());
  const lines = [...head(p, markdown), h(HEADINGS[lang].work), ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = LANG_DATES[lang](r.start, r.end);
    lines.push(
      markdown ? `### ${r.title} – ${r.employer}` : `${r.title} – ${r.employer}`,
      written.text,
      `- ${BULLETS[1]}`,
      '',
    );
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, lang, markdown));
  lines.push(h(HEADINGS[lang].certificates), 'AWS Certified Solutions Architect (2021)', '');
  return {
    className: `headings: ${lang}${markdown ? '' : ' (plain text)'}`,
    file: `cv.${markdown ? 'md' : 'txt'}`,
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

export { DEGREES, person };
export type { Lang, Person, Role, School };
export { roleLayoutCv, dateFormCv, headingsCv, expectedOf, roleExpected, head, restOf, languageIn, BULLETS };
