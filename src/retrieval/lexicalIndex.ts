/**
 * BM25 over passages, with two fields: the passage's own text and its heading line (person and
 * section path). A heading match counts for less than a body match (a whole section sits under a
 * heading, but the heading says what the section is about), which lets "Dining Club" or "Skills ›
 * Languages" pull the right passage.
 */
import { passageHeading, type Passage } from '../chunking/passage.js';
import { tokenize } from './tokenize.js';

/** Saved per passage in the index, so loading needs no re-tokenising. */
export interface LexicalEntry {
  readonly body: Readonly<Record<string, number>>;
  readonly head: Readonly<Record<string, number>>;
  readonly bodyLength: number;
  readonly headLength: number;
}

export interface LexicalHit {
  /** Position of the passage in the index's passage list. */
  readonly label: number;
  readonly score: number;
  /** BM25 contribution of each matched query term. */
  readonly termScores: ReadonlyMap<string, number>;
}

export interface Bm25Parameters {
  readonly k1: number;
  readonly b: number;
  /** How much a term in the heading line counts compared with one in the body. */
  readonly headWeight: number;
}

export const DEFAULT_BM25: Bm25Parameters = { k1: 1.2, b: 0.5, headWeight: 0.4 };

function counts(terms: readonly string[]): Record<string, number> {
  const tf: Record<string, number> = {};
  for (const term of terms) tf[term] = (tf[term] ?? 0) + 1;
  return tf;
}

export function lexicalEntryFor(passage: Pick<Passage, 'person' | 'sectionPath' | 'text'>): LexicalEntry {
  const body = tokenize(passage.text);
  const head = tokenize(passageHeading(passage.person, passage.sectionPath));
  return { body: counts(body), head: counts(head), bodyLength: body.length, headLength: head.length };
}

export class LexicalIndex {
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    private readonly entries: readonly LexicalEntry[],
    private readonly params: Bm25Parameters = DEFAULT_BM25,
  ) {
    let total = 0;
    for (const entry of entries) {
      total += this.weightedLength(entry);
      for (const term of new Set([...Object.keys(entry.body), ...Object.keys(entry.head)])) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
    }
    this.averageLength = entries.length > 0 ? total / entries.length : 1;
  }

  get size(): number {
    return this.entries.length;
  }

  /** BM25's IDF (the +1 form, never negative). A term no passage has gets the highest IDF: missing it costs most. */
  idf(term: string): number {
    const n = this.entries.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  hasTerm(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  entry(label: number): LexicalEntry | undefined {
    return this.entries[label];
  }

  private weightedLength(entry: LexicalEntry): number {
    return entry.bodyLength + this.params.headWeight * entry.headLength;
  }

  /** Passages that share at least one term with the query, best first. */
  search(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    const { k1, b, headWeight } = this.params;
    const idfs = terms.map((term) => this.idf(term) * (weights?.get(term) ?? 1));
    const hits: LexicalHit[] = [];
    this.entries.forEach((entry, label) => {
      let score = 0;
      const termScores = new Map<string, number>();
      const norm = k1 * (1 - b + (b * this.weightedLength(entry)) / this.averageLength);
      terms.forEach((term, i) => {
        const tf = (entry.body[term] ?? 0) + headWeight * (entry.head[term] ?? 0);
        if (tf === 0) return;
        const contribution = (idfs[i]! * tf * (k1 + 1)) / (tf + norm);
        score += contribution;
        termScores.set(term, contribution);
      });
      if (score > 0) hits.push({ label, score, termScores });
    });
    return hits.sort((x, y) => y.score - x.score || x.label - y.label);
  }
}
