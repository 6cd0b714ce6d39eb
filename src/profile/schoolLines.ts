/**
 * Schools listed one line each, some dated and some not: "**University of Anvale** — BSc Physics,
 * 2012 – 2015" over "**Anvale Grammar School** — A-Levels". The entry cutter cuts at dates, so an
 * undated school line stays in the body of the dated one beside it; a line naming a school and a
 * degree of its own is an entry of its own.
 */
import { block, type EntryBlock } from './entryHead.js';
import { isBullet } from './lines.js';
import { GRADE } from './schoolLabels.js';
import type { Section } from './sections.js';
import type { ProfileLine } from './types.js';
import { DEGREE, fold, namesDegree, namesSchool } from './wordLists.js';

const DEGREES = new RegExp(DEGREE.source, 'gu');
/** "Coursework: BSc-level Statistics at the School of Mathematics": a labelled line says what the entry held. */
const LABELLED = /^[\p{L}\s'’-]{2,30}[:：]/u;

/**
 * A line that is a whole school entry: a school and a degree, no label or note ("Thesis: … at
 * University X, MSc"). The school word must be left when the degree's words are gone: "High School Diploma" and
 * "Northwest High School" name one thing each.
 */
const wholeEntry = (line: ProfileLine) =>
  !LABELLED.test(line.text) &&
  namesDegree(line.text) &&
  namesSchool(fold(line.text).replace(DEGREES, ' ')) &&
  !GRADE.test(line.text.replace(/^[-*•·\s]+/u, ''));

/** The entry, or one entry per line of it that names a school and a degree, when its first line does. */
export function schoolPerLine(section: Section, entry: EntryBlock): EntryBlock[] {
  const [from, to] = entry.lines;
  const lines = section.lines.filter((l) => l.line >= from && l.line <= to && /\p{L}/u.test(l.text));
  if (lines.length < 2 || !wholeEntry(lines[0]!)) return [entry];
  // Bullets under a school line are what it holds (courses, a minor), unless the school line is a bullet too.
  const listed = isBullet(lines[0]!.raw);
  const starts = lines.map((l, i) => (wholeEntry(l) && (listed || !isBullet(l.raw)) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return [entry];
  return starts.map((start, k) => {
    const piece = lines.slice(start, starts[k + 1] ?? lines.length);
    return block([piece[0]!], piece);
  });
}
