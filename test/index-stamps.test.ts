/**
 * `embed` skips reading a profile file whose stamp (size, mtime, ctime, inode) is what the index
 * recorded: these tests pin down when a file is read again and that reuse never hides an edit.
 * Builds pass `settleMs: 0` (trust any file changed before the build started) where the test
 * needs fresh files stamped; the default keeps a just-written file unstamped.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdir, readFile, readlink, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { buildIndex, type BuildInputs, type BuildReport } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { readBuilds, writeHeader, type BuiltHeader } from '../src/index/store/manifest/header.js';
import type { IndexHeader } from '../src/index/store/manifest/manifest.js';
import { buildStandinModel, removeStandinModels } from '../scripts/synthetic/standinModel.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-stamps-test-');
afterAll(removeStandinModels);

/** An invented profile, `extra` appended to its last line. */
function profile(n: number, extra = ''): string {
  return [
    `# Person ${n} Example`,
    '',
    '## Experience',
    '',
    `- Ran Terraform services for team ${n}.`,
    `- Moved billing to Rust.${extra}`,
    '',
  ].join('\n');
}

let lexical: ModelSession;
beforeAll(async () => {
  lexical = await openModel(loadConfig({ USE_MODEL: 'false', WHOKNOWS_ROOT: PROJECT_ROOT }));
});

async function project(profiles: number): Promise<Config> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (let n = 0; n < profiles; n++) await writeFile(path.join(root, 'corpus', `person-${n}.md`), profile(n));
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

const file = (config: Config, name: string) => path.join(config.corpusDir, name);

/** Lets the clock pass the times of files just written, so a build with `settleMs: 0` stamps them. */
const clockPasses = () => new Promise((resolve) => setTimeout(resolve, 5));

async function build(config: Config, options: Partial<BuildInputs> = {}): Promise<BuildReport> {
  await clockPasses();
  return buildIndex(config, { embedder: lexical.embedder, tokens: lexical.tokens, settleMs: 0, ...options });
}

/** The header with what builds read of each document (`builds.json`). */
async function header(config: Config): Promise<BuiltHeader> {
  const dir = path.join(config.dataDir, 'index');
  const stored = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as IndexHeader;
  const builds = await readBuilds(dir, stored, dir);
  return { ...stored, documents: stored.documents.map((doc, d) => ({ ...doc, ...builds[d]! })) };
}

const generation = (config: Config) => readlink(path.join(config.dataDir, 'index'));

describe('reading only the files whose stamp moved', () => {
  it('reads no file when nothing changed, and keeps the index', async () => {
    const config = await project(3);
    expect(await build(config)).toMatchObject({ filesRead: 3, written: true });
    expect((await header(config)).documents.every((doc) => doc.stamp !== undefined)).toBe(true);
    const before = await generation(config);

    expect(await build(config)).toMatchObject({ filesRead: 0, unchanged: 3, written: false });
    expect(await generation(config)).toBe(before);
  });

  it('reads an edited file of the same size again and indexes the edit', async () => {
    const config = await project(3);
    await build(config);
    const target = file(config, 'person-1.md');
    const text = await readFile(target, 'utf8');
    await writeFile(target, text.replace('Terraform', 'Kubernete'));
    expect((await stat(target)).size).toBe(Buffer.byteLength(text));

    const report = await build(config);
    expect(report).toMatchObject({ filesRead: 1, updated: 1, unchanged: 2, written: true });
    const index = await loadIndex(config.dataDir);
    expect(index.passages().some((passage) => passage.text.includes('Kubernete services'))).toBe(true);
  });

  it('reads a file replaced with other bytes of the same size even when its mtime is set back: its ctime moved', async () => {
    const config = await project(3);
    await build(config);
    const target = file(config, 'person-2.md');
    const reference = path.join(config.projectRoot, 'times');
    await writeFile(reference, '');
    const before = statSync(target, { bigint: true });
    // touch -r copies times to the nanosecond, which Node's utimes (seconds as a double) can't.
    execFileSync('touch', ['-r', target, reference]);
    await writeFile(target, profile(2).replace('Rust', 'Java'));
    execFileSync('touch', ['-m', '-r', reference, target]);
    const after = statSync(target, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);

    expect(await build(config)).toMatchObject({ filesRead: 1, updated: 1, unchanged: 2 });
    const index = await loadIndex(config.dataDir);
    expect(
      index
        .passages()
        .some((passage) => passage.source.endsWith('person-2.md') && passage.text.includes('billing to Java')),
    ).toBe(true);
  });

  it('reads a touched file again but reuses it when its content is the same', async () => {
    const config = await project(3);
    await build(config);
    const before = await generation(config);
    const later = new Date(Date.now() + 60_000);
    await utimes(file(config, 'person-0.md'), later, later);

    expect(await build(config)).toMatchObject({ filesRead: 1, updated: 0, unchanged: 3, written: false });
    expect(await generation(config)).toBe(before);
  });

  it('records new stamps when many files were touched, keeping every segment, so the next run reads none', async () => {
    const config = await project(25);
    await build(config);
    const segments = (await header(config)).segments.map((segment) => segment.file);
    const later = new Date(Date.now() + 60_000);
    for (let n = 0; n < 25; n++) await utimes(file(config, `person-${n}.md`), later, later);

    expect(await build(config)).toMatchObject({ filesRead: 25, updated: 0, unchanged: 25, written: true });
    expect((await header(config)).segments.map((segment) => segment.file)).toEqual(segments);
    expect(await build(config)).toMatchObject({ filesRead: 0, written: false });
  });

  it('gives a file changed just before the build no stamp, so it is read again next time', async () => {
    const config = await project(3);
    expect(await build(config, { settleMs: undefined })).toMatchObject({ filesRead: 3 });
    expect((await header(config)).documents.map((doc) => doc.stamp)).toEqual([undefined, undefined, undefined]);
    expect(await build(config, { settleMs: undefined })).toMatchObject({ filesRead: 3, unchanged: 3, written: false });
  });

  it('reads every file of an index written before stamps were recorded, as before', async () => {
    const config = await project(3);
    await build(config);
    const old = await header(config);
    const { stampBasis: _basis, ...rest } = old;
    await writeHeader(path.join(config.dataDir, 'index'), {
      ...rest,
      documents: old.documents.map(({ stamp: _stamp, ...doc }) => doc),
    });

    expect(await build(config)).toMatchObject({ filesRead: 3, unchanged: 3, updated: 0, written: false });
  });

  it('reads every file again when people.json changes, since names come from the text', async () => {
    const config = await project(3);
    await writeFile(file(config, 'people.json'), JSON.stringify({ 'person-1.md': 'Sam One' }));
    await build(config);
    await writeFile(file(config, 'people.json'), JSON.stringify({ 'person-1.md': 'Sam Smith' }));

    const report = await build(config);
    expect(report).toMatchObject({ filesRead: 3, updated: 1, unchanged: 2 });
    expect((await loadIndex(config.dataDir)).documents.map((doc) => doc.person.name)).toContain('Sam Smith');
  });

  it('reads every file again when the passages would be cut differently (another token budget)', async () => {
    const config = await project(3);
    await build(config);
    const report = await build(config, { tokens: { ...lexical.tokens, maxTokens: lexical.tokens.maxTokens - 1 } });
    expect(report).toMatchObject({ filesRead: 3, updated: 3, unchanged: 0 });
  });

  it('keeps the extracted text of a converted profile it did not read, for its citations', async () => {
    const config = await project(2);
    await writeFile(
      file(config, 'ada.html'),
      '<html><body><h1>Ada Lovelace</h1><ul><li>Wrote programs for the Analytical Engine</li></ul></body></html>',
    );
    await build(config);
    await writeFile(file(config, 'person-0.md'), profile(0, ' And Go.'));

    expect(await build(config)).toMatchObject({ filesRead: 1, updated: 1, unchanged: 2 });
    const index = await loadIndex(config.dataDir);
    const passage = index
      .passages()
      .find((candidate) => candidate.source.endsWith('ada.html') && candidate.text.includes('Analytical Engine'));
    expect(passage?.textSource).toBeDefined();
    const lines = (await readFile(path.join(config.projectRoot, passage!.textSource!), 'utf8')).split('\n');
    expect(lines.slice(passage!.startLine - 1, passage!.endLine).join('\n')).toBe(passage!.text);
    expect(passage!.textSource!.startsWith('data/index/')).toBe(true);
  });
});

describe('with the stand-in model', () => {
  let model: ModelSession;
  beforeAll(async () => {
    const standin = await buildStandinModel();
    model = await openModel(
      loadConfig({
        MODELS_DIR: standin.modelsDir,
        MODEL_NAME: standin.modelName,
        MODEL_LOAD_TIMEOUT_MS: '60000',
        WHOKNOWS_ROOT: PROJECT_ROOT,
      }),
    );
    expect(model.embedder).not.toBeNull();
  }, 120_000);

  it('embeds only the edited profile while the others stay unread', async () => {
    const config = await project(3);
    const inputs = () => ({ embedder: model.embedder, tokens: model.tokens });
    await build(config, inputs());
    await writeFile(file(config, 'person-1.md'), profile(1, ' Then Kafka.'));

    const report = await build(config, inputs());
    const index = await loadIndex(config.dataDir);
    const edited = index.passages().filter((passage) => passage.source.endsWith('person-1.md'));
    expect(report).toMatchObject({ filesRead: 1, updated: 1, unchanged: 2, embedded: edited.length });
    expect(index.vectors!.count).toBe(index.passageCount);
    expect(edited.some((passage) => passage.text.includes('Then Kafka'))).toBe(true);
  });
});
