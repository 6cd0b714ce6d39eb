/**
 * Reads every profile under the corpus folder, whatever its format (see formats/readFormat.ts). A
 * file that can't be read (not UTF-8 text, empty, a damaged or password-protected PDF, an
 * unsupported format) is skipped with a warning naming it: one bad CV must never stop the whole
 * team's index, and no file is passed over without a word.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../errors.js';
import { visibleText } from '../text/visibleText.js';
import type { ProfileDocument } from './document.js';
import { isSupported, readFormat } from './formats/readFormat.js';
import { READERS_VERSION } from './formats/types.js';
import { identifyPerson, type PeopleOverride } from './personName.js';
import { PEOPLE_FILE, readPeopleFile, unmatchedPeopleKeys } from './peopleFile.js';
import { CorpusWalk, onePathPerFile } from './corpusLinks.js';

/** Settings the team keeps beside the profiles (names, skill aliases, related words): never profiles. */
const CORPUS_SETTINGS_FILES = new Set([PEOPLE_FILE, 'skill-aliases.json', 'related-terms.json']);

export interface CorpusReadResult {
  /** Sorted by source path, so builds are deterministic. */
  readonly documents: readonly ProfileDocument[];
  /** One line per skipped file. */
  readonly warnings: readonly string[];
}

/** Lists the files under `dir` (but the settings files), following links that stay inside the corpus (see corpusLinks.ts). */
async function listFiles(dir: string, corpus: CorpusWalk, top = true): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Dotfiles are editor and OS debris (.DS_Store, .swp), never profiles.
    if (entry.name.startsWith('.')) continue;
    if (top && CORPUS_SETTINGS_FILES.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? corpus.follow(full, isSupported(entry.name)) : entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : undefined;
    if (kind === 'directory') found.push(...(await listFiles(full, corpus, false)));
    else if (kind === 'file') found.push(full);
  }
  return found;
}

/** A file's key in people.json: relative to the corpus folder, forward slashes, NFC (as the keys are read). */
function corpusKey(corpusDir: string, file: string): string {
  return path.relative(corpusDir, file).split(path.sep).join('/').normalize('NFC');
}

/** Project-relative, forward slashes: the form users see in citations on every OS. */
function toSource(projectRoot: string, file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}

/**
 * The corpus as a stream: the settings and the file list are read at once, each profile only when
 * asked for, so a build can chunk and write one profile and let its text go before reading the
 * next (a 100k-profile corpus never sits in memory whole).
 */
export interface CorpusStream {
  /** Profiles in source-path order, read one at a time. */
  readonly documents: AsyncIterable<ProfileDocument>;
  /** One line per skipped file so far (all of them once `documents` is done). */
  readonly warnings: readonly string[];
}

export async function streamCorpus(corpusDir: string, projectRoot: string, onWarning?: (line: string) => void): Promise<CorpusStream> {
  const info = await stat(corpusDir).catch(() => undefined);
  if (!info?.isDirectory()) throw createError('CORPUS_MISSING', corpusDir);

  const warnings: string[] = [];
  // File names are the user's, and may hold control characters: each warning stays one visible line.
  const warn = (line: string) => {
    const visible = visibleText(line);
    warnings.push(visible);
    onWarning?.(visible);
  };
  // A typo in people.json must not take the bot down: names fall back to what the profiles say.
  const people = await readPeopleFile(corpusDir, warn).catch((error: Error) => {
    warn(`ignored ${error.message}`);
    return new Map<string, PeopleOverride>();
  });
  const walk = new CorpusWalk(corpusDir, (file, reason) => warn(`skipped ${toSource(projectRoot, file)}: ${reason}`));
  const files = onePathPerFile(corpusDir, await listFiles(corpusDir, walk));
  const unmatched = unmatchedPeopleKeys(
    people,
    files.filter((file) => isSupported(file)).map((file) => corpusKey(corpusDir, file)),
  );
  if (unmatched) warn(unmatched);
  async function* documents(): AsyncGenerator<ProfileDocument> {
    for (const file of files) {
      const source = toSource(projectRoot, file);
      // One small file at a time: the promise API's open, stat and chunked reads cost more than the read itself (5 s of a 10k build).
      const bytes = readFileSync(file);
      const outcome = await readFormat(file, bytes);
      if (outcome.kind === 'skipped') {
        warn(`skipped ${source}: ${outcome.reason}`);
        continue;
      }
      const { lines, format, converted, pages, nameHint } = outcome.text;
      const corpusRelative = corpusKey(corpusDir, file);
      // A converted document changes when its reader does, even if its bytes do not.
      const hash = createHash('sha256').update(bytes);
      if (converted) hash.update(`readers ${READERS_VERSION}`);
      yield {
        source,
        text: converted ? `${lines.join('\n')}\n` : outcome.text.fileText ?? '',
        lines,
        format,
        ...(converted ? { textName: `${corpusRelative}.txt` } : {}),
        ...(pages ? { pages } : {}),
        ...(nameHint ? { nameHint } : {}),
        contentHash: hash.digest('hex'),
        person: identifyPerson(source, lines, people.get(corpusRelative), nameHint),
      };
    }
  }
  return { documents: documents(), warnings };
}

/** Every profile at once: for callers that need the whole corpus (evaluation, tests); a build streams it. */
export async function readCorpus(corpusDir: string, projectRoot: string): Promise<CorpusReadResult> {
  const corpus = await streamCorpus(corpusDir, projectRoot);
  const documents: ProfileDocument[] = [];
  for await (const doc of corpus.documents) documents.push(doc);
  return { documents, warnings: corpus.warnings };
}
