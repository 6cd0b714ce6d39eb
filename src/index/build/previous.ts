/**
 * The previous index as a build sees it: its header (every file of it checked whole when a reader
 * noted damage: see damage.ts), why it can't be reused when it can't, and what the corpus stream may skip reading.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { CorpusReuse, KnownFile } from '../../corpus/readCorpus.js';
import type { Embedder } from '../../embedding/embedder.js';
import { TOKENIZER_VERSION } from '../../text/terms.js';
import { indexExists, indexPath, isLegacyIndex } from '../store/generation/generations.js';
import { checkSegmentSizes, readInstalled, readInstalledCorpusReadAt } from '../store/generation/installed.js';
import { clearDamage, notedDamage } from '../store/generation/damage.js';
import { verifyGeneration } from '../store/generation/verifyGeneration.js';
import { readBuilds } from '../store/manifest/header.js';
import { FILES, type BuiltDocument, type IndexHeader } from '../store/manifest/manifest.js';
import { fingerprint, type BuildInputs } from './inputs.js';

/** The previous index as a build sees it: its header only, and its graph when vectors are reused. */
export interface Previous {
  readonly generation: string;
  readonly header: IndexHeader;
  /** Each document's first label in the previous index, by source. */
  readonly firstLabel: ReadonlyMap<string, number>;
  /** Each document with what builds read of it (`builds.json`), by source. */
  readonly documents: ReadonlyMap<string, { readonly doc: BuiltDocument; readonly index: number }>;
}

/** Why the previous index can't be reused at all, or undefined when it can. */
function reuseBlocker(previous: IndexHeader, embedder: Embedder | null): string | undefined {
  const before = previous.model;
  const now = embedder ? { name: embedder.modelId, dimension: embedder.dimension } : null;
  if (before?.name !== now?.name) return `model changed from ${before?.name ?? 'none'} to ${now?.name ?? 'none'}`;
  if (before && now && before.dimension !== now.dimension) {
    return `dimension changed from ${before.dimension} to ${now.dimension}`;
  }
  return undefined;
}

/** The previous index, or why everything is built afresh (nothing when a full build was asked for or there is none). */
export async function readPrevious(
  config: Config,
  inputs: BuildInputs,
): Promise<{ previous?: Previous; reason?: string }> {
  if (inputs.full || !indexExists(config.dataDir)) return {};
  if (isLegacyIndex(config.dataDir)) return { reason: 'the previous index was written by an older version (JSON)' };
  try {
    const { generation, header } = await readInstalled(config.dataDir);
    // A reader that found a part damaged left a note: every file is then read whole, and the damage
    // rebuilt rather than kept as "up to date". Without a note only the header is read, so a small
    // update never pays for reading the whole index.
    if (notedDamage(indexPath(config.dataDir)) !== undefined) {
      await verifyGeneration(generation, header, indexPath(config.dataDir));
      clearDamage(indexPath(config.dataDir)); // read whole and sound: the fault was passing (a file briefly unreadable)
    } else {
      await checkSegmentSizes(generation, header, indexPath(config.dataDir));
    }
    const tokenizerChanged = header.tokenizerVersion !== TOKENIZER_VERSION ? 'the tokenizer changed' : undefined;
    const blocker = reuseBlocker(header, inputs.embedder) ?? tokenizerChanged;
    if (blocker) return { reason: blocker };
    const firstLabel = new Map<string, number>();
    let label = 0;
    for (const doc of header.documents) {
      firstLabel.set(doc.source, label);
      label += doc.passageCount;
    }
    const builds = await readBuilds(generation, header, indexPath(config.dataDir));
    const documents = new Map(
      header.documents.map((doc, index) => [doc.source, { doc: { ...doc, ...builds[index]! }, index }]),
    );
    return { previous: { generation, header, firstLabel, documents } };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'INDEX_OLD_FORMAT') {
      return { reason: 'the previous index was written by an older version' };
    }
    return { reason: `the previous index is unusable (${(error as Error).message})` };
  }
}

/** When this build reads the corpus: now, and always after the installed build's read, even if the clock went back. */
export async function corpusReadTime(dataDir: string, previous: Previous | undefined): Promise<number> {
  const installed = previous ? (previous.header.corpusReadAt ?? 0) : await readInstalledCorpusReadAt(dataDir);
  return Math.max(Date.now(), installed + 1);
}

/**
 * What the corpus stream may reuse unread: documents whose stamp was recorded and whose passages
 * still hold (a changed chunker or model changes every fingerprint, and then every file is read).
 * A converted one also needs its extracted text, which is linked from the previous generation.
 */
export function reuseOf(previous: Previous | undefined, inputs: BuildInputs): CorpusReuse {
  let settingsHold: boolean | undefined;
  return {
    basis: previous?.header.stampBasis,
    ...(inputs.settleMs !== undefined ? { settleMs: inputs.settleMs } : {}),
    known: (source) => {
      const doc = previous?.documents.get(source)?.doc;
      if (!doc?.stamp || !doc.format) return undefined;
      // Every document of an index was fingerprinted with the same settings (a change of settings
      // changes every fingerprint, so every document is read again), so one check covers them all.
      settingsHold ??= fingerprint(doc, inputs) === doc.fingerprint;
      if (!settingsHold) return undefined;
      if (doc.textName && !existsSync(path.join(previous!.generation, FILES.texts, doc.textName))) return undefined;
      const { stamp, contentHash, person, format } = doc;
      const textName = doc.textName ? { textName: doc.textName } : {};
      const known: KnownFile = { stamp, contentHash, person, format, ...textName };
      return known;
    },
  };
}
