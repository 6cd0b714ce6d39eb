/**
 * Bytes of a text file → its text, in whatever common encoding it was saved: UTF-8 (with or
 * without a BOM), UTF-16 LE or BE (with a BOM, as Windows' Notepad writes "Unicode"), and else
 * the single-byte Windows-1252 that older Windows editors write (a superset of Latin-1: curly
 * quotes and € at 0x80–0x9F). Windows-1252 goes through iconv-lite: Node 20's TextDecoder decodes
 * that label as plain Latin-1, turning “quotes” into control characters. The text is left as the
 * file has it, not normalised, so a quote is the file's own characters.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: false });

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    utf8.decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The file's text (BOM removed), or why it is not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  const encoding = detectEncoding(bytes);
  // The decoders drop a BOM themselves (`ignoreBOM: false`).
  const text =
    encoding === 'windows-1252'
      ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252')
      : (encoding === 'utf-16le' ? utf16le : encoding === 'utf-16be' ? utf16be : utf8).decode(bytes);
  if (text.trim() === '') return { reason: 'empty' };
  // NUL is no character of text in any of these encodings: a binary file with a text extension.
  if (text.includes('\u0000')) return { reason: 'binary content' };
  return { text };
}

/**
 * Splits lines at LF (dropping the CR of a CRLF), or, in a file with no LF at all, at CR (classic
 * Mac line ends), so every file numbers its lines like an editor does. A stray CR inside a line of
 * an LF file stays a character (shown as a symbol), not a line break nothing else would see.
 */
export function splitLines(text: string): string[] {
  if (!text.includes('\n')) return text.split('\r');
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/**
 * A CR-only file with its line ends as `\n`: the converting readers count `\n`s (and take the CR
 * of a CRLF as a space, as they always have).
 */
export function withUnixLineEnds(text: string): string {
  return text.includes('\n') || !text.includes('\r') ? text : text.replace(/\r/g, '\n');
}
