import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationFor, citedPlace, spanOf } from '../src/answer/citeLines.js';
import { loadConfig, type Config } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { formatCitation } from '../src/cli/formatText.js';
import { sourceEntry } from '../src/discord/render/index.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { column, makePdf } from '../scripts/synthetic/pdfFixture.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-formats-');

async function projectWith(files: Record<string, string | Buffer>): Promise<Config> {
  const root = await temporaryDir();
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, 'corpus', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

function cvPdf(): Buffer {
  return makePdf([
    {
      texts: [
        { x: 60, y: 740, size: 22, text: 'Gwen Morgan' },
        { x: 60, y: 700, size: 14, text: 'Experience' },
        ...column(60, 680, ['Severn Data, data engineer', 'Built the Kafka ingestion layer for payments']),
      ],
    },
    {
      texts: [
        { x: 60, y: 740, size: 14, text: 'Skills' },
        ...column(60, 720, ['Terraform and Ansible for every environment']),
      ],
    },
  ]);
}

describe('reading a corpus of mixed formats', () => {
  it('lists every unsupported file in one warning line each, and never warns about people.json', async () => {
    const config = await projectWith({
      'ada.md': '# Ada Lovelace\n\nEngines.\n',
      'team.yml': 'people: []\n',
      'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'notes.odt': 'x',
      'people.json': '{}',
    });
    const { documents, warnings } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/ada.md']);
    expect(warnings).toHaveLength(3);
    for (const name of ['team.yml', 'photo.png', 'notes.odt']) {
      expect(warnings.find((line) => line.includes(`corpus/${name}`))).toMatch(/unsupported format/);
    }
  });

  it('skips a password-protected or damaged PDF with a warning naming it and reads the rest', async () => {
    const config = await projectWith({
      'gwen.pdf': cvPdf(),
      'locked.pdf': makePdf([{ texts: column(60, 700, ['Secret']) }], { passwordProtected: true }),
      'broken.pdf': Buffer.from('%PDF-1.4\nthis is not really a PDF\n'),
    });
    const { documents, warnings } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents.map((doc) => doc.source)).toEqual(['corpus/gwen.pdf']);
    expect(warnings).toEqual([
      expect.stringMatching(/^skipped corpus\/broken\.pdf: /),
      'skipped corpus/locked.pdf: password-protected PDF',
    ]);
  });

  it('marks each document with its format and names a PDF by its title line', async () => {
    const config = await projectWith({
      'gwen.pdf': cvPdf(),
      'ada.md': '# Ada Lovelace\n',
      'notes.txt': 'Plain notes.\n',
    });
    const { documents } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents.map((doc) => [doc.source, doc.format])).toEqual([
      ['corpus/ada.md', 'markdown'],
      ['corpus/gwen.pdf', 'pdf'],
      ['corpus/notes.txt', 'text'],
    ]);
    expect(documents[1]!.person).toMatchObject({ name: 'Gwen Morgan', nameSource: 'document-title' });
  });

  it('lets people.json override the name a PDF gives itself', async () => {
    const config = await projectWith({ 'gwen.pdf': cvPdf(), 'people.json': '{ "gwen.pdf": "Gwenllian Morgan" }' });
    const { documents } = await readCorpus(config.corpusDir, config.projectRoot);
    expect(documents[0]!.person).toMatchObject({ name: 'Gwenllian Morgan', nameSource: 'people.json' });
  });
});

describe('citing converted documents', () => {
  it('saves the extracted text in the index and cites its exact lines, with the page', async () => {
    const config = await projectWith({ 'gwen.pdf': cvPdf(), 'ada.md': '# Ada Lovelace\n\n## Skills\n\nEngines.\n' });
    const model = await openModel(config);
    await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
    const index = await loadIndex(config.dataDir);

    expect(index.documents.map((doc) => doc.format)).toEqual(['markdown', 'pdf']);
    const pdfPassages = index.passages().filter((passage) => passage.source === 'corpus/gwen.pdf');
    expect(pdfPassages.length).toBeGreaterThan(0);
    for (const passage of pdfPassages) {
      expect(passage.textSource).toBe('data/index/text/gwen.pdf.txt');
      const textLines = (await readFile(path.join(config.projectRoot, passage.textSource!), 'utf8')).split('\n');
      expect(passage.text).toBe(textLines.slice(passage.startLine - 1, passage.endLine).join('\n'));
    }
    // Markdown keeps citing its own lines.
    expect(
      index
        .passages()
        .filter((passage) => passage.source === 'corpus/ada.md')
        .every((passage) => passage.textSource === undefined),
    ).toBe(true);

    const terraform = pdfPassages.find((passage) => passage.text.includes('Terraform'))!;
    const line = terraform.startLine + terraform.text.split('\n').findIndex((text) => text.includes('Terraform'));
    const citation = citationFor(1, terraform, spanOf(terraform, line, line), 1);
    expect(citation).toMatchObject({
      source: 'corpus/gwen.pdf',
      textSource: 'data/index/text/gwen.pdf.txt',
      page: 2,
      text: 'Terraform and Ansible for every environment',
    });
    expect(citedPlace(citation)).toBe('corpus/gwen.pdf p. 2');
    // The terminal and Discord show the original file and its page, not the text file's line numbers.
    expect(formatCitation(citation).split('\n')[0]).toMatch(/· corpus\/gwen\.pdf p\. 2$/);
    expect(sourceEntry(citation)).toContain('`corpus/gwen.pdf` p. 2');
    expect(sourceEntry(citation)).not.toContain('text/gwen.pdf.txt');
  });
});
