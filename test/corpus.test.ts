import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import type { Person } from '../src/corpus/document.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { loadVocabulary } from '../src/retrieval/termGroups.js';
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

  it('lists dotfiles and dot-folders as skipped, passes over the team settings files silently, and warns about a file it cannot read', async () => {
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
    expect(warnings.filter((line) => !line.includes('hidden'))).toEqual([
      expect.stringMatching(/^skipped corpus\/cv\.pdf: /),
    ]);
    expect(warnings.filter((line) => line.includes('hidden')).sort()).toEqual([
      'skipped corpus/.ada.md.swp: hidden (its name starts with a dot)',
      'skipped corpus/.git: hidden (its name starts with a dot)',
      'skipped corpus/.hidden.md: hidden (its name starts with a dot)',
    ]);
  });

  it('keeps the text exactly as written, split into lines without carriage returns or a byte-order mark', async () => {
    const { documents } = await read({ 'ada.md': '\uFEFF# Ada Lovelace\r\nWrote the first program.\r\n' });
    const [doc] = documents;
    expect(doc!.text).toBe('# Ada Lovelace\r\nWrote the first program.\r\n');
    expect(doc!.lines).toEqual(['# Ada Lovelace', 'Wrote the first program.', '']);
  });

  it('skips an empty file and a binary one, with a one-line warning naming each', async () => {
    const { documents, warnings } = await read({
      'ada.md': PROFILE,
      'binary.txt': Buffer.from([0x4a, 0x00, 0x61, 0x00, 0x6e, 0x00, 0x0a, 0x00]),
      'empty.md': '',
      'blank.md': '\n   \n\t\n',
    });
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/ada.md']);
    expect(warnings).toHaveLength(3);
    for (const name of ['binary.txt', 'empty.md', 'blank.md']) {
      const warning = warnings.find((line) => line.includes(`corpus/${name}`));
      expect(warning, name).toBeDefined();
      expect(warning).not.toContain('\n');
    }
    expect(warnings.find((line) => line.includes('binary.txt'))).toMatch(/binary content/);
    expect(warnings.find((line) => line.includes('empty.md'))).toMatch(/empty/);
  });

  it('still indexes the other profiles when some files are skipped, and passes the warnings on', async () => {
    const config = await projectWith({
      'ada.md': '# Ada Lovelace\n\n## Skills\n\nTerraform, Kubernetes\n',
      'bob.md': '# Bob Stone\n\n## Skills\n\nPostgreSQL\n',
      'binary.txt': Buffer.from([0x4a, 0x00, 0x61, 0x00, 0x6e, 0x00, 0x0a, 0x00]),
      'empty.md': '',
    });
    const model = await openModel(config);
    const warnings: string[] = [];
    const report = await buildIndex(config, {
      embedder: model.embedder,
      tokens: model.tokens,
      warn: (line) => warnings.push(line),
    });

    expect(report.documents).toBe(2);
    expect(report.skipped).toHaveLength(2);
    expect(warnings).toEqual(report.skipped);
    expect(warnings.some((line) => line.includes('corpus/binary.txt'))).toBe(true);
    expect(warnings.some((line) => line.includes('corpus/empty.md'))).toBe(true);
    const index = await loadIndex(config.dataDir);
    expect(index.documents.map((doc) => doc.person.name)).toEqual(['Ada Lovelace', 'Bob Stone']);
  });
});

describe('naming the person behind a profile', () => {
  it('uses the name in TOML front matter', async () => {
    const person = await personIn(
      'cv.md',
      '+++\nname = "Jane Doe"\ntitle = "Someone Else - Architect"\n+++\n\n## Experience\n',
    );
    expect(person).toMatchObject({ name: 'Jane Doe', nameSource: 'front-matter' });
  });

  it('takes the name part of a TOML title like "Jane Doe - Solutions Architect"', async () => {
    const person = await personIn(
      'cv.md',
      '+++\ntitle = "Jane Doe - Solutions Architect"\n+++\n\n## Experience\n\nAcme.\n',
    );
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
    expect(person).toMatchObject({ name: 'unnamed (jane-doe.md)', nameSource: 'file-name' });
  });

  it('never takes an employer or project heading under a section for the owner’s name', async () => {
    const person = await personIn(
      'jane-doe.md',
      '## Experience\n\n### Acme Corp\n\nEngineer, 2019 to date.\n\n### Space Ape\n\nSRE.\n',
    );
    expect(person).toMatchObject({ name: 'unnamed (jane-doe.md)', nameSource: 'file-name' });
  });

  it('says a profile is unnamed, and which file it is, when its text names nobody; the file name is only an alias', async () => {
    expect(await personIn('000_db1e1783ac94410d.txt', PROFILE)).toMatchObject({
      name: 'unnamed (000_db1e1783ac94410d.txt)',
      nameSource: 'file-name',
    });
    const jane = await personIn('jane-doe.md', PROFILE);
    expect(jane).toMatchObject({ name: 'unnamed (jane-doe.md)', nameSource: 'file-name' });
    expect(jane.aliases).toContain('Jane Doe');
  });

  it('lets corpus/people.json name a profile, overriding what the profile says', async () => {
    const person = await personIn('cv.md', '# Jane Doe\n\nAcme.\n', { 'cv.md': 'Janet Doe-Smith' });
    expect(person).toMatchObject({ name: 'Janet Doe-Smith', nameSource: 'people.json' });
  });

  it('takes aliases from people.json, keyed by the path inside the corpus folder, subfolders included', async () => {
    const { documents, warnings } = await read({
      'team/jane.md': PROFILE,
      'bob.md': PROFILE,
      'people.json': JSON.stringify({
        'team/jane.md': { name: 'Jane Doe', aliases: ['JD', ' jane '] },
        'jane.md': 'Not Jane',
      }),
    });
    expect(warnings).toEqual([
      'people.json names a file not in the corpus (check the spelling, relative to the corpus folder): "jane.md"',
    ]);
    const jane = documents.find((doc) => doc.source === 'corpus/team/jane.md')!.person;
    expect(jane.name).toBe('Jane Doe');
    expect(jane.nameSource).toBe('people.json');
    expect(jane.aliases).toEqual(expect.arrayContaining(['JD', 'jane']));
    expect(documents.find((doc) => doc.source === 'corpus/bob.md')!.person).toMatchObject({
      name: 'unnamed (bob.md)',
      nameSource: 'file-name',
    });
  });

  it('reports an invalid people.json as one warning, ignores it and falls back to the profiles’ own names', async () => {
    for (const broken of ['{ "cv.md": "Jane", ', '["cv.md"]', JSON.stringify({ 'cv.md': { aliases: ['no name'] } })]) {
      const { documents, warnings } = await read({ 'cv.md': '# Jane Doe\n\nAcme.\n', 'people.json': broken });
      expect(
        documents.map((doc) => doc.person.name),
        broken,
      ).toEqual(['Jane Doe']);
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

  it('would call profile 002 unnamed, not by an employer it lists, without people.json', async () => {
    // corpus/002's headings are `## Experience`, then employers: `### BBC`, ..., `### Tangent Plc`.
    const text = await readFile(path.join(PROJECT_ROOT, 'corpus', '002_9a63d334eb8a7d54.txt'), 'utf8');
    expect(await personIn('002_9a63d334eb8a7d54.txt', text)).toMatchObject({
      name: 'unnamed (002_9a63d334eb8a7d54.txt)',
      nameSource: 'file-name',
    });
  });

  it('answers to the aliases a user may type', async () => {
    const { documents } = await readCorpus(path.join(PROJECT_ROOT, 'corpus'), PROJECT_ROOT);
    expect(documents[1]!.person.aliases).toEqual(
      expect.arrayContaining(['profile 001', 'SRE at Apple', 'Profile 001']),
    );
    expect(documents[2]!.person.aliases).toEqual(expect.arrayContaining(['kura', 'BBC CDN engineer']));
  });
});

describe('links and settings files in the corpus folder', () => {
  /** A project whose corpus holds `files`, plus a folder outside the corpus holding a private file. */
  async function projectWithOutside(files: Record<string, string>) {
    const config = await projectWith(files);
    const outside = path.join(config.projectRoot, 'outside');
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(outside, 'secret.txt'), 'PRIVATE-LINE-7f3a do not index\n');
    await writeFile(path.join(outside, 'names.json'), JSON.stringify({ 'ada.md': 'PRIVATE-NAME-7f3a' }));
    await writeFile(path.join(outside, 'aliases.json'), JSON.stringify({ groups: [['PRIVATE-ALIAS-7f3a', 'ada']] }));
    return { config, outside };
  }

  it('refuses a profile that links outside the corpus, with one warning that names the link and not what it holds', async () => {
    const { config, outside } = await projectWithOutside({ 'ada.md': PROFILE });
    await symlink(path.join(outside, 'secret.txt'), path.join(config.corpusDir, 'leak.txt'));
    await symlink(outside, path.join(config.corpusDir, 'leaked-folder'));
    const { documents, warnings } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/ada.md']);
    expect(warnings).toEqual([
      'skipped corpus/leak.txt: a link to outside the corpus folder (refused)',
      'skipped corpus/leaked-folder: a link to outside the corpus folder (refused)',
    ]);
  });

  it('indexes a profile once when a link inside the corpus points at it, and follows linked folders inside the corpus', async () => {
    const config = await projectWith({ 'team/ada.md': PROFILE, 'bob.md': PROFILE, '.archive/cy.md': PROFILE });
    await symlink('team/ada.md', path.join(config.corpusDir, 'ada-link.md'));
    await symlink('team', path.join(config.corpusDir, 'team-link'));
    await symlink('..', path.join(config.corpusDir, 'team', 'loop'));
    // Reached only through the link (dot-folders are not walked): indexed under the link's name.
    await symlink('.archive/cy.md', path.join(config.corpusDir, 'cy.md'));
    const { documents, warnings } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/bob.md', 'corpus/cy.md', 'corpus/team/ada.md']);
    expect(warnings).toEqual(['skipped corpus/.archive: hidden (its name starts with a dot)']);
  });

  it('refuses people.json when it links outside the corpus, without echoing what the file holds', async () => {
    const { config, outside } = await projectWithOutside({ 'ada.md': '# Ada Lovelace\n\nAcme.\n' });
    await symlink(path.join(outside, 'names.json'), path.join(config.corpusDir, 'people.json'));
    const { documents, warnings } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents[0]!.person).toMatchObject({ name: 'Ada Lovelace', nameSource: 'heading' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('people.json');
    expect(warnings[0]).toContain('outside the corpus folder');
    expect(warnings.join('\n')).not.toContain('7f3a');
  });

  it('never quotes a people.json that is not JSON in its warning', async () => {
    const { warnings } = await read({ 'ada.md': PROFILE, 'people.json': 'PRIVATE-LINE-7f3a: not json at all\n' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/people\.json is not valid: not valid JSON/);
    expect(warnings[0]).not.toContain('7f3a');
  });

  it('keeps every other name when one people.json entry is bad, and warns about that entry only', async () => {
    const { documents, warnings } = await read({
      'ada.md': PROFILE,
      'bob.md': PROFILE,
      'cy.md': PROFILE,
      'people.json': JSON.stringify({
        'ada.md': 'Ada Lovelace',
        'bob.md': { aliases: ['no name'] },
        'cy.md': { name: 'Cy Young', aliases: ['CY'] },
      }),
    });
    expect(documents.map((doc) => [doc.source, doc.person.name, doc.person.nameSource])).toEqual([
      ['corpus/ada.md', 'Ada Lovelace', 'people.json'],
      ['corpus/bob.md', 'unnamed (bob.md)', 'file-name'],
      ['corpus/cy.md', 'Cy Young', 'people.json'],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"bob.md"');
    expect(warnings[0]).not.toContain('ada.md');
  });

  it('lists the people.json keys that match no profile in one warning', async () => {
    const { documents, warnings } = await read({
      'ada.md': PROFILE,
      'people.json': JSON.stringify({ 'ada.md': 'Ada Lovelace', 'bbo.md': 'Bob Stone', 'team/cy.md': 'Cy Young' }),
    });
    expect(documents[0]!.person.name).toBe('Ada Lovelace');
    expect(warnings).toEqual([
      'people.json names files not in the corpus (check the spelling, relative to the corpus folder): "bbo.md", "team/cy.md"',
    ]);
  });

  it('refuses alias files that link outside the corpus, without echoing them', async () => {
    const { config, outside } = await projectWithOutside({ 'ada.md': PROFILE });
    await symlink(path.join(outside, 'aliases.json'), path.join(config.corpusDir, 'skill-aliases.json'));
    await symlink(path.join(outside, 'secret.txt'), path.join(config.corpusDir, 'related-terms.json'));
    const warnings: string[] = [];
    const vocabulary = loadVocabulary(config.corpusDir, (line) => warnings.push(line));
    expect(vocabulary.skills.variants('ada')).toEqual(['ada']);
    expect(warnings).toHaveLength(2);
    for (const line of warnings)
      expect(line).toMatch(/(skill-aliases|related-terms)\.json: a link to outside the corpus folder \(refused\)$/);
    expect(warnings.join('\n')).not.toContain('7f3a');
  });

  it('never quotes a broken alias file in its warning', async () => {
    const config = await projectWith({ 'ada.md': PROFILE, 'skill-aliases.json': 'PRIVATE-LINE-7f3a' });
    const warnings: string[] = [];
    loadVocabulary(config.corpusDir, (line) => warnings.push(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('not valid JSON');
    expect(warnings[0]).not.toContain('7f3a');
  });
});

describe('text as read', () => {
  it('takes a name written with combining accents (NFD) for a name, in NFC', async () => {
    const person = await personIn('cv.md', '# Rene\u0301e Lefe\u0300vre\n\n## Experience\n\nAcme.\n');
    expect(person).toMatchObject({ name: 'Ren\u00e9e Lef\u00e8vre', nameSource: 'heading' });
  });

  it('matches a people.json key and a file name that differ only in Unicode normalisation', async () => {
    const person = await personIn('jose\u0301.md', PROFILE, { 'jos\u00e9.md': 'Jos\u00e9 Garc\u00eda' });
    expect(person).toMatchObject({ name: 'Jos\u00e9 Garc\u00eda', nameSource: 'people.json' });
  });

  it('shows control characters in a file name as visible symbols in its warning', async () => {
    const { warnings } = await read({ 'ada.md': PROFILE, 'evil\u001b[2J\rname.md': '' });
    expect(warnings).toEqual(['skipped corpus/evil\u241b[2J\u240dname.md: empty']);
  });
});
