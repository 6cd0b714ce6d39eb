/**
 * Reads every profile under the corpus folder. A file that is not UTF-8 text, or is empty, is
 * skipped with a warning naming it: one bad CV must never stop the whole team's index.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../errors.js';
import type { ProfileDocument } from './document.js';
import { identifyPerson, type PeopleOverride } from './personName.js';
import { readPeopleFile } from './peopleFile.js';

const PROFILE_EXTENSIONS = new Set(['.md', '.txt']);

export interface CorpusReadResult {
  /** Sorted by source path, so builds are deterministic. */
  readonly documents: readonly ProfileDocument[];
  /** One line per skipped file. */
  readonly warnings: readonly string[];
}

async function listProfileFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Dotfiles are editor and OS debris (.DS_Store, .swp), never profiles.
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listProfileFiles(full)));
    else if (entry.isFile() && PROFILE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string | undefined {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
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
  const people = await readPeopleFile(corpusDir).catch((error: Error) => {
    warnings.push(`ignored ${error.message}`);
    return new Map<string, PeopleOverride>();
  });
  const documents: ProfileDocument[] = [];
  for (const file of (await listProfileFiles(corpusDir)).sort()) {
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
    const corpusRelative = path.relative(corpusDir, file).split(path.sep).join('/');
    documents.push({
      source,
      text,
      lines,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      person: identifyPerson(source, lines, people.get(corpusRelative)),
    });
  }
  return { documents, warnings };
}
