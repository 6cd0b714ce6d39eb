/**
 * Schools and roles written as YAML records in a Markdown file's front matter, as academic site
 * themes keep them: Hugo Academic's `experience: - title: …, company: …, date_start: …, date_end: ''`
 * and `education: courses: - course: …, institution: …, year: …`, Hugo Blox's `education: - area: …,
 * institution: …, date_start: …, date_end: …`, Jekyll themes' `- degree: …, university: …, time: …`.
 * Each record is a school or a role; its keys say which value is which.
 */
import { findDates } from '../text/dates.js';
import type { Section } from './sections.js';
import type { EducationEntry, ProfileLine, WorkEntry } from './types.js';

const DEGREE_KEYS = new Set(['course', 'degree', 'area', 'studytype', 'study_type', 'qualification']);
const SCHOOL_KEYS = new Set(['institution', 'school', 'university', 'college']);
const START_KEYS = new Set(['date_start', 'start', 'start_date', 'startdate', 'from']);
const END_KEYS = new Set(['year', 'date_end', 'end', 'end_date', 'enddate', 'to', 'graduation']);
const SPAN_KEYS = new Set(['time', 'date', 'dates', 'years', 'period', 'duration']);
/** Hugo Academic's experience widget (`title`, `company`), Hugo Blox (`position`, `company_name`), Jekyll themes. */
const EMPLOYER_KEYS = new Set(['company', 'company_name', 'employer', 'organization', 'organisation']);
const TITLE_KEYS = new Set(['title', 'position', 'role', 'job_title', 'jobtitle']);
/** Hugo Academic: "Leave `date_end` empty if it's your current position". */
const OPEN_END = /^(?:|present|now|current|ongoing|today|heute|aujourd'hui|actualidad|atual|atualmente)$/i;

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

/** A role record: its employer and title keys say it is one; an empty or absent end keeps it open. */
function roleOf(fields: ReadonlyMap<string, string>, lines: readonly [number, number]): WorkEntry | undefined {
  const pick = (keys: ReadonlySet<string>) => [...fields].find(([key]) => keys.has(key))?.[1];
  const name = pick(EMPLOYER_KEYS);
  const position = pick(TITLE_KEYS);
  if (!name || !position) return undefined;
  const span = pick(SPAN_KEYS);
  const found = span ? findDates(span)[0] : undefined;
  const start = pick(START_KEYS);
  const startDate = start ? datesOf(start).end : found?.start;
  const end = [...fields].find(([key]) => END_KEYS.has(key) && key !== 'year')?.[1];
  // With no end key at all, a start alone is a role that goes on (the themes print "Present").
  const open = end === undefined ? (found ? found.open : true) : OPEN_END.test(end.trim());
  const endDate = open
    ? undefined
    : end
      ? datesOf(end).end
      : found && !found.open
        ? (found.end ?? found.start)
        : undefined;
  return {
    name,
    position,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : open || !startDate ? {} : { endDate: startDate }),
    lines,
  };
}

export interface YamlRecords {
  readonly schools: EducationEntry[];
  readonly roles: WorkEntry[];
  /** The line that closes the front matter (the last line the records may stand on); 0 with none. */
  readonly end: number;
}

/** Every school and role record in the document's front matter; none when it has no front matter. */
export function yamlRecords(sections: readonly Section[]): YamlRecords {
  const lines = sections.flatMap((s) => (s.heading ? [s.heading, ...s.lines] : s.lines)) as ProfileLine[];
  if (lines[0]?.raw.trim() !== '---') return { schools: [], roles: [], end: 0 };
  let end = lines.at(-1)!.line;
  const schools: EducationEntry[] = [];
  const roles: WorkEntry[] = [];
  let record: { indent: number; fields: Map<string, string>; first: number; last: number } | undefined;
  const close = () => {
    const range = record && ([record.first, record.last] as const);
    const school = record && schoolOf(record.fields, range!);
    const role = record && !school && roleOf(record.fields, range!);
    if (school) schools.push(school);
    if (role) roles.push(role);
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
    // An empty value is kept: `date_end: ''` says a role goes on.
    if ((value || /^(["'])\1$/.test(key[4]!)) && !record!.fields.has(key[3]!.toLowerCase()))
      record!.fields.set(key[3]!.toLowerCase(), value);
    record!.last = line.line;
  }
  close();
  return { schools, roles, end };
}
