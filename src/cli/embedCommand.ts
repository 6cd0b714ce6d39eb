/**
 * `npm run embed`: (re)builds the index from the corpus, re-embedding only what changed.
 * Progress goes to stderr as a bar with passages/s; the last line is a one-line summary.
 */
import cliProgress from 'cli-progress';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openModel } from '../embedding/openModel.js';
import { reportError } from './reportError.js';
import { buildIndex, type BuildReport } from '../index/build/buildIndex.js';
import { log } from '../log.js';
import { PEOPLE_FILE } from '../corpus/peopleFile.js';
import { unnamedLabel } from '../corpus/personName.js';

const USAGE = 'usage: npm run embed [-- --full]   (--full: ignore the previous index and embed everything again)';

function progressBar(): { start(total: number): void; update(done: number): void; stop(): void } {
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'Embedding [{bar}] {value}/{total} passages | {rate} passages/s | {duration_formatted}',
      hideCursor: true,
      // A non-TTY stderr (CI logs) gets one line per update instead of redraws.
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  return {
    start: (total) => bar.start(total, 0, { rate: '0.0' }),
    update: (done) => bar.update(done, { rate: rate(done) }),
    stop: () => bar.stop(),
  };
}

/** One line per profile whose text names nobody, with the people.json entry that names it. */
export function unnamedWarning(source: string, corpusDir: string, projectRoot: string): string {
  const file = path.resolve(projectRoot, source);
  const key = path.relative(corpusDir, file).split(path.sep).join('/');
  const peopleJson = path.relative(projectRoot, path.join(corpusDir, PEOPLE_FILE)).split(path.sep).join('/');
  return `no name found in ${source}: listed as "${unnamedLabel(source)}"; name it in ${peopleJson}: { ${JSON.stringify(key)}: "Full Name" }`;
}

export function summarise(report: BuildReport, seconds: number, projectRoot: string): string {
  const changes = `added ${report.added}, updated ${report.updated}, removed ${report.removed}, unchanged ${report.unchanged}`;
  const relative = path.relative(projectRoot, report.indexDir);
  // Inside the project a short relative path reads best; outside it, only the absolute one is clear.
  const where = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : report.indexDir;
  if (report.superseded)
    return `Another build, which read the corpus later, installed its index while this one ran; kept it (${where}).`;
  // Files not read had the size and times the index recorded (`--full` reads them all).
  const read =
    report.filesRead < report.documents
      ? `; read ${report.filesRead} of ${report.documents} files, the rest unchanged by size and time`
      : '';
  if (!report.written)
    return `Index is up to date: ${report.documents} documents, ${report.passages} passages (${changes}) in ${where}${read}.`;
  const model = report.model ? `embedded ${report.embedded} passages with ${report.model}` : 'lexical only (no model)';
  return `Indexed ${report.documents} documents as ${report.passages} passages (${changes}${read}); ${model} in ${seconds.toFixed(1)} s → ${where}.`;
}

export async function embedCommand(argv: readonly string[]): Promise<number> {
  let full: boolean;
  try {
    const { values } = parseArgs({ args: [...argv], options: { full: { type: 'boolean', default: false } } });
    full = values.full ?? false;
  } catch (error) {
    log.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = Date.now();
  try {
    const config = loadConfig();
    const model = await openModel(config);
    if (model.warning) log.warn(model.warning);
    const bar = progressBar();
    let barStarted = false;
    const report = await buildIndex(config, {
      embedder: model.embedder,
      tokens: model.tokens,
      full,
      warn: log.warn,
      onStart: (total) => {
        if (total > 0) {
          bar.start(total);
          barStarted = true;
        }
      },
      onProgress: (done) => bar.update(done),
    }).finally(() => barStarted && bar.stop());
    if (report.fullRebuildReason) log.info(`Rebuilt everything: ${report.fullRebuildReason}.`);
    for (const source of report.unnamed) log.warn(unnamedWarning(source, config.corpusDir, config.projectRoot));
    log.info(summarise(report, (Date.now() - started) / 1000, config.projectRoot));
    return 0;
  } catch (error) {
    reportError(error);
    return 1;
  }
}
