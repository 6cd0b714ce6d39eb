/**
 * A CV cut into its sections by their headings, in five languages (the shared map in text/sectionHeadings.json): a
 * Markdown heading, or a short line that is only a heading ("EXPERIENCE", "Berufserfahrung:",
 * "Formação Académica"). A heading the lists do not know ends a section when it is at the same
 * Markdown level as the section's own or above it.
 */
import { findDates } from '../text/dates.js';
import { labelledField } from './formRows.js';
import { headingLevel } from './lines.js';
import type { ProfileLine } from './types.js';
import { sectionOfHeading, type CanonicalSection } from '../text/sectionHeadings.js';
import type { SectionKind } from './wordLists.js';

export interface Section {
  readonly kind: SectionKind | 'top';
  /** The heading line; undefined for the lines before the first heading. */
  readonly heading?: ProfileLine;
  readonly lines: readonly ProfileLine[];
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

export function splitSections(lines: readonly ProfileLine[]): Section[] {
  const sections: Section[] = [];
  let current: { kind: Section['kind']; heading?: ProfileLine; lines: ProfileLine[]; level: number } = {
    kind: 'top',
    lines: [],
    level: 0,
  };
  const close = () =>
    sections.push({
      kind: current.kind,
      ...(current.heading ? { heading: current.heading } : {}),
      lines: current.lines,
    });
  for (const [at, line] of lines.entries()) {
    const level = headingLevel(line.raw);
    const named = headingShaped(line) || level > 0 ? headingKind(line.text) : undefined;
    const kind = named && !datedEntry(lines, at, level, current) ? named : undefined;
    // A form's language row ("Mother tongue(s) | Italian") opens the languages it lists, the grid below
    // it too; its skills row ("Digital skills | …") the skills.
    const form = kind ? undefined : labelledField(line.text)?.field;
    if ((form === 'languages' || form === 'skills') && current.kind !== form) {
      close();
      current = { kind: form, lines: [line], level: current.level };
      continue;
    }
    // A Markdown heading the lists don't know, at the section's level or above it, ends the section.
    const unknownEnd = !kind && level > 0 && current.level > 0 && level <= current.level;
    if (kind || unknownEnd) {
      close();
      current = { kind: kind ?? 'other', heading: line, lines: [], level };
      continue;
    }
    current.lines.push(line);
  }
  close();
  return sections;
}
