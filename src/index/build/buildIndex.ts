/**
 * corpus → passages → vectors → index on disk, incrementally: a document whose fingerprint is
 * unchanged keeps its passages, vectors and postings where they are (its segment is hard-linked
 * into the new generation, unread); only changed or new documents are chunked, embedded and
 * written, as a new segment. Deciding what changed reads the index's header and only the corpus
 * files whose stamp (size, times, inode) moved since it was written.
 *
 * The steps, each in its own file: read (the corpus pass, which chunks a changed document and
 * reads its facts at once, and writes its passages as segments fill) → write (the kept passages'
 * segments, every document placed) → embed → install.
 */
import type { Config } from '../../config.js';
import { streamCorpus } from '../../corpus/readCorpus.js';
import { dataDirError } from '../../errors.js';
import { FACTS_VERSION } from '../../facts/storedFacts.js';
import { clearDamage } from '../store/generation/damage.js';
import { loadStored, type StoredIndex } from '../read/loadIndex.js';
import { indexPath, removeAbandonedBuilds } from '../store/generation/generations.js';
import { readVectors } from '../store/vectors/vectorFiles.js';
import { acquireBuildLock } from './buildLock.js';
import { changesOf, type ReportBase } from './changes.js';
import { embed } from './embed.js';
import type { BuildInputs, BuildReport } from './inputs.js';
import { install } from './install.js';
import { corpusReadTime, readPrevious, reuseOf, type Previous } from './previous.js';
import { readCorpus } from './read.js';
import { keptSegmentsOf, Output, write } from './write.js';

export type { BuildInputs, BuildReport } from './inputs.js';

function minutes(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

/**
 * Builds under the data folder's build lock, so builds never overlap: a second one waits, then
 * reads the corpus as it is by then. Leftovers of killed builds are removed first, freeing space.
 */
export async function buildIndex(config: Config, inputs: BuildInputs): Promise<BuildReport> {
  const warn = inputs.warn ?? (() => {});
  const waiting = (pid: number, waitMs: number) =>
    `another index build (pid ${pid}) is running; waiting up to ${minutes(waitMs)} for it to finish…`;
  const lock = await acquireBuildLock(config.dataDir, {
    ...inputs.lock,
    onWait: inputs.lock?.onWait ?? ((owner, waitMs) => warn(waiting(owner.pid, waitMs))),
  });
  try {
    await removeAbandonedBuilds(config.dataDir);
    return await buildLocked(config, inputs, warn);
  } finally {
    await lock.release();
  }
}

async function buildLocked(config: Config, inputs: BuildInputs, warn: (message: string) => void): Promise<BuildReport> {
  const { previous, reason: fullRebuildReason } = await readPrevious(config, inputs);
  const corpusReadAt = await corpusReadTime(config.dataDir, previous);
  const corpus = await streamCorpus(
    config.corpusDir,
    config.projectRoot,
    warn,
    reuseOf(previous, inputs),
    config.reading,
  );
  const threadFrom = inputs.segmentThreadFrom;
  const output = new Output(config.dataDir, threadFrom !== undefined ? { segmentThreadFrom: threadFrom } : {});
  const pass = await readCorpus(corpus, previous, output, config, inputs);
  const { base, factsStale, nothingToDo } = changesOf(pass, previous, corpus, inputs);
  const reasonField = fullRebuildReason ? { fullRebuildReason } : {};
  if (previous && nothingToDo) {
    // Nothing changed: the index's files were checked whole, only the stamps of the corpus files read, nothing written.
    const passages = previous.header.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
    return { ...base, passages, embedded: 0, written: false, indexDir: indexPath(config.dataDir), ...reasonField };
  }
  const kept = keptSegmentsOf(pass.indexed, previous);
  let stored: StoredIndex | undefined;
  try {
    const { writer, filler } = await output.get();
    // Passages are read back only to compact or to read facts again; the graph only when there is a model.
    stored = previous && (kept.compact || factsStale) ? await loadStored(config.dataDir) : undefined;
    const reused = await reusedFiles(config, inputs, previous, stored);
    const written = await write({
      indexed: pass.indexed,
      previous,
      kept,
      writer,
      filler,
      stored: stored?.reader,
      previousFactsCurrent: reused.factsCurrent,
      withVectors: inputs.embedder !== null,
      projectRoot: config.projectRoot,
    });
    const { vectors, embedded } = await embed(pass.toEmbed, written.slots, reused.graph, previous?.header.hnsw, inputs);
    const stampBasis = corpus.stampBasis;
    const installed = await install({ writer, pass, written, vectors, previous, corpusReadAt, stampBasis }, inputs);
    if (installed) clearDamage(indexPath(config.dataDir));
    return reportOf(base, written.documents, embedded, installed, config, reasonField);
  } catch (error) {
    await output.abandon();
    throw dataDirError(error, config.dataDir) ?? error;
  } finally {
    stored?.reader.close();
  }
}

/** What is reused of the previous generation's files: its graph (with a model), its facts (this version's). */
async function reusedFiles(config: Config, inputs: BuildInputs, previous: Previous | undefined, stored?: StoredIndex) {
  const shownAs = indexPath(config.dataDir);
  const readGraph = () => readVectors(previous!.generation, previous!.header, shownAs);
  const graph = previous && inputs.embedder ? (stored?.vectors ?? (await readGraph())) : null;
  // An unchanged document's line of facts is copied as it is (its block whole when it can be), never parsed.
  const factsCurrent = previous?.header.facts?.version === FACTS_VERSION;
  return { graph, factsCurrent };
}

function reportOf(
  base: ReportBase,
  documents: readonly { readonly passageCount: number }[],
  embedded: number,
  installed: boolean,
  config: Config,
  reasonField: { fullRebuildReason?: string },
): BuildReport {
  return {
    ...base,
    passages: documents.reduce((sum, doc) => sum + doc.passageCount, 0),
    embedded,
    written: installed,
    indexDir: indexPath(config.dataDir),
    ...reasonField,
    ...(installed ? {} : { superseded: true }),
  };
}
