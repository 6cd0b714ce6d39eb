/**
 * skill → the people whose profiles name it, best first, each with the lines that prove it.
 * When nobody does, the answer says so; words that merely look like the skill are offered apart,
 * labelled as related, never as the skill.
 */
import type { Passage } from '../chunking/passage.js';
import { rankPeopleBySkill, type LineWords } from '../retrieval/rankPeople.js';
import { canonicalSkill, skillMatchRange } from '../retrieval/skillMatch.js';
import type { TermGroups } from '../retrieval/termGroups.js';
import { citationFor, spanOf } from './citeLines.js';
import type { Citation, PersonMatch, RelatedMatch, WhoKnowsResult } from './types.js';

const EVIDENCE_PER_PERSON = 3;
const MAX_RELATED = 5;

export function whoKnows(skill: string, passages: readonly Passage[], skillAliases: TermGroups, lineWords: LineWords): WhoKnowsResult {
  const variants = skillAliases.variants(skill);
  const ranked = rankPeopleBySkill(passages, variants, lineWords, undefined, skillAliases.names());
  let nextId = 1;
  const people: PersonMatch[] = ranked.map((match) => {
    const evidence: Citation[] = match.lines.slice(0, EVIDENCE_PER_PERSON).map((line) => {
      const found = skillMatchRange(variants, line.text);
      return citationFor(nextId++, line.passage, { ...spanOf(line.passage, line.line, line.line), ...(found ? { match: found } : {}) }, match.score);
    });
    return { person: match.person, source: match.source, score: match.score, evidence };
  });
  return { skill, noAnswer: people.length === 0, people, related: people.length === 0 ? relatedTerms(skill, passages, lineWords) : [] };
}

/** Edit distance with an early exit: only small distances matter here. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Words in the profiles spelled close to a one-word skill (a typo, or a sibling tool): "terrafrom" → "terraform". */
function relatedTerms(skill: string, passages: readonly Passage[], lineWords: LineWords): RelatedMatch[] {
  const key = canonicalSkill(skill);
  if (key.includes(' ') || key.length < 4) return [];
  const limit = key.length >= 7 ? 2 : 1;
  const related: RelatedMatch[] = [];
  for (const [word, label] of lineWords.vocabulary(passages)) {
    if (word === key || word.length < 4) continue;
    const close = editDistance(word, key, limit) <= limit || (key.length >= 5 && word.startsWith(key));
    if (!close) continue;
    const passage = passages[label]!;
    related.push({ term: word, person: passage.person, source: passage.source });
    if (related.length >= MAX_RELATED) return related;
  }
  return related;
}
