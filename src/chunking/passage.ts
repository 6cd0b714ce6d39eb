/** A piece of one profile that retrieval ranks and answers cite. */
export interface Passage {
  /** `${source}#L${startLine}-L${endLine}`: unique within an index. */
  readonly id: string;
  readonly source: string;
  readonly personId: string;
  readonly person: string;
  /** Headings above the passage, outermost first, e.g. ['Recent Experience', 'AstraZeneca UK Ltd', 'Key Achievements']. */
  readonly sectionPath: readonly string[];
  /** 1-based, inclusive line range in the source file. */
  readonly startLine: number;
  readonly endLine: number;
  /** Exactly the source lines startLine..endLine joined with '\n': what users see quoted. */
  readonly text: string;
  /** What gets embedded and indexed: person and section path first, then the text. */
  readonly embedText: string;
}

export const SECTION_SEPARATOR = ' › ';

export function sectionLabel(sectionPath: readonly string[]): string {
  return sectionPath.length > 0 ? sectionPath.join(SECTION_SEPARATOR) : '(top of document)';
}

/** Bump when chunking changes, so `npm run embed` re-chunks every document instead of reusing old passages. */
export const CHUNKER_VERSION = 2;
