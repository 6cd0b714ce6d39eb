/**
 * Synthetic layout bench, Word and Google Docs CVs as people lay them out: roles inside tables (a
 * dates column beside a cell of title, employer and bullets; an employer row spanning the table;
 * dates merged down several rows; the whole CV a two-column layout table with a sidebar), a title
 * and its dates at a right-aligned tab stop, soft line breaks inside one paragraph, bold-only or
 * capitals headings, the name in a text box, numbered lists, an employer over several roles.
 * Invented people in five languages; dates joined by "to", "bis", "à" or "a" as each language writes them.
 */
import {
  bullet,
  type Cell,
  cellTable,
  makeDocx,
  numbered,
  paragraph,
  type Run,
  runs,
  textBox,
} from '../../scripts/synthetic/docxFixture.js';
import {
  BULLETS,
  type ExpectedRole,
  expectedOf,
  HEADINGS,
  type Lang,
  languageIn,
  type Person,
  type Role,
  roleExpected,
  type School,
  type SyntheticCv,
  type Written,
} from './syntheticCvs.js';

/** The language a CV of the class is written in, by its index in the class. */
export const DOCX_LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'pt'];

const MONTHS: Record<Lang, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
};
/** The word joining a range ("to", "bis", "à", "a") and the word for a role still held. */
const JOIN: Record<Lang, readonly [string, string]> = {
  en: ['to', 'Present'],
  de: ['bis', 'heute'],
  fr: ['à', "aujourd'hui"],
  es: ['a', 'la actualidad'],
  pt: ['a', 'atual'],
};

const mm = (month: number | undefined) => String(month ?? 1).padStart(2, '0');

/** A role's dates as the language writes them; every other CV joins them with an en dash instead. */
export function docxDates(r: Pick<Role, 'start' | 'end'>, lang: Lang, k: number): Written {
  const month = (m: number | undefined, y: number) =>
    lang === 'de' ? `${mm(m)}/${y}` : `${MONTHS[lang][(m ?? 1) - 1]}${lang === 'es' ? ' de' : ''} ${y}`;
  const [word, present] = JOIN[lang];
  const join = k % 2 === 1 ? ' – ' : ` ${word} `;
  const end = r.end ? month(r.end.month, r.end.year) : present;
  const start = `${r.start.year}-${mm(r.start.month)}`;
  return {
    text: `${month(r.start.month, r.start.year)}${join}${end}`,
    start,
    ...(r.end ? { end: `${r.end.year}-${mm(r.end.month)}` } : {}),
  };
}

const years = (s: School, k: number) => `${s.start.year}${k % 2 ? ' – ' : ' - '}${s.end.year}`;
const langs = (p: Person, lang: Lang) => p.languages.map((l) => `${languageIn(lang, l.language)} (${l.level})`);
const heading = (text: string, k: number) =>
  k % 2 ? paragraph(text, 'Heading1') : runs([{ text: text.toUpperCase(), bold: true }]);
const cell = (...xml: string[]): Cell => ({ xml: xml.join('') });

/** Skills and languages as every class ends: a heading and a line each. */
function tail(p: Person, lang: Lang, k: number): string[] {
  return [
    heading(HEADINGS[lang].skills, k),
    paragraph(p.skills.join(', ')),
    heading(HEADINGS[lang].languages, k),
    paragraph(langs(p, lang).join(', ')),
  ];
}

interface Made {
  readonly body: string[];
  readonly work: ExpectedRole[];
}

/** The roles of `p`, each laid out by `lay`, under the work heading. */
function rolesBody(p: Person, lang: Lang, k: number, lay: (r: Role, dates: string, i: number) => string[]): Made {
  const body: string[] = [];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const written = docxDates(r, lang, k);
    body.push(...lay(r, written.text, i));
    work.push(roleExpected(r, written));
  });
  return { body, work };
}

const cv = (className: string, p: Person, body: readonly string[], work: readonly ExpectedRole[]): SyntheticCv => ({
  className,
  file: 'cv.docx',
  text: makeDocx(body.join('')),
  expected: expectedOf(p, work),
});

const contact = (p: Person) => [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`)];

/** A table of roles: the dates in the left cell, the title (bold), the employer and the duties in the right one. */
export function docxCellStackCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const rows: Cell[][] = [];
  const { work } = rolesBody(p, lang, k, (r, dates) => {
    const employer = k % 3 === 2 ? `${r.employer}, ${r.city === 'Remote' ? 'Graz' : r.city}` : r.employer;
    rows.push([
      cell(paragraph(dates)),
      cell(
        runs([{ text: r.title, bold: true }]),
        runs([{ text: employer, italic: true }]),
        bullet(BULLETS[0]!),
        bullet(BULLETS[1]!),
      ),
    ]);
    return [];
  });
  const schools = p.schools.map((s) => [
    cell(paragraph(years(s, k))),
    cell(runs([{ text: s.degree, bold: true }]), paragraph(s.institution)),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), cellTable(rows)];
  body.push(heading(HEADINGS[lang].education, k), cellTable(schools), ...tail(p, lang, k));
  return cv('DOCX table: dates cell beside title, employer and duties in one cell', p, body, work);
}

/** The whole CV one row of a layout table: contact, skills and languages in a narrow sidebar, the roles beside it. */
export function docxSidebarCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const side = [
    heading('Contact', k),
    paragraph(p.email),
    paragraph(p.phone),
    heading(HEADINGS[lang].skills, k),
    ...p.skills.map(bullet),
    heading(HEADINGS[lang].languages, k),
    ...langs(p, lang).map((l) => paragraph(l)),
  ];
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: r.title, bold: true }]),
    paragraph(k % 2 ? `${r.employer} | ${dates}` : `${r.employer} · ${r.city} · ${dates}`),
    bullet(BULLETS[2]!),
  ]);
  const main = [heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools)
    main.push(runs([{ text: s.degree, bold: true }]), paragraph(`${s.institution} | ${years(s, k)}`));
  const body = [paragraph(p.name, 'Title'), cellTable([[cell(...side), cell(...main)]], [3000, 7000])];
  return cv('DOCX: two-column layout table, sidebar beside the main column', p, body, work);
}

/** Title (bold) and dates on one line at a right-aligned tab stop; under it the employer, its city at the tab. */
export function docxTabStopCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: r.title, bold: true }, { tab: true }, dates], { tabStop: true }),
    runs([{ text: r.employer, italic: true }, { tab: true }, r.city], { tabStop: true }),
    bullet(BULLETS[0]!),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools)
    body.push(
      runs([{ text: s.degree, bold: true }, { tab: true }, years(s, k)], { tabStop: true }),
      paragraph(s.institution),
    );
  return cv('DOCX: title and dates at a right tab stop, employer under it', p, [...body, ...tail(p, lang, k)], work);
}

/** Title, employer and dates in one paragraph, set apart by soft line breaks (Shift+Enter). */
export function docxSoftBreaksCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: r.title, bold: true }, { br: true }, r.employer, { br: true }, { text: dates, italic: true }]),
    bullet(BULLETS[1]!),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools)
    body.push(runs([{ text: s.degree, bold: true }, { br: true }, s.institution, { br: true }, years(s, k)]));
  return cv('DOCX: title, employer and dates split by soft line breaks', p, [...body, ...tail(p, lang, k)], work);
}

/** No heading styles: bold capitals headings, the employer (bold) and its dates at a tab, the title in italics. */
export function docxBoldHeadingsCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const bold = (text: string) => runs([{ text: text.toUpperCase(), bold: true }]);
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: r.employer, bold: true }, { tab: true }, dates], { tabStop: true }),
    runs([{ text: r.title, italic: true }]),
    bullet(BULLETS[2]!),
  ]);
  const body = [paragraph(p.name), paragraph(`${p.email} | ${p.phone}`), bold(HEADINGS[lang].work), ...roles];
  body.push(bold(HEADINGS[lang].education));
  for (const s of p.schools)
    body.push(
      runs([{ text: s.institution, bold: true }, { tab: true }, years(s, k)], { tabStop: true }),
      paragraph(s.degree),
    );
  body.push(bold(HEADINGS[lang].skills), paragraph(p.skills.join(', ')), bold(HEADINGS[lang].languages));
  body.push(paragraph(langs(p, lang).join(', ')));
  return cv('DOCX: bold capitals headings, employer and dates at a tab', p, body, work);
}

/** The name and contact details in a text box; styled headings; "Title — Employer" as a sub-heading, dates under it. */
export function docxTextBoxCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    paragraph(`${r.title} — ${r.employer}`, 'Heading2'),
    runs([{ text: dates, italic: true }]),
    bullet(BULLETS[0]!),
  ]);
  const body = [textBox([p.name, p.email, p.phone]), paragraph(HEADINGS[lang].work, 'Heading1'), ...roles];
  body.push(paragraph(HEADINGS[lang].education, 'Heading1'));
  for (const s of p.schools) body.push(paragraph(`${s.degree} — ${s.institution}`, 'Heading2'), paragraph(years(s, k)));
  return cv('DOCX: name in a text box, roles as sub-headings', p, [...body, ...tail(p, lang, 1)], work);
}

/** Each role one item of a numbered list: "Title, Employer (dates)", a sentence of duties after it. */
export function docxNumberedCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    numbered(k % 2 ? `${r.title}, ${r.employer} (${dates})` : `${dates}: ${r.title}, ${r.employer}`),
    paragraph(BULLETS[1]!),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools) body.push(numbered(`${s.degree}, ${s.institution}, ${years(s, k)}`));
  return cv('DOCX: numbered list of roles', p, [...body, ...tail(p, lang, k)], work);
}

/** Two roles at one employer (a promotion): the first two roles of `p` share the first's employer. */
function promoted(p: Person): Person {
  const [first, second, ...rest] = p.roles;
  return { ...p, roles: [first!, { ...second!, employer: first!.employer }, ...rest] };
}

/** A table of roles where an employer's row spans both columns over its roles' rows (dates | title and duties). */
export function docxEmployerRowCv(person: Person, lang: Lang, k: number): SyntheticCv {
  const p = promoted(person);
  const rows: Cell[][] = [];
  const { work } = rolesBody(p, lang, k, (r, dates, i) => {
    if (i === 0 || r.employer !== p.roles[i - 1]!.employer)
      rows.push([{ xml: runs([{ text: r.employer, bold: true }, `, ${r.city}`]), span: 2 }]);
    rows.push([cell(paragraph(dates)), cell(runs([{ text: r.title, italic: true }]), bullet(BULLETS[0]!))]);
    return [];
  });
  const body = [...contact(p), heading(HEADINGS[lang].work, k), cellTable(rows), heading(HEADINGS[lang].education, k)];
  body.push(
    cellTable(p.schools.map((s) => [cell(paragraph(years(s, k))), cell(paragraph(`${s.degree}, ${s.institution}`))])),
  );
  return cv('DOCX table: employer row spanning the table over its roles', p, [...body, ...tail(p, lang, k)], work);
}

/** The dates cell merged down the rows of its role: the title's row, the employer's row and the duties' row. */
export function docxMergedDatesCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const rows: Cell[][] = [];
  const { work } = rolesBody(p, lang, k, (r, dates) => {
    rows.push(
      [{ xml: paragraph(dates), merge: 'restart' }, cell(runs([{ text: r.title, bold: true }]))],
      [{ xml: '', merge: 'continue' }, cell(paragraph(r.employer))],
      [{ xml: '', merge: 'continue' }, cell(bullet(BULLETS[2]!))],
    );
    return [];
  });
  const body = [...contact(p), heading(HEADINGS[lang].work, k), cellTable(rows), heading(HEADINGS[lang].education, k)];
  for (const s of p.schools) body.push(paragraph(`${s.degree}, ${s.institution} (${years(s, k)})`));
  return cv('DOCX table: dates merged down beside title and employer rows', p, [...body, ...tail(p, lang, k)], work);
}

/** An employer paragraph (bold, its city at the tab) over each of its titles, the dates at the tab of each title. */
export function docxEmployerGroupCv(person: Person, lang: Lang, k: number): SyntheticCv {
  const p = promoted(person);
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates, i) => {
    const out: string[] = [];
    if (i === 0 || r.employer !== p.roles[i - 1]!.employer)
      out.push(runs([{ text: r.employer, bold: true }, { tab: true }, r.city], { tabStop: true }));
    const title: Run[] = [{ text: r.title, italic: true }, { tab: true }, dates];
    out.push(runs(title, { tabStop: true }), bullet(BULLETS[1]!));
    return out;
  });
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools)
    body.push(
      runs([{ text: s.degree, bold: true }, { tab: true }, years(s, k)], { tabStop: true }),
      paragraph(s.institution),
    );
  return cv('DOCX: employer over its titles, each with dates at a tab', p, [...body, ...tail(p, lang, k)], work);
}

/** Google Docs' one-line roles: "Employer — Title — Place — Dates" in some order, capitals headings. */
export function docxDashLineCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const place = (r: Role) => (r.city === 'Remote' ? 'Graz' : r.city);
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => {
    const fields =
      k % 3 === 0
        ? [r.employer, r.title, place(r), dates]
        : k % 3 === 1
          ? [r.title, r.employer, place(r), dates]
          : [`${r.employer}, ${place(r)}`, r.title, dates];
    return [paragraph(fields.join(' — ')), bullet(BULLETS[0]!)];
  });
  const caps = (text: string) => paragraph(text.toUpperCase());
  const body = [paragraph(p.name), paragraph(`${p.email} | ${p.phone}`), caps(HEADINGS[lang].work), ...roles];
  body.push(caps(HEADINGS[lang].education));
  for (const s of p.schools) body.push(paragraph(`${s.institution} — ${s.degree} — ${years(s, k)}`));
  body.push(caps(HEADINGS[lang].skills), paragraph(p.skills.join(', ')), caps(HEADINGS[lang].languages));
  body.push(paragraph(langs(p, lang).join(', ')));
  return cv('DOCX: employer — title — place — dates on one line', p, body, work);
}

/**
 * Fields set apart by tabs alone, no bold or italics: "Title<tab>Employer<tab>Dates", or the employer
 * and city over the title and dates.
 */
export function docxPlainTabsCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) =>
    k % 2
      ? [runs([r.title, { tab: true }, r.employer, { tab: true }, dates], { tabStop: true }), bullet(BULLETS[1]!)]
      : [
          runs([r.employer, { tab: true }, r.city], { tabStop: true }),
          runs([r.title, { tab: true }, dates], { tabStop: true }),
          bullet(BULLETS[1]!),
        ],
  );
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools)
    body.push(runs([s.degree, { tab: true }, s.institution, { tab: true }, years(s, k)], { tabStop: true }));
  return cv('DOCX: fields set apart by tabs alone', p, [...body, ...tail(p, lang, k)], work);
}

/** A table of one row per role: employer, title, place and dates in columns, no row naming them. */
export function docxColumnsCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const rows: Cell[][] = [];
  const { work } = rolesBody(p, lang, k, (r, dates) => {
    const row = [r.employer, r.title, r.city === 'Remote' ? 'Graz' : r.city, dates];
    rows.push((k % 2 ? [dates, r.title, r.employer] : row).map((text) => cell(paragraph(text))));
    return [];
  });
  const grid = [2400, 2400, 2400, 2400];
  const body = [
    ...contact(p),
    heading(HEADINGS[lang].work, k),
    cellTable(rows, grid),
    heading(HEADINGS[lang].education, k),
  ];
  body.push(
    cellTable(
      p.schools.map((s) => [s.degree, s.institution, years(s, k)].map((t) => cell(paragraph(t)))),
      grid,
    ),
  );
  return cv('DOCX table: a row per role, fields in columns, no header row', p, [...body, ...tail(p, lang, k)], work);
}

/** The whole CV a layout table of one row per section: its name in the left cell, its entries in the right one. */
export function docxSectionRowsCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: r.title, bold: true }]),
    paragraph(`${r.employer}, ${dates}`),
    bullet(BULLETS[2]!),
  ]);
  const schools = p.schools.flatMap((s) => [
    runs([{ text: s.degree, bold: true }]),
    paragraph(`${s.institution}, ${years(s, k)}`),
  ]);
  const label = (text: string) => cell(runs([{ text: k % 2 ? text : text.toUpperCase(), bold: true }]));
  const rows: Cell[][] = [
    [label(HEADINGS[lang].work), cell(...roles)],
    [label(HEADINGS[lang].education), cell(...schools)],
    [label(HEADINGS[lang].skills), cell(paragraph(p.skills.join(', ')))],
    [label(HEADINGS[lang].languages), cell(paragraph(langs(p, lang).join(', ')))],
  ];
  return cv('DOCX: layout table, section names in the left column', p, [...contact(p), cellTable(rows)], work);
}

/** A table cell of title, employer and a sentence of duties (no bullets) beside the dates. */
export function docxCellSentenceCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const rows: Cell[][] = [];
  const { work } = rolesBody(p, lang, k, (r, dates) => {
    rows.push([cell(paragraph(dates)), cell(paragraph(r.title), paragraph(r.employer), paragraph(BULLETS[k % 3]!))]);
    return [];
  });
  const schools = p.schools.map((s) => [
    cell(paragraph(years(s, k))),
    cell(paragraph(s.degree), paragraph(s.institution)),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), cellTable(rows), heading(HEADINGS[lang].education, k)];
  body.push(cellTable(schools), ...tail(p, lang, k));
  return cv('DOCX table: title, employer and a duty sentence in one cell', p, body, work);
}

/** A layout table whose main column comes first and the sidebar (name, contact, skills) last in the file. */
export function docxSidebarLastCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: `${r.title} | ${r.employer}`, bold: true }]),
    runs([{ text: dates, italic: true }]),
    bullet(BULLETS[0]!),
  ]);
  const main = [heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools)
    main.push(runs([{ text: s.degree, bold: true }]), paragraph(`${s.institution} | ${years(s, k)}`));
  // The name styled as Word's Title, or only set in bold capitals.
  const name = k % 2 ? runs([{ text: p.name.toUpperCase(), bold: true }]) : paragraph(p.name, 'Title');
  const side = [name, paragraph(p.email), paragraph(p.phone), heading(HEADINGS[lang].skills, k)];
  side.push(...p.skills.map(bullet), heading(HEADINGS[lang].languages, k), ...langs(p, lang).map((l) => paragraph(l)));
  return cv(
    'DOCX: layout table, sidebar last in the file',
    p,
    [cellTable([[cell(...main), cell(...side)]], [7000, 3000])],
    work,
  );
}

/** Dates first at the margin, a tab, then "Title, Employer" (a Word résumé's hanging indent). */
export function docxDatesTabCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([dates, { tab: true }, k % 2 ? `${r.title}, ${r.employer}` : `${r.employer}, ${r.title}`]),
    bullet(BULLETS[1]!),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools) body.push(runs([years(s, k), { tab: true }, `${s.degree}, ${s.institution}`]));
  return cv('DOCX: dates, a tab, then title and employer', p, [...body, ...tail(p, lang, k)], work);
}

/** Fields aligned by typing spaces: "Employer        City" over "Title        Dates", each gap many spaces. */
export function docxSpacedCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const gap = ' '.repeat(6 + (k % 3) * 4);
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: `${r.employer}${gap}${r.city}`, bold: k % 2 === 1 }]),
    paragraph(`${r.title}${gap}${dates}`),
    bullet(BULLETS[1]!),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  for (const s of p.schools) body.push(paragraph(`${s.institution}${gap}${years(s, k)}`), paragraph(s.degree));
  return cv('DOCX: fields aligned by runs of spaces', p, [...body, ...tail(p, lang, k)], work);
}

/** Fields joined by dashes as a word processor leaves them: an em dash unspaced, an en dash spaced on one side. */
export function docxTightDashCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const { body: roles, work } = rolesBody(p, lang, k, (r, dates) => [
    runs([{ text: k % 2 ? `${r.employer}—${r.title}—${r.city}` : `${r.title}– ${r.employer}`, bold: true }]),
    paragraph(dates),
    bullet(BULLETS[2]!),
  ]);
  const body = [...contact(p), heading(HEADINGS[lang].work, k), ...roles, heading(HEADINGS[lang].education, k)];
  // A school's heading keeps its dashes spaced: only a role's fields are parted at a tight dash.
  for (const s of p.schools) body.push(paragraph(`${s.institution} — ${s.degree} — ${years(s, k)}`));
  return cv('DOCX: fields joined by unspaced dashes', p, [...body, ...tail(p, lang, k)], work);
}

/** Every DOCX layout class, in the order the bench lists them. */
export const DOCX_LAYOUTS = [
  docxCellStackCv,
  docxSidebarCv,
  docxTabStopCv,
  docxSoftBreaksCv,
  docxBoldHeadingsCv,
  docxTextBoxCv,
  docxNumberedCv,
  docxEmployerRowCv,
  docxMergedDatesCv,
  docxEmployerGroupCv,
  docxDashLineCv,
  docxPlainTabsCv,
  docxColumnsCv,
  docxSectionRowsCv,
  docxCellSentenceCv,
  docxSidebarLastCv,
  docxDatesTabCv,
  docxSpacedCv,
  docxTightDashCv,
] as const;
