/**
 * A question with a misspelt skill spelt right ("pyhton" → python, "machine lerning" → machine
 * learning, "kubernets" → kubernetes): a word of five letters or more that no profile uses and no
 * question file holds is read as the one known skill name a letter away (or two neighbours swapped)
 * that the profiles do use. A word as close to two skills is left as typed.
 */
import { oneTypoApart } from '../text/editDistance.js';
import { isQuestionWord } from './cues.js';

const MIN_MENDED = 5;
/** Skill names written in letters, spaces and hyphens ("c#", "node.js" are left to exact matches). */
const PLAIN_NAME = /^[\p{L}][\p{L} -]*$/u;

/** The one skill name of `words` words near `typed`, all of whose words the profiles use; else undefined. */
function nearSkill(
  typed: string,
  words: number,
  names: ReadonlySet<string>,
  isKnownWord: (word: string) => boolean,
): string | undefined {
  const close: string[] = [];
  for (const name of names) {
    if (!PLAIN_NAME.test(name) || name.split(' ').length !== words || !oneTypoApart(typed, name)) continue;
    if (!name.split(/[ -]/).every(isKnownWord)) continue;
    close.push(name);
    if (close.length > 1) return undefined;
  }
  return close[0];
}

export function withSkillSpelling(
  text: string,
  names: ReadonlySet<string>,
  isKnownWord: (word: string) => boolean,
): string {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const mends: { start: number; end: number; name: string }[] = [];
  words.forEach((match, i) => {
    const typed = match[0].toLowerCase();
    // A skill name no profile uses ("scala" with only "scale" in the profiles) is asked as typed.
    if (typed.length < MIN_MENDED || isKnownWord(typed) || isQuestionWord(typed) || names.has(typed)) return;
    const single = nearSkill(typed, 1, names, isKnownWord);
    if (single) {
      mends.push({ start: match.index, end: match.index + match[0].length, name: single });
      return;
    }
    // "machine lerning": the misspelt word with its neighbour, as a two-word skill.
    for (const [first, last] of [
      [words[i - 1], match],
      [match, words[i + 1]],
    ]) {
      if (!first || !last) continue;
      const between = text.slice(first.index + first[0].length, last.index);
      if (!/^[ -]$/.test(between)) continue;
      const pair = nearSkill(`${first[0]}${between}${last[0]}`.toLowerCase(), 2, names, isKnownWord);
      if (!pair) continue;
      mends.push({ start: first.index, end: last.index + last[0].length, name: pair });
      return;
    }
  });
  let mended = text;
  for (const { start, end, name } of mends.reverse()) mended = `${mended.slice(0, start)}${name}${mended.slice(end)}`;
  return mended;
}
