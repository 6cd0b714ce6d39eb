/**
 * The index structures that replace per-question scans must find exactly what the scans found:
 * each is checked against a plain scan of every passage or line (the oracle).
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { DEFAULT_BM25, LexicalIndex, lexicalEntryFor, type LexicalEntry } from '../src/retrieval/lexicalIndex.js';
import { LineWords, rankPeopleBySkill } from '../src/retrieval/rankPeople.js';
import { matchSkillInLine, words } from '../src/retrieval/skillMatch.js';
import { tokenize } from '../src/retrieval/tokenize.js';

function passage(label: number, person: string, lines: string[], startLine = 1): Passage {
  return {
    id: `p${label}`,
    personId: person.toLowerCase(),
    person,
    source: `corpus/${person.toLowerCase()}.md`,
    sectionPath: ['Experience'],
    startLine,
    endLine: startLine + lines.length - 1,
    text: lines.join('\n'),
    embedText: lines.join('\n'),
  };
}

const passages: Passage[] = [
  passage(0, 'Ada', ['Built data pipelines in Python and Go.', 'Ran Kubernetes clusters; wrote Terraform modules.']),
  passage(1, 'Ada', ['Ran Kubernetes clusters; wrote Terraform modules.', 'Managed databases (PostgreSQL) for Ruby on Rails apps.'], 2),
  passage(2, 'Ben', ['Going to Google I/O; the go-ahead came late.', 'C++ and C# services; CI/CD with Jenkins.']),
  passage(3, 'Cleo', ['Machine learning on Python; learned Rails later.', 'Database design, Go services, Node.js tooling.']),
  passage(4, 'Dev', ['Leading a team of five; Rust, Go and Python.', 'Rails, Ruby, and a little machine-learning.']),
];

/** BM25 as a scan of every passage: what the postings must reproduce. */
function scanSearch(entries: readonly LexicalEntry[], terms: readonly string[]) {
  const { k1, b, headWeight } = DEFAULT_BM25;
  const length = (entry: LexicalEntry) => entry.bodyLength + headWeight * entry.headLength;
  const average = entries.reduce((sum, entry) => sum + length(entry), 0) / entries.length;
  const df = (term: string) => entries.filter((entry) => term in entry.body || term in entry.head).length;
  const idf = (term: string) => Math.log(1 + (entries.length - df(term) + 0.5) / (df(term) + 0.5));
  return entries
    .map((entry, label) => {
      let score = 0;
      for (const term of terms) {
        const tf = (entry.body[term] ?? 0) + headWeight * (entry.head[term] ?? 0);
        if (tf > 0) score += (idf(term) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length(entry)) / average));
      }
      return { label, score };
    })
    .filter((hit) => hit.score > 0)
    .sort((x, y) => y.score - x.score || x.label - y.label);
}

describe('BM25 by postings', () => {
  const entries = passages.map((p) => lexicalEntryFor(p));
  const index = new LexicalIndex(entries);

  it.each([['python go'], ['kubernetes terraform'], ['ci/cd'], ['rails database'], ['ada machine learning'], ['cobol']])(
    'scores "%s" exactly as a scan of every passage does',
    (query) => {
      const terms = [...new Set(tokenize(query))];
      const got = index.search(terms).map((hit) => ({ label: hit.label, score: hit.score }));
      const expected = scanSearch(entries, terms);
      expect(got.map((hit) => hit.label)).toEqual(expected.map((hit) => hit.label));
      got.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]!.score, 10));
    },
  );

  it('keeps each term\'s share of the score for the query plans', () => {
    const [hit] = index.search(['kubernet', 'terraform']);
    expect([...hit!.termScores.keys()].sort()).toEqual(['kubernet', 'terraform']);
    expect([...hit!.termScores.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(hit!.score, 10);
  });
});

describe('who-knows by word postings', () => {
  /** Every source line, once, that names the skill: the scan the postings replace. */
  function scanLines(variants: readonly string[]): string[] {
    const seen = new Set<string>();
    const found: string[] = [];
    for (const p of passages) {
      p.text.split('\n').forEach((text, i) => {
        const key = `${p.source}:${p.startLine + i}`;
        if (seen.has(key)) return;
        if (!variants.some((variant) => matchSkillInLine(variant, words(text)))) return;
        seen.add(key);
        found.push(key);
      });
    }
    return found.sort();
  }

  it.each([[['go']], [['database']], [['ruby on rails']], [['machine learning']], [['c++']], [['ci cd', 'cicd']], [['kubernetes', 'k8s']], [['nodejs']]])(
    'finds the lines a scan of every line finds for %j',
    (variants) => {
      const found = rankPeopleBySkill(passages, variants, new LineWords()).flatMap((person) =>
        person.lines.map((line) => `${line.passage.source}:${line.line}`),
      );
      expect(found.sort()).toEqual(scanLines(variants));
      expect(found.length).toBeGreaterThan(0);
    },
  );

  it('lists each word of the profiles once, with the first passage that has it', () => {
    const vocabulary = new LineWords().vocabulary(passages);
    expect(vocabulary.get('kubernetes')).toBe(0);
    expect(vocabulary.get('jenkins')).toBe(2);
    expect([...vocabulary.keys()].filter((word) => word === 'go')).toHaveLength(1);
  });
});
