/**
 * The format part of `npm run bench`: reading (conversion to text) and chunking time per document
 * format, on ../shared/realcv/docs when it is present, and on a generated text-heavy 1 MB PDF.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import { readFormat } from '../src/corpus/formats/readFormat.js';
import { ESTIMATE_MAX_TOKENS, estimateTokens } from '../src/embedding/tokenEstimate.js';
import { column, makePdf } from './synthetic/pdfFixture.js';

interface FormatRow {
  files: number;
  kib: number;
  readMs: number;
  chunkMs: number;
  slowestReadMs: number;
}

export interface FormatBench {
  readonly realcv: Record<string, FormatRow>;
  readonly onePdf: { readonly mib: number; readonly pages: number; readonly readMs: number; readonly chunkMs: number };
}

async function timeFile(
  name: string,
  bytes: Buffer,
): Promise<{ format: string; readMs: number; chunkMs: number } | undefined> {
  const started = performance.now();
  const outcome = await readFormat(name, bytes);
  const readMs = performance.now() - started;
  if (outcome.kind !== 'read') return undefined;
  const chunkStarted = performance.now();
  const person = { id: name, name: 'Bench', aliases: [], nameSource: 'file-name' as const };
  chunkDocument(
    { source: name, lines: outcome.text.lines, person },
    { countTokens: estimateTokens, maxTokens: ESTIMATE_MAX_TOKENS },
  );
  return { format: outcome.text.format, readMs, chunkMs: performance.now() - chunkStarted };
}

/** A text-heavy PDF of about 1 MB: the worst case for text extraction and column detection. */
function onePdf(pages: number): Buffer {
  const line = 'Designed and ran the data platform: Kafka, Spark, Terraform and Kubernetes on AWS.';
  return makePdf(
    Array.from({ length: pages }, (_, page) => ({
      texts: column(
        50,
        760,
        Array.from({ length: 60 }, (_, i) => `${page + 1}.${i + 1} ${line}`),
        9,
        12,
      ),
    })),
  );
}

export async function benchFormats(projectRoot: string, print: boolean): Promise<FormatBench> {
  // Loads pdfjs once, so the first real PDF is not charged for it.
  await timeFile('warm-up.pdf', makePdf([{ texts: column(60, 700, ['warm up']) }]));
  const realcv: Record<string, FormatRow> = {};
  const docs = path.resolve(projectRoot, '..', 'shared', 'realcv', 'docs');
  if (existsSync(docs)) {
    for (const name of readdirSync(docs).sort()) {
      const bytes = await readFile(path.join(docs, name));
      const timed = await timeFile(name, bytes);
      if (!timed) continue;
      const row = (realcv[timed.format] ??= { files: 0, kib: 0, readMs: 0, chunkMs: 0, slowestReadMs: 0 });
      row.files++;
      row.kib += bytes.length / 1024;
      row.readMs += timed.readMs;
      row.chunkMs += timed.chunkMs;
      row.slowestReadMs = Math.max(row.slowestReadMs, timed.readMs);
    }
  }
  const pages = 140;
  const pdf = onePdf(pages);
  const big = (await timeFile('big.pdf', pdf))!;
  const result = { realcv, onePdf: { mib: pdf.length / 2 ** 20, pages, readMs: big.readMs, chunkMs: big.chunkMs } };
  if (print) {
    console.log(
      existsSync(docs)
        ? 'reading and chunking by format (../shared/realcv/docs):'
        : 'reading and chunking by format (../shared/realcv absent):',
    );
    for (const [format, row] of Object.entries(realcv)) {
      const perFile = (ms: number) => `${(ms / row.files).toFixed(1)} ms/file`;
      console.log(
        `  ${format.padEnd(11)} ${String(row.files).padStart(2)} files ${row.kib.toFixed(0).padStart(5)} KiB: read ${perFile(row.readMs)} (slowest ${row.slowestReadMs.toFixed(0)} ms), chunk ${perFile(row.chunkMs)}`,
      );
    }
    console.log(
      `  a ${result.onePdf.mib.toFixed(2)} MiB text PDF (${pages} pages): read ${(big.readMs / 1000).toFixed(2)} s, chunk ${big.chunkMs.toFixed(0)} ms`,
    );
  }
  return result;
}
