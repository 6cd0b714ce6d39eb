/**
 * Skills lists from a CV's skills sections: "Languages: Python, Go" is a group named by its label
 * with its items as keywords; a bulleted or comma-separated list without a label is one "Skills"
 * group. Items are split on commas, semicolons, bullets and pipes outside parentheses.
 */
import { lineKindLabel } from './labels.js';
import { headingKind, type Section } from './sections.js';
import type { ProfileLine, SkillEntry } from './types.js';

const indentOf = (line: ProfileLine) => /^\s*/.exec(line.raw)![0].replace(/\t/g, '    ').length;

/** Items of a list, commas inside "(…)" kept: "SQL (MySQL, Postgres), Go" → two items. */
export function listItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth === 0 && /[,;•·|▪◦●]/.test(char)) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items
    .map((item) =>
      item
        .replace(/^\s*(?:and|und|et|y|e)\s+/i, '')
        .replace(/^[\s\-–*]+|[\s.]+$/g, '')
        .trim(),
    )
    .filter((item) => item && item.length <= 60);
}

/** "Programming Languages: Python, C" → label and the rest; no label when there is no short one before a colon. */
export function labelled(text: string): { label?: string; rest: string } {
  const match = /^([^:：]{1,40})[:：]\s*(.*)$/u.exec(text);
  if (match && match[1]!.trim().split(/\s+/).length <= 5) {
    return { label: match[1]!.replace(/[|*]+/g, '').trim(), rest: match[2]! };
  }
  return { rest: text };
}

/**
 * "Skills: Python, Go" / "Kenntnisse: …" / "Compétences : …" on a line of any other section (a
 * summary, the head of the CV): a skills list too. Not inside a work or education section, where
 * "Technologies: …" under a role says what that role used.
 */
function labelledLists(section: Section, skills: SkillEntry[]): void {
  if (section.kind === 'work' || section.kind === 'education') return;
  for (const line of section.lines) {
    const found = lineKindLabel(line.text);
    if (found?.kind !== 'skills') continue;
    const items = listItems(found.rest);
    if (items.length >= 2) {
      skills.push({ name: labelled(line.text).label ?? 'Skills', keywords: items, lines: [line.line, line.line] });
    }
  }
}

export function readSkills(sections: readonly Section[]): SkillEntry[] {
  const skills: SkillEntry[] = [];
  for (const section of sections) {
    if (section.kind !== 'skills') {
      labelledLists(section, skills);
      continue;
    }
    let loose: { keywords: string[]; first: number; last: number } | undefined;
    // A languages list nested in the skills ("* Languages" above "  * French: native") is not skills.
    let languagesUnder: number | undefined;
    for (const line of section.lines) {
      if (!/[\p{L}\p{N}]/u.test(line.text)) continue;
      if (languagesUnder !== undefined && indentOf(line) > languagesUnder) continue;
      languagesUnder = headingKind(line.text.replace(/[:：]\s*$/, '')) === 'languages' ? indentOf(line) : undefined;
      if (languagesUnder !== undefined) continue;
      // A sentence of prose under a skill's name describes it; it is not a list.
      if (/[.!?]$/.test(line.text) && line.text.split(/\s+/).length > 8) continue;
      const { label, rest } = labelled(line.text);
      // "  * Python:" above its own sub-items: nested, the label is a skill itself.
      const items = label && !rest.trim() && indentOf(line) > 0 ? [label] : listItems(rest);
      if (label && items.length > 0 && rest.trim()) {
        skills.push({ name: label, keywords: items, lines: [line.line, line.line] });
        continue;
      }
      // A sentence is not a list item.
      if (items.length === 1 && items[0]!.split(/\s+/).length > 6) continue;
      if (label && items.length === 0) continue;
      loose ??= { keywords: [], first: line.line, last: line.line };
      loose.keywords.push(...items);
      loose.last = line.line;
    }
    if (loose?.keywords.length) {
      skills.push({ name: 'Skills', keywords: loose.keywords, lines: [loose.first, loose.last] });
    }
  }
  return skills;
}
