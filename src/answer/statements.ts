/**
 * An answer before it becomes text: lines of plain words and cited statements, each statement
 * holding the ids of the citations that prove it. Intents build these; the text (with its `[n]`
 * markers) is written once, at the end, so nothing ever reads markers back out of rendered text.
 */
import type { Passage } from '../chunking/passage.js';
import type { FactLine, Role } from '../facts/profileFacts.js';
import { firstTermMatch } from '../text/terms.js';
import { quoteText } from '../text/quote.js';
import { citationFor, spanOf } from './citeLines.js';
import type { IntentName } from './intent.js';
import type { Answer, Citation } from './types.js';

/**
 * A cited text as a statement of the answer: one readable line (no list markers, table pipes or
 * markdown emphasis) cut to a readable length around the first word the question matched (`focus`:
 * index terms, compared through the same tokenizer), not blindly at the start.
 */
export function statementOf(text: string, focus: readonly string[] = [], maxChars = 180): string {
  const plain = plainText(text);
  return quoteText(plain, firstTermMatch(plain, new Set(focus)), maxChars, 'statement');
}

const bareUrl = (url: string) => url.replace(/^(?:https?:\/\/|mailto:|tel:)/i, '').replace(/\/$/, '');

/**
 * Markup read as a person reads it: badges and images dropped, a link as its text (with its
 * address when the text does not already say it), HTML tags and blockquote markers gone.
 */
export function plainText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) =>
      label.includes(bareUrl(url)) || /^#/.test(url) ? label : `${label} (${bareUrl(url)})`,
    )
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/^\s*(?:>\s*)+/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** A sentence of an answer and the citations that prove it, rendered "text [1]". */
export interface Statement {
  readonly text: string;
  readonly citationIds: readonly number[];
}

/** A piece of an answer line: plain words, or a cited statement. */
export type Part = string | Statement;

/** One line of an answer, its pieces in order. */
export type Line = readonly Part[];

/** An answer's lines with the citations their statements point at. */
export interface Composed {
  readonly lines: readonly Line[];
  readonly citations: readonly Citation[];
}

export const isStatement = (part: Part): part is Statement => typeof part !== 'string';

/** A statement proven by one citation. */
export function cited(text: string, citation: Citation | number): Statement {
  return { text, citationIds: [typeof citation === 'number' ? citation : citation.id] };
}

/** The same statement with its citations numbered `offset` later (answers joined after one another). */
export function renumbered(statement: Statement, offset: number): Statement {
  return { text: statement.text, citationIds: statement.citationIds.map((id) => id + offset) };
}

/** `parts` with `separator` between each two. */
export function joined(parts: readonly Part[], separator: string): Part[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
}

export function renderStatement(statement: Statement): string {
  return [statement.text, ...statement.citationIds.map((id) => `[${id}]`)].join(' ');
}

export function renderLine(line: Line): string {
  return line.map((part) => (isStatement(part) ? renderStatement(part) : part)).join('');
}

export function renderLines(lines: readonly Line[]): string {
  return lines.map(renderLine).join('\n');
}

/** The answer a front end shows: the lines written out, with the intent and the people asked about. */
export function answerOf(question: string, composed: Composed, intent: IntentName, people: readonly string[]): Answer {
  return {
    question,
    answer: renderLines(composed.lines),
    noAnswer: false,
    citations: composed.citations,
    intent,
    people,
  };
}

/** An answer that found nothing to cite, saying why. */
export function nobody(question: string, text: string, intent: IntentName, people: readonly string[]): Answer {
  return { question, answer: text, noAnswer: true, citations: [], intent, people };
}

/** Collects citations with consecutive ids, each quoted once. */
export class Citations {
  readonly list: Citation[] = [];
  add(passage: Passage, first: number, last: number, score = 1): Citation {
    const existing = this.list.find((c) => c.source === passage.source && c.startLine === first && c.endLine === last);
    if (existing) return existing;
    const citation = citationFor(this.list.length + 1, passage, spanOf(passage, first, last), score);
    this.list.push(citation);
    return citation;
  }
  line(entry: FactLine, last: FactLine = entry): Citation {
    return this.add(entry.passage, entry.line, last.line);
  }
  /** A fact line quoted as a statement (cut around `focus`, see statementOf) with its citation. */
  quote(entry: FactLine, focus: readonly string[] = []): Statement {
    return cited(statementOf(entry.text, focus), this.line(entry));
  }
  /** A role's heading (and title line) as a statement with its citation. */
  role(role: Role): Statement {
    return cited(roleStatement(role), this.line(role.first, role.last));
  }
  /** The lines so far with these citations. */
  compose(lines: readonly Line[]): Composed {
    return { lines, citations: this.list };
  }
}

/** "Acme — Engineer • 2019 –": a role heading as one statement. */
export function roleStatement(role: Role): string {
  return statementOf(role.head.replace(/\s·\s/g, ' — '));
}
