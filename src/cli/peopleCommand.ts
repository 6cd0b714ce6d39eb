/**
 * `npm run people`: every profile in the index with the name the bot uses, where that name came
 * from, the source file, its format and how many passages it gave; then each person's profile
 * (src/profile/overview.ts): what they do now, roles with dates, schools, languages and main
 * skills, each line with the file and lines it was read from. `--json` prints one object per
 * profile: `{person, nameFrom, source, format, passages, profile}`. Builds the index first when there is none.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import type { NameSource } from '../corpus/document.js';
import { NAME_SOURCE_LABEL } from '../corpus/personName.js';
import { isWhoKnowsError } from '../errors.js';
import { indexPath } from '../index/store/generation/generations.js';
import { FILES, type IndexedDocument } from '../index/store/manifest/manifest.js';
import { log } from '../log.js';
import { loadOrBuildIndex } from './loadOrBuild.js';
import { lineRangeLabel, overviewOf } from '../profile/overview.js';
import type { Profile } from '../profile/types.js';
import { visibleText } from '../text/visibleText.js';

const USAGE = 'usage: npm run people [-- --json]';

export interface ProfileListing {
  readonly person: string;
  readonly nameFrom: NameSource;
  readonly source: string;
  readonly format: string;
  readonly passages: number;
  /** The structured profile stored with the document (src/profile); absent in an index built before profiles. */
  readonly profile?: unknown;
}

/** Where a profile's line numbers point: the saved text of a converted file, else the file itself. */
export type CitedFile = (listing: ProfileListing) => string;

const FORMATS: Readonly<Record<string, string>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.json': 'json-resume',
  '.tex': 'latex',
  '.html': 'html',
  '.htm': 'html',
};

/** The format of a document indexed before the index recorded it, from its file extension. */
export function formatOf(source: string): string {
  const extension = path.extname(source).toLowerCase();
  return FORMATS[extension] ?? (extension.slice(1) || 'unknown');
}

function profileOf(doc: IndexedDocument): unknown {
  return doc.facts?.profile;
}

/** The project-relative path a converted document's saved text has (where its line numbers point). */
function textFileOf(doc: IndexedDocument, dataDir: string, projectRoot: string): string | undefined {
  if (!doc.textName) return undefined;
  return path
    .relative(projectRoot, path.join(indexPath(dataDir), FILES.texts, doc.textName))
    .split(path.sep)
    .join('/');
}

export function listProfiles(documents: readonly IndexedDocument[]): ProfileListing[] {
  return documents.map((doc) => {
    const profile = profileOf(doc);
    return {
      person: doc.person.name,
      nameFrom: doc.person.nameSource,
      source: doc.source,
      format: doc.format ?? formatOf(doc.source),
      passages: doc.passageCount,
      ...(profile !== undefined ? { profile } : {}),
    };
  });
}

/** A plain table, columns padded to their widest cell; the source last, as it is the longest. */
export function formatProfiles(profiles: readonly ProfileListing[], citedFile: CitedFile = (p) => p.source): string {
  const header = ['person', 'name from', 'format', 'passages', 'source'];
  // Names and file names are the user's: control characters in them are shown, never obeyed (visibleText.ts).
  const rows = profiles.map((p) => [
    visibleText(p.person),
    NAME_SOURCE_LABEL[p.nameFrom] ?? p.nameFrom,
    p.format,
    String(p.passages),
    visibleText(p.source),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...row[column]!].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length),
      )
      .join('  ');
  const unnamed = profiles.filter((p) => p.nameFrom === 'file-name').length;
  const footer =
    unnamed > 0
      ? [``, `${unnamed} profile(s) name nobody in their text: name them in people.json in the corpus folder.`]
      : [];
  const blocks = profiles.flatMap((p) => profileBlock(p, citedFile(p)));
  return [line(header), ...rows.map(line), ...blocks, ...footer].join('\n');
}

/**
 * One person's profile under their name: a line per fact, its label, its text and where it was
 * read ("file:L12-L14"), current role first. Nothing for a profile that holds none of them.
 */
export function profileBlock(listing: ProfileListing, file: string): string[] {
  const profile = listing.profile as Profile | undefined;
  if (!profile?.work) return [];
  const lines = overviewOf(profile);
  if (lines.length === 0) return [];
  const width = Math.max(...lines.map((line) => line.label.length));
  const shown = lines.map(
    (line) =>
      `  ${line.label.padEnd(width)}  ${visibleText(line.text)}  (${visibleText(file)}:${lineRangeLabel(line.lines)})`,
  );
  return ['', `${visibleText(listing.person)}`, ...shown];
}

export async function peopleCommand(argv: readonly string[]): Promise<number> {
  let json: boolean;
  try {
    const { values } = parseArgs({ args: [...argv], options: { json: { type: 'boolean', default: false } } });
    json = values.json ?? false;
  } catch (error) {
    log.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const config = loadConfig();
    const { documents } = await loadOrBuildIndex(config);
    const profiles = listProfiles(documents);
    const texts = new Map(documents.map((doc) => [doc.source, textFileOf(doc, config.dataDir, config.projectRoot)]));
    const cited: CitedFile = (p) => texts.get(p.source) ?? p.source;
    const shown = json ? profiles.map((p) => JSON.stringify(p)).join('\n') : formatProfiles(profiles, cited);
    process.stdout.write(`${shown}\n`);
    return 0;
  } catch (error) {
    if (!isWhoKnowsError(error)) throw error;
    log.error(error.message);
    return 1;
  }
}
