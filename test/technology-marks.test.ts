/**
 * A build marks each line where a one- or two-letter word reads as a technology, so who-knows for
 * "Go" or "R" need not read back every line naming the word: the marks must decide exactly as the
 * line's text does, with whatever technology names the question side knows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { inMemoryLines } from '../src/index/read/mergedLines.js';
import type { LinePostings } from '../src/index/read/indexReader.js';
import { whoKnows } from '../src/answer/whoKnows.js';
import { SkillRankings } from '../src/retrieval/rankPeople.js';
import { loadVocabulary, TermGroups } from '../src/retrieval/termGroups.js';
import { lineWordsOf } from '../src/text/lineWords.js';
import {
  maybeTechnologyKey,
  readsAsTechnology,
  SHORT_SKILL,
  shippedTechnologyKey,
  sureTechnologyKey,
  technologyMarks,
} from '../src/text/technologyContext.js';

/** The names a question side knows with no team file: the shipped alias groups'. */
const shipped = loadVocabulary('/nonexistent-corpus').skills.names();

/** Pieces a line is made of: short names, the words around them that decide, and plain prose. */
const PIECES = [
  'Go',
  'go',
  'R',
  'R.',
  'C',
  'C#',
  'JS',
  'js',
  'Hepatitis',
  'Vitamin',
  'Java',
  'Python',
  'Kotlin',
  'Lindqvist,',
  'written in',
  'using',
  'with',
  'and',
  ',',
  '/',
  'programming',
  'services',
  'to market',
  '-ahead',
  'Brooks,',
  'Languages:',
  'the',
  'team',
  'Wrote',
  'Plan',
  'B',
  'html5',
];
const SECTIONS = ['Skills', 'Experience', 'Publications', 'Technical Skills › Languages'];
const NAMES = ['java', 'python', 'kotlin', 'hepatitis', 'vitamin', 'plan', 'brooks', 'the'];

const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 9 }).map((pieces) => pieces.join(' '));

describe('technology marks', () => {
  it('decide every short word of a line as its text does, whatever names are known', () => {
    fc.assert(
      fc.property(line, fc.constantFrom(...SECTIONS), fc.subarray(NAMES), (text, section, names) => {
        const known = new Set(names);
        const words = lineWordsOf(text);
        const marks = new Set(technologyMarks(words, text, section));
        for (const word of new Set(words)) {
          if (word.length > SHORT_SKILL) continue;
          const where = `${word} in "${text}"`;
          const reads = readsAsTechnology(word, text, section, known);
          const readsWithShipped = readsAsTechnology(word, text, section, new Set([...known, ...shipped]));
          if (marks.has(sureTechnologyKey(word))) expect(reads, where).toBe(true);
          else if (marks.has(shippedTechnologyKey(word))) expect(readsWithShipped, where).toBe(true);
          else if (marks.has(maybeTechnologyKey(word)))
            expect(readsAsTechnology(word, text, section, shipped), where).toBe(false);
          else expect(readsWithShipped, where).toBe(false);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('rank a short skill as reading every line would', () => {
    const profiles = [
      ['Skills', 'Languages: Go, Rust, R'],
      ['Experience', 'Built services written in Go and C'],
      ['Experience', 'Got the go-ahead to go to market'],
      ['Publications', 'with J. Ortega and R. Lindqvist'],
      ['Research', 'Studied outcomes of Hepatitis C patients'],
      ['Skills', 'Java C, Kotlin'],
      ['Skills', 'Vitamin C metabolism'],
      ['Experience', 'Python, C, Java'],
      ['Experience', 'Plan B for the JS migration, using JS'],
    ];
    const passages: Passage[] = profiles.map(([section, text], i) => ({
      id: `p${i}.md#L3-L3`,
      source: `p${i}.md`,
      personId: `p${i}`,
      person: `Person ${i}`,
      sectionPath: [section!],
      startLine: 3,
      endLine: 3,
      text: text!,
      embedText: text!,
    }));
    const marked = inMemoryLines(passages);
    // The same postings read as an index built before marks: every line naming the word is read.
    const unmarked = {
      ...marked,
      lines: new Proxy(marked.lines, {
        get: (target, name) =>
          name === 'everyTableHolds' ? () => false : Reflect.get(target, name, target).bind(target),
      }) as LinePostings,
    };
    for (const known of [[], ['java', 'python', 'kotlin', 'rust'], ['vitamin', 'hepatitis'], [...shipped]]) {
      const skills = new TermGroups({ groups: [...known.map((name) => [name]), ['go', 'golang']] });
      for (const skill of ['go', 'r', 'c', 'js', 'golang']) {
        const found = whoKnows(skill, marked, skills, new SkillRankings());
        expect(found, `${skill} knowing ${known}`).toEqual(whoKnows(skill, unmarked, skills, new SkillRankings()));
        if (skill === 'go') expect(found.people.map((p) => p.person)).toEqual(['Person 0', 'Person 1']);
      }
    }
  });
});
