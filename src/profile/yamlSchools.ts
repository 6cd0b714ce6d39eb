/**
 * Schools written as YAML records in a Markdown file's front matter, as academic site themes keep
 * them: Hugo Academic's `education: courses: - course: …, institution: …, year: …`, Hugo Blox's
 * `education: - area: …, institution: …, date_start: …, date_end: …`, Jekyll themes' `- degree: …,
 * university: …, time: …`. Each record is a school; its keys say which value is which.
 */
import { findDates } from '../text/dates.js';
import type { Section } from './sections.js';
import type { EducationEntry, ProfileLine } from './types.js';

const DEGREE_KEYS = new Set(['course', 'degree', 'area', 'studytype', 'study_type', 'qualification']);
const SCHOOL_KEYS = new Set(['institution', 'school', 'university', 'college']);
const START_KEYS = new Set(['date_start', 'start', 'start_date', 'startdate', 'from']);
const END_KEYS = new Set(['year', 'date_end', 'end', 'end_date', 'enddate', 'to', 'graduation']);
const SPAN_KEYS = new Set(['time', 'date', 'dates', 'years', 'period']);

/** `  - course: PhD in AI` / `    institution: "Uni X"`: a key, its value and where the record's items stand. */
const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_]+):\s*(.*?)\s*$/;

const unquoted = (value: string) => value.replace(/^(["'])(.*)\1$/, '$2').trim();

/** "2019", "2016-01-01", "2011 - 2012": the ISO date or range a date value gives. */
function datesOf(value: string): { start?: string; end?: string } {
  const found = findDates(value)[0];
  if (!found?.start) return {};
  return found.end && found.end !== found.start ? { start: found.start, end: found.end } : { end: found.start };
}

function schoolOf(fields: ReadonlyMap<string, string>, lines: readonly [number, number]): EducationEntry | undefined {
  const pick = (keys: ReadonlySet<string>) => [...fields].find(([key]) => keys.has(key))?.[1];
  const institution = pick(SCHOOL_KEYS);
  const degree = pick(DEGREE_KEYS);
  if (!institution || !degree) return undefined;
  const start = pick(START_KEYS);
  const end = pick(END_KEYS);
  const span = pick(SPAN_KEYS);
  const dates = span ? datesOf(span) : {};
  const startDate = start ? datesOf(start).end : dates.start;
  const endDate = end ? datesOf(end).end : dates.end;
  return {
    institution,
    studyType: degree,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    lines,
  };
}

/**
 * Every school record in the document's front matter, and the line that closes it (the last line
 * the records may stand on); none when the document has no front matter.
 */
export function yamlSchools(sections: readonly Section[]): { schools: EducationEntry[]; end: number } {
  const lines = sections.flatMap((s) => (s.heading ? [s.heading, ...s.lines] : s.lines)) as ProfileLine[];
  if (lines[0]?.raw.trim() !== '---') return { schools: [], end: 0 };
  let end = lines.at(-1)!.line;
  const schools: EducationEntry[] = [];
  let record: { indent: number; fields: Map<string, string>; first: number; last: number } | undefined;
  const close = () => {
    const school = record && schoolOf(record.fields, [record.first, record.last]);
    if (school) schools.push(school);
    record = undefined;
  };
  for (const line of lines.slice(1)) {
    if (line.raw.trim() === '---') {
      end = line.line;
      break;
    }
    const key = KEY_LINE.exec(line.raw);
    if (!key) continue;
    const indent = key[1]!.length + (key[2]?.length ?? 0);
    if (key[2] || !record || indent !== record.indent) {
      if (key[2] || (record && indent < record.indent)) close();
      if (!key[2]) continue;
      record = { indent, fields: new Map(), first: line.line, last: line.line };
    }
    const value = unquoted(key[4]!);
    if (value && !record!.fields.has(key[3]!.toLowerCase())) record!.fields.set(key[3]!.toLowerCase(), value);
    record!.last = line.line;
  }
  close();
  return { schools, end };
}
