/**
 * The tables a build stores (names.tsv, role-terms.jsonl): the very tables a first question
 * would otherwise make from every profile, read instead of made, and refused as INDEX_CORRUPT when damaged.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNamedPeople, useStoredNames, type DirectoryEntry } from '../src/answer/namedPeople.js';
import { loadConfig, type Config } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { isWhoKnowsError } from '../src/errors.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex, type LoadedIndex } from '../src/index/read/loadIndex.js';
import { readNamesFile } from '../src/index/store/manifest/namesFile.js';
import { nameTable, NAME_RULES_VERSION } from '../src/corpus/personNames.js';
import { PeopleFacts } from '../src/facts/storedFacts.js';
import { holderLists, RoleHeadTerms } from '../src/facts/roleHeadTerms.js';
import { workEntryTexts } from '../src/profile/workEntryText.js';
import { readRoleTermsFile, type RoleTermsWritten } from '../src/index/store/manifest/roleTermsFile.js';
import { tokenize } from '../src/text/terms.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-names-test-');

/** Invented profiles: two Phils, a name with an accent, an alias from people.json. */
const PROFILES: Record<string, string> = {
  'phil-a.md':
    '# Phil Ashdown\n\n## Skills\n\n- Terraform\n\n## Experience\n\n### Engineer at Acme · 2019 – Present\n\n- Ran it.\n',
  'phil-b.md':
    '# Phil Brennick\n\n## Skills\n\n- Kafka\n\n## Experience\n\n### Data Engineer at Globex · 2015 – 2020\n\n- Built it.\n',
  'aaron.md': '# Aarón Velasco-Pérez\n\n## Skills\n\n- Rust\n',
  // A JSON Resume: its work entry is in the profile, with no role heading read from the passages.
  'pia.json': JSON.stringify({
    basics: { name: 'Pia Lund' },
    work: [{ name: 'Umbrella Corp', position: 'Virologist', startDate: '2015-01', endDate: '2018-06' }],
  }),
  'kit.md': '# Katherine Orme\n\n## Skills\n\n- Go\n',
  'people.json': JSON.stringify({ 'kit.md': { name: 'Katherine Orme', aliases: ['Kit'] } }),
};

/**
 * Reads a generation's role terms from its tables file and from its lines, and expects the same
 * people and numbers (the file holds each array in the narrowest kind its numbers fit), and who
 * holds each term as holderLists works it out from the lines.
 */
function sameTables(generation: string, header: { roleTerms: RoleTermsWritten }, documents: LoadedIndex['documents']) {
  expect(header.roleTerms.tables).toBeDefined();
  const fromTables = readRoleTermsFile(generation, header.roleTerms, documents, 'x')!;
  const fromLines = readRoleTermsFile(generation, { ...header.roleTerms, tables: undefined }, documents, 'x')!;
  expect(fromTables.people).toEqual(fromLines.people);
  const numbers = (arrays: object) => Object.values(arrays).map((array) => Array.from(array as ArrayLike<number>));
  expect(numbers(fromTables.spans)).toEqual(numbers(fromLines.spans));
  for (const part of ['table', 'work'] as const) {
    const { holders, terms, ...rest } = fromTables[part];
    const { terms: lineTerms, ...lines } = fromLines[part];
    expect(terms).toEqual(lineTerms);
    expect(numbers(rest)).toEqual(numbers(lines));
    expect(holders).toEqual(holderLists(fromLines.people.length, terms.length, fromLines[part]));
  }
  return { fromTables, fromLines };
}

async function built(): Promise<{ config: Config; index: LoadedIndex; directory: DirectoryEntry[] }> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (const [name, text] of Object.entries(PROFILES)) await writeFile(path.join(root, 'corpus', name), text);
  const config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
  const model = await openModel(config);
  await buildIndex(config, { embedder: null, tokens: model.tokens, warn: () => {} });
  const index = await loadIndex(config.dataDir);
  const directory = index.documents.map((doc) => ({
    personId: doc.person.id,
    name: doc.person.name,
    aliases: doc.person.aliases,
    source: doc.source,
    nameSource: doc.person.nameSource,
  }));
  return { config, index, directory };
}

/** A table as its entries in order, owners by name: order decides which hit a question keeps first. */
const ordered = (table: ReturnType<typeof nameTable<DirectoryEntry>>) =>
  [table.phrases, table.parts].map((index) =>
    [...index.keys()].map((first) => [
      first,
      [...index.get(first)!].map(([name, owners]) => [name, owners.map((owner) => owner.name)]),
    ]),
  );

describe('the stored names table', () => {
  it('holds every name and name part in the order a first question would make them', async () => {
    const { index, directory } = await built();
    const stored = index.storedNames!(directory)!;
    expect(ordered(stored)).toEqual(ordered(nameTable(directory)));
    expect(
      stored.parts
        .get('phil')
        ?.get('phil')
        ?.map((entry) => entry.name),
    ).toEqual(['Phil Ashdown', 'Phil Brennick']);
    expect(
      stored.phrases
        .get('kit')
        ?.get('kit')
        ?.map((entry) => entry.name),
    ).toEqual(['Katherine Orme']);
    index.close();
  }, 60_000);

  it('is what a question reads its names from', async () => {
    const { index, directory } = await built();
    let reads = 0;
    useStoredNames(directory, () => (reads++, index.storedNames!(directory)));
    const named = findNamedPeople('what does Aaron know?', directory, () => false);
    const again = findNamedPeople('does Phil know kafka?', directory, () => false);
    expect(named.people.map((entry) => entry.name)).toEqual(['Aarón Velasco-Pérez']);
    expect(again.ambiguous[0]?.candidates.map((entry) => entry.name)).toEqual(['Phil Ashdown', 'Phil Brennick']);
    expect(reads).toBe(1);
    index.close();
  }, 60_000);

  it('is refused as INDEX_CORRUPT when its bytes are damaged, and unused when made by other rules', async () => {
    const { config, index, directory } = await built();
    const generation = path.join(config.dataDir, 'index');
    const header = JSON.parse(await readFile(path.join(generation, 'index.json'), 'utf8'));
    expect(readNamesFile(generation, { ...header.names, version: NAME_RULES_VERSION + 1 }, directory, 'x')).toBe(
      undefined,
    );
    const file = path.join(generation, 'names.tsv');
    const bytes = await readFile(file);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    await writeFile(file, bytes);
    let error: unknown;
    try {
      index.storedNames!(directory);
    } catch (caught) {
      error = caught;
    }
    expect(isWhoKnowsError(error) && error.code).toBe('INDEX_CORRUPT');
    index.close();
  }, 60_000);
});

describe('the stored role-heading table', () => {
  it("finds the same people by their role headings as the table made from every person's facts", async () => {
    const { index } = await built();
    let reads = 0;
    const stored = new PeopleFacts(index.documents, index, undefined, () => (reads++, index.storedRoleTerms!()));
    const made = new PeopleFacts(index.documents, index);
    const names = (facts: PeopleFacts, words: string[][]) =>
      facts.headTerms().peopleNaming(words.map((alternative) => alternative.flatMap((word) => tokenize(word))));
    for (const terms of [[['acme']], [['engineer']], [['data', 'engineer']], [['globex'], ['acme']], [['initech']]])
      expect(names(stored, terms)).toEqual(names(made, terms));
    expect(names(stored, [['engineer']])).toHaveLength(2);
    expect(reads).toBe(1);
    index.close();
  }, 60_000);

  it("after an edit, keeps the unchanged people's terms and reads the edited one's new roles", async () => {
    const { config, index } = await built();
    index.close();
    const edited = PROFILES['phil-b.md']!.replace('Data Engineer at Globex', 'Data Engineer at Initech');
    await writeFile(path.join(config.corpusDir, 'phil-b.md'), edited);
    // One person added and one removed: the tables file is made again from the previous one's rows.
    await writeFile(
      path.join(config.corpusDir, 'zoe.md'),
      '# Zoe Quill\n\n## Experience\n\n### Engineer at Hooli · 2018 – 2021\n\n- Ran it.\n',
    );
    await rm(path.join(config.corpusDir, 'aaron.md'));
    const model = await openModel(config);
    await buildIndex(config, { embedder: null, tokens: model.tokens, warn: () => {} });
    const after = await loadIndex(config.dataDir);
    const stored = new PeopleFacts(after.documents, after, undefined, () => after.storedRoleTerms!());
    const made = new PeopleFacts(after.documents, after);
    const people = (facts: PeopleFacts, word: string) =>
      facts
        .headTerms()
        .peopleNaming([tokenize(word)])
        .map((personId) => after.documents.find((doc) => doc.person.id === personId)?.person.name);
    for (const word of ['initech', 'globex', 'acme', 'engineer', 'hooli'])
      expect(people(stored, word)).toEqual(people(made, word));
    expect(people(stored, 'initech')).toEqual(['Phil Brennick']);
    expect(people(stored, 'hooli')).toEqual(['Zoe Quill']);
    expect(people(stored, 'acme')).toEqual(['Phil Ashdown']);
    expect(people(stored, 'globex')).toEqual([]);
    // The edit made its tables from the previous ones and the edited line: the numbers the lines give.
    const generation = path.join(config.dataDir, 'index');
    sameTables(generation, JSON.parse(await readFile(path.join(generation, 'index.json'), 'utf8')), after.documents);
    after.close();
  }, 60_000);
});

describe("the stored table of profiles' work entries", () => {
  it('names exactly the people no heading names whose stored profile has a work entry holding every term', async () => {
    const { index } = await built();
    const facts = new PeopleFacts(index.documents, index, undefined, () => index.storedRoleTerms!());
    const work = facts.workTerms()!;
    /** The rule, read straight from each stored profile, for the people no heading names. */
    const reading = (alternatives: string[][]) => {
      const byHeads = new Set(facts.headTerms().peopleNaming(alternatives));
      return facts.people.filter(
        (personId) =>
          !byHeads.has(personId) &&
          workEntryTexts(facts.profileOf(personId)?.profile).some((text) =>
            alternatives.some((terms) => terms.every((term) => new Set(tokenize(text)).has(term))),
          ),
      );
    };
    const beyondHeads = (alternatives: string[][]) => {
      const byHeads = new Set(facts.headTerms().peopleNaming(alternatives));
      return work.peopleNaming(alternatives).filter((personId) => !byHeads.has(personId));
    };
    const cases = [['Umbrella Corp'], ['Virologist'], ['Acme'], ['Globex', 'Umbrella'], ['Engineer'], ['Initech']];
    for (const texts of cases) {
      const alternatives = texts.map((text) => tokenize(text));
      expect(beyondHeads(alternatives)).toEqual(reading(alternatives));
    }
    const pia = index.documents.find((doc) => doc.person.name === 'Pia Lund')!.person.id;
    expect(work.peopleNaming([tokenize('Umbrella Corp')])).toEqual([pia]);
    expect(work.peopleNaming([tokenize('Umbrella Virologist')])).toEqual([pia]);
    // Acme is in Phil Ashdown's heading: his entry naming it is left to the heading table.
    expect(work.peopleNaming([tokenize('Acme')])).toEqual([]);
    index.close();
  }, 60_000);

  it('reads from its tables file the very arrays the lines give, with who holds each term', async () => {
    const { config, index } = await built();
    const generation = path.join(config.dataDir, 'index');
    const header = JSON.parse(await readFile(path.join(generation, 'index.json'), 'utf8'));
    expect(header.roleTerms.tables).toBeDefined();
    const { fromTables, fromLines } = sameTables(generation, header, index.documents);
    for (const part of ['table', 'work'] as const) {
      const rest = fromTables[part];
      // Who names each term, read from the stored holders and worked out from the lines: the same people.
      const stored = new RoleHeadTerms(fromTables.people, fromTables[part]);
      const made = new RoleHeadTerms(fromLines.people, fromLines[part]);
      for (const term of rest.terms) expect(stored.peopleNaming([[term]])).toEqual(made.peopleNaming([[term]]));
    }
    index.close();
  }, 60_000);

  it('is not read from a table written before it was stored (an older layout)', async () => {
    const { config, index } = await built();
    const generation = path.join(config.dataDir, 'index');
    const header = JSON.parse(await readFile(path.join(generation, 'index.json'), 'utf8'));
    expect(readRoleTermsFile(generation, header.roleTerms, index.documents, 'x')?.work).toBeDefined();
    expect(readRoleTermsFile(generation, { ...header.roleTerms, layout: undefined }, index.documents, 'x')).toBe(
      undefined,
    );
    index.close();
  }, 60_000);
});
