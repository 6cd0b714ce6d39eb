/**
 * Whether a one- or two-letter word of a line (C, R, Go, JS) reads as a technology there, and the
 * marks a build posts a line under with that decision. Here, in the text module, so the index can
 * decide it once per line when it writes a segment and who-knows can read the decision back,
 * neither importing the other: a short skill otherwise reads back the text of every line naming
 * the word, which is most of the corpus's blocks for "Go" or "R".
 */
import { remembered } from '../caches.js';
import { withoutAddresses } from './lineWords.js';
import { escapeRegExp } from './regExp.js';
import skillDefaults from './skillAliases.json' with { type: 'json' };
import { writtenWords } from './words.js';

/** Skills this short are also words and initials ("go", "R."): they need context to count. */
export const SHORT_SKILL = 2;

/** What readsAsTechnology asks of the known technology names: only whether one is among them. */
export interface KnownNames {
  has(name: string): boolean;
}

const key = (word: string) => writtenWords(word).join(' ');

const ASCII = /^[\x00-\x7f]*$/;

/** Words shaped like technology names even when no alias file lists them: html5, css3, c++, f#, typescript, mysql. */
const TECH_SHAPED = /^[a-z]+\d+$|\+\+$|#$|script$|sql$/;
const SKILLS_SECTION = /skill|technolog|languages|tools|stack|programming|competenc/i;

/** The skill written as a word of its own ("Go," but not "Go-ahead"): one pattern per skill, not per line. */
const namedAlone = remembered(
  1_000,
  (skill) => new RegExp(`(?<![\\p{L}\\p{N}.+#&-])(${escapeRegExp(skill)})(?![\\p{L}\\p{N}+#&-])`, 'giu'),
);

/** Words that join list items: a letter after one of them is an item ("Java and C"), not a label. */
const JOINING_WORD = /^(?:and|or|und|oder|et|ou|y|e|o)$/i;

/** Whether `before` (the text before a one-letter name) ends in a word the letter would label: not a technology, not "and". */
function labelsWordBefore(before: string, known: KnownNames): boolean {
  const previous = /(\p{L}[\p{L}\p{N}+#.]*)\s+$/u.exec(before)?.[1];
  if (previous === undefined || JOINING_WORD.test(previous)) return false;
  const word = key(previous);
  return !known.has(word) && !TECH_SHAPED.test(word);
}

/**
 * A skill of one or two letters (C, R, Go, JS) counts only where it reads as a technology: written
 * as a name (capitalised), not an initial ("R.C.", "Brooks, R."), and either in a skills section,
 * in a list next to another known technology, or after "in"/"using"/"with" ("written in C").
 * `section` (the line's `sectionLabel`) may be given as a function, called only if the line itself
 * does not decide. Knowing more names never turns a yes into a no (a known name only adds a list
 * neighbour or removes a label reading), which is what lets a build decide without the names.
 */
export function readsAsTechnology(
  skill: string,
  line: string,
  section: string | (() => string),
  known: KnownNames,
): boolean {
  const plain = new PlainLine(plainText(line));
  return readsAt(plain, capitalisedAt(skill, plain.text), section, known);
}

/** The line as readsAsTechnology reads it: addresses blanked, emphasis marks gone. */
const plainText = (line: string): string => withoutAddresses(line).replace(/[*_`]/g, '');

/** A line made plain, and its written words, read once however often they are asked for. */
class PlainLine {
  private written: string[] | undefined;

  constructor(readonly text: string) {}

  words(): string[] {
    return (this.written ??= writtenWords(this.text));
  }
}

/** A place the skill is written in a text, and how it is written there. */
interface Place {
  readonly index: number;
  readonly typed: string;
}

/**
 * Where the skill stands alone in `text` written with a capital (readsAsTechnology's first test of
 * every place). An exec loop on the one remembered pattern: matchAll copies the pattern on every call.
 */
function capitalisedAt(skill: string, text: string): Place[] {
  const at: Place[] = [];
  // A word starting with a digit is never written with a capital, whatever its case.
  if (/^\d/.test(skill)) return at;
  const pattern = namedAlone(skill);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
    if (/^\p{Lu}/u.test(match[1]!)) at.push({ index: match.index, typed: match[1]! });
  return at;
}

/** readsAsTechnology of a line made plain (`plainText`), given the places the skill is written with a capital (`capitalisedAt`). */
function readsAt(
  line: PlainLine,
  places: readonly Place[],
  section: string | (() => string),
  known: KnownNames,
): boolean {
  const { text } = line;
  for (const { index, typed } of places) {
    const after = text.slice(index + typed.length);
    const before = text.slice(0, index);
    // Initials: "R.C.", "C. A. Smith", "Brooks, R." in an author list.
    if (/^\.\s?\p{Lu}/u.test(after) || (/^\./.test(after) && /\p{Lu}[\p{L}-]+,\s*$/u.test(before))) continue;
    // Money: "R$ 2 milhões", "C$ 40".
    if (/^[$€£¥]/u.test(after)) continue;
    if (/\b(?:in|using|with|(?:knowledge|experience|proficiency|use) of)\s+$/i.test(before)) return true;
    // The same in the other four languages: "Services en Go", "Pipelines mit Go", "APIs em Go", "con Go".
    if (/(?<!\p{L})(?:en|em|mit|avec|con|com|usando|utilisant|mittels)\s+$/iu.test(before)) return true;
    // "Wrote C and R", "coded in Go, C": right after a verb of writing code, alone or in a short list.
    if (
      /\b(?:wrote|write|writes|writing|written|coded|codes|coding|programmed|programs|programming)\s+(?:in\s+)?(?:\p{Lu}[\p{L}+#]*\s*(?:,|and|&)\s*)*$/iu.test(
        before,
      )
    )
      return true;
    if (
      /^\s*(?:programming|code|language|development|developers?|services?|library|libraries|modules?|apps?|scripts?|tooling|backend|microservices?)\b/i.test(
        after,
      )
    )
      return true;
    // A list item ("C, C++, Java"; "ML/AI") on a line that names another known technology.
    const listItem =
      /(?:^|[,;|·•/(]|(?<!\p{L})(?:and|und|et|y|e)|&)\s*$/u.test(before) ||
      /^\s*(?:$|[,;|·•/)]|(?:and|und|et|y|e)(?!\p{L})|&)/u.test(after);
    const typedKey = key(typed);
    if (listItem && line.words().some((word) => word !== typedKey && (known.has(word) || TECH_SHAPED.test(word))))
      return true;
    // "Hepatitis C", "Vitamin C", "Plan B": a letter right after a word that is no technology is that word's label.
    if (typed.length === 1 && labelsWordBefore(before, known)) continue;
    // Last: the section may cost a lookup. No alternative of the pattern spans the label's separator, so a match is a part's.
    if (SKILLS_SECTION.test(typeof section === 'function' ? section() : section)) return true;
  }
  return false;
}

const NO_NAMES: KnownNames = { has: () => false };
const EVERY_NAME: KnownNames = { has: () => true };

/**
 * The names of the shipped alias groups (skillAliases.json): every question side that loads the
 * vocabulary knows them, a team's own file only adding to them.
 */
const SHIPPED_NAMES: ReadonlySet<string> = new Set(skillDefaults.groups.flat().map(key).filter(Boolean));

/** How much of the shipped names a set of names holds: all of them and no other, all and more, or not all. */
export type ShippedNames = 'exactly' | 'and more' | 'not all';

const shippedIn = new WeakMap<KnownNames, ShippedNames>();

/** What `known` holds of the shipped names (worked out once per set of names). */
export function shippedNamesIn(known: KnownNames & { readonly size?: number }): ShippedNames {
  let held = shippedIn.get(known);
  if (held === undefined) {
    held = ![...SHIPPED_NAMES].every((name) => known.has(name))
      ? 'not all'
      : known.size === SHIPPED_NAMES.size
        ? 'exactly'
        : 'and more';
    shippedIn.set(known, held);
  }
  return held;
}

/**
 * The marks a build posts a line under, beside its words' keys: `t:go` when "go" reads as a
 * technology there whatever names are known, `d:go` when it does with the shipped names known,
 * `u:go` when it does only with some other names (who-knows then reads the line, with the names it
 * knows), nothing when it never does. Bump the version (the last character of TECHNOLOGY_MARKS)
 * whenever readsAsTechnology's rules or the marks change: an index marked otherwise is read as unmarked.
 */
export const TECHNOLOGY_MARKS = 't:\u00003';
export const sureTechnologyKey = (word: string) => `t:${word}`;
export const shippedTechnologyKey = (word: string) => `d:${word}`;
export const maybeTechnologyKey = (word: string) => `u:${word}`;

/** The marks of one line (its words as `lineWordsOf` gives them; `section` its `sectionLabel`). */
export function technologyMarks(words: readonly string[], line: string, section: string): string[] {
  const marks: string[] = [];
  let plain: PlainLine | undefined;
  const ascii = ASCII.test(line);
  const tried = new Set<string>();
  for (const word of words) {
    if (word.length > SHORT_SKILL || tried.has(word)) continue;
    tried.add(word);
    // In ASCII text a word written with a capital needs its capital in the line (making the line plain
    // only blanks or drops characters): most short words ("to", "of") have none, and skip the patterns.
    if (ascii && !line.includes(word[0]!.toUpperCase())) continue;
    // Made plain once per line, and the places found once per word: most short words ("to", "by") are never capitalised there.
    plain ??= new PlainLine(plainText(line));
    const places = capitalisedAt(word, plain.text);
    if (places.length === 0 || !readsAt(plain, places, section, EVERY_NAME)) continue;
    if (readsAt(plain, places, section, NO_NAMES)) marks.push(sureTechnologyKey(word));
    else if (readsAt(plain, places, section, SHIPPED_NAMES)) marks.push(shippedTechnologyKey(word));
    else marks.push(maybeTechnologyKey(word));
  }
  return marks;
}
