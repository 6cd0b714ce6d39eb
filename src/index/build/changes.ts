/** What the corpus pass found changed, as the build reports it, and whether anything must be written. */
import type { CorpusStream } from '../../corpus/readCorpus.js';
import { FACTS_VERSION } from '../../facts/storedFacts.js';
import type { IndexedDocument } from '../store/manifest/manifest.js';
import { roleTermsCurrent } from '../store/manifest/roleTermsFile.js';
import type { BuildInputs, BuildReport } from './inputs.js';
import type { Previous } from './previous.js';
import type { CorpusPass } from './read.js';

/**
 * Files read again only because their stamps moved, at or above which a build with nothing else to
 * do records their new stamps.
 */
const RESTAMP_AT = 20;
/** …or this share of the corpus, whichever is more: a few files read per run cost less than a new header. */
const RESTAMP_SHARE = 0.02;

/** The report's counts, known once the corpus is read. */
export type ReportBase = Omit<
  BuildReport,
  'passages' | 'embedded' | 'written' | 'indexDir' | 'fullRebuildReason' | 'superseded'
>;

export interface Changes {
  readonly base: ReportBase;
  /** The previous index's facts were stored by another version (or not at all): it is rewritten with them. */
  readonly factsStale: boolean;
  /** Nothing to write: no profile added, updated or removed, facts current, few stamps moved. */
  readonly nothingToDo: boolean;
}

export function changesOf(
  pass: CorpusPass,
  previous: Previous | undefined,
  corpus: CorpusStream,
  inputs: BuildInputs,
): Changes {
  const { indexed } = pass;
  const currentSources = new Set(indexed.map((entry) => entry.record.source));
  const removed = previous ? previous.header.documents.filter((doc) => !currentSources.has(doc.source)).length : 0;
  const unchanged = indexed.filter((entry) => entry.kept).length;
  const updated = indexed.filter((entry) => !entry.kept && previous?.documents.has(entry.record.source)).length;
  const added = indexed.length - unchanged - updated;
  const unnamed = indexed.filter((entry) => entry.unnamed).map((entry) => entry.record.source);
  const base = {
    removed,
    unchanged,
    added,
    updated,
    filesRead: corpus.filesRead(),
    documents: indexed.length,
    model: inputs.embedder?.modelId ?? null,
    skipped: corpus.warnings,
    unnamed,
  };
  const factsStale = previous !== undefined && hasStaleFacts(pass, previous);
  // Files touched, copied back or checked out again keep their passages but are read on every run
  // until their new stamps are recorded: when there are many, a new header records them.
  const restamp = pass.restamped >= Math.max(RESTAMP_AT, indexed.length * RESTAMP_SHARE);
  // A role-terms table of an older layout is not read: a new generation writes it from the stored facts.
  const tablesStale = previous !== undefined && !roleTermsCurrent(previous.header.roleTerms);
  const nothingToDo =
    previous !== undefined && added + updated + removed === 0 && !factsStale && !restamp && !tablesStale;
  return { base, factsStale, nothingToDo };
}

/**
 * An index whose facts were stored by another version (or not at all) is rewritten with them, so
 * loading need not read them. Its facts are in facts.jsonl, all of one version, or (older indexes)
 * in each header document.
 */
function hasStaleFacts(pass: CorpusPass, previous: Previous): boolean {
  const factsVersionOf = (doc: IndexedDocument) =>
    previous.header.facts ? previous.header.facts.version : doc.facts?.version;
  return pass.indexed.some((entry) => {
    if (!entry.kept) return false;
    const { doc } = previous.documents.get(entry.record.source)!;
    return factsVersionOf(doc) !== FACTS_VERSION && doc.passageCount > 0;
  });
}
