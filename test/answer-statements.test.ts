import { describe, expect, it } from 'vitest';
import type { Evidence } from '../src/answer/ask.js';
import { spanOf } from '../src/answer/citeLines.js';
import { compareSides } from '../src/answer/intents/compare.js';
import { listedPeople, personLine, rolesList } from '../src/answer/phrasing.js';
import { cited, isStatement, renderLine, renderLines, type Statement } from '../src/answer/statements.js';
import type { Citation } from '../src/answer/types.js';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import { estimateTokens } from '../src/embedding/tokenEstimate.js';

/** A synthetic citation: only the id matters to how statements are numbered. */
const citation = (id: number): Citation => ({
  id,
  person: 'Someone',
  source: 'corpus/someone.md',
  section: 'Experience',
  startLine: id,
  endLine: id,
  text: `line ${id}`,
  score: 1,
});

/** Evidence of one person: `texts` as statements, cited 1, 2, 3, … */
const evidence = (person: string, texts: readonly string[]): Evidence => ({
  people: [{ person, statements: texts.map((text, i) => cited(text, i + 1)) }],
  citations: texts.map((_, i) => citation(i + 1)),
});

describe('answer statements', () => {
  it('writes each statement followed by the markers of its citations', () => {
    expect(
      renderLine(personLine('Jane Doe', [cited('Runs Postgres', 1), { text: 'Tunes it', citationIds: [2, 3] }])),
    ).toBe('Jane Doe: Runs Postgres [1] Tunes it [2] [3]');
  });

  it('leads a list of people with their count and counts the ones not shown', () => {
    const lines = listedPeople(['Ann', 'Bob'], 5, [
      personLine('Ann', [cited('Go', 1)]),
      personLine('Bob', [cited('Go', 2)]),
    ]);
    expect(renderLines(lines)).toBe('Five people: Ann, Bob and 3 more.\nAnn: Go [1]\nBob: Go [2]\n…and 3 more.');
  });

  it('says the roles, the line naming the skill beside its role, and how many more there were', () => {
    const parts = rolesList(
      [{ role: cited('Acme — Engineer', 1), naming: cited('Wrote PHP', 2) }, { role: cited('Initech', 3) }],
      2,
    );
    expect(renderLine(parts)).toBe('Acme — Engineer [1] (Wrote PHP [2]); Initech [3]; and two more roles.');
    expect(parts.filter(isStatement).flatMap((s) => s.citationIds)).toEqual([1, 2, 3]);
  });

  it('compares from the statements: each side keeps its first two citations, numbered after the sides before it', () => {
    // Marker-like text inside a statement is the profile's own words: it is neither renumbered nor read as a citation.
    const ann = evidence('Ann', ['Built [3] pipelines', 'Ran Kubernetes', 'Wrote Helm charts']);
    const bob = evidence('Bob', ['Kubernetes admin']);
    const { lines, citations, answered } = compareSides('Kubernetes', [
      { name: 'Ann Lee', evidence: ann },
      { name: 'Cy', evidence: undefined },
      { name: 'Bob Ray', evidence: bob },
    ]);
    expect(answered).toEqual(['Ann Lee', 'Bob Ray']);
    expect(citations.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(citations.map((c) => c.text)).toEqual(['line 1', 'line 2', 'line 1']);
    expect(renderLines(lines)).toBe(
      [
        'Ann Lee: Built [3] pipelines [1] Ran Kubernetes [2]',
        'Cy: the profile does not mention Kubernetes.',
        'Bob Ray: Kubernetes admin [3]',
      ].join('\n'),
    );
    const ids = lines.flatMap((line) => line.filter(isStatement)).flatMap((s: Statement) => s.citationIds);
    expect(ids.every((id) => citations.some((c) => c.id === id))).toBe(true);
  });
});

describe('a citation stays exactly the lines it cites', () => {
  const lines = ['# Ana Lima', '', '## Experience', '', '### Vereda Bank', 'Analyst · 2019 – 2022', '- Built reports'];
  const passages = chunkDocument(
    {
      source: 'corpus/ana.md',
      lines,
      person: { id: 'corpus/ana.md', name: 'Ana Lima', aliases: [], nameSource: 'heading' },
    },
    { countTokens: estimateTokens, maxTokens: 256 },
  );
  const passage = passages[0]!;

  it('cuts a span running past its passage (a role head split between two passages) to the passage', () => {
    const span = spanOf(passage, passage.endLine - 1, passage.endLine + 3);
    expect(span.endLine).toBe(passage.endLine);
    expect(span.text).toBe(lines.slice(span.startLine - 1, span.endLine).join('\n'));
    const before = spanOf(passage, passage.startLine - 2, passage.startLine);
    expect(before.startLine).toBe(passage.startLine);
    expect(before.text).toBe(lines[passage.startLine - 1]);
  });
});
