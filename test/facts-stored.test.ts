/** Roles, schools, skills lists and contact lines are read once per document by the build and kept in the index. */
import { mkdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { loadConfig, type Config } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import type { DatedRole } from '../src/facts/experienceYears.js';
import { profileFacts, type ProfileFacts } from '../src/facts/profileFacts.js';
import {
  FACTS_VERSION,
  PeopleFacts,
  type DocumentWithFacts,
  type PassageSource,
  type RoleHead,
} from '../src/facts/storedFacts.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { readFactsLines } from '../src/index/store/manifest/factsFile.js';
import { FILES } from '../src/index/store/manifest/manifest.js';
import { temporaryDirs } from './support/temporaryDirs.js';

// Invented people, employers and schools.
const ADA = `---
name: Ada Quill
---
# Ada Quill

Email: ada.quill@example.org

## Experience

### Fernbrook Analytics
Senior Data Engineer • Mar 2016 – Present
- Built Python pipelines for soil sensor data.

### Lowmarsh Bank
Developer • Jan 2010 – Feb 2016
- Maintained Perl batch jobs.

## Education
BSc Computer Science, University of Tarnwick, 2006 – 2009

## Skills
Python, Perl, PostgreSQL, Airflow
`;

const BRAM = `---
name: Bram Oyelaran
---
# Bram Oyelaran

## Work history

### Quayside Robotics
Firmware Engineer • Sep 2019 – Present
- Wrote C drivers for stepper motors.
`;

const tempDir = temporaryDirs('whoknows-facts-');

async function project(): Promise<Config> {
  const root = await tempDir();
  await mkdir(path.join(root, 'corpus'));
  await writeFile(path.join(root, 'corpus', 'ada.md'), ADA);
  await writeFile(path.join(root, 'corpus', 'bram.md'), BRAM);
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

async function build(config: Config) {
  const model = await openModel(config);
  return buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
}

/** Facts as plain lines of text, to compare two ways of getting them. */
const readable = (facts: ProfileFacts) => ({
  roles: facts.roles.map((role) => [role.first.line, role.last.line, role.head, role.range?.start, role.range?.end]),
  schools: facts.schools.map((line) => [line.line, line.text]),
  skills: facts.skills.map((line) => [line.line, line.text]),
  contacts: facts.contacts.map((line) => [line.line, line.text]),
});

/** Everyone's facts restored once, as a pass over the whole index would. */
function restoreEveryone(documents: readonly DocumentWithFacts[], index: PassageSource): PeopleFacts {
  const facts = new PeopleFacts(documents, index);
  for (const personId of facts.people) expect(facts.get(personId)).toBeDefined();
  return facts;
}

async function headerFile(config: Config): Promise<string> {
  const generation = await readlink(path.join(config.dataDir, 'index'));
  return path.resolve(config.dataDir, generation, FILES.header);
}

/** One document's passages, from the index as answering reads it. */
describe('facts stored in the index', () => {
  let config: Config;
  beforeAll(async () => {
    config = await project();
    await build(config);
  });

  it('stores each document’s roles, schools, skills lists and contact lines when the index is built', async () => {
    const index = await loadIndex(config.dataDir);
    const ada = index.documents.find((doc) => doc.source === 'corpus/ada.md')!;
    expect(ada.facts?.version).toBe(FACTS_VERSION);
    expect(ada.facts!.roles.map((role) => role.head)).toEqual([
      'Fernbrook Analytics · Senior Data Engineer • Mar 2016 – Present',
      'Lowmarsh Bank · Developer • Jan 2010 – Feb 2016',
    ]);
    const restored = new PeopleFacts(index.documents, index).get('corpus/ada.md')!;
    expect(restored.schools.map((line) => line.text)).toEqual([
      'BSc Computer Science, University of Tarnwick, 2006 – 2009',
    ]);
    expect(restored.skills.map((line) => line.text)).toEqual(['Python, Perl, PostgreSQL, Airflow']);
    expect(restored.contacts.map((line) => line.text)).toEqual(['Email: ada.quill@example.org']);
  });

  it('finds each document’s person as the person of its first passage', async () => {
    const index = await loadIndex(config.dataDir);
    const firstPassages = index.documents.map((doc) => index.labelsOf(doc.source)[0]);
    expect(firstPassages.every((label) => label !== undefined)).toBe(true);
    expect(index.documents.map((doc) => index.personOfSource(doc.source))).toEqual(
      firstPassages.map((label) => index.personIdOf(label!)),
    );
    expect(index.personOfSource('corpus/nobody.md')).toBeUndefined();
  });

  it('loads stored facts without reading the profiles again, and they equal what reading them gives', async () => {
    const index = await loadIndex(config.dataDir);
    const facts = new PeopleFacts(index.documents, index);
    // Role headings, dates and lines read from the stored facts, before anything is restored, are the restored roles'.
    const heads = (roles: readonly RoleHead[]) =>
      roles.map((role) => [role.head, role.range, role.first.line, role.through]);
    const stored = facts.people.map((personId) => heads(facts.roleHeads(personId)));
    expect(stored.flat().length).toBeGreaterThan(2);
    expect(stored).toEqual(facts.people.map((personId) => heads(facts.get(personId)!.roles)));
    // The years table holds the same dates and lines as numbers.
    const dates = (roles: readonly DatedRole[]) =>
      roles.map((role) => [
        role.range?.start.year,
        role.range?.start.month,
        role.range && (role.range.end ? [role.range.end.year, role.range.end.month] : 'open'),
        role.first.line,
        role.through,
      ]);
    const table = facts.roleDates();
    expect(facts.people.map((personId) => dates(table.rolesOf(personId)))).toEqual(
      facts.people.map((personId) => dates(facts.roleHeads(personId))),
    );
    expect(
      facts.people.flatMap((personId) => table.rolesOf(personId)).some((role) => role.range && !role.range.end),
    ).toBe(true);
    expect(table.rolesOf('corpus/nobody.md')).toEqual([]);
    for (const doc of index.documents) {
      const passages = index.passages().filter((passage) => passage.source === doc.source);
      expect(readable(facts.get(doc.person.id)!)).toEqual(readable(profileFacts(passages)));
    }
    expect(facts.computed).toBe(0);
  });

  it('puts any people asked about in the order it lists everyone, each once, unknown ones left out', async () => {
    const index = await loadIndex(config.dataDir);
    const facts = new PeopleFacts(index.documents, index);
    const [first, second] = facts.people;
    expect(facts.people).toHaveLength(2);
    expect(facts.inCorpusOrder([second!, 'corpus/nobody.md', first!, second!])).toEqual([first, second]);
    expect(facts.inCorpusOrder([second!])).toEqual([second]);
    expect(facts.inCorpusOrder([])).toEqual([]);
  });

  it('keeps only the most recently restored facts, and restores a dropped person’s again, equal to before', async () => {
    const index = await loadIndex(config.dataDir);
    const facts = new PeopleFacts(index.documents, index, 1);
    expect(facts.people).toEqual(['corpus/ada.md', 'corpus/bram.md']);
    const ada = facts.get('corpus/ada.md')!;
    expect(facts.get('corpus/ada.md')).toBe(ada);
    facts.get('corpus/bram.md');
    const again = facts.get('corpus/ada.md')!;
    expect(again).not.toBe(ada);
    expect(readable(again)).toEqual(readable(ada));
    expect(facts.get('corpus/nobody.md')).toBeUndefined();
    // Role headings are kept the same way: the most recent one, and a dropped person's read again, equal.
    const adaHeads = facts.roleHeads('corpus/ada.md');
    expect(facts.roleHeads('corpus/ada.md')).toBe(adaHeads);
    facts.roleHeads('corpus/bram.md');
    const headsAgain = facts.roleHeads('corpus/ada.md');
    expect(headsAgain).not.toBe(adaHeads);
    expect(headsAgain).toEqual(adaHeads);
  });

  it('reads facts from the passages when an older index has none, and the next build stores them', async () => {
    const older = await project();
    await build(older);
    const file = await headerFile(older);
    const header = JSON.parse(await readFile(file, 'utf8'));
    for (const doc of header.documents) delete doc.facts;
    delete header.facts;
    await writeFile(file, JSON.stringify(header));
    await rm(path.join(path.dirname(file), FILES.facts));

    const warnings: string[] = [];
    const answerer = await openAnswerer(older, { warn: (message) => warnings.push(message) });
    expect(warnings.join('\n')).toMatch(/2 of 2 profiles .* no stored roles.*npm run embed/);
    const answer = await answerer.ask('Who has worked at Lowmarsh Bank?');
    expect(answer.answer).toMatch(/^One person: Ada Quill\./);
    expect(answer.citations.map((citation) => citation.source)).toEqual(['corpus/ada.md']);

    const report = await build(older);
    expect(report.written).toBe(true);
    const rebuilt = await loadIndex(older.dataDir);
    expect(rebuilt.documents.every((doc) => doc.facts?.version === FACTS_VERSION)).toBe(true);
  });

  it('keeps facts out of index.json, a line per document in facts.jsonl, and copies an unchanged document’s line on an edit', async () => {
    const edited = await project();
    await build(edited);
    const generation = async () => path.resolve(edited.dataDir, await readlink(path.join(edited.dataDir, 'index')));
    const header = JSON.parse(await readFile(path.join(await generation(), FILES.header), 'utf8'));
    expect(header.documents.map((doc: { source: string; facts?: unknown }) => [doc.source, doc.facts])).toEqual([
      ['corpus/ada.md', undefined],
      ['corpus/bram.md', undefined],
    ]);
    const lines = async () => {
      const stored = JSON.parse(await readFile(path.join(await generation(), FILES.header), 'utf8'));
      return (await readFactsLines(await generation(), stored, 'index'))!.map((line) => line.toString());
    };
    const before = await lines();
    expect(before).toHaveLength(2);
    await writeFile(path.join(edited.corpusDir, 'bram.md'), BRAM.replace('Wrote C drivers', 'Wrote Rust drivers'));

    expect(await build(edited)).toMatchObject({ updated: 1, unchanged: 1, written: true });
    const after = await lines();
    expect(after[0]).toBe(before[0]);
    const index = await loadIndex(edited.dataDir);
    expect(restoreEveryone(index.documents, index).computed).toBe(0);
    expect(index.documents.every((doc) => doc.facts?.version === FACTS_VERSION)).toBe(true);
  });

  it('refuses a damaged facts.jsonl as INDEX_CORRUPT naming it, and a plain build rebuilds it', async () => {
    const damaged = await project();
    await build(damaged);
    const file = path.join(damaged.dataDir, 'index', FILES.facts);
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from('x')]));
    const refused = await loadIndex(damaged.dataDir).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/facts\.jsonl/);
    expect(refused).toMatch(/npm run embed/);

    const report = await build(damaged);
    expect(report.fullRebuildReason).toMatch(/facts\.jsonl is \d+ bytes/);
    expect((await loadIndex(damaged.dataDir)).documents).toHaveLength(2);
  });

  it('refuses facts damaged in place (same size) by their checksum, when they are first read', async () => {
    const damaged = await project();
    await build(damaged);
    const file = path.join(damaged.dataDir, 'index', FILES.facts);
    const bytes = await readFile(file);
    // Same size, so only the checksum can tell (a line damaged under a valid checksum: index-checks.test.ts).
    bytes[3] = bytes[3]! ^ 0x20;
    await writeFile(file, bytes);
    // Opening reads no facts; the first read of a document's facts checks the block holding them.
    const index = await loadIndex(damaged.dataDir);
    const refused = (() => {
      try {
        return index.documents[0]!.facts;
      } catch (error) {
        return [(error as { code?: string }).code, (error as Error).message];
      }
    })() as string[];
    expect(refused[0]).toBe('INDEX_CORRUPT');
    expect(refused[1]).toMatch(/facts\.jsonl is damaged \(checksum mismatch/);
    expect(refused[1]).toMatch(/npm run embed/);
    index.close();
  });

  it('reads a document’s facts again when stored ones do not fit its passages', async () => {
    const index = await loadIndex(config.dataDir);
    const documents = index.documents.map((doc) => ({ ...doc, facts: { ...doc.facts!, skills: [[99, 1] as const] } }));
    const facts = restoreEveryone(documents, index);
    expect(facts.computed).toBe(2);
    expect(facts.get('corpus/ada.md')!.skills.map((line) => line.text)).toEqual(['Python, Perl, PostgreSQL, Airflow']);
  });
});
