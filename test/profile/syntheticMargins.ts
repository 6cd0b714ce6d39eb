/**
 * Synthetic layout bench, PDFs with section headings in a left margin: each heading sits in a
 * narrow column with its section's first row beside it (LaTeX article CVs, moderncv's classic
 * style, Word templates); in one variant each role's dates sit in the margin too, under the
 * heading; headings in five languages. All people and words are invented.
 */
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import {
  type ExpectedRole,
  expectedOf,
  HEADINGS,
  type Lang,
  type Person,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

const latin = (text: string) => text.replace(/[–—]/g, '-');

export type MarginForm = 'heading beside first row' | 'dates in the margin';

/** A one-page PDF: name and contact on top, then headings at x 50 and their sections' rows from x 190. */
export function marginHeadingsPdfCv(p: Person, form: MarginForm, lang: Lang): SyntheticCv {
  const texts: PlacedText[] = [
    { x: 50, y: 750, size: 18, text: p.name },
    { x: 50, y: 732, size: 9, text: `${p.email} | ${p.phone}` },
  ];
  let y = 700;
  const section = (heading: string) => {
    y -= 10;
    texts.push({ x: 50, y, size: 10, text: heading });
  };
  const row = (text: string, margin?: string, right?: string) => {
    if (margin) texts.push({ x: 50, y: y - 13, size: 9, text: margin });
    texts.push({ x: 190, y, size: 10, text });
    // Flush right, as `\hfill` sets it.
    if (right) texts.push({ x: 560 - right.length * 5, y, size: 10, text: right });
    y -= 13;
  };
  const work: ExpectedRole[] = [];
  section(HEADINGS[lang].work);
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    const dates = latin(written.text);
    if (form === 'dates in the margin') {
      row(r.title, dates);
      row(`${r.employer}, ${r.city}`);
    } else {
      row(r.title, undefined, dates);
      row(`${r.employer}, ${r.city}`);
    }
    y -= 6;
    work.push(roleExpected(r, written));
  }
  section(HEADINGS[lang].education);
  for (const s of p.schools) {
    row(s.degree, undefined, `${s.start.year} - ${s.end.year}`);
    row(s.institution);
    y -= 6;
  }
  section(HEADINGS[lang].skills);
  row(p.skills.join(', '));
  section(HEADINGS[lang].languages);
  row(p.languages.map((l) => l.language).join(', '));
  return {
    className: `PDF margin headings: ${form}`,
    file: 'cv.pdf',
    text: makePdf([{ texts: texts.map((t) => ({ ...t, text: latin(t.text) })) }]),
    expected: expectedOf(p, work),
  };
}
