/**
 * Does a line of a profile name a skill? Matching is on whole words of the line as written:
 * `go` matches "Go" and "Go, Python" but not "going", "Google" or "go-ahead"; `c` matches "C" but
 * not "C++". Longer words may differ by inflection (`databases` finds `database`), never short ones.
 */
import { remembered } from '../caches.js';
import { MIN_INFLECTED_LENGTH, withoutAddresses, wordKey } from '../text/lineWords.js';
import { isStopword, stemmed } from '../text/terms.js';
import type { TextRange } from '../text/markup.js';
import { writtenWords, writtenWordTokens } from '../text/words.js';

/** A skill as a key: its words, canonical, space-joined (`Node.JS` → `nodejs`, `CI/CD` → `ci cd`). */
export function canonicalSkill(skill: string): string {
  return writtenWords(skill).join(' ');
}

export { MIN_INFLECTED_LENGTH, withoutAddresses } from '../text/lineWords.js';

function sameWord(skillWord: string, lineWord: string): boolean {
  if (skillWord === lineWord) return true;
  if (skillWord.length < MIN_INFLECTED_LENGTH || lineWord.length < MIN_INFLECTED_LENGTH) return false;
  // Porter stemming only rewrites a word's end: words with different first letters never share a
  // stem. Most pairs differ there, and this is who-knows' innermost test (every skill word against
  // every word of tens of thousands of lines).
  if (skillWord.charCodeAt(0) !== lineWord.charCodeAt(0)) return false;
  if (!/^[a-z]+$/.test(skillWord) || !/^[a-z]+$/.test(lineWord)) return false;
  return stemmed(skillWord) === stemmed(lineWord);
}

/** A skill's words and the ones that must appear, and both as keys: worked out once per skill, not per line it is matched against. */
interface SkillWords {
  readonly words: readonly string[];
  readonly required: readonly string[];
  readonly wordKeys: readonly string[];
  readonly requiredKeys: readonly string[];
}

const SKILL_WORDS_KEPT = 1_000;

const skillWordsOf = remembered(SKILL_WORDS_KEPT, (skill): SkillWords => {
  const words = skill.split(' ').filter(Boolean);
  const required = words.length > 0 ? requiredWords(words) : [];
  return { words, required, wordKeys: words.map(wordKey), requiredKeys: required.map(wordKey) };
});

export type MatchStrength = 'phrase' | 'scattered';

/** The words of a skill that must appear: stop words drop out of multi-word skills ("ruby on rails" keeps them in the phrase check). */
export function requiredWords(skillWords: readonly string[]): string[] {
  const content = skillWords.filter((word) => !isStopword(word));
  return content.length > 0 ? content : [...skillWords];
}

/**
 * 'phrase' when the skill's words appear in order and adjacent; 'scattered' when all its content
 * words appear somewhere in the same line; undefined otherwise.
 */
export function matchSkillInLine(skill: string, lineWords: readonly string[]): MatchStrength | undefined {
  return skillWordsIn(skill, lineWords)?.strength;
}

/** How and where (first and last matched word) the skill's words appear among `lineWords`. */
function skillWordsIn(skill: string, lineWords: readonly string[]): SkillFound | undefined {
  const { words, required } = skillWordsOf(skill);
  return wordsFound(words, required, lineWords, sameWord);
}

/** A skill's words and required words as keys (`wordKey`, as an index files a line's words). */
export function skillKeys(skill: string): {
  readonly wordKeys: readonly string[];
  readonly requiredKeys: readonly string[];
} {
  return skillWordsOf(skill);
}

/**
 * matchSkillInLine on a line's words given as key ids, the skill's keys as ids of the same table
 * (-1 for a key no line there holds): the same answer, since two words share a key exactly when
 * sameWord takes them as one.
 */
export function matchSkillInKeyIds(
  wordIds: ArrayLike<number>,
  requiredIds: ArrayLike<number>,
  lineIds: ArrayLike<number>,
): MatchStrength | undefined {
  return wordsFound(wordIds, requiredIds, lineIds, (a, b) => a === b)?.strength;
}

interface SkillFound {
  readonly strength: MatchStrength;
  readonly first: number;
  readonly last: number;
}

/** The phrase, else the required words anywhere (two or more of them), among `line`, words compared by `same`. */
function wordsFound<T>(
  words: ArrayLike<T>,
  required: ArrayLike<T>,
  line: ArrayLike<T>,
  same: (skillWord: T, lineWord: T) => boolean,
): SkillFound | undefined {
  const n = words.length;
  if (n === 0) return undefined;
  starts: for (let start = 0; start + n <= line.length; start++) {
    for (let i = 0; i < n; i++) if (!same(words[i]!, line[start + i]!)) continue starts;
    return { strength: 'phrase', first: start, last: start + n - 1 };
  }
  if (required.length < 2) return undefined;
  let first = line.length;
  let last = -1;
  for (let r = 0; r < required.length; r++) {
    let at = 0;
    while (at < line.length && !same(required[r]!, line[at]!)) at++;
    if (at === line.length) return undefined;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return { strength: 'scattered', first, last };
}

/**
 * Where in `line` a skill is named (one of its `variants`, a phrase before scattered words): from
 * its first matched word to its last, as offsets of `line`, so a quote can show it.
 */
export function skillMatchRange(variants: readonly string[], line: string): TextRange | undefined {
  const tokens = writtenWordTokens(withoutAddresses(line));
  const lineWords = tokens.map((token) => token.word);
  let scattered: TextRange | undefined;
  for (const variant of variants) {
    const found = skillWordsIn(variant, lineWords);
    if (!found) continue;
    const range = { start: tokens[found.first]!.start, end: tokens[found.last]!.end };
    if (found.strength === 'phrase') return range;
    scattered ??= range;
  }
  return scattered;
}

export { readsAsTechnology } from '../text/technologyContext.js';
