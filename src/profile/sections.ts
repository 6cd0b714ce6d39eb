/**
 * A CV cut into its sections by their headings, in five languages (the shared map in text/sectionHeadings.json): a
 * Markdown heading, or a short line that is only a heading ("EXPERIENCE", "Berufserfahrung:",
 * "Formação Académica"). A heading the lists do not know ends a section when it is at the same
 * Markdown level as the section's own or above it.
 */
import { findDates, withoutDates } from '../text/dates.js';
import { labelledField } from './formRows.js';
import { headingLevel, isBullet } from './lines.js';
import type { ProfileLine } from './types.js';
import { sectionOfHeading, type CanonicalSection, workByClassOnly } from '../text/sectionHeadings.js';
import type { SectionKind } from './wordLists.js';

export interface Section {
  readonly kind: SectionKind | 'top';
  /** The heading line; undefined for the lines before the first heading. */
  readonly heading?: ProfileLine;
  readonly lines: readonly ProfileLine[];
  /** Under a heading no list knows: its kind is read from its lines (sectionContent.ts). */
  readonly unnamed?: boolean;
  /** Cut at a line that only might be a heading: rejoins the section before it unless its lines name a kind. */
  readonly tentative?: boolean;
}

/** The profile's kind of a canonical section: the sections it reads apart, the rest as 'other'. */
const KIND_OF: Partial<Record<CanonicalSection, SectionKind>> = {
  experience: 'work',
  education: 'education',
  skills: 'skills',
  languages: 'languages',
  certifications: 'certificates',
};

/** "1. Experience", "II. EDUCATION", "3) Skills": a heading's number says where it stands, not what it holds. */
const NUMBERED = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=\p{L})/u;

/** The kind of section a heading text names, or undefined when it names none. */
export function headingKind(text: string): SectionKind | undefined {
  const section = sectionOfHeading(text.replace(NUMBERED, ''));
  return section && (KIND_OF[section] ?? 'other');
}

/** A line that can be a heading at all: short, not a sentence, not a bullet. */
function headingShaped(line: ProfileLine): boolean {
  const { text, raw } = line;
  if (!text || text.length > 60 || /^\s*[-*+•]\s/.test(raw)) return false;
  if (/[.;]$/.test(text) && !/:$/.test(text)) return false;
  return !/\d{3}/.test(text);
}

/**
 * "## Education" over "### Informatique" / "Master" / "Université X, 2014 – 2017": a sub-heading
 * deeper than a work or education section's own, with dates in the lines under it, is one of its
 * entries even when its words name a section elsewhere ("Informatique" is a French skills heading).
 */
function datedEntry(
  lines: readonly ProfileLine[],
  at: number,
  level: number,
  current: { kind: string; level: number },
) {
  if ((current.kind !== 'work' && current.kind !== 'education') || current.level === 0 || level <= current.level) {
    return false;
  }
  const under = lines.slice(at + 1, at + 4);
  const end = under.findIndex((l) => headingLevel(l.raw) > 0);
  return (end < 0 ? under : under.slice(0, end)).some((l) => findDates(l.text).length > 0);
}

/** "Jan 2018 – Present", "2009 - 2013": a line holding dates and nothing else. */
export function datesOnly(text: string): boolean {
  return findDates(text).length > 0 && !/[\p{L}\p{N}]/u.test(withoutDates(text));
}

/**
 * "#### Work Experience" over "Jan 2018 – Present" and "#### Brightwater Analytics": a theme that
 * gives a section and its entries one heading level (JSON Resume's elegant and kendall) sets each
 * entry's dates on a line of their own just above its heading; such a heading is an entry, not a
 * section's end.
 */
function sameLevelEntry(
  lines: readonly ProfileLine[],
  at: number,
  level: number,
  current: { kind: string; level: number; lines: readonly ProfileLine[] },
): boolean {
  if ((current.kind !== 'work' && current.kind !== 'education') || current.level === 0 || level !== current.level) {
    return false;
  }
  // Such a theme sets the first entry's dates above its heading too: a section that opens with an
  // entry of another form ("Engineer, Acme" over "2015 – 2020") ends at a heading after its last dates.
  const first = current.lines.find((l) => l.text);
  if (first && !datesOnly(first.text)) return false;
  let before = at - 1;
  while (before >= 0 && !lines[before]!.text) before--;
  const above = lines[before];
  // Only dates above: a heading with a date in the prose under it ("Cited 900 times (Scholar,
  // 05/21)") is as likely a section no list names.
  return above !== undefined && headingLevel(above.raw) === 0 && datesOnly(above.text);
}

/**
 * "## Workbench" under the CV's head, "WHERE I'VE WORKED" or "Stations:" alone after a blank line: a line
 * that may head a section no list names. Only its lines can tell (sectionContent.ts).
 */
function maybeHeading(lines: readonly ProfileLine[], at: number, level: number, currentLevel: number): boolean {
  const line = lines[at]!;
  if (level > 0) return level >= 2 && currentLevel === 0;
  // After a blank line (the passages may leave blank lines out: then the line numbers skip one).
  const before = lines[at - 1];
  if (before?.text && before.line === line.line - 1) return false;
  // "1. XHTML" is a list's item even once its number is dropped from the text.
  if (
    isBullet(line.raw) ||
    !headingShaped(line) ||
    findDates(line.text).length > 0 ||
    line.text.split(/\s+/).length > 4
  )
    return false;
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 4 && letters === letters.toUpperCase() && /^[\p{Lu}\s'’&/-]+$/u.test(line.text);
  return capitals || /^\p{L}[^,;|]{2,40}[:：]$/u.test(line.text);
}

/**
 * "## Skills" over "### Programming Languages", "### Cloud", "### Frameworks": a sub-heading deeper
 * than a skills section's own, naming skills or nothing the lists know, names a group of its items.
 */
function groupsSkills(current: { kind: string; level: number }, level: number, kind: SectionKind | undefined): boolean {
  return current.kind === 'skills' && current.level > 0 && level > current.level && (!kind || kind === 'skills');
}

/**
 * "Technical Experience" over named side projects with no date: a heading only the class of work
 * headings reads (a qualifier and a work noun) heads work only where some line under it is dated.
 */
function undatedClassWork(section: { kind: string; heading?: ProfileLine; lines: readonly ProfileLine[] }): boolean {
  if (section.kind !== 'work' || !section.heading) return false;
  if (!workByClassOnly(section.heading.text.replace(NUMBERED, ''))) return false;
  return !section.lines.some((l) => findDates(l.text).length > 0);
}

type Open = { kind: Section['kind']; heading?: ProfileLine; lines: ProfileLine[]; level: number } & Pick<
  Section,
  'unnamed' | 'tentative'
>;

export function splitSections(lines: readonly ProfileLine[]): Section[] {
  const sections: Section[] = [];
  let current: Open = { kind: 'top', lines: [], level: 0 };
  // The level of the last cut the heading lists make: a tentative cut leaves it, so what ends a
  // named section stays the same with or without the content fallback.
  let namedLevel = 0;
  // "## Skills" over "### Databases" and "### HTTP": a sub-heading deeper than the CV's first named
  // heading is a group inside a section, not a section whose kind its lines could tell.
  let topLevel = 0;
  const close = () =>
    sections.push({
      kind: undatedClassWork(current) ? 'other' : current.kind,
      ...(current.heading ? { heading: current.heading } : {}),
      lines: current.lines,
      ...(current.unnamed ? { unnamed: true } : {}),
      ...(current.tentative ? { tentative: true } : {}),
    });
  for (const [at, line] of lines.entries()) {
    const level = headingLevel(line.raw);
    const named = headingShaped(line) || level > 0 ? headingKind(line.text) : undefined;
    // "## Research Experience" over "### Research Appointments": a sub-heading naming its section's
    // own kind groups its posts; it is no entry of them.
    const kind = named && (named === current.kind || !datedEntry(lines, at, level, current)) ? named : undefined;
    if (groupsSkills(current, level, kind)) {
      current.lines.push(line);
      continue;
    }
    // A form's language row ("Mother tongue(s) | Italian") opens the languages it lists, the grid below
    // it too; its skills row ("Digital skills | …") the skills.
    const form = kind ? undefined : labelledField(line.text)?.field;
    if ((form === 'languages' || form === 'skills') && current.kind !== form) {
      close();
      current = { kind: form, lines: [line], level: namedLevel };
      continue;
    }
    // A Markdown heading the lists don't know, at the section's level or above it, ends the section.
    const unknownEnd =
      !kind && level > 0 && namedLevel > 0 && level <= namedLevel && !sameLevelEntry(lines, at, level, current);
    if (kind || unknownEnd) {
      close();
      namedLevel = level;
      if (kind && level > 0 && topLevel === 0) topLevel = level;
      const unnamed = !kind && level <= topLevel;
      current = { kind: kind ?? 'other', heading: line, lines: [], level, ...(unnamed ? { unnamed: true } : {}) };
      continue;
    }
    if (!kind && maybeHeading(lines, at, level, namedLevel)) {
      close();
      current = { kind: 'other', heading: line, lines: [], level, unnamed: true, tentative: true };
      continue;
    }
    current.lines.push(line);
  }
  close();
  return sections;
}
