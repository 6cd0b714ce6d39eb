import type { DocumentFormat } from './formats/types.js';

export type NameSource =
  | 'people.json'
  | 'front-matter'
  | 'document-title'
  | 'heading'
  | 'first-line'
  | 'e-mail'
  | 'file-name';

/** Whose profile a document is, and what to call them. */
export interface Person {
  /** Stable key: the document's source path (one profile per document). */
  readonly id: string;
  /** Display name shown in every answer. */
  readonly name: string;
  /** Other names a user may type (e.g. in `/profile`), lower-cased matching is done by the caller. */
  readonly aliases: readonly string[];
  /**
   * Where the name came from, so a user can see why the bot calls someone what it does.
   * 'file-name': no name in the text; the label says "unnamed (file)" until people.json names them.
   */
  readonly nameSource: NameSource;
}

/**
 * What `stat` says of a profile file, recorded when it was read: a file whose stamp is unchanged
 * is taken to hold the bytes it held then, and is not read again (see readCorpus.ts). Times and
 * inode are decimal strings: nanoseconds and 64-bit numbers do not fit a JSON number.
 */
export interface FileStamp {
  readonly size: number;
  /** Modification time, ns since the epoch. */
  readonly mtime: string;
  /** Status-change time, ns: any write, `touch` or `chmod` moves it, and no tool can set it back. */
  readonly ctime: string;
  readonly ino: string;
}

/** One profile file as read from `corpus/`. */
export interface ProfileDocument {
  /** Path relative to the project root, with forward slashes, e.g. `corpus/000_db1e.txt`. */
  readonly source: string;
  /**
   * The file's text exactly as decoded (UTF-8, BOM removed); for a converted format (PDF, DOCX,
   * JSON Resume, LaTeX, HTML) the readable text extracted from it, which the index saves as a file.
   */
  readonly text: string;
  /** `text` split into lines; `lines[0]` is line 1. Trailing `\r` removed. */
  readonly lines: readonly string[];
  readonly format: DocumentFormat;
  /**
   * Converted formats only: where the index saves `text`, relative to the index's `text/` folder
   * (`cv/jane.pdf.txt`); citations of this document point into that file.
   */
  readonly textName?: string;
  /** PDF only: the page each line came from, `pages[i]` for line i + 1. */
  readonly pages?: readonly number[];
  /** A name the format's own structure gives (PDF/DOCX title line, `\name{}`, `<title>`, `basics.name`). */
  readonly nameHint?: string;
  /** sha256 of the file's bytes: decides whether `npm run embed` must re-embed it. */
  readonly contentHash: string;
  readonly person: Person;
  /** Absent when the file changed too recently to trust its times (see readCorpus.ts). */
  readonly stamp?: FileStamp;
}

/**
 * A profile file with the stamp it had when the index read it: what that read found, without
 * reading it again. Its passages, vectors and facts are reused as they are.
 */
export interface UnreadDocument {
  readonly unread: true;
  readonly source: string;
  readonly format: DocumentFormat;
  readonly textName?: string;
  readonly contentHash: string;
  readonly person: Person;
  readonly stamp: FileStamp;
}

export type CorpusDocument = ProfileDocument | UnreadDocument;

export function isUnread(doc: CorpusDocument): doc is UnreadDocument {
  return 'unread' in doc;
}
