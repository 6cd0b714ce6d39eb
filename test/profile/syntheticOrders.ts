/**
 * Synthetic classes for what a section says as a whole: LinkedIn's export grouping several roles
 * under one employer after another employer's role (the employer line, a bare total duration, then
 * each title with its dates); a section writing every entry's parts in one order, where only some
 * entries hold a word that tells title from employer; and spoken languages written
 * "X : level ; Y : level", the first one the mother tongue. Five languages each; invented content.
 */
import {
  type ExpectedRole,
  expectedOf,
  head,
  HEADINGS,
  type Lang,
  languageIn,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

/** "2 years 1 month" as LinkedIn writes a total duration in each language, long and short. */
const TOTALS: Record<Lang, (y: number, m: number) => string> = {
  en: (y, m) => `${y} year${y > 1 ? 's' : ''} ${m} month${m > 1 ? 's' : ''}`,
  de: (y, m) => `${y} Jahr${y > 1 ? 'e' : ''} ${m} Monat${m > 1 ? 'e' : ''}`,
  fr: (y, m) => `${y} an${y > 1 ? 's' : ''} ${m} mois`,
  es: (y, m) => `${y} año${y > 1 ? 's' : ''} ${m} mes${m > 1 ? 'es' : ''}`,
  pt: (y, m) => `${y} ano${y > 1 ? 's' : ''} ${m} ${m > 1 ? 'meses' : 'mês'}`,
};
const shortTotal = (y: number, m: number) => `${y} yr${y > 1 ? 's' : ''} ${m} mo${m > 1 ? 's' : ''}`;

/**
 * LinkedIn's "Save to PDF" as text: the first role alone under its employer with its place, then a
 * second employer's name over its total duration and every later role's title and dates, which all
 * belong to that second employer.
 */
export function linkedinGroupedCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const [first, ...later] = p.roles;
  const lines = [...head(p, false), HEADINGS[lang].work, '', first!.employer, first!.title];
  lines.push(MON_YEAR(first!.start, first!.end).text, `${first!.city}, Spain`);
  if (k % 2 === 0) lines.push('');
  const y = 1 + (k % 3);
  lines.push(later[0]!.employer, k % 3 === 2 ? shortTotal(y, 1 + k) : TOTALS[lang](y, 1 + k));
  for (const [i, r] of later.entries()) {
    lines.push(r.title, `${MON_YEAR(r.start, r.end).text} (${y} years)`);
    if (i === 0 && k % 2 === 1) lines.push(`${r.city}, ${['Portugal', 'Germany', 'Brazil'][k % 3]}`);
  }
  lines.push('', ...restOf(p, lang, false));
  const work: ExpectedRole[] = p.roles.map((r, i) =>
    roleExpected(i === 0 ? r : { ...r, employer: later[0]!.employer }, MON_YEAR(r.start, r.end)),
  );
  return {
    className: 'LinkedIn text: grouped employer after a role',
    file: 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Titles and employers no word list knows: only the order of the section's other entries tells them apart. */
const UNDECIDED: Record<Lang, readonly [string, string][]> = {
  en: [
    ['Barista', 'Fernhollow'],
    ['Customer Success', 'Quarry Hill'],
  ],
  de: [
    ['Lagerist', 'Lumenrock'],
    ['Kundenbetreuung', 'Fernhollow'],
  ],
  fr: [
    ['Administrateur systèmes', 'Mirador'],
    ['Cuisinier', 'Lumenrock'],
  ],
  es: [
    ['Recepcionista', 'Brisa Sul'],
    ['Atención al cliente', 'Mirador'],
  ],
  pt: [
    ['Atendimento ao cliente', 'Quarry Hill'],
    ['Recepcionista', 'Brisa Sul'],
  ],
};
const LEGAL: Record<Lang, string> = { en: 'Ltd', de: 'GmbH', fr: 'SAS', es: 'SA', pt: 'Ltda.' };
const PRESENT: Record<Lang, string> = { en: 'present', de: 'heute', fr: "aujourd'hui", es: 'actualidad', pt: 'atual' };

export type OrderSeparator = ' — ' | ' | ' | ', ' | ' at ';

/**
 * An experience section of one-line entries "Title — Employer    2017 – 2020" (or employer first):
 * the person's first role holds a title word, the later ones are invented with none.
 */
export function sectionOrderCv(p: Person, lang: Lang, separator: OrderSeparator, employerFirst: boolean): SyntheticCv {
  const roles = p.roles.map((r, i) => {
    const pair = i === 0 ? undefined : UNDECIDED[lang][(i - 1) % 2]!;
    // The first role's legal form decides its order even where its name holds a title word ("Consultora …").
    const legal = /\b(?:GmbH|AG|Ltd|SAS|SA|Ltda\.)$/.test(r.employer) ? r.employer : `${r.employer} ${LEGAL[lang]}`;
    return pair ? { ...r, title: pair[0], employer: pair[1] } : { ...r, employer: legal };
  });
  const lines = [...head(p, false), HEADINGS[lang].work.toUpperCase()];
  const work: ExpectedRole[] = [];
  for (const r of roles) {
    const parts = employerFirst ? [r.employer, r.title] : [r.title, r.employer];
    const dates = `${r.start.year} – ${r.end ? r.end.year : PRESENT[lang]}`;
    lines.push(`${parts.join(separator)}     ${dates}`);
    const written = { text: dates, start: String(r.start.year), ...(r.end ? { end: String(r.end.year) } : {}) };
    work.push(roleExpected(r, written));
  }
  lines.push('', ...restOf(p, lang, false));
  const order = employerFirst ? 'employer first' : 'title first';
  const className = `section order: ${order}, "${separator.trim() || 'space'}"`;
  return { className, file: 'cv.txt', text: lines.join('\n'), expected: expectedOf(p, work) };
}

const MOTHER_TONGUE: Record<Lang, string> = {
  en: 'native',
  de: 'Muttersprache',
  fr: 'langue maternelle',
  es: 'lengua materna',
  pt: 'língua materna',
};

/** "Français : langue maternelle ; Anglais : courant (C1)": a line of languages, each its level after a colon. */
export function languageColonsCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const colon = k % 2 === 0 ? ' : ' : ': ';
  const items = p.languages.map(
    (l, i) => `${languageIn(lang, l.language)}${colon}${i === 0 ? MOTHER_TONGUE[lang] : l.level}`,
  );
  const lines = [...head(p, false), HEADINGS[lang].skills.toUpperCase(), p.skills.join(', '), ''];
  lines.push(HEADINGS[lang].languages.toUpperCase(), items.join(k % 3 === 0 ? '; ' : ' ; '), '');
  return {
    className: 'languages: "X : mother tongue ; Y : level"',
    file: 'cv.txt',
    text: lines.join('\n'),
    expected: { ...expectedOf(p, []), education: [] },
  };
}
