/**
 * Entries of an experience section that are no roles though they read like one: what a role notes
 * under its head with a date of its own ("2019: shipped v2", "Led the 2018 migration", "Fleet
 * dashboard (2018)" under "Key projects"), a school's degree under a heading shared with the roles
 * ("Experience & Education"), a certificate among them, and a role written twice (a summary or a
 * timeline over the same roles).
 */
import type { FoundDates } from '../text/dates.js';
import { withoutDates } from '../text/dates.js';
import { type EntryBlock, isBodyLabel } from './entryHead.js';
import { roleScore } from './roleWords.js';
import { namesDegree, namesSchool, TITLE_WORDS } from './wordLists.js';

const CURRENT_YEAR = new Date().getFullYear();

/** An entry's years, its end the current year when it is still held; a single date starts and ends it. */
function span(dates: FoundDates | undefined): { from: number; to: number; single: boolean } | undefined {
  const from = Number(dates?.start?.slice(0, 4));
  if (!from) return undefined;
  const to = dates!.open ? CURRENT_YEAR : Number(dates!.end?.slice(0, 4) ?? from);
  return { from, to, single: !dates!.open && !dates!.end };
}

/** The entry's own head lines' text: the lines it shares with the entry before it (a sub-heading over both) left out. */
function ownText(entry: EntryBlock, before: EntryBlock | undefined): string {
  const shared = new Set(before?.head.map((l) => l.line));
  return entry.head
    .filter((l) => !shared.has(l.line))
    .map((l) => l.text)
    .join(' | ');
}

/**
 * "2019: shipped v2 of the billing service", "Led the 2018 migration", "Fleet dashboard (2018)",
 * "Route planner rewrite, 2019" under a role of 2015–2020: a line whose date falls inside the role
 * above it and that names no title is what that role did, not another role. A promotion or a
 * concurrent post names its title ("Senior Engineer, 2019 – 2020"); a concurrent job written
 * "Barista, Kettle Yard Coffee, 2017 – 2018" has a range and two parts, and stays.
 */
function noteOf(entry: EntryBlock, role: EntryBlock | undefined, before: EntryBlock | undefined): boolean {
  const outer = span(role?.dates);
  const inner = span(entry.dates);
  if (!outer || !inner || outer.single || inner.from < outer.from || inner.to > outer.to) return false;
  if (inner.from === outer.from && inner.to === outer.to) return false;
  const own = ownText(entry, before);
  if (!own || roleScore(own, TITLE_WORDS) > 0) return false;
  const words = withoutDates(own)
    .replace(/[|:,()–—-]+/g, ' ')
    .trim();
  if (!words) return false;
  return inner.single || entry.parts.length <= 1;
}

/** An entry's own text cut into its parts, the dates left out. */
const partsOf = (own: string) =>
  withoutDates(own)
    .split(/\s*[|,]\s*/)
    .map((p) => p.replace(/^[\s–—:()-]+|[\s–—:()-]+$/g, ''))
    .filter((p) => /\p{L}/u.test(p));

/**
 * "MSc Data Science, Kelso Institute of Technology, 2015 – 2016" under "Experience & Education": a
 * degree at a school, with no title word, is a school's entry wherever it stands.
 */
function schoolLine(own: string): boolean {
  if (roleScore(own, TITLE_WORDS) > 0) return false;
  const parts = partsOf(own);
  return parts.some((p) => namesDegree(p)) && parts.some((p) => namesSchool(p));
}

/** "AWS Certified Solutions Architect, 2021", "Zertifikat Projektmanagement (IPMA)", "Certificación Scrum Master". */
const CERTIFICATE =
  /^(?:\S+\s+){0,2}(?:certified|certificate|certification|zertifikat|zertifiziert(?:e|er)?|certificat|certifi[ée]e?|certificaci[oó]n|certificado|certifica[cç][aã]o)(?!\p{L})/iu;

/** A certificate written alone on its line (no employer beside it) among the roles: no role. */
function certificateLine(own: string): boolean {
  const parts = partsOf(own);
  return parts.length === 1 && CERTIFICATE.test(parts[0]!);
}

/**
 * "Short text on the work done, the results obtained," over "the lessons learned …": the first line
 * of a paragraph under an undated role's head, cut where it wraps, is no role; a heading ends in a
 * name, not in a comma.
 */
function wrappedProse(entry: EntryBlock): boolean {
  const last = entry.head.at(-1)?.text ?? '';
  return !entry.dates && /[,;]$/.test(last) && last.split(/\s+/).length >= 6;
}

/** The entries of an experience section that are roles. */
export function rolesOnly(entries: readonly EntryBlock[]): EntryBlock[] {
  const out: EntryBlock[] = [];
  let role: EntryBlock | undefined;
  entries.forEach((entry, i) => {
    const own = ownText(entry, entries[i - 1]) || entry.head.map((l) => l.text).join(' | ');
    const labelled = entry.head.some((l) => isBodyLabel(l.text) && own.includes(l.text));
    const note = noteOf(entry, role, entries[i - 1]);
    // "Key projects" over "Fleet dashboard (2018)": an undated line with no title over the notes of a role heads them.
    const last = out.at(-1);
    if (note && last && last !== role && !last.dates && last.parts.length <= 1) {
      if (roleScore(last.parts.join(' '), TITLE_WORDS) === 0) out.pop();
    }
    if (labelled || note || schoolLine(own) || certificateLine(own) || wrappedProse(entry)) return;
    out.push(entry);
    if (span(entry.dates)) role = entry;
  });
  return out;
}
