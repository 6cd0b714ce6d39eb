/**
 * `npm run export -- --format jsonresume --out DIR`: one JSON Resume file per person, each checked
 * against the official schema (@jsonresume/schema) before it is written.
 * `npm run export -- --format csv [--out FILE]`: the team's skill matrix (stdout without --out).
 * Reads the profiles stored in the index; builds the index first when there is none.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import jsonResumeSchema from '@jsonresume/schema';
import { loadConfig } from '../config.js';
import { isWhoKnowsError } from '../errors.js';
import { log } from '../log.js';
import { loadOrBuildIndex } from './loadOrBuild.js';
import { jsonResumeOf, skillMatrix } from '../profile/exportFormats.js';
import type { Profile } from '../profile/types.js';

const USAGE = 'usage: npm run export -- --format jsonresume --out DIR | --format csv [--out FILE]';

/** The schema's verdict on one resume: undefined when valid, else its first errors. */
export function schemaProblems(resume: unknown): string | undefined {
  let problems: string | undefined;
  jsonResumeSchema.validate(resume, (errors, valid) => {
    if (!valid)
      problems = (errors ?? [])
        .slice(0, 3)
        .map((e) => e.stack)
        .join('; ');
  });
  return problems;
}

/** Latin letters no accent folding reaches ("Weiß", "Bjørn", "Łukasz"), as they are written in ASCII. */
const LETTERS_AS_ASCII: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** A file name for a person: letters, digits and dashes, unique among the files written. */
export function fileNameFor(person: string, taken: Set<string>): string {
  const base =
    person
      .toLowerCase()
      .replace(/[ßæøœłđðþı]/g, (letter) => LETTERS_AS_ASCII[letter]!)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'person';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return `${name}.json`;
}

async function profiles(): Promise<{ person: string; profile: Profile }[]> {
  const config = loadConfig();
  const { documents } = await loadOrBuildIndex(config);
  const found = documents.flatMap((doc) => {
    const profile = doc.facts?.profile as Profile | undefined;
    return profile ? [{ person: doc.person.name, profile }] : [];
  });
  if (found.length < documents.length)
    log.warn(
      `${documents.length - found.length} document(s) have no stored profile: run \`npm run embed\` to read them.`,
    );
  return found;
}

export async function exportCommand(argv: readonly string[]): Promise<number> {
  let format: string | undefined;
  let out: string | undefined;
  try {
    const { values } = parseArgs({ args: [...argv], options: { format: { type: 'string' }, out: { type: 'string' } } });
    ({ format, out } = values);
    if (format !== 'jsonresume' && format !== 'csv')
      throw new Error(`--format must be jsonresume or csv${format ? `, not "${format}"` : ''}`);
    if (format === 'jsonresume' && !out) throw new Error('--format jsonresume needs --out DIR');
  } catch (error) {
    log.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const people = await profiles();
    if (format === 'csv') {
      const csv = skillMatrix(people);
      if (out) await writeFile(out, csv);
      else process.stdout.write(csv);
      return 0;
    }
    await mkdir(out!, { recursive: true });
    const taken = new Set<string>();
    let invalid = 0;
    for (const { person, profile } of people) {
      const resume = jsonResumeOf(profile);
      const problems = schemaProblems(resume);
      if (problems) {
        invalid++;
        log.error(`${person}: not valid JSON Resume (${problems}); not written`);
        continue;
      }
      await writeFile(path.join(out!, fileNameFor(person, taken)), `${JSON.stringify(resume, null, 2)}\n`);
    }
    log.info(`Wrote ${people.length - invalid} JSON Resume file(s) to ${out}.`);
    return invalid > 0 ? 1 : 0;
  } catch (error) {
    if (!isWhoKnowsError(error)) throw error;
    log.error(error.message);
    return 1;
  }
}
