/**
 * The names a question may call a person by (whole names, aliases, name parts), and the table of
 * every one of them by its first word. A build stores the table with the index
 * (index/store/manifest/namesFile.ts), so a first question looks names up instead of making it
 * from every profile; answers read it through answer/namedPeople.ts.
 */
import type { NameSource } from './document.js';
import nameWords from './nameWords.json' with { type: 'json' };
import wordsAsNames from './wordsAsNames.json' with { type: 'json' };

/**
 * The rules below, as a number stored with the table: a table made by other rules is not used
 * (made again from the profiles at the first question) until `npm run embed` stores a new one.
 * Raise it with any change to `nameParts`, `namePhrases`, `fold`, NOT_NAMES or the words as names.
 */
export const NAME_RULES_VERSION = 2;

/** What the table is made from: a person's display name, aliases, and where the name came from. */
export interface NameOwner {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly nameSource: NameSource;
}

/** Accents folded, lower case: "Aarón" meets "aaron". */
export function fold(text: string): string {
  // Printable ASCII has no accents to fold and is its own NFKD form (most names), and every name is folded per index.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Words that are never a person's name, even capitalised at the start of a question. */
export const NOT_NAMES = new Set(
  `who whom whose what which where when why how is are was were does did do has have had can could would should
  will tell show give list find compare describe summarise summarize any anyone anybody someone somebody everyone
  the a an i me my our we you resume cv profile curriculum vitae team people person senior junior lead`.split(/\s+/),
);

/** Name parts that are also common English words. */
export const WORDS_AS_NAMES: ReadonlySet<string> = new Set(wordsAsNames.english);
/** Name parts that are function words of the five languages ("das", "de"): names only as written as names. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(wordsAsNames.function);

/**
 * Parts of a display name worth matching alone: "Phil Kershaw" → phil, kershaw.
 * A label from a file name has none.
 */
export function nameParts(entry: NameOwner): string[] {
  // A label ("Apple SRE (profile 001)", or one made from a file name) is matched whole, never word by word.
  if (entry.nameSource === 'file-name' || /\(/.test(entry.name)) return [];
  const bare = entry.name.trim();
  const words = bare.split(/\s+/).filter(Boolean);
  // "María José de la Cruz Fernández": particles do not count towards the five words, nor are they parts.
  const counted = words.filter((word, i) => i === 0 || !PARTICLES.has(word)).length;
  if (words.length < 2 || counted > 5 || !words.every((word) => /^\p{L}[\p{L}'’.-]*$/u.test(word))) return [];
  // "Will" is a question word and a first name: kept, and read by its place in the question (readsAsName).
  const usable = (word: string) => word.length >= 2 && (!NOT_NAMES.has(word) || WORDS_AS_NAMES.has(word));
  const folded = words
    .filter((word, i) => i === 0 || !PARTICLES.has(word))
    .map((word) => fold(word).replace(/\.$/, ''));
  // "Jörg-Peter Müller-Lüdenscheidt" is asked about as "Jörg" or "Müller" too: each piece of a hyphenated word.
  const pieces = folded.flatMap((word) =>
    word.includes('-') ? word.split('-').filter((piece) => piece.length >= 3 && !PARTICLES.has(piece)) : [],
  );
  return [...new Set([...folded, ...pieces])].filter(usable);
}

/** "al-Hassan", "el-Amin": a particle joined by a hyphen is no name of its own. */
const PARTICLES: ReadonlySet<string> = new Set(nameWords.particles);

/** Whole names and aliases, matched as phrases in any case: "phil kershaw", "apple sre", "kura". */
export function namePhrases(entry: NameOwner): string[] {
  const forms = [
    entry.name,
    entry.name.replace(/\([^)]*\)/g, ' '),
    ...entry.aliases.filter((alias) => !/\.\w{2,4}$/.test(alias)),
  ];
  return [
    ...new Set(
      forms
        .map((form) => fold(form).replace(/\s+/g, ' ').trim())
        .filter((form) => form.length >= 2 && !NOT_NAMES.has(form)),
    ),
  ];
}

/** Names by the first run of letters or digits they start with ('' when they start otherwise), each with its owners. */
export interface NamesByFirstWord<T> {
  get(first: string): ReadonlyMap<string, T[]> | undefined;
  /** The first words, in the order their first name was added. */
  keys(): Iterable<string>;
}

/** Every whole name (phrases) and name part (parts) of `owners`, owners in their given order. */
export interface NameTable<T> {
  readonly phrases: NamesByFirstWord<T>;
  readonly parts: NamesByFirstWord<T>;
}

/** The first run of letters or digits a name starts with: the question word it is looked up by. */
export function firstWordOf(name: string): string {
  return /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? '';
}

function add<T>(index: Map<string, Map<string, T[]>>, name: string, owner: T): void {
  const first = firstWordOf(name);
  let names = index.get(first);
  if (!names) index.set(first, (names = new Map()));
  const owners = names.get(name);
  if (owners) owners.push(owner);
  else names.set(name, [owner]);
}

/** Made once per set of people: a pass over everyone, which a question then never repeats. */
export function nameTable<T extends NameOwner>(owners: readonly T[]): NameTable<T> {
  const table = { phrases: new Map<string, Map<string, T[]>>(), parts: new Map<string, Map<string, T[]>>() };
  for (const owner of owners) {
    for (const phrase of namePhrases(owner)) add(table.phrases, phrase, owner);
    for (const part of nameParts(owner)) add(table.parts, part, owner);
  }
  return table;
}
