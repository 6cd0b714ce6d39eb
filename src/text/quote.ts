/**
 * The one quote cutter. A quote is cited text as one line (see `readableLine`) cut to a length; when it
 * has to be cut, the cut is placed around the words that made the text evidence, so a line cited
 * for "k8s" quotes the part holding "Kubernetes", never its first characters without it. Cuts fall
 * between words, never inside one (a single word longer than the whole quote is the exception).
 */
import { readableLine, type LineForm, type TextRange } from './markup.js';

export const ELLIPSIS = '…';

/** How much of a long line to keep before the match, so the match has context. */
const LEAD_CHARS = 60;

const isWordUnit = (unit: string | undefined) => unit !== undefined && /[\p{L}\p{N}\p{M}\ud800-\udfff]/u.test(unit);

/** True when a cut at `at` splits no word (nor a surrogate pair). */
function atWordBoundary(line: string, at: number): boolean {
  return at <= 0 || at >= line.length || !isWordUnit(line[at - 1]) || !isWordUnit(line[at]);
}

/** The first word boundary at or after `from` and at most `limit`, else `limit`. */
function boundaryFrom(line: string, from: number, limit: number): number {
  for (let at = from; at < limit; at++) if (atWordBoundary(line, at)) return at;
  return limit;
}

/** The last word boundary at or before `from` and above `floor`, else undefined. */
function boundaryBefore(line: string, from: number, floor: number): number | undefined {
  for (let at = from; at > floor; at--) if (atWordBoundary(line, at)) return at;
  return undefined;
}

/**
 * `text` as one line (see `LineForm`) of at most `maxChars` characters, ellipses included. `match`
 * is where the evidence sits in `text` (UTF-16 offsets, as the text module's tokens give them);
 * when the line is too long, the quote holds the match whenever it fits in `maxChars - 2`.
 */
export function quoteText(
  text: string,
  match: TextRange | undefined,
  maxChars: number,
  form: LineForm = 'quote',
): string {
  return quoteAround(text, match, maxChars, form).text;
}

/** A quote (see `quoteText`) and where the match sits in it, for a front end that highlights it. */
export interface Quote {
  readonly text: string;
  /** The match's place in `text`, when the quote holds all of it. */
  readonly match?: TextRange;
}

export function quoteAround(
  text: string,
  match: TextRange | undefined,
  maxChars: number,
  form: LineForm = 'quote',
): Quote {
  const readable = readableLine(text, form);
  const line = readable.text;
  const found = match ? readable.range(match) : undefined;
  if (line.length <= maxChars) return { text: line, ...(found ? { match: found } : {}) };
  if (maxChars < 3) return { text: line.slice(0, Math.max(0, maxChars)) };
  const room = maxChars - 2;
  const at = found?.start ?? 0;
  const atEnd = found?.end ?? 0;

  let start = 0;
  if (at > 0) {
    start = Math.max(0, at - LEAD_CHARS);
    // A match too long for the lead-in: keep its end inside rather than all the context before it.
    if (atEnd - start > room && atEnd - at <= room) start = atEnd - room;
    if (start > 0) {
      // Begin where a clause begins ("Skills: AWS …") when one starts in the lead-in, else at a word.
      const clause = /(?:[.:;!?]|·)\s+/g;
      clause.lastIndex = start;
      const boundary = clause.exec(line);
      start =
        boundary && boundary.index + boundary[0].length <= at
          ? boundary.index + boundary[0].length
          : boundaryFrom(line, start, at);
      while (start < at && /\s/.test(line[start]!)) start++;
    }
  }
  let end = Math.min(line.length, start + room);
  if (end < line.length && !atWordBoundary(line, end)) {
    // Between words: after the match, and keeping most of the room when there is no match.
    const floor = found ? Math.max(atEnd, start) - 1 : start + Math.floor(room / 2);
    end = boundaryBefore(line, end, floor) ?? boundaryBefore(line, end, start) ?? end;
  }
  const body = line.slice(start, end).trimEnd();
  const lead = start > 0 ? ELLIPSIS : '';
  const quoted = `${lead}${body}${end < line.length ? ELLIPSIS : ''}`;
  const held = found && found.start >= start && found.end <= start + body.length;
  return {
    text: quoted,
    ...(held ? { match: { start: found.start - start + lead.length, end: found.end - start + lead.length } } : {}),
  };
}
