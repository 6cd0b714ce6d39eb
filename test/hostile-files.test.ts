/**
 * One hostile file never fails the build: each class of file that once did (or cost unbounded
 * time or memory) is skipped with one warning line naming it and the limit, and the profile
 * beside it is still read. The files are written by the tests themselves.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync, deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { isUnread } from '../src/corpus/document.js';
import { readCorpus, streamCorpus } from '../src/corpus/readCorpus.js';
import { column, makePdf } from '../scripts/synthetic/pdfFixture.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-hostile-test-');
const PROFILE = '# Ada Lovelace\n\n## Skills\n\nTerraform, Kubernetes\n';

async function projectWith(files: Record<string, string | Buffer>, env: Record<string, string> = {}): Promise<Config> {
  const root = await temporaryDir();
  for (const [name, content] of Object.entries({ 'ada.md': PROFILE, ...files })) {
    const file = path.join(root, 'corpus', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false', ...env });
}

/** Reads the corpus as a build does (through the reading thread, with the configured limits). */
async function build(files: Record<string, string | Buffer>, env: Record<string, string> = {}) {
  const config = await projectWith(files, env);
  const corpus = await streamCorpus(config.corpusDir, config.projectRoot, undefined, undefined, config.reading);
  const sources: string[] = [];
  const texts = new Map<string, string>();
  for await (const doc of corpus.documents) {
    sources.push(doc.source);
    if (!isUnread(doc)) texts.set(doc.source, doc.text);
  }
  return { sources, warnings: corpus.warnings, texts };
}

/** The file is skipped with one warning naming it and matching `reason`; Ada's profile is read. */
function expectSkipped(result: Awaited<ReturnType<typeof build>>, name: string, reason: RegExp): void {
  expect(result.sources).toContain('corpus/ada.md');
  expect(result.sources).not.toContain(`corpus/${name}`);
  expect(result.warnings).toHaveLength(1);
  expect(result.warnings[0]).toMatch(new RegExp(`^skipped corpus/${name.replace(/\./g, '\\.')}: `));
  expect(result.warnings[0]).toMatch(reason);
  expect(result.warnings[0]).not.toContain('\n');
}

/** A one-entry ZIP whose entry is deflated (a DOCX is a ZIP): `size` bytes of `fill`. */
function deflatedZip(name: string, size: number, fill = 0x20): Buffer {
  const data = Buffer.alloc(size, fill);
  const packed = deflateRawSync(data);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + packed.length, 16);
  return Buffer.concat([local, fileName, packed, central, fileName, end]);
}

/** A one-page PDF whose content stream is `data`, encoded with `filter`. */
function pdfWithStream(filter: string, data: Buffer): Buffer {
  const head =
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n' +
    'endobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n' +
    `4 0 obj\n<< /Length ${data.length} /Filter /${filter} >>\nstream\n`;
  const tail = '\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  return Buffer.concat([Buffer.from(head, 'latin1'), data, Buffer.from(tail, 'latin1')]);
}

/** A PDF whose content stream is Flate-compressed and inflates to `size` bytes. */
function inflatingPdf(size: number): Buffer {
  return pdfWithStream('FlateDecode', deflateSync(Buffer.alloc(size, 0x20)));
}

/**
 * A PDF whose content stream is RunLength-encoded (not zlib, so the inflate check cannot see it):
 * every two bytes repeat a space 128 times, to `size` bytes.
 */
function runLengthPdf(size: number): Buffer {
  const pairs = size / 128;
  const data = Buffer.alloc(pairs * 2 + 1, 0x20);
  for (let i = 0; i < pairs; i++) data[2 * i] = 129;
  data[pairs * 2] = 128;
  return pdfWithStream('RunLengthDecode', data);
}

describe('a hostile file is skipped with one warning, and the other profiles are read', () => {
  it('takes a JSON Resume key named like an Object property as plain data', async () => {
    const fields = { basics: { name: 'Grace Hopper' }, constructor: [{ name: 'COBOL' }], __proto__: [], work: [] };
    const resume = JSON.stringify(fields, null, 2);
    const result = await build({ 'grace.json': resume.replace('"work"', '"toString": "x", "work"') });
    expect(result.warnings).toEqual([]);
    expect(result.texts.get('corpus/grace.json')).toContain('COBOL');
  });

  it('reads a LaTeX command named like an Object property as an unknown command, never as code', async () => {
    const tex = '\\begin{document}\n\\section{Skills}\n\\constructor{Fortran} \\toString{Lisp}\n\\end{document}\n';
    const result = await build({ 'cv.tex': tex });
    expect(result.warnings).toEqual([]);
    const text = result.texts.get('corpus/cv.tex')!;
    expect(text).toContain('Fortran');
    expect(text).not.toMatch(/function|native code/);
  });

  it('refuses JSON nested 5,000 deep', async () => {
    const deep = `{"basics": {"name": "Deep"}, "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectSkipped(await build({ 'deep.json': deep }), 'deep.json', /nested deeper than 500/);
  });

  it('refuses HTML with 100,000 nested elements and 3,000 nested tables', async () => {
    const divs = `<!doctype html><title>X</title>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}`;
    expectSkipped(await build({ 'divs.html': divs }), 'divs.html', /nested deeper than 500/);
    const tables = `<!doctype html>${'<table><tr><td>'.repeat(3000)}deep${'</td></tr></table>'.repeat(3000)}`;
    expectSkipped(await build({ 'tables.html': tables }), 'tables.html', /nested deeper than 500/);
  });

  it('refuses a DOCX and a PDF that inflate past READ_INFLATED_MB', async () => {
    const env = { READ_INFLATED_MB: '8' };
    const reason = /inflates to more than 8 MB.*READ_INFLATED_MB/;
    const docx = deflatedZip('word/document.xml', 16 * 1024 * 1024);
    expectSkipped(await build({ 'bomb.docx': docx }, env), 'bomb.docx', reason);
    expectSkipped(await build({ 'bomb.pdf': inflatingPdf(16 * 1024 * 1024) }, env), 'bomb.pdf', reason);
  });

  it('stops LaTeX macros that expand exponentially', async () => {
    const macros = ['\\newcommand{\\a}{ha ha ha ha ha ha ha ha}'];
    // \mx expands to four \a, \mxx to four \mx, and so on: 4^24 copies of the text asked for.
    const name = (level: number) => `\\m${'x'.repeat(level)}`;
    for (let level = 1; level <= 24; level++) {
      macros.push(`\\newcommand{${name(level)}}{${(level === 1 ? '\\a' : name(level - 1)).repeat(4)}}`);
    }
    const bomb = `${macros.join('\n')}\n\\begin{document}\n${name(24)}\n\\end{document}\n`;
    const started = Date.now();
    expectSkipped(await build({ 'bomb.tex': bomb }), 'bomb.tex', /macro expansion limit/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('reads a PDF line of 150,000 runs without overflowing the stack', async () => {
    const runs = Array.from({ length: 150_000 }, (_, i) => ({ x: 40 + (i % 500), y: 700, size: 10, text: 'w' }));
    const pdf = makePdf([{ texts: [...column(40, 740, ['Ada Byron']), ...runs] }]);
    const result = await build({ 'long.pdf': pdf });
    expect(result.warnings).toEqual([]);
    expect(result.texts.get('corpus/long.pdf')).toContain('Ada Byron');
  }, 60_000);

  it('stops a PDF stream in a filter other than zlib at the memory limit', async () => {
    const bomb = runLengthPdf(512 * 1024 * 1024);
    expectSkipped(
      await build({ 'runs.pdf': bomb }, { READ_MEMORY_MB: '96' }),
      'runs.pdf',
      /more than 96 MB.*READ_MEMORY_MB/,
    );
  }, 60_000);

  it('reads a PDF whose text object runs past the page edge in part, and says so in one line', async () => {
    // One text run of 200,000 characters set at 10 pt: the page shows its first hundred or so, the rest lies off it.
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const pdf = makePdf([{ texts: [...column(40, 740, ['Ada Byron']), { x: 40, y: 700, size: 10, text: words }] }]);
    const result = await build({ 'wide.pdf': pdf });
    expect(result.sources).toContain('corpus/wide.pdf');
    expect(result.texts.get('corpus/wide.pdf')).toContain('word0 word1');
    expect(result.warnings).toEqual([
      'read corpus/wide.pdf in part: text runs past the edge of page 1; what lies beyond the edge is not read',
    ]);
  });

  it('says nothing of a PDF whose text stays on its pages', async () => {
    const pdf = makePdf([{ texts: column(40, 740, ['Ada Byron', 'Terraform and Kubernetes']) }]);
    const result = await build({ 'narrow.pdf': pdf });
    expect(result.texts.get('corpus/narrow.pdf')).toContain('Terraform and Kubernetes');
    expect(result.warnings).toEqual([]);
  });

  it('stops a file past a time or memory limit, then reads the next file in a new thread', async () => {
    const slow = `\\begin{document}\n${'\\textbf{x} '.repeat(150_000)}\n\\end{document}\n`;
    const zed = JSON.stringify({ basics: { name: 'Zed Zee' } });
    const timed = await build({ 'slow.tex': slow, 'zz.json': zed }, { READ_TIMEOUT_MS: '100' });
    expect(timed.sources).toEqual(['corpus/ada.md', 'corpus/zz.json']);
    expect(timed.warnings).toEqual(['skipped corpus/slow.tex: took longer than 0.1 s to read (limit READ_TIMEOUT_MS)']);

    const work = Array.from({ length: 400_000 }, (_, i) => ({ position: `Role ${i}`, name: `Employer ${i}` }));
    const big = JSON.stringify({ basics: { name: 'Big Resume' }, work });
    const heavy = await build({ 'big.json': big, 'zz.json': zed }, { READ_MEMORY_MB: '64' });
    expect(heavy.sources).toEqual(['corpus/ada.md', 'corpus/zz.json']);
    expect(heavy.warnings).toEqual([
      'skipped corpus/big.json: used more than 64 MB of memory to read (limit READ_MEMORY_MB)',
    ]);
  }, 60_000);

  it('treats a file deleted while the build runs as deleted', async () => {
    const config = await projectWith({ 'bob.md': '# Bob Stone\n', 'cy.md': '# Cy Young\n' });
    const corpus = await streamCorpus(config.corpusDir, config.projectRoot);
    const sources: string[] = [];
    for await (const doc of corpus.documents) {
      sources.push(doc.source);
      if (doc.source === 'corpus/ada.md') await rm(path.join(config.corpusDir, 'bob.md'));
    }
    expect(sources).toEqual(['corpus/ada.md', 'corpus/cy.md']);
    expect(corpus.warnings).toEqual([]);
  });
});

describe('text in every common encoding', () => {
  const expected = ['Zoë Müller', 'Café résumé in Zürich'];
  const encodings: Record<string, Buffer> = {
    'utf8.txt': Buffer.from(`${expected.join('\n')}\n`, 'utf8'),
    'utf8-bom.txt': Buffer.from(`\uFEFF${expected.join('\n')}\n`, 'utf8'),
    'utf16le.txt': Buffer.from(`\uFEFF${expected.join('\r\n')}\r\n`, 'utf16le'),
    'utf16be.txt': Buffer.from(`\uFEFF${expected.join('\n')}\n`, 'utf16le').swap16(),
    'cp1252.txt': Buffer.from(`${expected.join('\n')}\n`, 'latin1'),
  };

  it('decodes UTF-8 (with and without BOM), UTF-16 LE and BE (BOM) and Windows-1252 to the same lines', async () => {
    const config = await projectWith(encodings);
    const { documents, warnings } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(warnings).toEqual([]);
    for (const name of Object.keys(encodings)) {
      const doc = documents.find((each) => each.source === `corpus/${name}`);
      expect(doc?.lines.slice(0, 2), name).toEqual(expected);
    }
  });

  it('reads Windows-1252 characters outside Latin-1 (curly quotes, the euro sign)', async () => {
    const config = await projectWith({ 'quotes.txt': Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x0a]) });
    const { documents } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents.find((doc) => doc.source === 'corpus/quotes.txt')?.lines[0]).toBe('“Hi” €5');
  });

  it('splits a file with classic Mac (CR-only) line ends into its lines', async () => {
    const json = '{"basics":\r{"name": "Mac Json"},\r"skills": [{"name": "Go"}]\r}';
    const config = await projectWith({ 'mac.md': '# Bea Ray\r\rSkills: Go\rRust\r', 'mac.json': json });
    const { documents } = await readCorpus(config.corpusDir, config.projectRoot);
    const lines = documents.find((doc) => doc.source === 'corpus/mac.md')?.lines;
    expect(lines).toEqual(['# Bea Ray', '', 'Skills: Go', 'Rust', '']);
    expect(documents.find((doc) => doc.source === 'corpus/mac.json')?.lines.length).toBe(4);
  });

  it("keeps a decomposed (NFD) file's own characters, and still names its owner in composed form", async () => {
    const nfd = '# Zoe\u0308 Mu\u0308ller\n\nCafe\u0301 owner\n';
    const config = await projectWith({ 'zoe.md': nfd });
    const { documents } = await readCorpus(config.corpusDir, config.projectRoot);
    const doc = documents.find((each) => each.source === 'corpus/zoe.md')!;
    expect(doc.text).toBe(nfd);
    expect(doc.lines[2]).toBe('Cafe\u0301 owner');
    expect(doc.person.name).toBe('Zoë Müller'.normalize('NFC'));
  });
});
