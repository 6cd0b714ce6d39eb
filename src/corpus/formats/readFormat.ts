/**
 * One entry point for every file under `corpus/`: picks the reader by extension (and, for `.md`,
 * by content: an HTML document saved as `.md` is read as HTML) and returns readable lines or a
 * one-line reason for skipping the file. The build calls it through `readIsolated`, which runs the
 * parsing readers in a thread with limits (isolation/).
 */
import path from 'node:path';
import { readDocx } from './docx.js';
import { readHtml, looksLikeHtmlDocument } from './html.js';
import { readJsonResume } from './jsonResume.js';
import { readLatex } from './latex.js';
import { readPdf } from './pdf.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../isolation/readLimits.js';
import { decodeText, splitLines, withUnixLineEnds } from './decodeText.js';
import { cleanLine, cleanLines } from '../cleanText.js';
import type { ReadOutcome } from './types.js';

/** Extensions with a reader, for messages that say what is supported. */
export const SUPPORTED_EXTENSIONS = [
  '.md',
  '.markdown',
  '.txt',
  '.pdf',
  '.docx',
  '.json',
  '.tex',
  '.html',
  '.htm',
] as const;

/** Formats converted by a reader that parses them (and may be fooled into unbounded work): read in the reading thread. */
const PARSED_EXTENSIONS = new Set(['.pdf', '.docx', '.json', '.tex', '.html', '.htm']);

/**
 * Whether reading the file parses it (PDF, DOCX, JSON, LaTeX, HTML, or a Markdown file that is an
 * HTML document): those are read in the reading thread, with limits. Text and Markdown are only
 * decoded and split, work linear in their size.
 */
export function needsIsolation(file: string, bytes: Uint8Array): boolean {
  const extension = path.extname(file).toLowerCase();
  if (PARSED_EXTENSIONS.has(extension)) return true;
  if (extension !== '.md' && extension !== '.markdown') return false;
  const head = decodeText(bytes.subarray(0, 4096));
  return 'text' in head && looksLikeHtmlDocument(head.text);
}

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/**
 * A converted document's text, cleaned of what its converter left (../cleanText.ts), here for
 * every format at once: the lines saved, chunked and cited are the cleaned ones.
 */
export async function readFormat(
  file: string,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadOutcome> {
  const outcome = await convert(file, bytes, limits);
  if (outcome.kind !== 'read' || !outcome.text.converted) return outcome;
  const { lines, nameHint } = outcome.text;
  const hint = nameHint === undefined ? undefined : cleanLine(nameHint).trim();
  return { kind: 'read', text: { ...outcome.text, lines: cleanLines(lines), nameHint: hint || undefined } };
}

async function convert(file: string, bytes: Uint8Array, limits: ReadLimits): Promise<ReadOutcome> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') return readPdf(bytes, limits.inflatedMb);
  if (extension === '.docx') return readDocx(bytes, limits.inflatedMb);
  if (!isSupported(file)) {
    return {
      kind: 'skipped',
      reason: `unsupported format (${extension || 'no extension'}); supported: ${SUPPORTED_EXTENSIONS.join(', ')}`,
    };
  }
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return { kind: 'skipped', reason: decoded.reason };
  const { text } = decoded;
  // The converting readers count lines by `\n`, and their text is their own (citations quote the
  // saved text file), composed (NFC) so a name typed with combining accents reads like "é".
  // Markdown and text keep the file's own characters and line ends: a quote is the file's bytes.
  const unix = () => withUnixLineEnds(text).normalize('NFC');
  switch (extension) {
    case '.json':
      return readJsonResume(unix());
    case '.tex':
      return readLatex(unix());
    case '.html':
    case '.htm':
      return readHtml(unix());
    case '.txt':
      return { kind: 'read', text: { format: 'text', lines: splitLines(text), converted: false, fileText: text } };
    default:
      if (looksLikeHtmlDocument(text)) return readHtml(unix());
      return { kind: 'read', text: { format: 'markdown', lines: splitLines(text), converted: false, fileText: text } };
  }
}
