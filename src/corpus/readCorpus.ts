/**
 * Reads every profile under the corpus folder. A file that is not UTF-8 text, or is empty, is
 * skipped with a warning naming it: one bad CV must never stop the whole team's index.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../errors.js';
import { visibleText } from '../visibleText.js';
import type { ProfileDocument } from './document.js';
import { identifyPerson, type PeopleOverride } from './personName.js';
import { readPeopleFile, unmatchedPeopleKeys } from './peopleFile.js';
import { CorpusWalk, onePathPerFile } from './corpusLinks.js';

const PROFILE_EXTENSIONS = new Set(['.md', '.txt']);

export interface CorpusReadResult {
  /** Sorted by source path, so builds are deterministic. */
  readonly documents: readonly ProfileDocument[];
  /** One line per skipped file. */
  readonly warnings: readonly string[];
}

/** Lists profile files under `dir`, following links that stay inside the corpus (see corpusLinks.ts). */
async function listProfileFiles(dir: string, corpus: CorpusWalk): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Dotfiles are editor and OS debris (.DS_Store, .swp), never profiles.
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const isProfile = PROFILE_EXTENSIONS.has(path.extname(entry.name).toLowerCase());
    const kind = entry.isSymbolicLink() ? corpus.follow(full, isProfile) : entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : undefined;
    if (kind === 'directory') found.push(...(await listProfileFiles(full, corpus)));
    else if (kind === 'file' && isProfile) found.push(full);
  }
  return found;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string | undefined {
  try {
    // NFC: a name typed with combining accents (e + U+0301) must read, match and compare like "é".
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
  } catch {
    return undefined;
  }
}

/** A file's key in people.json: relative to the corpus folder, forward slashes, NFC (as the keys are read). */
function corpusKey(corpusDir: string, file: string): string {
  return path.relative(corpusDir, file).split(path.sep).join('/').normalize('NFC');
}

/** Project-relative, forward slashes: the form users see in citations on every OS. */
function toSource(projectRoot: string, file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}

export async function readCorpus(corpusDir: string, projectRoot: string): Promise<CorpusReadResult> {
  const info = await stat(corpusDir).catch(() => undefined);
  if (!info?.isDirectory()) throw createError('CORPUS_MISSING', corpusDir);

  const warnings: string[] = [];
  // A typo in people.json must not take the bot down: names fall back to what the profiles say.
  const people = await readPeopleFile(corpusDir, (line) => warnings.push(line)).catch((error: Error) => {
    warnings.push(`ignored ${error.message}`);
    return new Map<string, PeopleOverride>();
  });
  const walk = new CorpusWalk(corpusDir, (file, reason) => warnings.push(`skipped ${toSource(projectRoot, file)}: ${reason}`));
  const files = onePathPerFile(corpusDir, await listProfileFiles(corpusDir, walk));
  const unmatched = unmatchedPeopleKeys(people, files.map((file) => corpusKey(corpusDir, file)));
  if (unmatched) warnings.push(unmatched);
  const documents: ProfileDocument[] = [];
  for (const file of files) {
    const source = toSource(projectRoot, file);
    const bytes = await readFile(file);
    const text = decode(bytes);
    if (text === undefined) {
      warnings.push(`skipped ${source}: not UTF-8 text`);
      continue;
    }
    if (text.trim() === '') {
      warnings.push(`skipped ${source}: empty`);
      continue;
    }
    if (text.includes('\u0000')) {
      warnings.push(`skipped ${source}: binary content`);
      continue;
    }
    const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
    const corpusRelative = corpusKey(corpusDir, file);
    documents.push({
      source,
      text,
      lines,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      person: identifyPerson(source, lines, people.get(corpusRelative)),
    });
  }
  // File names are the user's, and may hold control characters: each warning stays one visible line.
  return { documents, warnings: warnings.map(visibleText) };
}
