/**
 * Narrows a passage to the lines that carry the evidence, so a citation points at "the lines
 * that prove it" rather than a whole role. The quoted text is always exactly the cited lines.
 */
import type { Passage } from '../chunking/passage.js';
import { sectionLabel } from '../chunking/passage.js';
import type { LexicalSearch } from '../index/read/indexReader.js';
import type { TextRange } from '../text/markup.js';
import { firstTermMatch, lineTermsOf } from '../text/terms.js';
import type { Citation } from './types.js';

export interface LineSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
  /** Where in `text` the words that make it evidence sit (the first matched word for a question). */
  readonly match?: TextRange;
}

/** Longest span worth quoting; a longer passage is cut to its best lines. */
const MAX_SPAN_LINES = 4;

export function spanOf(passage: Passage, startLine: number, endLine: number): LineSpan {
  // A role's head can run past its passage's last line into the next passage: the span is cut to
  // the lines this passage holds, so the quote is still exactly the lines it cites.
  const first = Math.max(startLine, passage.startLine);
  const last = Math.max(first, Math.min(endLine, passage.endLine));
  const lines = passage.text.split('\n').slice(first - passage.startLine, last - passage.startLine + 1);
  return { startLine: first, endLine: last, text: lines.join('\n') };
}

/**
 * The run of matching lines around the best-matching line; the passage's head when no line matches.
 * `faint` gives the share a paraphrase's term counts for (a concept map wording: "EC2" for "cloud"),
 * so a line with the word asked is quoted before one holding only a rarer wording of it.
 */
export function evidenceSpan(
  passage: Passage,
  terms: readonly string[],
  lexical: LexicalSearch,
  faint: ReadonlyMap<string, number> = new Map(),
): LineSpan {
  const wanted = new Set(terms);
  const lineScores = lineTermsOf(passage.text, passage.documentLanguage).map((terms) => {
    const seen = new Set(terms.filter((term) => wanted.has(term)));
    return [...seen].reduce((sum, term) => sum + lexical.idf(term) * (faint.get(term) ?? 1), 0);
  });
  const best = lineScores.reduce((bestIndex, score, i) => (score > lineScores[bestIndex]! ? i : bestIndex), 0);
  if (lineScores[best] === 0) {
    return spanOf(passage, passage.startLine, Math.min(passage.endLine, passage.startLine + MAX_SPAN_LINES - 1));
  }
  let first = best;
  let last = best;
  while (last - first + 1 < MAX_SPAN_LINES) {
    const before = first > 0 ? lineScores[first - 1]! : 0;
    const after = last + 1 < lineScores.length ? lineScores[last + 1]! : 0;
    if (before === 0 && after === 0) break;
    if (after >= before) last++;
    else first--;
  }
  // A heading alone is never the statement: take the lines under it too ("### Databases" → the list).
  const textLines = passage.text.split('\n');
  const isBare = (i: number) => /^\s*(?:#{1,6}\s.*)?$/.test(textLines[i]!);
  while (
    last + 1 < textLines.length &&
    last - first + 1 < MAX_SPAN_LINES &&
    [...Array(last - first + 1).keys()].every((k) => isBare(first + k))
  )
    last++;
  // A label over a list ("Before joining Harlow Group" over "o Brinefield Trading …") says
  // nothing alone: the list items under it are what it labels.
  if (first === last && labelsList(textLines, first)) {
    while (last + 1 < textLines.length && last - first + 1 < MAX_SPAN_LINES) last++;
  }
  const span = spanOf(passage, passage.startLine + first, passage.startLine + last);
  // The word asked is what the quote points at; a paraphrase's wording only when the lines lack it.
  const match =
    firstTermMatch(span.text, new Set(terms.filter((term) => !faint.has(term)))) ?? firstTermMatch(span.text, wanted);
  return match ? { ...span, match: { start: match.start, end: match.end } } : span;
}

const LIST_ITEM = /^\s*(?:[-*•·▪◦‣o]|\d{1,2}[.)])\s+\S/u;

/** A short line without a sentence's end, the next line with words a list item: a label over a list. */
function labelsList(lines: readonly string[], at: number): boolean {
  const line = lines[at]!.trim();
  if (line === '' || LIST_ITEM.test(line) || /[.!?;]$/.test(line) || line.split(/\s+/).length > 8) return false;
  const next = lines.slice(at + 1).find((other) => other.trim() !== '');
  return next !== undefined && LIST_ITEM.test(next);
}

/**
 * Where a citation points, as people read it: `corpus/jane.md:L9-L10`, or for a PDF the original
 * file and page (`corpus/jane.pdf p. 2`), since a PDF has pages, not lines. The exact lines of
 * the extracted text are in the citation's `textSource`/`startLine`/`endLine`.
 */
export function citedPlace(citation: Pick<Citation, 'source' | 'page' | 'startLine' | 'endLine'>): string {
  if (citation.page !== undefined) return `${citation.source} p. ${citation.page}`;
  const lines =
    citation.startLine === citation.endLine ? `L${citation.startLine}` : `L${citation.startLine}-L${citation.endLine}`;
  return `${citation.source}:${lines}`;
}

export function citationFor(id: number, passage: Passage, span: LineSpan, score: number): Citation {
  return {
    id,
    person: passage.person,
    source: passage.source,
    ...(passage.textSource ? { textSource: passage.textSource } : {}),
    ...(passage.pages ? { page: passage.pages[span.startLine - passage.startLine] } : {}),
    section: sectionLabel(passage.sectionPath),
    startLine: span.startLine,
    endLine: span.endLine,
    text: span.text,
    ...(span.match ? { match: span.match } : {}),
    score: Number(score.toFixed(4)),
  };
}
