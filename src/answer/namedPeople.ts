/**
 * Who a question is about: the people it names (full name, first name, surname, an alias from
 * people.json, a label such as "the Apple SRE", possessives such as "Phil's"), names that match
 * nobody ("Bob's email"), and first names shared by several people.
 */
import type { Person } from '../corpus/document.js';
import { neighboursSwapped, withinEditDistance } from '../text/editDistance.js';
import {
  FUNCTION_WORDS,
  fold,
  nameParts,
  namePhrases,
  nameTable,
  NOT_NAMES,
  WORDS_AS_NAMES,
  type NamesByFirstWord,
  type NameTable,
} from '../corpus/personNames.js';
import { escapeRegExp } from '../text/regExp.js';
import { questionLanguage } from '../text/questionLanguage.js';
import { isQuestionWord } from './cues.js';
import shortNameTable from './shortNames.json' with { type: 'json' };

export interface DirectoryEntry {
  readonly personId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly source: string;
  readonly nameSource: Person['nameSource'];
}

export interface NamedPeople {
  /** People the question names, in the order it names them. */
  readonly people: readonly DirectoryEntry[];
  /** A name several people share ("Phil" for Phil Kershaw and Phil Jones): ask which. */
  readonly ambiguous: readonly { readonly name: string; readonly candidates: readonly DirectoryEntry[] }[];
  /** Names that look like a person's but match no profile, with close names for each. */
  readonly unknown: readonly { readonly name: string; readonly close: readonly DirectoryEntry[] }[];
  /** The question with the names taken out: what is asked about them. */
  readonly rest: string;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly entries: DirectoryEntry[];
  readonly text: string;
  readonly whole: boolean;
}

/**
 * A name where it stands as a whole word, with a possessive "'s" or a bare "s" ("Annas Erfahrung",
 * "whats priyas number", "Jonas Webers Skills"): German writes its genitive without an apostrophe,
 * and chat often drops it.
 */
const boundary = (phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?:['’]?s)?(?![\\p{L}\\p{N}])`, 'gu');

/** Names spelled close to an unknown one ("Phill" → Phil Kershaw). */
function closeNames(name: string, directory: readonly DirectoryEntry[]): DirectoryEntry[] {
  const wanted = fold(name);
  return directory.filter((entry) =>
    [...nameParts(entry), ...namePhrases(entry)].some((part) => {
      const limit = part.length >= 6 ? 2 : 1;
      return withinEditDistance(part, wanted, limit) || (wanted.length >= 3 && part.startsWith(wanted));
    }),
  );
}

/**
 * A capitalised word used as a name: possessive ("Bob's"), or the subject of "tell me about X",
 * "who is X", "does/did/has X …". `isKnownWord` says whether the profiles use the word (then it is
 * a topic, such as "AWS's" or "Python", not a person).
 */
const NAME_SLOTS = [
  /(?<![\p{L}])(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)['’]s\b/gu,
  /\b(?:about|is|are)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s*[?.!]?\s*$/gu,
  /\b(?:does|did|has|can|is|was)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?:know|use|used|have|work|worked|speak|study|studied|do|did|been|ever|list|mention)\b/gu,
];

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Words before a name: "does Will know", "tell me about will", "compare mark and …", "l'email de Rose". */
const NAME_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:does|did|do|is|was|has|had|about|of|for|compare|and|or|with|vs|versus|between` +
    String.raw`|ask|contact|von|über|hat|ist|de|chez|sobre|pour|para|entre)\s+$`,
  'u',
);
/** Words before the same word used as a word: "who will know", "can you", "the case", "a grant". */
const WORD_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:who|what|which|will|can|could|would|should|shall|may|might|must|i|you|we|they|he|she|it` +
    String.raw`|to|a|an|the|this|that|these|those|my|your|our|their|in|on|at|any|no|some|every)\s+$`,
  'u',
);
/** Words after a common word that make it a verb or a modal: "will anyone", "can you", "grant access". */
const WORD_AFTER = new RegExp(
  String.raw`^\s+(?:anyone|anybody|someone|somebody|everyone|everybody|you|we|they|i|he|she|it|there|the|a|an` +
    String.raw`|be|have|know|work|speak|use|do|access)\b`,
  'u',
);

/**
 * An article or a title written before a name: "o Rafael", "a Beatriz", "der Jürgen", "la Camille",
 * "Dr. Lobo", "Frau Baumann", "doutora Lúcia". Taken out with the name.
 */
const BEFORE_NAME =
  /(?<![\p{L}\p{N}])(?:o|a|os|as|el|la|der|die|den|dem|le|dr|dra|drs|doc|prof|profa|professor|mr|mrs|ms|miss|herr|frau|monsieur|madame|mme|mlle|senor|senora|sr|sra|srta|dona|dom|doutor|doutora|doctor|doctora|docteur)\.?\s+$/iu;

/** An article before a short form of a name, outside English: "onde a bea trabalhou", "wo arbeitet der jogi". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:o|a|der|die|la|el|le)\s+$/u;

/** "… or tomas", "… vs tomas": another person set beside this one. */
const PAIRED_AFTER = /^\s*(?:or|and|vs\.?|versus|oder|und|ou|et|o|y|e)\s+\p{L}/u;

/** Words before an organisation: "worked at", "bei", "chez", "trabajó en", "estudou na", "came from". */
const ORGANISATION_BEFORE = /(?:^|[^\p{L}])(?:at|@|bei|chez|en|na|no|em|from|fur|pour|para)\s+$/u;
/** Words that may follow a name after "at" without being part of an organisation's name. */
const AFTER_NAME_CONNECTORS = new Set(
  (
    'and or but before after since until till in on to from for as between than vs versus do did does ' +
    'und oder vor nach seit bis als et ou avant apres depuis comme y o antes despues desde como e depois ate'
  ).split(' '),
);

/**
 * A lone name part inside an organisation's name: "who worked at morgan stanley?" is about Morgan
 * Stanley, not a colleague called Morgan, and "bei reyes logistics" not about someone called Reyes.
 * After "at/bei/chez …", a following word that is no connector ("before", "and", "?") continues
 * the organisation's name.
 */
function insideOrganisation(folded: string, start: number, matched: string): boolean {
  if (/['’]s$/u.test(matched) || !ORGANISATION_BEFORE.test(folded.slice(0, start))) return false;
  const next = /^\s+([\p{L}\p{N}&][\p{L}\p{N}'’.-]*)/u.exec(folded.slice(start + matched.length))?.[1];
  return next !== undefined && !AFTER_NAME_CONNECTORS.has(next);
}

/**
 * Whether a lone first name or surname found at `start` (`matched`, with any "'s") is the person. A
 * name part that is no common word is the person in any case ("what does alistair know?"); one that
 * is a common word or a skill ("will", "mark", "ruby") only where it reads as a name: before "'s",
 * after "does/about/compare …", or capitalised inside the question; never after "who/can/the …" or
 * before "anyone/you/know …".
 */
function readsAsName(
  folded: string,
  start: number,
  matched: string,
  typed: string,
  isTopic: boolean,
  english: boolean,
): boolean {
  const word = fold(typed);
  const functionWord = FUNCTION_WORDS.has(word);
  if (!WORDS_AS_NAMES.has(word) && !functionWord && !isTopic) return true;
  if (/['’]s$/u.test(matched)) return true;
  // "où a étudié pat ?", "¿qué idiomas habla will?": the English word a name also is ("pat", "will")
  // is not what a question in another language says.
  if (!english && !functionWord && !isTopic) return true;
  const before = folded.slice(0, start);
  const after = folded.slice(start + matched.length);
  // Capitalised where a sentence does not start: written as a name (a skill is capitalised as often).
  const capitalised = /^\p{Lu}/u.test(typed) && /[\p{L}\p{N},]\s*$/u.test(before);
  // "rowan or tomas, who's more experienced?", "who is more senior, will or mark": the first of two
  // people set side by side, where a question or a clause starts (a skill there is compared as one).
  if (!isTopic && /(?:^|,)\s*$/u.test(before) && PAIRED_AFTER.test(after)) return true;
  if (functionWord) return capitalised;
  if (NAME_BEFORE.test(before)) return true;
  if (WORD_BEFORE.test(before) || WORD_AFTER.test(after)) return false;
  return capitalised && !isTopic;
}

/**
 * A name matches only where it starts at a word boundary, so its first word is a whole word of the
 * question; names starting with a symbol are always tried.
 */
function candidates(
  index: NamesByFirstWord<DirectoryEntry>,
  questionWords: ReadonlySet<string>,
): [string, DirectoryEntry[]][] {
  const found = [...(index.get('')?.entries() ?? [])];
  for (const word of questionWords) found.push(...(index.get(word)?.entries() ?? []));
  return found;
}

const nameIndexes = new WeakMap<readonly DirectoryEntry[], NameTable<DirectoryEntry>>();
const storedIndexes = new WeakMap<readonly DirectoryEntry[], () => NameTable<DirectoryEntry> | undefined>();

/**
 * Where the table of `directory`'s names is stored (by the index build): read at the first
 * question instead of made from every entry. `read` gives undefined when there is none.
 */
export function useStoredNames(
  directory: readonly DirectoryEntry[],
  read: () => NameTable<DirectoryEntry> | undefined,
): void {
  storedIndexes.set(directory, read);
}

/** Every name and name part of the directory, read or made once per directory, never once per question. */
function nameIndexOf(directory: readonly DirectoryEntry[]): NameTable<DirectoryEntry> {
  let index = nameIndexes.get(directory);
  if (!index) {
    index = storedIndexes.get(directory)?.() ?? nameTable(directory);
    nameIndexes.set(directory, index);
  }
  return index;
}

/** Shorter words are too often another word a letter away; three letters are mended by a swap only ("aan"). */
const MIN_MISSPELT_NAME = 3;

/**
 * A question may name someone misspelt: "where did jonsa work?" is about Jonas. A word
 * no profile uses and no question file holds, a letter from one person's name part (or two
 * neighbours swapped), is that person; a word as close to two people's names names nobody.
 */
function misspeltNames(
  typed: string,
  parts: NamesByFirstWord<DirectoryEntry>,
  isKnownWord: (word: string) => boolean,
): Hit[] {
  const hits: Hit[] = [];
  for (const match of typed.matchAll(WORD_RUN)) {
    const word = fold(match[0]);
    if (word.length < MIN_MISSPELT_NAME || /\d/.test(word) || isKnownWord(word) || isQuestionWord(word)) continue;
    const close = new Set<DirectoryEntry>();
    // Capitalised, a name a letter off is asked back about ("Phill": did you mean Phil?); a swap is a slip.
    const asName = /^\p{Lu}/u.test(match[0]);
    for (const first of parts.keys()) {
      if (first === word || Math.abs(first.length - word.length) > 1) continue;
      const near =
        neighboursSwapped(word, first) || (!asName && word.length >= 5 && withinEditDistance(word, first, 1));
      if (!near) continue;
      for (const entries of parts.get(first)?.values() ?? []) for (const entry of entries) close.add(entry);
    }
    if (close.size !== 1) continue;
    const end = match.index + match[0].length;
    hits.push({ start: match.index, end, entries: [...close], text: match[0], whole: false });
  }
  return hits;
}

/** "prya" for Priya: a word of four letters or more that is a first name with one letter left out. */
function droppedLetter(word: string, name: string): boolean {
  if (word.length < 4 || name.length !== word.length + 1) return false;
  for (let i = 0; i < name.length; i++) if (name.slice(0, i) + name.slice(i + 1) === word) return true;
  return false;
}

/** Short forms that are no prefix of the name they stand for ("alex" for Alejandro), folded. */
const SHORT_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(shortNameTable as Record<string, string | string[]>)
    .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
    .map(([short, names]) => [fold(short), names.map((name) => fold(name))]),
);
/** A short form is at least three letters, and the name it cuts at least two longer ("tom" for Tomasz, not "rafae"). */
const MIN_SHORT = 3;

/** Each person by the short forms of their first name: its prefixes and the forms of SHORT_NAMES. */
const shortIndexes = new WeakMap<readonly DirectoryEntry[], Map<string, Set<DirectoryEntry>>>();
function shortIndexOf(directory: readonly DirectoryEntry[]): Map<string, Set<DirectoryEntry>> {
  let index = shortIndexes.get(directory);
  if (index) return index;
  index = new Map();
  const add = (short: string, entry: DirectoryEntry) => {
    const owners = index!.get(short) ?? new Set<DirectoryEntry>();
    owners.add(entry);
    index!.set(short, owners);
  };
  const byName = new Map<string, string[]>();
  for (const [short, names] of SHORT_NAMES)
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), short]);
  for (const entry of directory) {
    const first = nameParts(entry)[0];
    if (!first) continue;
    for (let end = MIN_SHORT; end <= first.length - 2; end++) add(first.slice(0, end), entry);
    for (const short of byName.get(first) ?? []) add(short, entry);
  }
  shortIndexes.set(directory, index);
  return index;
}

/**
 * A first name asked by a short form or a letter short: "does tom have F-Gas?" (Tomasz), "alex's
 * awards" (Alejandro), "what languages does prya speak" (Priya). Only a form that one person's first
 * name has, and that is no question word; one the profiles use as a word ("tom" in an email address)
 * or a skill counts only where it reads as a name ("does tom …", "tom's …", "between tom and …").
 */
function shortNames(
  typed: string,
  directory: readonly DirectoryEntry[],
  parts: NamesByFirstWord<DirectoryEntry>,
  isKnownWord: (word: string) => boolean,
  isTopic: (word: string) => boolean,
  english: boolean,
): Hit[] {
  const index = shortIndexOf(directory);
  const folded = fold(typed);
  const hits: Hit[] = [];
  for (const match of typed.matchAll(WORD_RUN)) {
    const word = fold(match[0]);
    if (word.length < MIN_SHORT || /\d/.test(word) || isQuestionWord(word) || NOT_NAMES.has(word)) continue;
    if (FUNCTION_WORDS.has(word) || parts.get(word)) continue;
    // "toms english": the genitive "s" written onto the short form.
    const genitive = !index.has(word) && word.endsWith('s') && index.has(word.slice(0, -1));
    let owners = [...(index.get(genitive ? word.slice(0, -1) : word) ?? [])];
    if (owners.length === 0 && !isKnownWord(word)) {
      owners = directory.filter((entry) => {
        const first = nameParts(entry)[0];
        return first !== undefined && droppedLetter(word, first);
      });
    }
    if (owners.length !== 1) continue;
    // A prefix ("tom", "bea") or a genitive without its apostrophe ("toms") may be a word too ("car",
    // "cars" of Carla): read as a name only where a name stands. A listed short form ("alex") or a name a
    // letter short ("prya") reads anywhere.
    const listed = !genitive && SHORT_NAMES.has(word);
    const dropped = !genitive && !index.has(word);
    const known = isKnownWord(word) || isTopic(word) || (!listed && !dropped);
    const possessive = !genitive && /^['’]s(?![\p{L}\p{N}])/u.test(typed.slice(match.index + match[0].length));
    const matched = possessive ? typed.slice(match.index, match.index + match[0].length + 2) : match[0];
    const afterArticle = !english && ARTICLE_BEFORE.test(folded.slice(0, match.index));
    if (!afterArticle && !readsAsName(folded, match.index, fold(matched), match[0], known, english)) continue;
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      entries: owners,
      text: match[0],
      whole: false,
    });
  }
  return hits;
}

/** A question's words, and those ending in "s" without it: a name with its genitive "s" ("Annas"). */
function wordsOf(folded: string): ReadonlySet<string> {
  const words = folded.match(WORD_RUN) ?? [];
  const genitives = words.filter((word) => word.length > 3 && word.endsWith('s')).map((word) => word.slice(0, -1));
  return new Set([...words, ...genitives]);
}

/**
 * `isKnownWord`: the profiles use the word (a capitalised unknown word is then a topic, not a
 * name). `isTopic`: the word names a skill (a "Ruby" in the team does not make "who knows ruby?" about her).
 */
export function findNamedPeople(
  question: string,
  directory: readonly DirectoryEntry[],
  isKnownWord: (word: string) => boolean,
  isTopic?: (word: string) => boolean,
): NamedPeople {
  const folded = fold(question);
  // Positions line up: folding removes combining marks only after NFKD, so measure on the folded text throughout.
  const foldedOriginalCase = question.normalize('NFKD').replace(/\p{M}/gu, '');
  const hits: Hit[] = [];
  const { phrases, parts } = nameIndexOf(directory);
  // Only names whose first word is a word of the question can match: a lookup, not a pass over everyone.
  const questionWords = wordsOf(folded);
  const english = questionLanguage(question) === 'en';
  for (const [phrase, entries] of candidates(phrases, questionWords)) {
    for (const match of folded.matchAll(boundary(phrase))) {
      // A one-word alias (a first name) is a lone name part too.
      if (!/\s/u.test(phrase) && insideOrganisation(folded, match.index, match[0])) continue;
      hits.push({
        start: match.index,
        end: match.index + match[0].length,
        entries,
        text: foldedOriginalCase.slice(match.index, match.index + phrase.length),
        whole: true,
      });
    }
  }
  for (const [part, entries] of candidates(parts, questionWords)) {
    for (const match of folded.matchAll(boundary(part))) {
      const typed = foldedOriginalCase.slice(match.index, match.index + part.length);
      if (!readsAsName(folded, match.index, match[0], typed, isTopic?.(part) === true, english)) continue;
      if (insideOrganisation(folded, match.index, match[0])) continue;
      hits.push({ start: match.index, end: match.index + match[0].length, entries, text: typed, whole: false });
    }
  }
  for (const hit of misspeltNames(foldedOriginalCase, parts, isKnownWord))
    if (!hits.some((other) => hit.start < other.end && other.start < hit.end)) hits.push(hit);
  const topic = (word: string) => isTopic?.(word) === true;
  for (const hit of shortNames(foldedOriginalCase, directory, parts, isKnownWord, topic, english))
    if (!hits.some((other) => hit.start < other.end && other.start < hit.end)) hits.push(hit);
  // Longest first; a hit inside a longer one is dropped ("Phil" inside "Phil Kershaw").
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of hits) if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);

  const people: DirectoryEntry[] = [];
  const ambiguous: { name: string; candidates: DirectoryEntry[] }[] = [];
  for (const hit of kept) {
    const fresh = hit.entries.filter((entry) => !people.includes(entry));
    if (hit.entries.length === 1 || hit.whole) {
      for (const entry of fresh) people.push(entry);
    } else if (!hit.entries.some((entry) => people.includes(entry))) {
      // "Phil" with a second Phil named elsewhere in the question is settled by that name; otherwise ask.
      ambiguous.push({ name: hit.text, candidates: hit.entries });
    }
  }
  // A "Phil" that is also the surname in "Phil Kershaw" was settled above; drop ambiguity the named people resolve.
  const unresolved = ambiguous.filter((group) => !group.candidates.some((entry) => people.includes(entry)));

  // Offsets are on the folded text, so the rest is cut from the folded text too (accents dropped, case kept).
  let rest = foldedOriginalCase;
  for (const hit of [...kept].sort((a, b) => b.start - a.start)) {
    // An article or a title before the name goes with it: "o que o rafael faz" asks what he does, "o"
    // is no organisation; "where does dr lobo work" no place called "dr".
    const before = rest.slice(0, hit.start).replace(BEFORE_NAME, '');
    rest = `${before} ${rest.slice(hit.end)}`;
  }
  rest = rest
    .replace(/\bthe\s+(?=\s|$|[?.,])/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();

  const unknown: { name: string; close: DirectoryEntry[] }[] = [];
  const spansTaken = kept.map((hit) => [hit.start, hit.end] as const);
  for (const slot of NAME_SLOTS) {
    for (const match of foldedOriginalCase.matchAll(slot)) {
      const name = match[1]!;
      const at = match.index + match[0].indexOf(name);
      if (spansTaken.some(([start, end]) => at < end && start < at + name.length)) continue;
      const words = name.split(/\s+/);
      if (words.some((word) => NOT_NAMES.has(fold(word)) || isKnownWord(word))) continue;
      if (unknown.some((entry) => entry.name === name)) continue;
      unknown.push({ name, close: closeNames(words[0]!, directory) });
    }
  }
  return { people, ambiguous: unresolved, unknown, rest };
}
