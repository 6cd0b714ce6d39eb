/**
 * Schools listed one line each, some dated and some not: "**University of Anvale** — BSc Physics,
 * 2012 – 2015" over "**Anvale Grammar School** — A-Levels". The entry cutter cuts at dates, so an
 * undated school line stays in the body of the dated one beside it; a line naming a school and a
 * degree of its own is an entry of its own.
 */
import { findDates } from '../text/dates.js';
import { block, type EntryBlock } from './entryHead.js';
import { isBullet } from './lines.js';
import { GRADE } from './schoolLabels.js';
import type { Section } from './sections.js';
import type { ProfileLine } from './types.js';
import { DEGREES, fold, namesDegree, namesSchool } from './wordLists.js';

/** A school named once the degree words are gone: "High School Diploma" names a degree only. */
const namesSchoolBesideDegree = (text: string) => namesSchool(fold(text).replace(DEGREES, ' '));

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
  namesSchoolBesideDegree(line.text) &&
  !GRADE.test(line.text.replace(/^[-*•·\s]+/u, ''));

/** What a line of an undated entry names: a school, a degree, or something else (both, a note). */
function lineKind(line: ProfileLine): 'school' | 'degree' | undefined {
  if (LABELLED.test(line.text) && !namesDegree(line.text.slice(0, line.text.search(/[:：]/)))) return undefined;
  const degree = namesDegree(line.text);
  const school = namesSchoolBesideDegree(line.text);
  return school === degree ? undefined : school ? 'school' : 'degree';
}

/**
 * "Universidad X" / "Máster en Y" / "Universidad X" / "Grado en Z", no dates anywhere: the entry
 * cutter, which cuts at dates, kept them as one. Each line of the first line's kind that comes
 * again after a line of the other kind opens the next school.
 */
function undatedPairs(lines: readonly ProfileLine[]): number[] | undefined {
  const first = lineKind(lines[0]!);
  if (!first || lines.length < 4) return undefined;
  const starts = [0];
  let other = false;
  lines.forEach((line, i) => {
    const kind = lineKind(line);
    if (i > 0 && kind === first && other) {
      starts.push(i);
      other = false;
    } else if (kind && kind !== first) other = true;
  });
  return starts.length >= 2 && other ? starts : undefined;
}

/**
 * "Lakemont University — B.S. Mathematics (2010), M.S. Statistics (2012)", "Ph.D. (2015), M.A. (2011),
 * Economics, University of Tarrow": one school line holding several degrees, each with its own date.
 * Each degree is an entry of its own, written as its line with the other degrees left out (the
 * school and a subject the degrees share stay with each).
 */
function degreesOnOneLine(line: ProfileLine): ProfileLine[] | undefined {
  if (findDates(line.text).length < 2) return undefined;
  const pieces = line.text.split(/\s*(?:[,;|]|\s[–—-]\s)\s*(?![^()]*\))/u).filter((p) => /\p{L}/u.test(p));
  const dated = pieces.filter((p) => findDates(p).length === 1 && namesDegree(p) && !namesSchool(p));
  const school = pieces.filter((p) => namesSchool(p) && !namesDegree(p));
  if (dated.length < 2 || school.length !== 1 || pieces.some((p) => findDates(p).length > 1)) return undefined;
  const shared = pieces.filter((p) => !dated.includes(p));
  return dated.map((degree) => {
    const text = [degree, ...shared].join(', ');
    return { ...line, text, raw: text };
  });
}

/**
 * The entry, or one entry per line of it that names a school and a degree, when its first line does;
 * or one per school-and-degree pair of lines, when it has no dates.
 */
export function schoolPerLine(section: Section, entry: EntryBlock): EntryBlock[] {
  const [from, to] = entry.lines;
  const lines = section.lines.filter((l) => l.line >= from && l.line <= to && /\p{L}/u.test(l.text));
  const several = entry.head.length === 1 ? degreesOnOneLine(entry.head[0]!) : undefined;
  if (several) return several.map((line, k) => block([line], k === 0 ? lines : [entry.head[0]!]));
  const pairs = entry.dates ? undefined : undatedPairs(lines);
  if (pairs) {
    return pairs.map((start, k) => {
      const piece = lines.slice(start, pairs[k + 1] ?? lines.length);
      return block(
        piece.filter((l) => !isBullet(l.raw)),
        piece,
      );
    });
  }
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
