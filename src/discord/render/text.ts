/**
 * Quoted text made safe for Discord and cut to its limits: control characters shown, markdown
 * escaped, mentions broken with a zero-width space, and clipping that ends in "…" without leaving
 * half an escape, half a surrogate pair or an open code span.
 */
import { escapeMarkdown } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import { readableLine } from '../../text/markup.js';
import { ELLIPSIS } from '../../text/quote.js';
import { visibleLines, visibleText } from '../../text/visibleText.js';

export { ELLIPSIS };
export const ZWSP = '\u200B';

/** Breaks `@everyone`, `@here` and `<@…>` user/role mentions so they cannot ping or even look like one. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<@/g, `<@${ZWSP}`);
}

/** Quoted text (profiles, questions, names): control characters shown, markdown escaped, mentions neutralised. */
export function safeText(text: string): string {
  const escaped = escapeMarkdown(visibleLines(text), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return neutraliseMentions(escaped);
}

/** One line of quoted text: whitespace collapsed, leading markdown markers of each line dropped. */
export function inlineText(text: string): string {
  return readableLine(text, 'quote').text;
}

/**
 * Cuts `text` to at most `limit` UTF-16 units (Discord counts no more than that), ending in "…".
 * Never splits a surrogate pair and never leaves a dangling markdown escape (`\`).
 */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 0) return '';
  if (limit === 1) return ELLIPSIS;
  let cut = text.slice(0, limit - ELLIPSIS.length);
  // Cut between words ("…colleagues" not "…colle…") unless that would lose much of the room.
  if (/[\p{L}\p{N}]$/u.test(cut) && /^[\p{L}\p{N}]/u.test(text.slice(cut.length))) {
    const space = cut.search(/\s\S*$/);
    if (space >= Math.floor(cut.length * 0.6)) cut = cut.slice(0, space);
  }
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  cut = cut.replace(/\s+$/, '');
  // An odd run of trailing backslashes would escape our ellipsis or leave half an escape.
  const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  // Don't leave an unclosed inline-code span open.
  if ((cut.match(/(?<!\\)`/g) ?? []).length % 2 === 1) cut = cut.replace(/`[^`]*$/, '').replace(/\s+$/, '');
  return `${cut}${ELLIPSIS}`;
}

/** Escapes raw quoted text, then clips it to `limit` (the escaped form is what counts). */
export function safeClip(raw: string, limit: number): string {
  // Escaping only lengthens text, so anything past limit + 1 is cut anyway: don't escape it
  // (escapeMarkdown is slow on very long input).
  return clip(safeText(raw.length > limit + 1 ? raw.slice(0, limit + 1) : raw), limit);
}

/** A file path inside inline code: backticks can't be escaped there, so they are dropped. */
export function codePath(source: string, startLine?: number, endLine?: number): string {
  const file = visibleText(source).replace(/`/g, '');
  if (startLine === undefined) return `\`${file}\``;
  const range = endLine !== undefined && endLine !== startLine ? `L${startLine}-L${endLine}` : `L${startLine}`;
  return `\`${file}:${range}\``;
}

/** Where a citation points: `file:L1-L2`, or for a PDF the original file and its page. */
export function citationPath(citation: Citation): string {
  if (citation.page === undefined) return codePath(clip(citation.source, 200), citation.startLine, citation.endLine);
  return `\`${clip(citation.source, 200).replace(/`/g, '')}\` p. ${citation.page}`;
}
