/**
 * Reads every profile under the corpus folder, whatever its format (see formats/readFormat.ts). A
 * file that can't be read (not UTF-8 text, empty, a damaged or password-protected PDF, an
 * unsupported format) is skipped with a warning naming it: one bad CV must never stop the whole
 * team's index, and no file is passed over without a word.
 *
 * `streamCorpus` also skips reading files the index read before and that have not changed since,
 * judged by their stamp (size, modification and status-change times in ns, inode), as `make` and
 * git do: reading and hashing 10,000 profiles was most of an `embed` with nothing to do. A stamp
 * is recorded only for a file whose status last changed at least a few seconds before the read,
 * so an edit landing within the file system's time resolution after the read can't keep it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../errors.js';
import { visibleText } from '../text/visibleText.js';
import type { CorpusDocument, FileStamp, ProfileDocument, UnreadDocument } from './document.js';
import { isSupported } from './formats/readFormat.js';
import { READERS_VERSION } from './formats/types.js';
import { isolatedReader } from './isolation/readIsolated.js';
import type { ReadLimits } from './isolation/readLimits.js';
import { identifyPerson, NAMING_VERSION, type PeopleOverride } from './personName.js';
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

/** What the index recorded of a file it read: what an unread document is made of. */
export type KnownFile = Omit<UnreadDocument, 'unread' | 'source'>;

export interface CorpusReuse {
  /** The stamp basis (see `CorpusStream`) the known stamps were recorded under. */
  readonly basis: string | undefined;
  /** What the index recorded of this source, if it may be reused unread (its passages are still good). */
  readonly known: (source: string) => KnownFile | undefined;
  /** Files changed less than this long before the read get no stamp (default SETTLE_MS); tests trust fresh files. */
  readonly settleMs?: number;
}

/**
 * A file whose status changed less than this long before the scan started gets no stamp: it is
 * read again next time. Covers file systems with coarse times (FAT's 2 s) and a little clock drift.
 */
export const SETTLE_MS = 5000;

function stampOf(info: BigIntStats): FileStamp {
  return {
    size: Number(info.size),
    mtime: info.mtimeNs.toString(),
    ctime: info.ctimeNs.toString(),
    ino: info.ino.toString(),
  };
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;
}

function stampBasisOf(people: ReadonlyMap<string, PeopleOverride>): string {
  const names = [...people].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify({ readers: READERS_VERSION, naming: NAMING_VERSION, people: names }))
    .digest('hex')
    .slice(0, 32);
}

/** A folder gone since it was listed (deleted while the build runs) holds nothing. */
async function entriesOf(dir: string, top: boolean) {
  return readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (!top && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return [];
    throw error;
  });
}

/**
 * Lists the files under `dir` (but the settings files), following links that stay inside the
 * corpus (see corpusLinks.ts). Hidden files and folders (names starting with a dot) are passed to
 * `hidden`: they are editor and OS debris (.DS_Store, .swp, .git) far more often than profiles,
 * but a profile hidden by mistake must be visible in the summary, not missing without a word.
 */
async function listFiles(
  dir: string,
  corpus: CorpusWalk,
  hidden: (path: string) => void,
  top = true,
): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await entriesOf(dir, top)) {
    if (entry.name.startsWith('.')) {
      hidden(path.join(dir, entry.name));
      continue;
    }
    if (top && CORPUS_SETTINGS_FILES.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink()
      ? corpus.follow(full, isSupported(entry.name))
      : entry.isDirectory()
        ? 'directory'
        : entry.isFile()
          ? 'file'
          : undefined;
    if (kind === 'directory') found.push(...(await listFiles(full, corpus, hidden, false)));
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
 * `toSource` for files listed under `corpusDir` (all of them, joined onto it): the folder's own
 * part is worked out once, as `path.relative` for each of 10,000 files cost a tenth of a second.
 */
function sourceNamer(projectRoot: string, corpusDir: string): (file: string) => string {
  const base = toSource(projectRoot, corpusDir);
  const prefix = corpusDir + path.sep;
  return (file) => {
    if (!file.startsWith(prefix)) return toSource(projectRoot, file);
    const inside = file.slice(prefix.length).split(path.sep).join('/');
    return base === '' ? inside : `${base}/${inside}`;
  };
}

/**
 * The corpus as a stream: the settings and the file list are read at once, each profile only when
 * asked for, so a build can chunk and write one profile and let its text go before reading the
 * next (a large corpus never sits in memory whole). Files `reuse` knows with an unchanged
 * stamp come back unread.
 */
export interface CorpusStream {
  /** Profiles in source-path order, read one at a time. */
  readonly documents: AsyncIterable<CorpusDocument>;
  /** One line per skipped file so far (all of them once `documents` is done). */
  readonly warnings: readonly string[];
  /**
   * What a recorded stamp stands for besides the file's bytes: the readers' and naming versions
   * and people.json. Stamps recorded under another basis are not trusted.
   */
  readonly stampBasis: string;
  /** Files read (and hashed) so far. */
  readonly filesRead: () => number;
}

/**
 * `limits`: what reading one parsed file (PDF, DOCX, JSON, LaTeX, HTML) may cost; such files are
 * read in a separate thread, and one breaking a limit is skipped with a warning naming it.
 */
export async function streamCorpus(
  corpusDir: string,
  projectRoot: string,
  onWarning?: (line: string) => void,
  reuse?: CorpusReuse,
  limits?: ReadLimits,
): Promise<CorpusStream> {
  const settledBefore = BigInt(Date.now() - (reuse?.settleMs ?? SETTLE_MS)) * 1_000_000n;
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
  // Once per hidden file or folder, however many links lead to it.
  const hiddenSeen = new Set<string>();
  const hidden = (file: string) => {
    const real = realOrSelf(file);
    if (hiddenSeen.has(real)) return;
    hiddenSeen.add(real);
    warn(`skipped ${toSource(projectRoot, file)}: hidden (its name starts with a dot)`);
  };
  const listed = await listFiles(corpusDir, walk, hidden);
  const files = onePathPerFile(corpusDir, listed, walk.metLink);
  // Without people.json no key can be unmatched: the files' keys are not worked out for nothing.
  const unmatched =
    people.size > 0
      ? unmatchedPeopleKeys(
          people,
          files.filter((file) => isSupported(file)).map((file) => corpusKey(corpusDir, file)),
        )
      : undefined;
  if (unmatched) warn(unmatched);
  const stampBasis = stampBasisOf(people);
  const sourceOf = sourceNamer(projectRoot, corpusDir);
  const trusted = reuse?.basis === stampBasis ? reuse : undefined;
  let filesRead = 0;
  async function* documents(): AsyncGenerator<CorpusDocument> {
    const reader = isolatedReader(limits);
    try {
      yield* readEach(reader);
    } finally {
      reader.close();
    }
  }
  async function* readEach(reader: ReturnType<typeof isolatedReader>): AsyncGenerator<CorpusDocument> {
    for (const file of files) {
      const source = sourceOf(file);
      let stamp: FileStamp | undefined;
      try {
        const fileInfo = statSync(file, { bigint: true });
        if (fileInfo.ctimeNs < settledBefore) stamp = stampOf(fileInfo);
      } catch {
        // Gone or unreadable since it was listed: reading it below says so.
      }
      const known = stamp && trusted?.known(source);
      if (known && sameStamp(known.stamp, stamp)) {
        yield { unread: true, source, ...known };
        continue;
      }
      // One small file at a time: the promise API's open, stat and chunked reads cost more than the read itself.
      const bytes = readOrGone(file);
      // Deleted since it was listed: the same as deleted before the build (it leaves the index).
      if (!bytes) continue;
      filesRead++;
      const outcome = await reader.read(file, bytes);
      if (outcome.kind === 'skipped') {
        warn(`skipped ${source}: ${outcome.reason}`);
        continue;
      }
      const { lines, format, converted, pages, nameHint, notice } = outcome.text;
      if (notice) warn(`read ${source} in part: ${notice}`);
      const corpusRelative = corpusKey(corpusDir, file);
      // A converted document changes when its reader does, even if its bytes do not.
      const hash = createHash('sha256').update(bytes);
      if (converted) hash.update(`readers ${READERS_VERSION}`);
      yield {
        source,
        text: converted ? `${lines.join('\n')}\n` : (outcome.text.fileText ?? ''),
        lines,
        format,
        ...(converted ? { textName: `${corpusRelative}.txt` } : {}),
        ...(pages ? { pages } : {}),
        ...(nameHint ? { nameHint } : {}),
        contentHash: hash.digest('hex'),
        // Names compare composed (NFC), whatever the file's own normalisation; its lines stay as they are.
        person: identifyPerson(
          source,
          converted ? lines : lines.map((line) => line.normalize('NFC')),
          people.get(corpusRelative),
          nameHint,
        ),
        ...(stamp ? { stamp } : {}),
      };
    }
  }
  return { documents: documents(), warnings, stampBasis, filesRead: () => filesRead };
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The file's bytes, or undefined when it no longer exists. */
function readOrGone(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Every profile at once: for callers that need the whole corpus (evaluation, tests); a build streams it. */
export async function readCorpus(corpusDir: string, projectRoot: string): Promise<CorpusReadResult> {
  const corpus = await streamCorpus(corpusDir, projectRoot);
  const documents: ProfileDocument[] = [];
  // Without `reuse`, every file is read.
  for await (const doc of corpus.documents) documents.push(doc as ProfileDocument);
  return { documents, warnings: corpus.warnings };
}
