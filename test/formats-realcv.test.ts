/**
 * The format readers on real CVs, read in place from ../shared/realcv (skipped when it is absent).
 * Nothing from those files is copied here: expected names and phrases come from its questions.jsonl.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import type { ProfileDocument } from '../src/corpus/document.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const REALCV = path.resolve(PROJECT_ROOT, '..', 'shared', 'realcv');
const DOCS = path.join(REALCV, 'docs');
const hasRealcv = existsSync(path.join(REALCV, 'questions.jsonl'));
const temporaryDir = temporaryDirs('whoknows-realcv-formats-');

/** Formats read by conversion: everything but Markdown and plain text. */
const CONVERTED = /\.(pdf|docx|json|tex|html?)$/i;

interface Row {
  readonly kind: string;
  readonly file?: string;
  readonly name?: string;
  readonly person?: string;
  readonly expect_text?: string;
  readonly expect_lines?: readonly (readonly [number, number])[];
}

const rows: Row[] = hasRealcv
  ? readFileSync(path.join(REALCV, 'questions.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Row)
  : [];

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe.skipIf(!hasRealcv)('format readers on the real CVs (read in place from ../shared/realcv)', async () => {
  const { documents, warnings } = hasRealcv ? await readCorpus(DOCS, PROJECT_ROOT) : { documents: [], warnings: [] };
  const byFile = new Map<string, ProfileDocument>(documents.map((doc) => [path.basename(doc.source), doc]));
  const converted = hasRealcv ? (await import('node:fs')).readdirSync(DOCS).filter((file) => CONVERTED.test(file)) : [];

  it('reads every PDF, DOCX, JSON Resume, LaTeX and HTML file, skipping none', () => {
    expect(warnings).toEqual([]);
    expect(converted.length).toBeGreaterThanOrEqual(19);
    for (const file of converted) expect(byFile.get(file)?.format, file).toMatch(/^(pdf|docx|json-resume|latex|html)$/);
  });

  it.each(
    rows
      .filter((row) => row.kind === 'name' && CONVERTED.test(row.file!) && row.name !== '')
      .map((row) => [row.file!, row.name!]),
  )('finds the name in the document itself for %s (%j)', (file, name) => {
    expect(byFile.get(file)?.nameHint?.toLowerCase()).toBe(name.toLowerCase());
  });

  it.each(
    rows
      .filter((row) => row.kind === 'person' && row.expect_text && CONVERTED.test(row.person!))
      .map((row) => [row.person!, row.expect_text!]),
  )('reads %s in reading order: the answer phrase %j stands on one line', (file, phrase) => {
    const lines = byFile.get(file)!.lines;
    expect(lines.some((line) => squeeze(line).includes(squeeze(phrase)))).toBe(true);
  });

  it.each(
    rows
      .filter((row) => row.kind === 'person' && row.expect_lines && CONVERTED.test(row.person!))
      .map((row) => [row.person!, row.expect_lines!]),
  )('keeps the line numbers of %s: the answer lines %j hold visible text at the same numbers', (file, ranges) => {
    const doc = byFile.get(file)!;
    const source = readFileSync(path.join(DOCS, file), 'utf8').split('\n');
    expect(doc.lines).toHaveLength(source.length);
    for (const [start, end] of ranges) {
      expect(
        doc.lines.slice(start - 1, end).some((line) => line.trim() !== ''),
        `${file} L${start}-L${end}`,
      ).toBe(true);
    }
  });

  it('cites converted documents verbatim: every passage’s text is exactly its lines of the saved text file', async () => {
    const root = await temporaryDir();
    const config = loadConfig({
      WHOKNOWS_ROOT: PROJECT_ROOT,
      CORPUS_DIR: DOCS,
      DATA_DIR: path.join(root, 'data'),
      USE_MODEL: 'false',
    });
    const model = await openModel(config);
    await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
    const index = await loadIndex(config.dataDir);
    const convertedPassages = index.passages().filter((passage) => CONVERTED.test(passage.source));
    expect(new Set(convertedPassages.map((passage) => passage.source)).size).toBe(converted.length);
    const texts = new Map<string, string[]>();
    for (const passage of convertedPassages) {
      expect(passage.textSource, passage.id).toBeDefined();
      if (!texts.has(passage.textSource!)) {
        texts.set(
          passage.textSource!,
          (await readFile(path.resolve(PROJECT_ROOT, passage.textSource!), 'utf8')).split('\n'),
        );
      }
      const lines = texts.get(passage.textSource!)!;
      const cited = lines.slice(passage.startLine - 1, passage.endLine).join('\n');
      // A line too long for the model is cited in parts: `#L12:1-480` is characters 1-480 of line 12.
      const part = /#L\d+:(\d+)-(\d+)$/.exec(passage.id);
      expect(passage.text, passage.id).toBe(part ? cited.slice(Number(part[1]) - 1, Number(part[2])) : cited);
      if (passage.source.endsWith('.pdf'))
        expect(passage.pages, passage.id).toHaveLength(passage.endLine - passage.startLine + 1);
    }
  }, 120_000);
});
