/**
 * A CV cut into its sections by their headings, in five languages (words/headings.json): a
 * Markdown heading, or a short line that is only a heading ("EXPERIENCE", "Berufserfahrung:",
 * "Formação Académica"). A heading the lists do not know ends a section when it is at the same
 * Markdown level as the section's own or above it.
 */
import { headingLevel } from './lines.js';
import type { ProfileLine } from './types.js';
import { HEADINGS, fold, type SectionKind } from './wordLists.js';

export interface Section {
  readonly kind: SectionKind | 'top';
  /** The heading line; undefined for the lines before the first heading. */
  readonly heading?: ProfileLine;
  readonly lines: readonly ProfileLine[];
}

/** Words a heading may add to a known one: "Relevant Work Experience", "Education & Training". */
const FILLER = new Set(['and', '&', 'und', 'et', 'y', 'e', 'relevant', 'selected', 'other', 'additional', 'key', 'recent', 'my', 'professional', 'academic', 'la', 'le', 'les', 'de', 'du', 'des', 'der', 'die', 'el', 'los', 'das', 'do', 'da', 'dos', 'en', 'em', 'und', 'weitere', 'autres', 'otros', 'outros', 'summary', 'history']);

function headingKey(text: string): string {
  return fold(text).replace(/[:：.|•·_*=~\-–—]+\s*$/g, '').replace(/^[\s\-–—=_*|•·]+/, '').replace(/\s+/g, ' ').trim();
}

/** The kind of section a heading text names, or undefined when it names none. */
export function headingKind(text: string): SectionKind | undefined {
  const key = headingKey(text);
  if (!key || key.length > 60) return undefined;
  const exact = HEADINGS.get(key);
  if (exact) return exact;
  // Letter-spaced headings ("E X P E R I E N C E") read as their word.
  if (/^(?:\p{L} ){2,}\p{L}$/u.test(key)) return HEADINGS.get(key.replace(/ /g, ''));
  const words = key.split(/[\s/,&+]+/).filter(Boolean);
  if (words.length > 6) return undefined;
  // The first known heading inside the line, longest first: "work experience & internships" → work.
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      const kind = HEADINGS.get(words.slice(start, end).join(' '));
      if (kind && words.every((w, i) => (i >= start && i < end) || FILLER.has(w) || HEADINGS.has(w))) return kind;
    }
  }
  return undefined;
}

/** A line that can be a heading at all: short, not a sentence, not a bullet. */
function headingShaped(line: ProfileLine): boolean {
  const { text, raw } = line;
  if (!text || text.length > 60 || /^\s*[-*+•]\s/.test(raw)) return false;
  if (/[.;]$/.test(text) && !/:$/.test(text)) return false;
  return !/\d{3}/.test(text);
}

export function splitSections(lines: readonly ProfileLine[]): Section[] {
  const sections: Section[] = [];
  let current: { kind: Section['kind']; heading?: ProfileLine; lines: ProfileLine[]; level: number } = { kind: 'top', lines: [], level: 0 };
  const close = () => sections.push({ kind: current.kind, ...(current.heading ? { heading: current.heading } : {}), lines: current.lines });
  for (const line of lines) {
    const level = headingLevel(line.raw);
    const kind = headingShaped(line) || level > 0 ? headingKind(line.text) : undefined;
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
