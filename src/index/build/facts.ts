/**
 * The facts step: each document's line of `facts.jsonl`. A new document's facts are read from its
 * passages as they are made; an unchanged one's line is copied as it is, never parsed, unless
 * another version of the reader stored it.
 */
import type { Passage } from '../../chunking/passage.js';
import { FACTS_VERSION } from '../../facts/storedFacts.js';
import { factsLine, type ProfileSource } from '../../profile/storeProfile.js';
import type { SegmentedIndex } from '../read/segmentedIndex.js';
import type { LineSource } from '../store/manifest/lineFile.js';
import type { IndexedDocument } from '../store/manifest/manifest.js';

/** A new document's line: its facts and profile as JSON, or empty when it has no passages. */
export function factsOf(passages: readonly Passage[], doc: ProfileSource, projectRoot: string): string {
  return passages.length > 0 ? factsLine(passages, doc, projectRoot) : '';
}

/**
 * A kept document's line: the previous file's line (`previousLine`, its position there) when that
 * file was written by this version, else the facts its header held, else read again from its
 * passages (`stored`, loaded for that).
 */
export function keptFacts(
  doc: IndexedDocument,
  previousLine: number | undefined,
  labels: readonly number[],
  stored: SegmentedIndex | undefined,
  projectRoot: string,
): LineSource {
  if (previousLine !== undefined) return { previous: previousLine };
  if (doc.facts?.version === FACTS_VERSION) return JSON.stringify(doc.facts);
  if (labels.length > 0)
    return factsLine(
      labels.map((label) => stored!.passage(label)),
      doc,
      projectRoot,
    );
  return '';
}
