/**
 * Deciding what the bot calls the person behind a profile. In order: the optional
 * `people.json` override, front matter (`name`, or the name part of a `title`), the first
 * heading that looks like a name, and finally a readable label made from the file name.
 */
import path from 'node:path';
import type { Person } from './document.js';
import type { NameHint } from './formats/types.js';
import { parseFrontMatter } from './frontMatter.js';

export interface PeopleOverride {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Headings that are section titles, never a person's name. */
const SECTION_WORDS =
  /\b(experience|skills?|profile|summary|education|projects?|certifications?|interests?|links?|contact|about|employment|history|work|career|languages?|references?|achievements?|responsibilities|overview|qualifications?|resume|cv|curriculum)\b/i;

/** "Jane Doe - Solutions Architect" → "Jane Doe": the part before a dash, pipe or comma. */
function nameFromTitle(title: string): string | undefined {
  const head = title.split(/\s+[-–—|]\s+|,\s*/)[0]?.trim();
  return head && looksLikeName(head) ? head : undefined;
}

/** Two to four capitalised words, letters only (allowing O'Neil, Jean-Luc, initials). */
function looksLikeName(text: string): boolean {
  if (SECTION_WORDS.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
}

/** A heading that titles the whole document, above which a name may still follow. */
const DOCUMENT_TITLE = /^(?:resume|résumé|cv|curriculum vitae)$/i;

/** Only headings before the first section heading: below "Experience", headings are employers and projects. */
function nameFromHeading(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const heading = /^#{1,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/[*_`]/g, '').trim();
    if (SECTION_WORDS.test(text) && !DOCUMENT_TITLE.test(text)) return undefined;
    if (looksLikeName(text)) return text;
    const fromTitle = nameFromTitle(text);
    if (fromTitle) return fromTitle;
  }
  return undefined;
}

/** `000_db1e1783ac94410d.txt` → "Profile 000"; `jane-doe.md` → "Jane Doe". */
export function labelFromFileName(source: string): string {
  const stem = path.basename(source, path.extname(source));
  const words = stem
    .split(/[_\s.-]+/)
    // Long hex runs are content hashes, not names.
    .filter((word) => word !== '' && !/^[0-9a-f]{8,}$/i.test(word));
  if (words.length === 0) return `Profile ${stem}`;
  if (words.every((word) => /^\d+$/.test(word))) return `Profile ${words.join(' ')}`;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

export function identifyPerson(
  source: string,
  lines: readonly string[],
  override: PeopleOverride | undefined,
  /** From the document's format (title line, `\name{}`, `<title>`, `basics.name`): trusted right after front matter. */
  hint?: NameHint,
): Person {
  const fileLabel = labelFromFileName(source);
  const withAliases = (name: string, nameSource: Person['nameSource'], extra: readonly string[] = []): Person => ({
    id: source,
    name,
    nameSource,
    aliases: [...new Set([...extra, fileLabel, path.basename(source)].filter((alias) => alias !== name))],
  });

  if (override) return withAliases(override.name, 'people.json', override.aliases);
  const front = parseFrontMatter(lines);
  const fromFront = front?.fields.name?.trim() || (front?.fields.title ? nameFromTitle(front.fields.title) : undefined);
  if (fromFront) return withAliases(fromFront, 'front-matter');
  if (hint) return withAliases(hint.name, hint.from);
  const fromHeading = nameFromHeading(lines);
  if (fromHeading) return withAliases(fromHeading, 'heading');
  return withAliases(fileLabel, 'file-name');
}
