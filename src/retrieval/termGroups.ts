/**
 * Groups of words that stand for one another, kept as data: skill aliases (`k8s` = `kubernetes`) and
 * related question words (`talks` ~ `spoke publicly`). Defaults ship beside this file; a team adds
 * its own groups in the corpus folder (same format) without touching code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import crossLanguage from './crossLanguage.json' with { type: 'json' };
import relatedDefaults from './relatedTerms.json' with { type: 'json' };
import skillDefaults from '../text/skillAliases.json' with { type: 'json' };
import { settingsFileReadable } from '../corpus/corpusLinks.js';
import { jsonProblem } from '../corpus/jsonProblem.js';
import { canonicalSkill } from './skillMatch.js';
import { tokenize } from '../text/terms.js';
import { WordNet } from './wordnet.js';
import { defaultConceptMap, type ConceptMap } from './conceptMap.js';

export const USER_FILES = { skills: 'skill-aliases.json', related: 'related-terms.json' } as const;

/** Names in canonical word form (`Node.JS` → `nodejs`, `CI/CD` → `ci cd`), grouped. */
export interface TermData {
  readonly groups: readonly (readonly string[])[];
  /** bundle → what it contains, one way: listing "ELK" shows Elasticsearch, not the reverse. */
  readonly implies?: Readonly<Record<string, readonly string[]>>;
  /** Vendors a product name may start with ("apache" in "Apache Spark"): the rest is its short name. */
  readonly makers?: readonly string[];
  /** Rests too general to stand for the product ("cloud" of "Google Cloud"). */
  readonly generic?: readonly string[];
  /**
   * Groups of words that mean the same in several languages ("deutsch" = "german") but name no
   * technology: matched and expanded like `groups`, left out of `names()`, which decides whether a
   * short skill ("Go", "R") stands among technologies.
   */
  readonly words?: readonly (readonly string[])[];
}

export class TermGroups {
  private readonly groupOf = new Map<string, Set<string>>();
  /** name → bundles that contain it. */
  private readonly bundlesOf = new Map<string, Set<string>>();

  private readonly makers: readonly string[];
  private readonly generic: ReadonlySet<string>;
  /** Names only in `words` groups. */
  private readonly plainWords = new Set<string>();

  constructor({ groups, implies = {}, makers = [], generic = [], words = [] }: TermData) {
    this.makers = makers.map(canonicalSkill).filter(Boolean);
    this.generic = new Set(generic.map(canonicalSkill));
    const technologies = new Set(groups.flatMap((group) => group.map(canonicalSkill)));
    for (const name of words.flat().map(canonicalSkill)) if (!technologies.has(name)) this.plainWords.add(name);
    for (const group of [...groups, ...words]) {
      const names = group.map(canonicalSkill).filter(Boolean);
      // Groups sharing a name merge, so a user file can extend a default group by naming one member.
      const merged = new Set(names);
      for (const name of names) for (const other of this.groupOf.get(name) ?? []) merged.add(other);
      for (const name of merged) this.groupOf.set(name, merged);
    }
    for (const [bundle, contents] of Object.entries(implies)) {
      for (const name of contents.map(canonicalSkill)) {
        const bundles = this.bundlesOf.get(name) ?? new Set();
        bundles.add(canonicalSkill(bundle));
        this.bundlesOf.set(name, bundles);
      }
    }
  }

  private group(name: string): string[] {
    return [...(this.groupOf.get(name) ?? [name])];
  }

  /** The name itself first, then the rest of its group, then bundles that contain it (and their aliases). */
  variants(name: string): string[] {
    const key = canonicalSkill(name);
    const names = new Set([key, ...this.group(key)]);
    const short = this.shortName(key);
    if (short) for (const name of this.group(short)) names.add(name);
    for (const member of [...names]) {
      for (const bundle of this.bundlesOf.get(member) ?? []) for (const alias of this.group(bundle)) names.add(alias);
    }
    return [...names];
  }

  /** "apache spark" → "spark": a maker's product by its distinctive rest, one word of three letters or more. */
  private shortName(key: string): string | undefined {
    const maker = this.makers.find((name) => key.startsWith(`${name} `));
    const rest = maker && key.slice(maker.length + 1);
    return rest && !rest.includes(' ') && rest.length >= 3 && !this.generic.has(rest) ? rest : undefined;
  }

  private namesCache: Set<string> | undefined;

  /** Every name in every group, canonical; not the plain words of `TermData.words`. */
  names(): ReadonlySet<string> {
    this.namesCache ??= new Set([...this.groupOf.keys()].filter((name) => !this.plainWords.has(name)));
    return this.namesCache;
  }

  private termsCache: { name: string; terms: string[]; group: Set<string> }[] | undefined;

  /** Every name with its index terms and its group; tokenised once, since every question scans them. */
  namesWithTerms(): readonly {
    readonly name: string;
    readonly terms: readonly string[];
    readonly group: ReadonlySet<string>;
  }[] {
    this.termsCache ??= [...this.groupOf].map(([name, group]) => ({ name, terms: tokenize(name), group }));
    return this.termsCache;
  }
}

const isNames = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((name) => typeof name === 'string');

/** The user's file, or undefined when there is none. Never quotes the file in an error: it may not be ours. */
function readTermData(corpusDir: string, file: string): TermData | undefined {
  if (!settingsFileReadable(corpusDir, file)) return undefined;
  const raw = readFileSync(file, 'utf8');
  let parsed: { groups?: unknown; implies?: unknown };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch (error) {
    throw new Error(jsonProblem(error, raw), { cause: error });
  }
  if (!parsed || typeof parsed !== 'object') parsed = {};
  const implies = parsed.implies ?? {};
  if (
    !Array.isArray(parsed.groups) ||
    !parsed.groups.every(isNames) ||
    typeof implies !== 'object' ||
    !Object.values(implies).every(isNames)
  ) {
    throw new Error('expected { "groups": [["name", "alias", ...], ...], "implies": { "bundle": ["skill", ...] } }');
  }
  return { groups: parsed.groups, implies: implies as Record<string, string[]> };
}

function load(defaults: TermData, corpusDir: string, userFile: string, warn: (message: string) => void): TermGroups {
  let user: TermData = { groups: [] };
  try {
    user = readTermData(corpusDir, userFile) ?? user;
  } catch (error) {
    // No user file is the normal case; a broken or refused one is reported and ignored, never fatal.
    warn(`ignored ${userFile}: ${(error as Error).message}`);
  }
  const implies = { ...defaults.implies, ...user.implies };
  const { makers, generic, words } = defaults;
  return new TermGroups({ groups: [...defaults.groups, ...user.groups], implies, makers, generic, words });
}

/** A name without its accents ("alemão" → "alemao"): questions are often typed without them, CVs with them. */
const unaccented = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');

/** The languages and CV terms of crossLanguage.json as skill groups, each name also without its accents. */
export const CROSS_LANGUAGE_GROUPS: readonly (readonly string[])[] = [
  ...crossLanguage.languages,
  ...crossLanguage.terms,
].map((group) => [...new Set(group.flatMap((name) => [name, unaccented(name)]))]);

/** Each one-word name of a cross-language group → the group's English name; "of" for the connectors ("de", "von"). */
const ENGLISH_WORD = new Map<string, string>([
  ...crossLanguage.connectors.map((word) => [word, 'of'] as const),
  ...CROSS_LANGUAGE_GROUPS.flatMap((group) =>
    group.filter((name) => !/\s/.test(name)).map((name) => [name, group[0]!] as const),
  ),
]);

/**
 * A name written in another language, word by word in English where the groups know the word:
 * "Université de Birjand" → "university of Birjand"; undefined when no word changes.
 */
export function inEnglish(text: string): string | undefined {
  let changed = false;
  const english = text.replace(/[\p{L}]+/gu, (word) => {
    const found = ENGLISH_WORD.get(word.toLowerCase());
    if (found === undefined || found === word.toLowerCase()) return word;
    changed = true;
    return found;
  });
  return changed ? english : undefined;
}

export interface Vocabulary {
  readonly skills: TermGroups;
  readonly related: TermGroups;
  /** Synonyms and derived forms from WordNet, for question words the groups above do not cover. */
  readonly wordnet?: WordNet;
  /** How questions ask about a concept against how CVs write it, one way (see conceptMap.ts). */
  readonly concepts?: ConceptMap;
}

export function loadVocabulary(
  corpusDir: string,
  warn: (message: string) => void = () => {},
  options: { readonly wordnet?: boolean } = {},
): Vocabulary {
  return {
    skills: load(
      { ...skillDefaults, words: CROSS_LANGUAGE_GROUPS },
      corpusDir,
      path.join(corpusDir, USER_FILES.skills),
      warn,
    ),
    related: load(relatedDefaults, corpusDir, path.join(corpusDir, USER_FILES.related), warn),
    // WordNet's files are read on the first question that needs them, never at start-up.
    wordnet: options.wordnet ? new WordNet() : undefined,
    concepts: defaultConceptMap(),
  };
}
