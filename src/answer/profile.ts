/**
 * person → a short overview (headline, recent roles, main skills), each line cited. Built from
 * the profile's own structure: the first passage for the headline, the first sections under an
 * experience heading for roles, sections named like "skills" for skills.
 */
import type { Passage } from '../chunking/passage.js';
import { citationFor, spanOf } from './citeLines.js';
import { statementOf } from './ask.js';
import type { Citation, ProfileLine, ProfileOverview } from './types.js';

export interface PersonEntry {
  readonly personId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly source: string;
}

const ROLES = 3;
const SKILL_LINES = 3;

/** Exact name or alias first, then a prefix, then a substring; case-insensitive. */
export function findPerson(query: string, people: readonly PersonEntry[]): PersonEntry | undefined {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return undefined;
  const names = (entry: PersonEntry) => [entry.name, ...entry.aliases].map((name) => name.toLowerCase());
  return (
    people.find((entry) => names(entry).includes(wanted)) ??
    people.find((entry) => names(entry).some((name) => name.startsWith(wanted))) ??
    people.find((entry) => names(entry).some((name) => name.includes(wanted)))
  );
}

function firstContentLine(passage: Passage): number {
  const lines = passage.text.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '' && !/^(\+\+\+|---)\s*$/.test(line.trim()));
  return passage.startLine + Math.max(0, index);
}

export function profileOverview(entry: PersonEntry, passages: readonly Passage[]): ProfileOverview {
  const own = passages.filter((passage) => passage.personId === entry.personId);
  const citations: Citation[] = [];
  const lines: ProfileLine[] = [];
  const cite = (label: string, passage: Passage, line: number) => {
    const span = spanOf(passage, line, line);
    const citation = citationFor(citations.length + 1, passage, span, 1);
    citations.push(citation);
    lines.push({ label, text: statementOf(span.text), citation: citation.id });
  };

  // The headline: the title in front matter when there is one, else the profile's opening line.
  const headlinePassage = own.find((p) => p.sectionPath[0] === 'Front matter') ?? own.find((p) => p.sectionPath.length === 0) ?? own[0];
  let headline = entry.name;
  if (headlinePassage) {
    const titleLine = headlinePassage.text.split('\n').findIndex((line) => /^\s*title\s*[=:]/i.test(line));
    const line = titleLine >= 0 ? headlinePassage.startLine + titleLine : firstContentLine(headlinePassage);
    cite('Headline', headlinePassage, line);
    headline = lines[0]!.text.replace(/^title\s*[=:]\s*"?|"$/gi, '');
  }

  // Roles: distinct second-level sections under an experience heading, in document order (CVs list the latest first).
  const roles = new Map<string, Passage>();
  for (const passage of own) {
    const [top, role] = passage.sectionPath;
    if (top && role && /experience|employment|career|work/i.test(top) && !roles.has(role)) roles.set(role, passage);
  }
  for (const passage of [...roles.values()].slice(0, ROLES)) cite('Role', passage, firstContentLine(passage));

  const skills = own.filter((passage) => passage.sectionPath.some((part) => /skill/i.test(part)));
  for (const passage of skills.slice(0, SKILL_LINES)) cite('Skills', passage, passage.endLine);

  return { person: entry.name, source: entry.source, headline, lines, citations };
}
