/**
 * who-knows leaves unread whether a line known to name a multi-word skill names it as a phrase,
 * until its person may take a place an answer asks for: every place, person, score and line must
 * be the ones reading every line first gives (the oracle), however the ranking is asked.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { inMemoryLines } from '../src/index/read/mergedLines.js';
import { rankPeopleBySkill, SkillRankings } from '../src/retrieval/rankPeople.js';
import type { SkillRanking } from '../src/retrieval/skillRanking.js';

/** A seeded generator, so a failure names a corpus that can be made again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const LINES = [
  'Reduced cloud spend by 30% across the estate.',
  'Cloud costs: reduced the monthly spend on storage.',
  'Spend on the cloud was reduced after a review.',
  'Built event sourcing for the ledger service.',
  'Sourcing vendors for an event in 2019.',
  'Event-driven design; sourcing of parts.',
  'Mentored junior developers in 2021.',
  'Developers, junior and senior, mentored by me.',
  'Wrote Go services and Terraform modules.',
  'Led the team through a migration (2018 - 2020).',
];
const NAMES = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eve', 'Finn', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kai', 'Lu'];
const SECTIONS = [['Experience', 'Acme'], ['Experience', 'Initech'], ['Skills'], ['Projects']];

/** Profiles of a few lines each from LINES, some people with two documents (names may differ in case). */
function corpus(seed: number, people: number): Passage[] {
  const next = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const passages: Passage[] = [];
  for (let p = 0; p < people; p++) {
    const name = `${pick(NAMES)} ${String.fromCharCode(65 + (p % 26))}`;
    const documents = next() < 0.2 ? 2 : 1;
    for (let d = 0; d < documents; d++) {
      const source = `corpus/p${p}-${d}.md`;
      let line = 1;
      const count = 1 + Math.floor(next() * 3);
      for (let i = 0; i < count; i++) {
        const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(LINES));
        passages.push({
          id: `${source}#L${line}-L${line + lines.length - 1}`,
          source,
          personId: `person-${p}`,
          person: d === 1 && next() < 0.5 ? name.toLowerCase() : name,
          sectionPath: pick(SECTIONS),
          startLine: line,
          endLine: line + lines.length - 1,
          text: lines.join('\n'),
          embedText: lines.join('\n'),
        });
        line += lines.length + 1;
      }
    }
  }
  return passages;
}

/** Everything an answer can read of a ranking, at each place. */
function shown(ranking: SkillRanking, places = ranking.length) {
  return ranking.slice(0, places).map((person) => ({
    personId: person.personId,
    person: person.person,
    source: person.source,
    score: person.score,
    sections: person.sections,
    lines: person.lines.map((line) => [line.passage.id, line.line, line.strength, line.year, line.text]),
  }));
}

const rank = (passages: readonly Passage[], variants: readonly string[], deferPhrases: boolean) =>
  rankPeopleBySkill(inMemoryLines(passages), variants, new SkillRankings(), 2026, new Set(), { deferPhrases });

describe('who-knows with phrases read only for the places asked for', () => {
  const skills = [
    ['reduced cloud spend'],
    ['event sourcing'],
    ['mentored junior developers'],
    ['go', 'event sourcing'],
  ];

  it.each([1, 2, 3, 4, 5, 6])('gives every place the ranking read line by line gives (corpus %i)', (seed) => {
    const passages = corpus(seed, 60);
    for (const variants of skills) {
      const eager = rank(passages, variants, false);
      const deferred = rank(passages, variants, true);
      expect(deferred.length, variants.join('|')).toBe(eager.length);
      expect(eager.length, variants.join('|')).toBeGreaterThan(3);
      // Pages first, as an answer asks, then everyone.
      expect(shown(deferred, 3), variants.join('|')).toEqual(shown(eager, 3));
      expect(shown(deferred), variants.join('|')).toEqual(shown(eager));
    }
  });

  it('reads the words of fewer lines for a first page than ranking everyone does', () => {
    const passages = corpus(7, 200);
    const counted = (deferPhrases: boolean) => {
      const source = inMemoryLines(passages);
      let reads = 0;
      const lines = source.lines;
      const counting = Object.assign(Object.create(lines), {
        lineKeyIds: (line: number) => {
          reads++;
          return lines.lineKeyIds(line);
        },
      });
      const ranking = rankPeopleBySkill(
        { ...source, passage: source.passage, documentIndexOf: source.documentIndexOf, lines: counting },
        ['reduced cloud spend'],
        new SkillRankings(),
        2026,
        new Set(),
        { deferPhrases },
      );
      const page = shown(ranking, 3);
      return { page, reads, length: ranking.length };
    };
    const eager = counted(false);
    const deferred = counted(true);
    expect(deferred.page).toEqual(eager.page);
    expect(eager.length).toBeGreaterThan(50);
    expect(deferred.reads).toBeLessThan(eager.reads / 4);
  });

  it('finds people by place, person and document in any order as the ranking read line by line does', () => {
    const passages = corpus(8, 200);
    const everyone = shown(rank(passages, ['event sourcing'], false));
    const deferred = rank(passages, ['event sourcing'], true);
    for (const place of [5, 0, 17, everyone.length - 1]) {
      expect(deferred.sourceAt(place)).toBe(everyone[place]!.source);
      expect(deferred.placeOf(everyone[place]!.personId)).toBe(place);
      expect(deferred.placeOfSource(everyone[place]!.source)).toBe(place);
    }
    expect(shown(deferred)).toEqual(everyone);
  });
});
