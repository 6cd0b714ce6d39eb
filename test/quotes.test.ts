/** Evidence quotes: a long cited line is quoted where it names what was asked, in every front end's cut. */
import { describe, expect, it } from 'vitest';
import { citationFor, evidenceSpan } from '../src/answer/citeLines.js';
import { whoKnows } from '../src/answer/whoKnows.js';
import type { Passage } from '../src/chunking/passage.js';
import { renderAnswer, renderWhoKnows } from '../src/discord/render/index.js';
import { LexicalIndex, lexicalEntryFor } from './support/lexicalIndex.js';
import { inMemoryLines } from '../src/index/read/mergedLines.js';
import { SkillRankings } from '../src/retrieval/rankPeople.js';
import { TermGroups } from '../src/retrieval/termGroups.js';
import { tokenize } from '../src/text/terms.js';

/** A skills line that names the tool only after 100+ characters of other things. */
const LONG_LINE = `Skills: ${'release notes, sprint planning, code review, pairing, '.repeat(3)}and running Kubernetes clusters for the payments platform, plus on-call.`;

function passage(person: string, lines: readonly string[]): Passage {
  const source = `corpus/${person.toLowerCase().replace(/\s+/g, '-')}.md`;
  return {
    id: `${source}#L1-L${lines.length}`,
    source,
    personId: source,
    person,
    sectionPath: ['Experience'],
    startLine: 1,
    endLine: lines.length,
    text: lines.join('\n'),
    embedText: lines.join('\n'),
  };
}

describe('quotes of evidence', () => {
  it('who-knows k8s quotes the part of a long line that names Kubernetes (an alias), not its first characters', () => {
    const passages = [passage('Ada Lovelace', ['## Experience', LONG_LINE])];
    const result = whoKnows(
      'k8s',
      inMemoryLines(passages),
      new TermGroups({ groups: [['k8s', 'kubernetes']] }),
      new SkillRankings(),
    );
    const [evidence] = result.people[0]!.evidence;
    expect(evidence!.text.slice(evidence!.match!.start, evidence!.match!.end)).toBe('Kubernetes');
    expect(LONG_LINE.indexOf('Kubernetes')).toBeGreaterThan(140);
    const description = renderWhoKnows(result).embeds[0]?.description ?? '';
    const quote = description.split('\n').find((line) => line.startsWith('> '))!;
    expect(quote).toContain('running **Kubernetes** clusters');
    expect(quote.length).toBeLessThanOrEqual(142);
  });

  it('an ask citation records its first matched word, and its source quote shows it', () => {
    const cited = passage('Grace Hopper', ['## Experience', LONG_LINE]);
    const lexical = new LexicalIndex([lexicalEntryFor(cited)]);
    const span = evidenceSpan(cited, tokenize('kubernetes'), lexical);
    const citation = citationFor(1, cited, span, 1);
    expect(citation.text.slice(citation.match!.start, citation.match!.end)).toBe('Kubernetes');
    const sources =
      renderAnswer({
        question: 'who runs kubernetes?',
        answer: 'Grace Hopper: … [1]',
        noAnswer: false,
        citations: [citation],
      }).embeds[1]?.description ?? '';
    expect(sources.split('\n').find((line) => line.startsWith('> '))).toContain('**Kubernetes**');
  });
});
