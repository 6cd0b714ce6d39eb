/**
 * Entry layouts that blank lines and bullets do not cut: a list whose every item is an entry
 * ("* MSc in Physics, Uni Bonn 2019-2021"), and a flat or double-spaced layout (PDF and plain-text
 * exports) where each entry is a few heading lines around one line of dates. There the dates
 * anchor the entries: the first entry shows how many heading lines come before its dates, and
 * every later one is cut the same way. And a form's labelled fields (Europass), cut where a field
 * comes again.
 */
import { findDates, withoutDates } from '../text/dates.js';
import {
  block,
  datesFirst,
  endsInFullStop,
  isBareDuration,
  isHeadLine,
  rangeGoesOn,
  type EntryBlock,
} from './entryHead.js';
import { type FormField, labelledField } from './formRows.js';
import { cleanText, headingLevel, isBullet } from './lines.js';
import { fold, namesDegree, namesSchool, ROLE_LABELS } from './wordLists.js';
import { cityLike, isPlace, nameBeforePlace, PLACE_WORD } from './roleWords.js';
import type { ProfileLine } from './types.js';

/** Rules ("=====", "-----") and blank lines hold no entry. */
const worded = (line: ProfileLine) => /[\p{L}\p{N}]/u.test(line.text);
const indent = (line: ProfileLine) => /^\s*/.exec(line.raw)![0].replace(/\t/g, '    ').length;
const hasDates = (line: ProfileLine) => findDates(line.text).length > 0;
/** A line that is an entry's dates with little else: "April 2023 – Present", "Acme | Engineer | 2019 – 2021". */
const isDateLine = (line: ProfileLine) =>
  isHeadLine(line) &&
  hasDates(line) &&
  // Words, not the dashes and brackets left around the cut dates: a long school name still fits, and
  // so does any heading line its dates open ("2014–2019 | Fellow, Department of …, University of …").
  (datesFirst(line.text) ||
    withoutDates(line.text)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length <= 12);

const TABLE_ROW = /^\s*\|/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * A Markdown table of entries ("| Acme | Engineer | 2019 – 2021 |"): each row under its rule one
 * entry, its cells the parts; the header row names columns, not an entry.
 */
export function tableBlocks(lines: readonly ProfileLine[]): EntryBlock[] | undefined {
  const rows = lines.filter(worded);
  const rule = lines.findIndex((l) => TABLE_RULE.test(l.raw));
  if (rule < 0 || rows.length < 2 || !rows.every((l) => TABLE_ROW.test(l.raw))) return undefined;
  // A table converted with no head row makes its first row the head: with dates, it is an entry.
  const body = rows.filter((l) => l.line > lines[rule]!.line || hasDates(l));
  if (body.length === 0) return undefined;
  const cellsText = (row: ProfileLine) => ({ ...row, raw: row.raw.replace(/^\s*\|/, '').replace(/\|\s*$/, '') });
  // "| 2015 – 2019 | Bachelor of Engineering |" over "| | Kestrel Institute |": a row whose first cell
  // is empty, with no dates of its own, goes on with the entry above it.
  const entries: ProfileLine[][] = [];
  for (const row of body) {
    const goesOn =
      entries.length > 0 && !hasDates(row) && (/^\s*\|\s*\|/.test(row.raw) || halfSchool(entries.at(-1)!, row));
    if (goesOn) entries.at(-1)!.push(row);
    else entries.push([row]);
  }
  return entries.map((rows) => block(rows.map(cellsText), rows));
}

/**
 * "| **University of Kelso** | 2012 – 2016 |" over "| BSc Computer Science | Kelso, OH |": a table
 * laid out two rows a school, the school and its dates over the degree and its place. An undated row
 * naming only a degree goes on with a dated row above naming only a school (or the other way round);
 * a row naming both, or a second such row, is an entry of its own.
 */
function halfSchool(above: readonly ProfileLine[], row: ProfileLine): boolean {
  if (above.length !== 1 || !hasDates(above[0]!)) return false;
  const kind = (text: string) => {
    const [school, degree] = [namesSchool(text), namesDegree(text)];
    return school === degree ? undefined : school ? 'school' : 'degree';
  };
  const [first, next] = [kind(above[0]!.text), kind(row.text)];
  return first !== undefined && next !== undefined && first !== next;
}

/** Column names a table of roles heads its columns with beyond a form's labels: its years, its place. */
const COLUMN_LABELS: ReadonlyMap<string, 'dates' | 'place'> = new Map([
  ...['year', 'years', 'when', 'jahr', 'jahre', 'annee', 'annees', 'ano', 'anos', 'anio', 'anios'].map(
    (w) => [w, 'dates'] as const,
  ),
  ...[
    'location',
    'place',
    'city',
    'where',
    'ort',
    'standort',
    'lieu',
    'ville',
    'lugar',
    'ciudad',
    'local',
    'cidade',
  ].map((w) => [w, 'place'] as const),
]);

/** The label each column's cells are given, so the role reader reads them as a form's fields. */
const FIELD_LABEL = { employer: 'Company', title: 'Position', dates: 'Dates' } as const;

const cellsOf = (line: ProfileLine) =>
  line.raw
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cleanText(cell));

/** "Period | Role | Organisation", "Empresa | Cargo | Período": a row naming its columns, each a role's field or its place. */
function columnFields(cells: readonly string[]): readonly ('employer' | 'title' | 'dates' | 'place')[] | undefined {
  if (cells.length < 2) return undefined;
  const fields = cells.map((cell) => {
    const folded = fold(cell).replace(/\s+/g, ' ').trim();
    return ROLE_LABELS.get(folded) ?? COLUMN_LABELS.get(folded);
  });
  if (fields.some((f) => f === undefined) || !fields.some((f) => f === 'employer' || f === 'title')) return undefined;
  return fields as ('employer' | 'title' | 'dates' | 'place')[];
}

/**
 * A table of roles under a row naming its columns (a Markdown table, or an HTML table's rows as
 * "cell | cell"): each row an entry whose cells are read as the fields their columns name, in
 * whatever order the columns stand.
 */
export function headedBlocks(lines: readonly ProfileLine[]): EntryBlock[] | undefined {
  const rows = lines.filter((l) => worded(l) && !TABLE_RULE.test(l.raw));
  const fields = rows[0]?.raw.includes('|') ? columnFields(cellsOf(rows[0])) : undefined;
  if (!fields || rows.length < 2 || rows.slice(1).some((row) => cellsOf(row).length !== fields.length))
    return undefined;
  return rows.slice(1).map((row) => {
    const cells = cellsOf(row).map((cell, i) => {
      const field = fields[i]!;
      return field === 'place' || !cell ? cell : `${FIELD_LABEL[field]}: ${cell}`;
    });
    const text = cells.filter(Boolean).join(' | ');
    return block([{ ...row, raw: text, text }], [row]);
  });
}

/** Template blocks (`{% include job.html … %}`): each one entry, the lines after it up to the next its body. */
export function templateBlocks(lines: readonly ProfileLine[]): EntryBlock[] | undefined {
  const rows = lines.filter(worded);
  const items = rows.filter((l) => l.template);
  if (items.length === 0) return undefined;
  return items.map((item, k) => {
    const next = items[k + 1];
    const body = rows.filter((l) => l.line > item.line && (!next || l.line < next.line));
    return block([item], [item, ...body]);
  });
}

/** "March 2023 to Present": a line of dates and nothing else. */
const onlyDates = (line: ProfileLine) => hasDates(line) && !/\p{L}{2}/u.test(withoutDates(line.text));

/**
 * "- Bachelor of Science in X" over "  Ridgeway Institute of Technology" and "  Aug 2015 – May 2019": the
 * short lines a list item goes on with, indented under it, when one of them holds its dates. A
 * numbered or bulleted item with its dates alone on the next line, not indented (a word processor's
 * list item over a paragraph of its own), goes on with that line.
 */
function datedContinuation(rows: readonly ProfileLine[], at: number, top: number): ProfileLine[] {
  const out: ProfileLine[] = [];
  for (let i = at + 1; i < rows.length && out.length < 3; i++) {
    const line = rows[i]!;
    if (out.length === 0 && !isBullet(line.raw) && indent(line) <= top && onlyDates(line)) {
      out.push({ ...line, raw: line.text });
      break;
    }
    if (isBullet(line.raw) || indent(line) <= top || line.text.split(/\s+/).length > 10) break;
    out.push({ ...line, raw: line.text });
  }
  return !hasDates(rows[at]!) && out.some(hasDates) ? out : [];
}

/** "Senior Analyst, 2020 – present": a short sub-item with dates and no sentence, a role of its own. */
const isRoleItem = (line: ProfileLine) =>
  isBullet(line.raw) &&
  hasDates(line) &&
  !/[.!?]$/.test(line.text) &&
  withoutDates(line.text)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length <= 8;

/**
 * "- **Brightwell Energy** (2016 – present)" over "  - Senior Analyst, 2020 – present" and "  - Analyst,
 * 2016 – 2020": an employer's item whose sub-items are all dated roles is a role per sub-item, each at
 * that employer with its own dates (the employer's span is neither's).
 */
function subRoles(item: ProfileLine, body: readonly ProfileLine[]): EntryBlock[] | undefined {
  const subs = body.filter((l) => isBullet(l.raw));
  const level = Math.min(...subs.map(indent));
  const first = subs.filter((l) => indent(l) === level);
  if (first.length < 2 || !first.every(isRoleItem)) return undefined;
  const employer = withoutDates(item.text)
    .replace(/\(\s*\)|[\s,;:|·–—-]+$/g, '')
    .trim();
  if (!/\p{L}/u.test(employer)) return undefined;
  const head = { ...item, raw: employer, text: employer };
  return first.map((role, k) => {
    const rest = body.slice(body.indexOf(role) + 1, k + 1 < first.length ? body.indexOf(first[k + 1]!) : body.length);
    return block([head, { ...role, raw: role.text }], [...(k === 0 ? [item] : []), role, ...rest]);
  });
}

/** Every top-level list item an entry, when the dates are only ever on them (or the lines they go on with). */
export function bulletBlocks(lines: readonly ProfileLine[]): EntryBlock[] | undefined {
  const rows = lines.filter(worded);
  const bullets = rows.filter((l) => isBullet(l.raw));
  if (bullets.length === 0) return undefined;
  const top = Math.min(...bullets.map(indent));
  const items = rows.filter((l) => isBullet(l.raw) && indent(l) === top);
  const heads = items.map((item) => [item, ...datedContinuation(rows, rows.indexOf(item), top)]);
  const continued = new Set(heads.flatMap((head) => head.slice(1).map((l) => l.line)));
  if (rows.some((l) => !isBullet(l.raw) && indent(l) === 0 && !continued.has(l.line) && isHeadLine(l)))
    return undefined;
  const bodies = items.map((item, k) =>
    rows.slice(rows.indexOf(item) + 1, k + 1 < items.length ? rows.indexOf(items[k + 1]!) : rows.length),
  );
  const nested = items.map((item, k) => (heads[k]!.length > 1 ? undefined : subRoles(item, bodies[k]!)));
  const dated = (k: number) => heads[k]!.some(hasDates) || nested[k] !== undefined;
  if (!items.some((_, k) => dated(k)) || items.some((l, k) => !dated(k) && l.text.split(/\s+/).length > 12)) {
    return undefined;
  }
  return items.flatMap((item, k) => {
    const body = bodies[k]!;
    if (heads[k]!.length > 1) return block([{ ...item, raw: item.text }, ...heads[k]!.slice(1)], [item, ...body]);
    if (nested[k]) return nested[k];
    // "* 2019 – 2021: Engineer" above "  * Acme Ltd": the first short sub-item names the employer.
    const next = body[0];
    const lone =
      next &&
      withoutDates(item.text)
        .split(/[|,;:]/)
        .filter((p) => /\p{L}/u.test(p)).length === 1;
    const named = lone && next.text.length <= 60 && !/[.!?]$/.test(next.text) ? [next] : [];
    return block([{ ...item, raw: item.text }, ...named.map((l) => ({ ...l, raw: l.text }))], [item, ...body]);
  });
}

/** "Greater Leeds Area", "München und Umgebung", "Région de Paris": a place as LinkedIn names it. */
const AREA =
  /\b(?:area|metropolitan|region|umgebung|großraum|r[ée]gion|regi[oã]o|[áa]rea metropolitana|comunidad de)\b/iu;

/**
 * The lines right after a role's dates that name its place ("Bristol" under LinkedIn's dates): a
 * place that says so ("Leeds, England, United Kingdom", "Greater Leeds Area", "Remote"), or a bare
 * city written after the dates of two roles. The next role's heading starts after them.
 */
function placeLines(rows: readonly ProfileLine[], anchors: readonly number[]): Set<number> {
  const after = anchors.map((at) => rows[dateEnd(rows, at) + 1]).filter((l) => l !== undefined && !hasDates(l));
  const seen = (text: string) => after.filter((l) => l!.text === text).length >= 2;
  const placed = new Set<number>();
  for (const line of after) {
    const text = line!.text;
    // "Ridgeway Tech, Austin, TX" after the dates is the next entry's name and place, not a place alone.
    const saysPlace =
      (isPlace(text) && text.split(',').length >= 3 && !nameBeforePlace(text)) ||
      PLACE_WORD.test(text) ||
      AREA.test(text);
    if ((saysPlace && text.split(/\s+/).length <= 6) || (cityLike(text) && seen(text))) placed.add(rows.indexOf(line!));
  }
  return placed;
}

/**
 * "January 2021 - Present (1 year 2" over "months)": LinkedIn's duration after the dates, wrapped by a
 * narrow column (or "(2 years 4 months)" alone under them): the line closing the bracket belongs to
 * the dates line. The index of the dates' last line.
 */
function dateEnd(rows: readonly ProfileLine[], at: number): number {
  const text = rows[at]!.text;
  const next = rows[at + 1];
  // "(2 years 4 months)" alone under the dates: wrapped whole.
  if (next && /^\(.*\)$/u.test(next.text) && isBareDuration(next.text)) return at + 1;
  const open = text.lastIndexOf('(') > text.lastIndexOf(')');
  return open &&
    next &&
    /^[^()]{1,30}\)$/u.test(next.text) &&
    isBareDuration(`${text.slice(text.lastIndexOf('(') + 1)} ${next.text.slice(0, -1)}`)
    ? at + 1
    : at;
}

/** A run of lines cut at its date lines, each entry taking as many heading lines before its dates as the first one. */
export function anchoredBlocks(lines: readonly ProfileLine[]): EntryBlock[] | undefined {
  const rows = lines.filter(worded);
  if (rows.some((l) => headingLevel(l.raw) > 0)) return undefined;
  const doubleSpaced = lines.filter((l, i) => l.text && !lines[i + 1]?.text).length >= rows.length * 0.7;
  if (rows.some((l) => isBullet(l.raw)) && !doubleSpaced) return undefined;
  const anchors = rows.map((l, i) => (isDateLine(l) && !rangeGoesOn(rows[i - 1]) ? i : -1)).filter((i) => i >= 0);
  // Double spacing leaves blank lines inside every entry: there even one date line anchors its entry.
  if (anchors.length < (doubleSpaced ? 1 : 2)) return undefined;
  let before = 0;
  while (before < Math.min(3, anchors[0]!) && isHeadLine(rows[anchors[0]! - before - 1]!)) before++;
  const placed = placeLines(rows, anchors);
  const starts = anchors.map((at, k) => {
    let start = at;
    const previous = k > 0 ? dateEnd(rows, anchors[k - 1]!) + 1 : 0;
    const floor = k > 0 ? previous + (placed.has(previous) ? 1 : 0) : 0;
    while (start > floor && at - start < before && isHeadLine(rows[start - 1]!)) start--;
    // LinkedIn groups roles at one employer: its name, then a bare total duration, then each title
    // with its dates. The name above the duration heads the first of them, not the role before.
    const grouped = rows.findIndex((l, i) => i > floor && i < at && isBareDuration(l.text));
    if (grouped > floor && isHeadLine(rows[grouped - 1]!) && !hasDates(rows[grouped - 1]!)) {
      start = Math.min(start, grouped - 1);
    }
    return start;
  });
  return anchors.map((at, k) => {
    const end = starts[k + 1] ?? rows.length;
    // Dates on the first line, or after one heading line ("School / 2007 – 2012 / Computer Science"):
    // the short heading line after them holds the rest of the heading. Duties follow a fuller heading.
    const next = rows[at + 1];
    const short = before === 0 || (before === 1 && (next?.text.split(/\s+/).length ?? 0) <= 5);
    // Dates first ("2019 – present" / "Senior Researcher" / "Halden Studio, Prague"): the title and the
    // employer may both follow them, each a short heading line.
    // A line ending in a full stop after the dates says what the role did ("Contrôle qualité.").
    const headAfter = (i: number) =>
      i < end && isHeadLine(rows[i]!) && !hasDates(rows[i]!) && !endsInFullStop(rows[i]!.text);
    // Only a dates line with nothing else on it leaves both to the lines under it.
    const bare = !/\p{L}{2}/u.test(withoutDates(rows[at]!.text));
    const second = before === 0 && bare && headAfter(at + 2) && rows[at + 2]!.text.split(/\s+/).length <= 8;
    const after = short && headAfter(at + 1) ? (second ? 2 : 1) : 0;
    return block(rows.slice(starts[k]!, at + 1 + after), rows.slice(starts[k]!, end));
  });
}

/** The fields that make an entry (a role or a school); duties are its body. */
const ENTRY_FIELDS: ReadonlySet<FormField> = new Set(['employer', 'title', 'dates', 'degree', 'school']);

/**
 * A work or education section written as a form: at least two labelled entry fields and no more
 * lines of anything else. Each entry ends where a field it holds comes again; its labelled fields
 * are its heading, its duties and other lines its body.
 */
export function formBlocks(lines: readonly ProfileLine[]): EntryBlock[] | undefined {
  const rows = lines.filter((l) => /[\p{L}\p{N}]/u.test(l.text));
  const found = rows.map((l) => labelledField(l.text));
  const fields = found.map((f) => f?.field);
  const entryRows = fields.filter((f) => f && ENTRY_FIELDS.has(f)).length;
  // A PDF wraps long labels and values onto lines of their own ("Wichtigste Tätigkeiten und" /
  // "Zuständigkeiten   Hochbau"): labelled rows of any field, half the lines, and entry fields a third,
  // still make a form.
  const formRows = fields.filter(Boolean).length;
  const enough = entryRows * 2 >= rows.length || (formRows * 2 >= rows.length && entryRows * 3 >= rows.length);
  if (entryRows < 2 || !enough) return undefined;
  const blocks: EntryBlock[] = [];
  let current: { heads: ProfileLine[]; all: ProfileLine[]; seen: Set<FormField> } | undefined;
  rows.forEach((row, i) => {
    const field = fields[i];
    const entryField = field !== undefined && ENTRY_FIELDS.has(field);
    if (entryField && current?.seen.has(field)) {
      blocks.push(block(current.heads, current.all));
      current = undefined;
    }
    current ??= { heads: [], all: [], seen: new Set() };
    current.all.push(row);
    if (entryField) {
      // "Name und Adresse des Arbeitgebers Hollmann Bau GmbH, …": a PDF row with no gap after its label
      // reads as "Label: value".
      const value = found[i]!.value;
      const text = row.text.includes(':') || !value ? row.text : `${row.text.slice(0, -value.length).trim()}: ${value}`;
      current.heads.push(text === row.text ? row : { ...row, raw: text, text });
      current.seen.add(field);
    }
  });
  if (current?.heads.length) blocks.push(block(current.heads, current.all));
  return blocks;
}
