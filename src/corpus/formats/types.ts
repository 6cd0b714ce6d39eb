/** What every format reader hands back: readable lines, and what else the format itself knows. */

export type DocumentFormat = 'markdown' | 'text' | 'pdf' | 'docx' | 'json-resume' | 'latex' | 'html';

export interface ReadText {
  readonly format: DocumentFormat;
  /** Lines of readable text; for converted formats these are the lines of the saved text file. */
  readonly lines: readonly string[];
  /**
   * True when the lines are not the file's own (PDF, DOCX, JSON Resume, LaTeX, HTML): the index
   * keeps them as a text file and citations point into it.
   */
  readonly converted: boolean;
  /** Formats read line by line (Markdown, text): the file's text as decoded, BOM removed, NFC. */
  readonly fileText?: string;
  /** PDF: the page each line came from, `pages[i]` for line i + 1. */
  readonly pages?: readonly number[];
  /** A person's name as the document's own structure gives it (title line, `\name{}`, `<title>`, `basics.name`). */
  readonly nameHint?: string;
  /** What the reader could not take in although the file is readable, said in one warning line. */
  readonly notice?: string;
}

/** A reader's verdict: readable text, or a one-line reason for skipping the file. */
export type ReadOutcome =
  | { readonly kind: 'read'; readonly text: ReadText }
  | { readonly kind: 'skipped'; readonly reason: string };

/** Bump when a reader's output changes, so `npm run embed` reads every converted file again. */
export const READERS_VERSION = 11;
