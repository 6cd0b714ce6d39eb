/**
 * `corpus/people.json`: display names and aliases set by the team, so nobody has to edit a CV to
 * fix how the bot names its owner. Keys are file paths relative to the corpus folder:
 *   { "001_ef5c.txt": "Sam Smith", "cv/jane.md": { "name": "Jane Doe", "aliases": ["JD"] } }
 * One bad entry is reported and skipped; the other names still apply.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createError, wrapError } from '../errors.js';
import { settingsFileReadable } from './corpusLinks.js';
import { jsonProblem } from './jsonProblem.js';
import type { PeopleOverride } from './personName.js';

export const PEOPLE_FILE = 'people.json';

const ENTRY_SHAPE = 'needs a name (a string, or { "name": "...", "aliases": [...] })';

function parseEntry(value: unknown): PeopleOverride | undefined {
  if (typeof value === 'string' && value.trim()) return { name: value.trim().normalize('NFC'), aliases: [] };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { name, aliases = [] } = value as { name?: unknown; aliases?: unknown };
    const aliasesValid = Array.isArray(aliases) && aliases.every((alias) => typeof alias === 'string');
    if (typeof name === 'string' && name.trim() && aliasesValid) {
      return {
        name: name.trim().normalize('NFC'),
        aliases: (aliases as string[]).map((alias) => alias.trim().normalize('NFC')).filter(Boolean),
      };
    }
  }
  return undefined;
}

/**
 * The names in people.json by corpus-relative path (NFC). Throws `PEOPLE_FILE_INVALID` when the file as
 * a whole can't be used (not JSON, not an object, a link leading outside the corpus); a bad entry is
 * reported through `warn` and skipped. Messages never quote the file's content: it may not be ours.
 */
export async function readPeopleFile(
  corpusDir: string,
  warn: (line: string) => void = () => {},
): Promise<Map<string, PeopleOverride>> {
  const file = path.join(corpusDir, PEOPLE_FILE);
  let raw: string;
  try {
    if (!settingsFileReadable(corpusDir, file)) return new Map();
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw wrapError(error, 'PEOPLE_FILE_INVALID', file, (error as Error).message);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw wrapError(error, 'PEOPLE_FILE_INVALID', file, jsonProblem(error, raw));
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw createError('PEOPLE_FILE_INVALID', file, 'expected an object mapping file names to names');
  }
  const people = new Map<string, PeopleOverride>();
  for (const [key, value] of Object.entries(parsed)) {
    const entry = parseEntry(value);
    if (entry) people.set(key.normalize('NFC'), entry);
    else warn(`ignored entry ${JSON.stringify(key)} of ${file}: it ${ENTRY_SHAPE}; the other names still apply`);
  }
  return people;
}

/** One warning line naming every people.json key that matches no profile (a typo or a removed file), or undefined. */
export function unmatchedPeopleKeys(
  people: ReadonlyMap<string, unknown>,
  profileKeys: readonly string[],
): string | undefined {
  const known = new Set(profileKeys);
  const unmatched = [...people.keys()].filter((key) => !known.has(key));
  if (unmatched.length === 0) return undefined;
  return `${PEOPLE_FILE} names ${unmatched.length === 1 ? 'a file' : 'files'} not in the corpus (check the spelling, relative to the corpus folder): ${unmatched.map((key) => JSON.stringify(key)).join(', ')}`;
}
