/**
 * `corpus/people.json`: display names and aliases set by the team, so nobody has to edit a CV to
 * fix how the bot names its owner. Keys are file paths relative to the corpus folder:
 *   { "001_ef5c.txt": "Sam Smith", "cv/jane.md": { "name": "Jane Doe", "aliases": ["JD"] } }
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../errors.js';
import type { PeopleOverride } from './personName.js';

export const PEOPLE_FILE = 'people.json';

function parseEntry(key: string, value: unknown, file: string): PeopleOverride {
  if (typeof value === 'string' && value.trim()) return { name: value.trim(), aliases: [] };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { name, aliases = [] } = value as { name?: unknown; aliases?: unknown };
    const aliasesValid = Array.isArray(aliases) && aliases.every((alias) => typeof alias === 'string');
    if (typeof name === 'string' && name.trim() && aliasesValid) {
      return { name: name.trim(), aliases: (aliases as string[]).map((alias) => alias.trim()).filter(Boolean) };
    }
  }
  throw createError('PEOPLE_FILE_INVALID', file, `entry "${key}" needs a name (a string, or { "name": "...", "aliases": [...] })`);
}

export async function readPeopleFile(corpusDir: string): Promise<Map<string, PeopleOverride>> {
  const file = path.join(corpusDir, PEOPLE_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw createError('PEOPLE_FILE_INVALID', file, (error as Error).message);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw createError('PEOPLE_FILE_INVALID', file, 'expected an object mapping file names to names');
  }
  return new Map(Object.entries(parsed).map(([key, value]) => [key, parseEntry(key, value, file)]));
}
