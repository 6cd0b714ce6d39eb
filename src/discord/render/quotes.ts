/** Short quotes of profile lines, cut around the words that made them evidence, which show in bold. */
import type { TextRange } from '../../text/markup.js';
import { quoteAround, quoteText } from '../../text/quote.js';
import { safeClip, safeText } from './text.js';

/** A quote escaped for Discord, its match (the words that made it evidence) in bold. */
function highlighted(text: string, match: TextRange | undefined, room: number): string {
  const quote = quoteAround(text, match, room);
  if (!quote.match || quote.text.slice(quote.match.start, quote.match.end).trim() === '') return safeText(quote.text);
  const { start, end } = quote.match;
  // Each part escaped on its own, so no markup can reach across the bold markers.
  const [before, matched, after] = [quote.text.slice(0, start), quote.text.slice(start, end), quote.text.slice(end)];
  return `${safeText(before)}**${safeText(matched)}**${safeText(after)}`;
}

/**
 * A short one-line quote of `text`, cut around `match` (where the evidence sits in `text`) and
 * showing it in bold, so the line shows why it was cited; escaped for Discord and within `max`
 * characters after escaping.
 */
export function excerpt(text: string, match: TextRange | undefined, max: number): string {
  let room = max;
  for (let attempt = 0; attempt < 3 && room > 20; attempt++) {
    const escaped = highlighted(text, match, room);
    if (escaped.length <= max) return escaped;
    // Escapes lengthened it: cut the quote shorter (around the match again) rather than clip its end.
    room -= escaped.length - max;
  }
  return safeClip(quoteText(text, match, max), max);
}
