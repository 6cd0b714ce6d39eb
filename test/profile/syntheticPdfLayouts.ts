/**
 * Synthetic layout bench, PDF layouts real CVs are exported in: a sidebar on the left or the right
 * (contact, skills, languages, education) beside the roles; dates flush right on the title's or the
 * employer's baseline; dates in a narrow left column; a date range broken over two lines; Word and
 * Canva exports setting each word as a run of its own; letter-spaced capital headings; a page break
 * inside a role under a running head and over a page number. Five languages; every person, employer
 * and school is invented (syntheticPeople.ts).
 */
import { makePdf, type PlacedText, textWidth } from '../../scripts/synthetic/pdfFixture.js';
import {
  BULLETS,
  DATE_FORMS,
  type ExpectedRole,
  expectedOf,
  HEADINGS,
  type Lang,
  languageIn,
  type Person,
  roleExpected,
  type SyntheticCv,
  type Written,
} from './syntheticCvs.js';

export const PDF_LAYOUTS = [
  'sidebar left, title and dates on one baseline',
  'sidebar right, employer and dates on one baseline',
  'dates in a narrow left column',
  'date range over two lines in a left column',
  'date range over two lines flush right',
  'Word runs, one line several runs',
  'letter-spaced capital headings, sidebar left',
  'page break inside a role, running head and page number',
  'sidebar left over two pages',
  'single column, dates flush right (no split)',
] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

const LANG_FORM: Record<Lang, string> = {
  en: 'Mon YYYY - Mon YYYY',
  de: 'März YYYY – heute',
  fr: "janv. YYYY – aujourd'hui",
  es: 'ene. YYYY – actualidad',
  pt: 'mon/YYYY – atual',
};

/** Contact, skills and languages headings as a sidebar writes them. */
const CONTACT: Record<Lang, string> = { en: 'Contact', de: 'Kontakt', fr: 'Contact', es: 'Contacto', pt: 'Contato' };

/** Flush right means the right edges agree to the point, as a tab stop or \hfill sets them. */
const widthOf = textWidth;

interface Entry {
  readonly first: string;
  readonly second: string;
  readonly dates: string;
}

interface Page {
  readonly texts: PlacedText[];
}

/** Places text top-down in one column, page after page; headings, entries, plain lines. */
class ColumnWriter {
  y: number;
  constructor(
    readonly pages: Page[],
    public page: number,
    readonly left: number,
    readonly right: number,
    top: number,
    readonly bottom = 60,
    readonly nextTop = 740,
  ) {
    this.y = top;
  }
  put(text: PlacedText): void {
    this.pages[this.page]!.texts.push(text);
  }
  /** Moves to the next page when `height` more points do not fit. */
  room(height: number): void {
    if (this.y - height >= this.bottom) return;
    this.page++;
    while (this.pages.length <= this.page) this.pages.push({ texts: [] });
    this.y = this.nextTop;
  }
  line(text: string, size = 10, extra: Partial<PlacedText> = {}): void {
    this.room(14);
    this.put({ x: this.left, y: this.y, size, text, ...extra });
    this.y -= size + 4;
  }
  heading(text: string, extra: Partial<PlacedText> = {}): void {
    this.y -= 8;
    this.line(text, 13, extra);
    this.y -= 2;
  }
  flushRight(text: string, y = this.y, size = 10): void {
    this.put({ x: this.right - widthOf(text, size), y, size, text });
  }
  gap(points = 6): void {
    this.y -= points;
  }
}

function written(lang: Lang, p: Person): { entries: Entry[]; work: ExpectedRole[]; forms: Written[] } {
  const entries: Entry[] = [];
  const work: ExpectedRole[] = [];
  const forms: Written[] = [];
  for (const r of p.roles) {
    const w = DATE_FORMS[LANG_FORM[lang]]!(r.start, r.end);
    entries.push({ first: r.title, second: `${r.employer}, ${r.city}`, dates: w.text });
    work.push(roleExpected(r, w));
    forms.push(w);
  }
  return { entries, work, forms };
}

/** Skills and languages lines under their headings, as a sidebar or a main column ends. */
function skillsAndLanguages(col: ColumnWriter, p: Person, lang: Lang, headingExtra: Partial<PlacedText> = {}) {
  col.heading(HEADINGS[lang].skills, headingExtra);
  for (const skill of p.skills) col.line(skill, 9);
  col.heading(HEADINGS[lang].languages, headingExtra);
  for (const l of p.languages) col.line(`${languageIn(lang, l.language)} (${l.level})`, 9);
}

function sidebarEducation(col: ColumnWriter, p: Person, lang: Lang, headingExtra: Partial<PlacedText> = {}) {
  col.heading(HEADINGS[lang].education, headingExtra);
  for (const s of p.schools) {
    col.line(s.degree, 9);
    col.line(s.institution, 9);
    col.line(`${s.start.year} – ${s.end.year}`, 9);
    col.gap();
  }
}

function sidebarContact(col: ColumnWriter, p: Person, lang: Lang, headingExtra: Partial<PlacedText> = {}) {
  col.heading(CONTACT[lang], headingExtra);
  col.line(p.email, 8);
  col.line(p.phone, 8);
}

/** Roles: the title (or, swapped, the employer) with flush-right dates on its baseline, the other line under it. */
function mainRoles(col: ColumnWriter, entries: readonly Entry[], swap: boolean) {
  for (const e of entries) {
    const [a, b] = swap ? [e.second, e.first] : [e.first, e.second];
    col.room(60);
    col.flushRight(e.dates, col.y, 9);
    col.line(a, 11);
    col.line(b, 10);
    col.line(`• ${BULLETS[0]}`, 9);
    col.line(`• ${BULLETS[2]}`, 9);
    col.gap();
  }
}

function sidebarCv(p: Person, lang: Lang, side: 'left' | 'right', spaced: boolean, twoPages: boolean): Page[] {
  const pages: Page[] = [{ texts: [] }];
  const [sideLeft, sideRight, mainLeft, mainRight] = side === 'left' ? [30, 180, 220, 580] : [420, 580, 35, 390];
  const headingExtra: Partial<PlacedText> = spaced ? { charSpacing: 1.2 } : {};
  const caps = (text: string) => (spaced ? text.toUpperCase() : text);
  const bar = new ColumnWriter(pages, 0, sideLeft, sideRight, 700);
  sidebarContact(bar, p, lang, headingExtra);
  sidebarEducation(bar, p, lang, headingExtra);
  skillsAndLanguages(bar, p, lang, headingExtra);
  const main = new ColumnWriter(pages, 0, mainLeft, mainRight, twoPages ? 380 : 740);
  main.put({ x: mainLeft, y: 750, size: 22, text: p.name });
  main.y = twoPages ? 380 : 715;
  const { entries } = written(lang, p);
  main.heading(caps(HEADINGS[lang].work), headingExtra);
  mainRoles(main, entries, side === 'right');
  return pages;
}

/** Dates in a narrow column left of the entries; `split` breaks each range after its dash. */
function datesColumnCv(p: Person, lang: Lang, split: boolean): Page[] {
  const pages: Page[] = [{ texts: [] }];
  const col = new ColumnWriter(pages, 0, 150, 570, 700);
  col.put({ x: 40, y: 750, size: 20, text: p.name });
  col.put({ x: 40, y: 730, size: 9, text: `${p.email} · ${p.phone}` });
  const full = (text: string) => {
    col.y -= 10;
    col.put({ x: 40, y: col.y, size: 13, text: text.toUpperCase() });
    col.y -= 20;
  };
  full(HEADINGS[lang].work);
  for (const e of written(lang, p).entries) {
    const [from, to] = split ? e.dates.split(/(?<=[–-])\s+/) : [e.dates];
    col.put({ x: 40, y: col.y, size: 9, text: from! });
    if (to) col.put({ x: 40, y: col.y - 14, size: 9, text: to });
    col.line(e.first, 11);
    col.line(e.second, 10);
    col.line(BULLETS[1]!, 9);
    col.gap();
  }
  full(HEADINGS[lang].education);
  for (const s of p.schools) {
    col.put({ x: 40, y: col.y, size: 9, text: `${s.start.year} – ${s.end.year}` });
    col.line(s.degree, 11);
    col.line(s.institution, 10);
    col.gap();
  }
  full(HEADINGS[lang].skills);
  col.line(p.skills.join(', '), 9);
  full(HEADINGS[lang].languages);
  col.line(p.languages.map((l) => languageIn(lang, l.language)).join(', '), 9);
  return pages;
}

/** One column; `mode` picks how the roles' lines are set. */
function singleColumnCv(p: Person, lang: Lang, mode: 'plain' | 'word runs' | 'split right' | 'paged'): Page[] {
  const pages: Page[] = [{ texts: [] }];
  const words: Partial<PlacedText> = mode === 'word runs' ? { wordGap: 180 } : {};
  const top = mode === 'paged' ? 420 : 690;
  const col = new ColumnWriter(pages, 0, 50, 560, top, 70, 730);
  col.put({ x: 50, y: 750, size: 20, text: p.name, ...words });
  col.put({ x: 50, y: 730, size: 9, text: `${p.email} | ${p.phone}` });
  if (mode === 'paged') {
    // A long profile paragraph pushes the roles down to the page break.
    for (let i = 0; i < 14; i++) col.put({ x: 50, y: 700 - i * 14, size: 10, text: BULLETS[i % 3]! });
  }
  col.heading(HEADINGS[lang].work.toUpperCase(), words);
  for (const e of written(lang, p).entries) {
    col.room(mode === 'paged' ? 14 : 60);
    if (mode === 'split right') {
      const [from, to] = e.dates.split(/(?<=[–-])\s+/);
      col.flushRight(from!, col.y, 9);
      col.flushRight(to!, col.y - 15, 9);
    } else col.flushRight(e.dates, col.y, 9);
    col.line(e.first, 11, words);
    col.line(e.second, 10, words);
    col.line(`• ${BULLETS[0]}`, 9, words);
    col.line(`• ${BULLETS[1]}`, 9, words);
    col.gap();
  }
  col.heading(HEADINGS[lang].education.toUpperCase(), words);
  for (const s of p.schools) {
    col.room(40);
    col.flushRight(`${s.start.year} – ${s.end.year}`, col.y, 9);
    col.line(s.degree, 11, words);
    col.line(s.institution, 10, words);
    col.gap();
  }
  col.heading(HEADINGS[lang].skills.toUpperCase(), words);
  col.line(p.skills.join(', '), 9);
  col.heading(HEADINGS[lang].languages.toUpperCase(), words);
  col.line(p.languages.map((l) => languageIn(lang, l.language)).join(', '), 9);
  return pages;
}

/** Every page after the first gets the name on top; every page its number at the foot. */
function withFurniture(pages: Page[], p: Person): Page[] {
  return pages.map((page, i) => ({
    texts: [
      ...(i > 0 ? [{ x: 50, y: 770, size: 8, text: `${p.name} – Curriculum Vitae` }] : []),
      ...page.texts,
      { x: 290, y: 30, size: 8, text: `${i + 1} / ${pages.length}` },
    ],
  }));
}

const BUILD: Record<PdfLayout, (p: Person, lang: Lang) => Page[]> = {
  'sidebar left, title and dates on one baseline': (p, l) => sidebarCv(p, l, 'left', false, false),
  'sidebar right, employer and dates on one baseline': (p, l) => sidebarCv(p, l, 'right', false, false),
  'dates in a narrow left column': (p, l) => datesColumnCv(p, l, false),
  'date range over two lines in a left column': (p, l) => datesColumnCv(p, l, true),
  'date range over two lines flush right': (p, l) => singleColumnCv(p, l, 'split right'),
  'Word runs, one line several runs': (p, l) => singleColumnCv(p, l, 'word runs'),
  'letter-spaced capital headings, sidebar left': (p, l) => sidebarCv(p, l, 'left', true, false),
  'page break inside a role, running head and page number': (p, l) => withFurniture(singleColumnCv(p, l, 'paged'), p),
  'sidebar left over two pages': (p, l) => withFurniture(sidebarCv(p, l, 'left', false, true), p),
  'single column, dates flush right (no split)': (p, l) => singleColumnCv(p, l, 'plain'),
};

/** One CV of `layout` in `lang`. */
export function pdfLayoutCv(p: Person, layout: PdfLayout, lang: Lang): SyntheticCv {
  const { work } = written(lang, p);
  const pages = BUILD[layout](p, lang);
  return {
    className: `PDF layout: ${layout}`,
    file: 'cv.pdf',
    text: makePdf(pages),
    expected: expectedOf(p, work),
  };
}
