import type { TextLanguage } from '../text/language.js';

/** A piece of one profile that retrieval ranks and answers cite. */
export interface Passage {
  /** `${source}#L${startLine}-L${endLine}`, or `${source}#L${line}:${from}-${to}` (1-based characters) for a part of a long line: unique within an index. */
  readonly id: string;
  readonly source: string;
  readonly personId: string;
  readonly person: string;
  /** Headings above the passage, outermost first, e.g. ['Recent Experience', 'AstraZeneca UK Ltd', 'Key Achievements']. */
  readonly sectionPath: readonly string[];
  /** 1-based, inclusive line range in the source file. */
  readonly startLine: number;
  readonly endLine: number;
  /**
   * Exactly the source lines startLine..endLine joined with '\n': what users see quoted. A line too
   * long for the model is cut into parts (startLine = endLine): each passage's text is then its part.
   */
  readonly text: string;
  /**
   * Converted documents (PDF, DOCX, …): the text file the index saved, relative to the project
   * root; startLine/endLine and text are then lines of this file, not of `source`.
   */
  readonly textSource?: string;
  /** PDF: the page of each line, `pages[i]` for line startLine + i. */
  readonly pages?: readonly number[];
  /** What gets embedded and indexed: person and section path first, then the text. */
  readonly embedText: string;
  /**
   * The language of the whole document (text/language.ts), when not English: a passage too short
   * or mixed to tell its own language is stemmed in it. Read by the segment writer from the
   * document's passages, stored once per document, and set on a passage read back from the index.
   */
  readonly documentLanguage?: TextLanguage;
}

export const SECTION_SEPARATOR = ' › ';

/** The section path of the front matter passage. */
export const FRONT_MATTER_SECTION = 'Front matter';

/**
 * "Person › Section › Subsection": what is embedded and searched ahead of a passage's text, so
 * "Phil's Terraform work at Dining Club" is findable. Only real headings: the display labels
 * "(top of document)" and "Front matter" are not profile words and must never match a question.
 */
export function passageHeading(person: string, sectionPath: readonly string[]): string {
  return [person, ...sectionPath.filter((part) => part !== FRONT_MATTER_SECTION)].join(SECTION_SEPARATOR);
}

export function sectionLabel(sectionPath: readonly string[]): string {
  return sectionPath.length > 0 ? sectionPath.join(SECTION_SEPARATOR) : '(top of document)';
}

/** Bump when chunking changes, so `npm run embed` re-chunks every document instead of reusing old passages. */
export const CHUNKER_VERSION = 10;

/**
 * Counts tokens the way the model will, so chunks are never silently truncated. Declared here,
 * where chunking needs it; the embedding models provide it (chunking comes first in the data flow).
 */
export type TokenCounter = (text: string) => number;
