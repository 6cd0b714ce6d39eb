/**
 * Segments written on the segment-writing thread: the same bytes as written on the build's own
 * thread, in the same order; a failure there stops the build with the error named, the half-built
 * generation removed and the installed index kept as it was.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import type { TokenCounter } from '../src/embedding/embedder.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { FactsReader } from '../src/index/build/factsThread.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { GenerationWriter, type HeaderFields } from '../src/index/store/generation/generationWriter.js';
import { readInstalled } from '../src/index/store/generation/installed.js';
import { FILES } from '../src/index/store/manifest/manifest.js';
import { SegmentThread } from '../src/index/store/segment/segmentThread.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-segment-thread-');

const SKILLS = ['Terraform', 'Kubernetes', 'PostgreSQL', 'Rust', 'Kafka', 'React', 'Go', 'Python', 'R', 'C#'];

/** An invented profile: person n, with skills, roles and a language picked by n so profiles differ. */
function profile(n: number): string {
  const skills = SKILLS.filter((_, i) => (n + i) % 3 === 0);
  return [
    `# Person ${n} Example`,
    '',
    '## Skills',
    '',
    ...skills.map((skill) => `- ${skill} in production`),
    '',
    '## Experience',
    '',
    `### Engineer at Company ${n % 4} · 20${10 + (n % 10)} – Present`,
    '',
    `- Ran ${skills[0] ?? 'Go'} services for team ${n}; wrote code in C and R.`,
    n % 5 === 0 ? '- Entwicklung der Plattform mit dem Team und für die Kunden.' : '- Moved billing to Rust.',
    '',
    '## Languages',
    '',
    'English (native), German: B2',
    '',
  ].join('\n');
}

let tokens: { count: TokenCounter; maxTokens: number; exact: boolean };
beforeAll(async () => {
  tokens = (await openModel(loadConfig({ WHOKNOWS_ROOT: PROJECT_ROOT, USE_MODEL: 'false' }))).tokens;
});

async function syntheticProject(profiles: number): Promise<Config> {
  const root = await temporaryDir('synthetic-');
  await mkdir(path.join(root, 'corpus'));
  for (let n = 0; n < profiles; n++) await writeFile(path.join(root, 'corpus', `person-${n}.md`), profile(n));
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

async function seedProject(): Promise<Config> {
  const root = await temporaryDir('seed-');
  await cp(path.join(PROJECT_ROOT, 'corpus'), path.join(root, 'corpus'), { recursive: true });
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

/**
 * Every file of the installed generation: segments by their position (their names are unique per
 * build), the others by name, and the header without what differs between any two builds.
 */
async function installedFiles(dataDir: string): Promise<Record<string, Buffer | unknown>> {
  const { generation, header } = await readInstalled(dataDir);
  const files: Record<string, Buffer | unknown> = {};
  for (const [s, segment] of header.segments.entries())
    files[`segment ${s}`] = await readFile(path.join(generation, FILES.segments, segment.file));
  for (const name of await readdir(generation)) {
    if (name === FILES.segments || name === FILES.header) continue;
    files[name] = await readFile(path.join(generation, name));
  }
  const { builtAt: _b, corpusReadAt: _c, segments, ...rest } = header;
  files.header = { ...rest, segments: segments.map(({ file: _f, ...record }) => record) };
  return files;
}

/** A full build, its segments and facts written on their threads (`from` 0) or on the build's (`from` Infinity). */
async function buildWith(config: Config, from: number, dataDir: string) {
  const built = { ...config, dataDir: path.join(config.projectRoot, dataDir) };
  // settleMs 0: every file gets its stamp, whenever the build runs.
  const threads = { segmentThreadFrom: from, factsThreadFrom: from };
  await buildIndex(built, { embedder: null, tokens, full: true, ...threads, settleMs: 0 });
  return installedFiles(built.dataDir);
}

describe('segments and facts written on their own threads', () => {
  it('are byte for byte those written on the build’s thread, for the seed corpus and a synthetic one', async () => {
    for (const config of [await seedProject(), await syntheticProject(60)]) {
      const onThread = await buildWith(config, 0, 'data-thread');
      const inline = await buildWith(config, Number.POSITIVE_INFINITY, 'data-inline');
      expect(Object.keys(onThread).length).toBeGreaterThan(2);
      expect(onThread).toEqual(inline);
    }
  }, 120_000);

  it('keep their order when several are in flight one after another', async () => {
    const config = await syntheticProject(30);
    await buildIndex(config, { embedder: null, tokens, full: true });
    const passages = (await loadIndex(config.dataDir)).passages();
    const { header } = await readInstalled(config.dataDir);
    // Three segments, cut between documents: the first ten, the eleventh, the rest.
    const cuts = [0, header.placement[10]![1], header.placement[11]![1], passages.length];
    const parts: Passage[][] = [0, 1, 2].map((k) => passages.slice(cuts[k], cuts[k + 1]));
    const placement = header.placement.map(([, at], d): [number, number] => {
      const k = d < 10 ? 0 : d === 10 ? 1 : 2;
      return [k, at - cuts[k]!];
    });
    const written: Buffer[][] = [];
    for (const segmentThreadFrom of [0, Number.POSITIVE_INFINITY]) {
      const dataDir = path.join(config.projectRoot, `data-${written.length}`);
      const writer = await GenerationWriter.begin(dataDir, { segmentThreadFrom });
      for (const part of parts) await writer.addSegment(part);
      // The installed header's documents are the build's (read back, they hold every field a build writes).
      const fields = { ...header, placement, corpusReadAt: Date.now() } as unknown as HeaderFields;
      await writer.finish(fields, null);
      const installed = await readInstalled(dataDir);
      expect(installed.header.segments.map((segment) => segment.passages)).toEqual(parts.map((part) => part.length));
      written.push(
        await Promise.all(
          installed.header.segments.map((s) => readFile(path.join(installed.generation, FILES.segments, s.file))),
        ),
      );
    }
    expect(written[0]).toEqual(written[1]);
  }, 120_000);

  it('stop the build with the failure named, removing what was begun and keeping the installed index', async () => {
    const config = await syntheticProject(5);
    await buildIndex(config, { embedder: null, tokens, full: true });
    const before = await installedFiles(config.dataDir);
    const passages = (await loadIndex(config.dataDir)).passages();
    const writer = await GenerationWriter.begin(config.dataDir, { segmentThreadFrom: 0 });
    // The segment can't be written: its folder is gone.
    await rm(path.join(writer.folder, FILES.segments), { recursive: true });
    const position = await writer.addSegment(passages);
    expect(position).toBe(0);
    await expect(writer.segmentsWritten()).rejects.toThrow(/ENOENT.*\.seg/);
    // Every later step says the same, not a confusing second failure.
    await expect(writer.addText('x.txt', 'text')).rejects.toThrow(/ENOENT.*\.seg/);
    const left = (await readdir(config.dataDir)).filter((name) => name.startsWith('.building'));
    expect(left).toEqual([]);
    expect(await installedFiles(config.dataDir)).toEqual(before);
    expect((await loadIndex(config.dataDir)).documents).toHaveLength(5);
  }, 120_000);

  it('fails every segment still held when the thread is stopped, and takes no more', async () => {
    const config = await syntheticProject(3);
    await buildIndex(config, { embedder: null, tokens, full: true });
    const passages = (await loadIndex(config.dataDir)).passages();
    const thread = new SegmentThread();
    const folder = await temporaryDir('stopped-');
    const pending = thread.write(path.join(folder, 'a.seg'), passages);
    await thread.close();
    await expect(pending).rejects.toThrow('the segment-writing thread was stopped');
    await expect(thread.write(path.join(folder, 'b.seg'), passages)).rejects.toThrow(/stopped/);
  }, 60_000);
});

describe('facts read on their own thread', () => {
  it('give each document the line read on the build’s thread, and a failure there is the same error', async () => {
    const config = await syntheticProject(4);
    await buildIndex(config, { embedder: null, tokens, full: true });
    const index = await loadIndex(config.dataDir);
    const doc = index.documents[1]!;
    const passages = index.passages().filter((passage) => passage.source === doc.source);
    const onThread = new FactsReader(config.projectRoot, 0);
    const inline = new FactsReader(config.projectRoot, Number.POSITIVE_INFINITY);
    try {
      const threadLine = (await onThread.read(passages, doc)).line;
      expect(typeof threadLine).not.toBe('string');
      const line = await threadLine;
      expect(line).toContain('"profile"');
      expect(line).toBe((await inline.read(passages, doc)).line);
      // A passage without text: reading its facts throws, on either thread.
      const broken = [{ ...passages[0]!, text: undefined as unknown as string }];
      const thrown = await Promise.resolve()
        .then(async () => (await inline.read(broken, doc)).line)
        .catch((error: Error) => error.message);
      await expect((await onThread.read(broken, doc)).line).rejects.toThrow(thrown as string);
    } finally {
      await onThread.close();
    }
  }, 60_000);
});
