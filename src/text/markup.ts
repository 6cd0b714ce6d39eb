/**
 * Markup removed from text that people read: a cited line as one readable line (no list markers,
 * heading hashes, block-quote marks, table pipes or emphasis), a name without its HTML or link
 * syntax, a heading as a section title. Each keeps exactly the rules it had; the pieces of markup
 * they share are defined once here.
 */

/** A stretch of a string by UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export const HTML_COMMENT = /<!--.*?-->/g;
export const HTML_TAG = /<[^>]*>/g;
/** `![alt](src)`: an image shows no words. */
export const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
/** kramdown attributes (`{#skills}`, `{: .note}`) are markup, not words. */
export const KRAMDOWN_ATTRIBUTE = /\{[#:.][^}]*\}/g;
export const NBSP_ENTITY = /&nbsp;|&#160;/gi;

/** Text with, for each of its UTF-16 units, the offset in the original text it came from. */
interface Tracked {
  readonly text: string;
  /** `origin[i]`: offset in the original of unit i; one more entry, for the end. */
  readonly origin: readonly number[];
}

function tracked(text: string, base = 0): Tracked {
  return { text, origin: Array.from({ length: text.length + 1 }, (_, i) => base + i) };
}

/** `text.replace(pattern, replacer)`, keeping each kept unit's origin; inserted units take the origin of what they replace. */
function replaceTracked(
  source: Tracked,
  pattern: RegExp,
  replacer: (match: string, index: number, text: string) => string,
): Tracked {
  let text = '';
  const origin: number[] = [];
  let last = 0;
  const keep = (from: number, to: number) => {
    text += source.text.slice(from, to);
    for (let i = from; i < to; i++) origin.push(source.origin[i]!);
  };
  for (const match of source.text.matchAll(pattern)) {
    keep(last, match.index);
    const replacement = replacer(match[0], match.index, source.text);
    text += replacement;
    for (let i = 0; i < replacement.length; i++) origin.push(source.origin[match.index]!);
    last = match.index + match[0].length;
  }
  keep(last, source.text.length);
  origin.push(source.origin[source.text.length]!);
  return { text, origin };
}

function joinTracked(parts: readonly Tracked[], separator: string): Tracked {
  let text = '';
  const origin: number[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      text += separator;
      for (let k = 0; k < separator.length; k++) origin.push(part.origin[0]!);
    }
    text += part.text;
    origin.push(...part.origin.slice(0, part.text.length));
  });
  origin.push(parts.at(-1)?.origin[parts.at(-1)!.text.length] ?? 0);
  return { text, origin };
}

/**
 * What a table-cell pipe becomes in a quote: " · " between cells, but a space where a pipe broke
 * a list in two ("Terraform, API | Gateway, IAM" is "API Gateway", not "API · Gateway").
 */
function cellBreak(pipe: string, at: number, line: string): string {
  const left = line.slice(0, at).split('|').at(-1)!;
  const right = line.slice(at + pipe.length).split('|')[0]!;
  return /,/.test(left) && /^[^,]{1,30},/.test(right) && /[\p{L}\p{N}]$/u.test(left.trimEnd()) ? ' ' : ' · ';
}

type Rule = readonly [RegExp, (match: string, index: number, text: string) => string];

/** A quoted line keeps its own characters (a front end escapes them); only what opens the line as a block goes. */
const QUOTE_RULES: readonly Rule[] = [
  [/^\s+|\s+$/g, () => ''],
  [/^(?:#{1,6}\s+|[-*+]\s+|>\s*|\|\s*)/g, () => ''],
];

/** A statement reads as prose: list markers, heading hashes, table pipes and emphasis go too. */
const STATEMENT_RULES: readonly Rule[] = [
  [/^\s*(?:[-*+]|\d+[.)]|#{1,6})\s+/g, () => ''],
  [/^\|\s*|\s*\|\s*$/g, () => ''],
  [/\s*\|\s*/g, cellBreak],
  [/[*_`]{1,3}/g, () => ''],
  [/\s{2,}/g, () => ' '],
  [/^\s+|\s+$/g, () => ''],
];

/**
 * How cited text reads on one line. `quote`: as the file has it, minus what opens each line as a
 * block (heading hashes, a list marker, a block-quote mark, a table's first pipe), shown under a
 * source. `statement`: as prose in an answer, also without table pipes (cells joined by " · ") and
 * emphasis. Either way runs of spaces collapse and lines join with a space.
 */
export type LineForm = 'quote' | 'statement';

/** A readable line and how to find a stretch of the original in it. */
export interface ReadableLine {
  readonly text: string;
  /** Where `range` of the original text sits in `text` (undefined when markup removal dropped all of it). */
  range(range: TextRange): TextRange | undefined;
}

/** `text` (one or more lines) as one line of `form`; offsets into the original map onto it. */
export function readableLine(text: string, form: LineForm): ReadableLine {
  const rules = form === 'quote' ? QUOTE_RULES : STATEMENT_RULES;
  const lines: Tracked[] = [];
  let base = 0;
  for (const raw of text.split('\n')) {
    let line = tracked(raw, base);
    base += raw.length + 1;
    for (const [pattern, replacer] of rules) line = replaceTracked(line, pattern, replacer);
    if (line.text !== '') lines.push(line);
  }
  let joined = joinTracked(lines, ' ');
  if (form === 'quote') joined = replaceTracked(joined, /\s+/g, () => ' ');
  return {
    text: joined.text,
    range({ start, end }) {
      const { origin } = joined;
      let from = 0;
      while (from < joined.text.length && origin[from]! < start) from++;
      let to = from;
      while (to < joined.text.length && origin[to]! < end) to++;
      return to > from ? { start: from, end: to } : undefined;
    },
  };
}

/** Markup a name may be wrapped in: HTML tags, emphasis, links, kramdown attributes, entities. */
export function plainText(raw: string): string {
  return raw
    .replace(HTML_COMMENT, ' ')
    .replace(HTML_TAG, ' ')
    .replace(MARKDOWN_IMAGE, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(KRAMDOWN_ATTRIBUTE, ' ')
    .replace(NBSP_ENTITY, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/\*+|`+|~~|(^|\s)_{1,2}|_{1,2}(?=\s|$)/g, '$1')
    .replace(/\\$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Heading text as it should read in a section path: no `#`s, emphasis, link syntax or trailing colon. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/<!--.*?-->|<[^>]+>/g, ' ')
    .replace(KRAMDOWN_ATTRIBUTE, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+|`+|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_{1,2}(?=\S)(.*?\S)_{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:+$/, '')
    .trim();
}
