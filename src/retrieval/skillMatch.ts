/**
 * Does a line of a profile name a skill? Matching is on whole words of the line as written:
 * `go` matches "Go" and "Go, Python" but not "going", "Google" or "go-ahead"; `c` matches "C" but
 * not "C++". Longer words may differ by inflection (`databases` finds `database`), never short ones.
 */
import { isStopword, rawWords, stemmed } from './tokenize.js';

// Words as written, keeping joined forms whole (`node.js`, `go-ahead`, `c++`, `c#`); a slash separates (`puppet/salt`).
// `&` joins too: "R&D" is not the language R.
const WORD = /\.?[\p{L}\p{N}]+(?:[+#]+(?![\p{L}\p{N}])|(?:[.\-'’&][\p{L}\p{N}]+)*)/gu;

/** Words as written, canonical: `Node.js` → `nodejs`, `Go-ahead` → `goahead`, `C++` → `c++`. */
export function words(text: string): string[] {
  return rawWords(text, WORD).map((word) => (word === '.net' ? word : word.replace(/[.\-'’]/g, '')));
}

/** A skill as a key: its words, canonical, space-joined (`Node.JS` → `nodejs`, `CI/CD` → `ci cd`). */
export function canonicalSkill(skill: string): string {
  return words(skill).join(' ');
}

export const MIN_INFLECTED_LENGTH = 4;

function sameWord(skillWord: string, lineWord: string): boolean {
  if (skillWord === lineWord) return true;
  if (skillWord.length < MIN_INFLECTED_LENGTH || lineWord.length < MIN_INFLECTED_LENGTH) return false;
  if (!/^[a-z]+$/.test(skillWord) || !/^[a-z]+$/.test(lineWord)) return false;
  return stemmed(skillWord) === stemmed(lineWord);
}

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
  const skillWords = skill.split(' ').filter(Boolean);
  if (skillWords.length === 0) return undefined;
  for (let start = 0; start + skillWords.length <= lineWords.length; start++) {
    if (skillWords.every((word, i) => sameWord(word, lineWords[start + i]!))) return 'phrase';
  }
  const required = requiredWords(skillWords);
  if (required.length > 1 && required.every((word) => lineWords.some((lineWord) => sameWord(word, lineWord)))) {
    return 'scattered';
  }
  return undefined;
}
