/**
 * The skills and technologies a piece of text (a chat message) names, as this index knows them:
 * names from the skill alias groups (`k8s`, `google cloud`), then words that profiles list in their
 * skills sections (`kafka`, `dicom`). Used by "Who knows this?" on a message, so a question posted
 * in a channel turns into who-knows rankings without anyone retyping it.
 */
import type { Passage } from '../chunking/passage.js';
import type { TermGroups } from '../retrieval/termGroups.js';
import { isStopword, isWeakTerm } from '../text/terms.js';
import { canonicalSkill } from '../retrieval/skillMatch.js';
import { writtenWords } from '../text/words.js';

const SKILLS_SECTION = /skill|technolog|languages|tools|stack|programming|competenc|expertise/i;
const LONGEST_NAME = 4;

/** Canonical words that profiles list under a skills heading: the index's own technology vocabulary. */
export function skillsSectionWords(passages: Iterable<Passage>): Set<string> {
  const found = new Set<string>();
  for (const passage of passages) {
    if (!passage.sectionPath.some((part) => SKILLS_SECTION.test(part))) continue;
    for (const word of writtenWords(passage.text)) {
      if (word.length >= 2 && !/^\d+$/.test(word) && !isStopword(word) && !isWeakTerm(word)) found.add(word);
    }
  }
  return found;
}

/**
 * Skills named in `text`, in the order they appear, one per alias group, at most `limit`. Longer
 * names win over the words inside them ("google cloud" before "google").
 */
export function skillsNamedIn(
  text: string,
  skills: TermGroups,
  sectionWords: ReadonlySet<string>,
  limit = 5,
): string[] {
  const tokens = writtenWords(text);
  const known = skills.names();
  const found: string[] = [];
  const taken = new Set<string>();
  const add = (name: string) => {
    const group = skills.variants(name);
    if (group.some((variant) => taken.has(variant))) return;
    for (const variant of group) taken.add(variant);
    found.push(name);
  };
  for (let i = 0; i < tokens.length && found.length < limit; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST_NAME, tokens.length - i); n >= 1; n--) {
      const name = canonicalSkill(tokens.slice(i, i + n).join(' '));
      const single = n === 1 ? tokens[i]! : '';
      const isKnown = known.has(name) && !(n === 1 && isStopword(name));
      const listed = n === 1 && sectionWords.has(single) && !isStopword(single) && !isWeakTerm(single);
      if (isKnown || listed) {
        add(name);
        matched = n;
        break;
      }
    }
    i += Math.max(1, matched);
  }
  return found;
}
