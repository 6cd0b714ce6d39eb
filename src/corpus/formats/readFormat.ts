/**
 * One entry point for every file under `corpus/`: picks the reader by extension (and, for `.md`,
 * by content: an HTML document saved as `.md` is read as HTML) and returns readable lines or a
 * one-line reason for skipping the file.
 */
import path from 'node:path';
import { readDocx } from './docx.js';
import { readHtml, looksLikeHtmlDocument } from './html.js';
import { readJsonResume } from './jsonResume.js';
import { readLatex } from './latex.js';
import { readPdf } from './pdf.js';
import type { ReadOutcome } from './types.js';

/** Extensions with a reader, for messages that say what is supported. */
export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.pdf', '.docx', '.json', '.tex', '.html', '.htm'] as const;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Text files: strict UTF-8 with the BOM removed, or the reason they can't be read as text. */
function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  let text: string;
  try {
    // NFC: a name typed with combining accents (e + U+0301) must read, match and compare like "é".
    text = strictUtf8.decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
  } catch {
    return { reason: 'not UTF-8 text' };
  }
  if (text.trim() === '') return { reason: 'empty' };
  if (text.includes('\u0000')) return { reason: 'binary content' };
  return { text };
}

/** Splits on `\n` so CRLF files number their lines like everyone else; the `\r` is dropped. */
export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

export async function readFormat(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') return readPdf(bytes);
  if (extension === '.docx') return readDocx(bytes);
  if (!isSupported(file)) {
    return { kind: 'skipped', reason: `unsupported format (${extension || 'no extension'}); supported: ${SUPPORTED_EXTENSIONS.join(', ')}` };
  }
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return { kind: 'skipped', reason: decoded.reason };
  const { text } = decoded;
  switch (extension) {
    case '.json':
      return readJsonResume(text);
    case '.tex':
      return readLatex(text);
    case '.html':
    case '.htm':
      return readHtml(text);
    case '.txt':
      return { kind: 'read', text: { format: 'text', lines: splitLines(text), converted: false, fileText: text } };
    default:
      if (looksLikeHtmlDocument(text)) return readHtml(text);
      return { kind: 'read', text: { format: 'markdown', lines: splitLines(text), converted: false, fileText: text } };
  }
}
