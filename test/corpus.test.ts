import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import type { Person } from '../src/corpus/document.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/buildIndex.js';
import { loadIndex } from '../src/index/indexStore.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-corpus-test-');

/** A project root in a temporary folder, with `corpus/` holding exactly `files` (path → text or bytes). */
async function projectWith(files: Record<string, string | Buffer>): Promise<Config> {
  const root = await temporaryDir();
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, 'corpus', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  // Settings from an explicit environment, so the developer's `.env` never leaks in.
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

async function read(files: Record<string, string | Buffer>) {
  const config = await projectWith(files);
  return readCorpus(config.corpusDir, config.projectRoot);
}

/** Who the bot says a single profile belongs to, and why. */
async function personIn(fileName: string, text: string, people?: unknown): Promise<Person> {
  const files: Record<string, string> = { [fileName]: text };
  if (people !== undefined) files['people.json'] = JSON.stringify(people);
  const { documents } = await read(files);
  expect(documents).toHaveLength(1);
  return documents[0]!.person;
}

const PROFILE = 'Engineer at Acme.\nRuns Kubernetes and Terraform in production.\n';

describe('reading the corpus folder', () => {
  it('reads .md and .txt profiles, in subfolders too, sorted by path', async () => {
    const { documents, warnings } = await read({
      'ada.md': PROFILE,
      'bob.txt': PROFILE,
      'team/platform/cy.md': PROFILE,
      'team/dee.TXT': PROFILE,
    });
    expect(documents.map((doc) => doc.source)).toEqual([
      'corpus/ada.md',
      'corpus/bob.txt',
      'corpus/team/dee.TXT',
      'corpus/team/platform/cy.md',
    ]);
    expect(warnings).toEqual([]);
  });

  it('passes over dotfiles, dot-folders and the team settings files silently, and warns about a file it cannot read', async () => {
    const { documents, warnings } = await read({
      'ada.md': PROFILE,
      'cv.pdf': '%PDF-1.4 not a profile',
      'skill-aliases.json': '{"groups": []}',
      'related-terms.json': '{"groups": []}',
      '.hidden.md': PROFILE,
      '.ada.md.swp': PROFILE,
      '.git/HEAD.md': PROFILE,
    });
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/ada.md']);
    expect(warnings).toEqual([expect.stringMatching(/^skipped corpus\/cv\.pdf: /)]);
  });

  it('keeps the text exactly as written, split into lines without carriage returns or a byte-order mark', async () => {
    const { documents } = await read({ 'ada.md': '\uFEFF# Ada Lovelace\r\nWrote the first program.\r\n' });
    const [doc] = documents;
    expect(doc!.text).toBe('# Ada Lovelace\r\nWrote the first program.\r\n');
    expect(doc!.lines).toEqual(['# Ada Lovelace', 'Wrote the first program.', '']);
  });

  it('skips a file that is not UTF-8, and an empty one, with a one-line warning naming each', async () => {
    const { documents, warnings } = await read({
      'ada.md': PROFILE,
      'latin1.txt': Buffer.from('Café résumé: worked in Zürich\n', 'latin1'),
      'utf16.txt': Buffer.from('\uFEFFJane Doe\nSkills: Go\n', 'utf16le'),
      'empty.md': '',
      'blank.md': '\n   \n\t\n',
    });
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/ada.md']);
    expect(warnings).toHaveLength(4);
    for (const name of ['latin1.txt', 'utf16.txt', 'empty.md', 'blank.md']) {
      const warning = warnings.find((line) => line.includes(`corpus/${name}`));
      expect(warning, name).toBeDefined();
      expect(warning).not.toContain('\n');
    }
    expect(warnings.find((line) => line.includes('latin1.txt'))).toMatch(/not UTF-8/);
    expect(warnings.find((line) => line.includes('empty.md'))).toMatch(/empty/);
  });

  it('still indexes the other profiles when some files are skipped, and passes the warnings on', async () => {
    const config = await projectWith({
      'ada.md': '# Ada Lovelace\n\n## Skills\n\nTerraform, Kubernetes\n',
      'bob.md': '# Bob Stone\n\n## Skills\n\nPostgreSQL\n',
      'latin1.txt': Buffer.from('Café résumé\n', 'latin1'),
      'empty.md': '',
    });
    const model = await openModel(config);
    const warnings: string[] = [];
    const report = await buildIndex(config, { embedder: model.embedder, tokens: model.tokens, warn: (line) => warnings.push(line) });

    expect(report.documents).toBe(2);
    expect(report.skipped).toHaveLength(2);
    expect(warnings).toEqual(report.skipped);
    expect(warnings.some((line) => line.includes('corpus/latin1.txt'))).toBe(true);
    expect(warnings.some((line) => line.includes('corpus/empty.md'))).toBe(true);
    const index = await loadIndex(config.dataDir);
    expect(index.manifest.documents.map((doc) => doc.person.name)).toEqual(['Ada Lovelace', 'Bob Stone']);
  });
});

describe('naming the person behind a profile', () => {
  it('uses the name in TOML front matter', async () => {
    const person = await personIn('cv.md', '+++\nname = "Jane Doe"\ntitle = "Someone Else - Architect"\n+++\n\n## Experience\n');
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'front-matter' });
  });

  it('takes the name part of a TOML title like "Jane Doe - Solutions Architect"', async () => {
    const person = await personIn('cv.md', '+++\ntitle = "Jane Doe - Solutions Architect"\n+++\n\n## Experience\n\nAcme.\n');
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'front-matter' });
  });

  it('reads YAML front matter between --- lines', async () => {
    const person = await personIn('cv.md', '---\nname: Jane Doe\nrole: SRE\n---\n\n## Experience\n\nAcme.\n');
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'front-matter' });
    const fromTitle = await personIn('cv.md', "---\ntitle: 'Jane Doe | Platform Engineer'\n---\n\nAcme.\n");
    expect(fromTitle.name).toBe('Jane Doe');
  });

  it('uses the first heading that looks like a name', async () => {
    const person = await personIn('cv.md', '# Jane Doe\n\n## Experience\n\nBuilt things at Acme.\n');
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'heading' });
  });

  it('never takes a section heading for a name, even one of capitalised words', async () => {
    const person = await personIn('jane-doe.md', '## Recent Experience\n\nBuilt things.\n\n## Key Skills\n\nGo\n');
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'file-name' });
  });

  it('never takes an employer or project heading under a section for the owner’s name', async () => {
    const person = await personIn('jane-doe.md', '## Experience\n\n### Acme Corp\n\nEngineer, 2019 to date.\n\n### Space Ape\n\nSRE.\n');
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'file-name' });
  });

  it('falls back to a label made from the file name', async () => {
    expect(await personIn('000_db1e1783ac94410d.txt', PROFILE)).toMatchObject({ name: 'Profile 000', nameSource: 'file-name' });
    expect(await personIn('jane-doe.md', PROFILE)).toMatchObject({ name: 'Jane Doe', nameSource: 'file-name' });
  });

  it('lets corpus/people.json name a profile, overriding what the profile says', async () => {
    const person = await personIn('cv.md', '# Jane Doe\n\nAcme.\n', { 'cv.md': 'Janet Doe-Smith' });
    expect(person).toMatchObject({ name: 'Janet Doe-Smith', nameSource: 'people.json' });
  });

  it('takes aliases from people.json, keyed by the path inside the corpus folder, subfolders included', async () => {
    const { documents, warnings } = await read({
      'team/jane.md': PROFILE,
      'bob.md': PROFILE,
      'people.json': JSON.stringify({ 'team/jane.md': { name: 'Jane Doe', aliases: ['JD', ' jane '] }, 'jane.md': 'Not Jane' }),
    });
    expect(warnings).toEqual([]);
    const jane = documents.find((doc) => doc.source === 'corpus/team/jane.md')!.person;
    expect(jane.name).toBe('Jane Doe');
    expect(jane.nameSource).toBe('people.json');
    expect(jane.aliases).toEqual(expect.arrayContaining(['JD', 'jane']));
    expect(documents.find((doc) => doc.source === 'corpus/bob.md')!.person).toMatchObject({ name: 'Bob', nameSource: 'file-name' });
  });

  it('reports an invalid people.json as one warning, ignores it and falls back to the profiles’ own names', async () => {
    for (const broken of ['{ "cv.md": "Jane", ', '["cv.md"]', JSON.stringify({ 'cv.md': { aliases: ['no name'] } })]) {
      const { documents, warnings } = await read({ 'cv.md': '# Jane Doe\n\nAcme.\n', 'people.json': broken });
      expect(documents.map((doc) => doc.person.name), broken).toEqual(['Jane Doe']);
      expect(warnings, broken).toHaveLength(1);
      expect(warnings[0]).toContain('people.json');
      expect(warnings[0]).not.toContain('\n');
    }
  });
});

describe('the real corpus', () => {
  it('names the three profiles from front matter and corpus/people.json', async () => {
    const { documents, warnings } = await readCorpus(path.join(PROJECT_ROOT, 'corpus'), PROJECT_ROOT);
    expect(warnings).toEqual([]);
    expect(documents.map((doc) => [doc.source, doc.person.name, doc.person.nameSource])).toEqual([
      ['corpus/000_db1e1783ac94410d.txt', 'Phil Kershaw', 'front-matter'],
      ['corpus/001_ef5c355ba2137431.txt', 'Apple SRE (profile 001)', 'people.json'],
      ['corpus/002_9a63d334eb8a7d54.txt', 'kura (profile 002)', 'people.json'],
    ]);
  });

  it('would call profile 002 by its file name, not by an employer it lists, without people.json', async () => {
    // corpus/002's headings are `## Experience`, then employers: `### BBC`, ..., `### Tangent Plc`.
    const text = await readFile(path.join(PROJECT_ROOT, 'corpus', '002_9a63d334eb8a7d54.txt'), 'utf8');
    expect(await personIn('002_9a63d334eb8a7d54.txt', text)).toMatchObject({ name: 'Profile 002', nameSource: 'file-name' });
  });

  it('answers to the aliases a user may type', async () => {
    const { documents } = await readCorpus(path.join(PROJECT_ROOT, 'corpus'), PROJECT_ROOT);
    expect(documents[1]!.person.aliases).toEqual(expect.arrayContaining(['profile 001', 'SRE at Apple', 'Profile 001']));
    expect(documents[2]!.person.aliases).toEqual(expect.arrayContaining(['kura', 'BBC CDN engineer']));
  });
});
