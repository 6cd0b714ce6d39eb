/**
 * A document's lines as the profile readers see them: markup taken off (Markdown markers and
 * links, HTML tags, LaTeX commands, icon glyphs), whitespace collapsed, the line number kept.
 */
import type { ProfileLine } from './types.js';

/** Private-use icon glyphs (Font Awesome in PDFs) and stray bullets carry no words. */
const ICONS = /[\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}]/gu;

export function cleanText(raw: string): string {
  return (
    raw
      .replace(ICONS, ' ')
      .replace(/<[^>]{0,200}>/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\(?:textbf|textit|emph|underline|href\{[^}]*\}|url)\s*\{([^}]*)\}/g, '$1')
      .replace(/\\[a-zA-Z]+\*?/g, ' ')
      .replace(/[{}]/g, ' ')
      .replace(/^\s*(?:#{1,6}\s+|>\s*)/, '')
      // A Pandoc definition (": text") and a Markdown hard break (a trailing backslash) are markup.
      .replace(/^\s*:\s+/, '')
      .replace(/\s*\\+\s*$/, '')
      .replace(/^\s*(?:[-*+•·▪◦●■►–]\s+)+/, '')
      .replace(/\*\*|__|`/g, '')
      .replace(/(?<=\s|^)[*_](?=\S)|(?<=\S)[*_](?=\s|$)/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A Markdown heading's level (1–6), or 0. */
export function headingLevel(raw: string): number {
  const match = /^\s*(#{1,6})\s/.exec(raw);
  return match ? match[1]!.length : 0;
}

export function profileLines(lines: readonly { readonly line: number; readonly text: string }[]): ProfileLine[] {
  return lines.map(({ line, text }) => ({ line, raw: text, text: cleanText(text) }));
}

/** A bullet point: what a role did, never its heading. */
export function isBullet(raw: string): boolean {
  return /^\s*(?:[-*+•·▪◦●■►]|\d+[.)])\s/.test(raw);
}
