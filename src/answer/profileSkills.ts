/**
 * A person's skills as their structured profile groups them (src/profile `skills`: a group's name and
 * its keywords, with the lines they came from), and, without such groups, the lines of the section
 * their CV heads as skills in any of the five languages (by section meaning, not by one word).
 */
import type { Passage } from '../chunking/passage.js';
import { linesOf, type FactLine } from '../facts/profileFacts.js';
import { hasBody } from '../retrieval/sectionHits.js';
import { sectionOfHeading, sectionOfPath } from '../text/sectionHeadings.js';
import { isWeakTerm, tokenize } from '../text/terms.js';
import { profileParts } from './profileRoles.js';

export interface SkillGroup {
  /** "Databases: MongoDB, PostgreSQL", or the bare names of groups without keywords ("PyTorch, OpenCV"). */
  readonly text: string;
  readonly lines: readonly FactLine[];
  /** Index terms of the group's name and keywords, for narrowing to what a question asks. */
  readonly terms: ReadonlySet<string>;
}

const MAX_KEYWORDS = 10;
/** Group names that only repeat the section's name: their keywords are said alone. */
const GENERIC = /^(?:skills?|technical skills|competences?|competencias|kompetenzen|compétences|habilidades)$/i;

/** The profile's skill groups, each cited by its first line; groups with no keywords said together. */
export function skillGroupsOf(profile: unknown, passages: readonly Passage[]): SkillGroup[] {
  const { skills } = profileParts(profile);
  if (skills.length === 0 || passages.length === 0) return [];
  const byLine = new Map(linesOf(passages).map((line) => [line.line, line]));
  const groups: SkillGroup[] = [];
  const bare: { name: string; line: FactLine }[] = [];
  for (const entry of skills) {
    const line = byLine.get(entry.lines[0]);
    const keywords = (entry.keywords ?? []).filter((keyword) => /\p{L}/u.test(keyword));
    if (!line || !/\p{L}/u.test(line.text) || !entry.name) continue;
    if (keywords.length === 0) {
      bare.push({ name: entry.name, line });
      continue;
    }
    const list = keywords.slice(0, MAX_KEYWORDS).join(', ');
    // A list written one item a line is cited by its first and last lines, as the bare names below.
    const last = byLine.get(entry.lines[1]);
    groups.push({
      text: GENERIC.test(entry.name.trim()) ? list : `${entry.name}: ${list}`,
      lines: last && last !== line && /\p{L}/u.test(last.text) ? [line, last] : [line],
      terms: new Set(tokenize(`${entry.name} ${keywords.join(' ')}`)),
    });
  }
  if (bare.length > 0) {
    const said = bare.slice(0, MAX_KEYWORDS);
    groups.push({
      text: said.map(({ name }) => name).join(', '),
      // Cited by the first and last lines said: one skill a line would be a citation per word.
      lines: [...new Set([said[0]!.line, said.at(-1)!.line])],
      terms: new Set(tokenize(bare.map(({ name }) => name).join(' '))),
    });
  }
  return groups;
}

/** Groups naming one of `wanted` (index terms), else none. */
export function groupsAsked(groups: readonly SkillGroup[], wanted: ReadonlySet<string>): SkillGroup[] {
  return groups.filter((group) => [...wanted].some((term) => !isWeakTerm(term) && group.terms.has(term)));
}

/** The lines of the person's skills section (headed so in any language), headings and blank lines left out. */
export function skillsSectionLines(passages: readonly Passage[], max: number): FactLine[] {
  const lines: FactLine[] = [];
  for (const passage of passages) {
    // A heading's attribute block ("### Skills {#skills}", kramdown and Pandoc) is no part of its name.
    const path = passage.sectionPath.map((part) => part.replace(/\s*\{[#.][^}]*\}\s*$/, ''));
    if (sectionOfPath(path) !== 'skills' || !hasBody(passage)) continue;
    passage.text.split('\n').forEach((text, i) => {
      const bare = text.replace(/^[#\s]+/, '').replace(/\{#[^}]*\}\s*$/, '');
      if (lines.length >= max || !/\p{L}{2}/u.test(text) || sectionOfHeading(bare)) return;
      lines.push({ passage, line: passage.startLine + i, text });
    });
    if (lines.length >= max) break;
  }
  return lines;
}
