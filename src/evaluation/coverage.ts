/**
 * "No content lost", measured: every line a reader sees in a profile belongs to at least one
 * passage of the index. Lines are judged visible as chunking judges them (HTML comments, bare
 * markup and template includes are not seen).
 */
import type { Passage } from '../chunking/passage.js';
import { visibleLines } from '../text/rendered.js';

export interface CoverageReport {
  readonly documents: number;
  /** Visible lines over all documents. */
  readonly visible: number;
  readonly covered: number;
  /** Visible lines in no passage, as `source:line`, for failure lists. */
  readonly lost: readonly string[];
}

/**
 * @param linesOf the lines passages cite for a source (the file itself, or the text extracted from it);
 *   undefined when they cannot be read, and the document is then left out.
 */
export function lineCoverage(
  passages: readonly Passage[],
  linesOf: (passage: Passage) => readonly string[] | undefined,
): CoverageReport {
  const bySource = new Map<string, Passage[]>();
  for (const passage of passages) bySource.set(passage.source, [...(bySource.get(passage.source) ?? []), passage]);
  let documents = 0;
  let visible = 0;
  let covered = 0;
  const lost: string[] = [];
  for (const [source, own] of bySource) {
    const lines = linesOf(own[0]!);
    if (!lines) continue;
    documents++;
    const inPassage = new Array<boolean>(lines.length).fill(false);
    for (const passage of own)
      for (let line = passage.startLine; line <= passage.endLine; line++) inPassage[line - 1] = true;
    visibleLines(lines).forEach((seen, i) => {
      if (!seen) return;
      visible++;
      if (inPassage[i]) covered++;
      else lost.push(`${source}:${i + 1}`);
    });
  }
  return { documents, visible, covered, lost };
}
