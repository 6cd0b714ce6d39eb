/**
 * The concept map (`conceptMap.json`): how colleagues ask about something ("managed people",
 * "voice-to-text", "the military") against how CVs write it ("team lead", "speech recognition",
 * "army"). No embedding model runs here, so a question sharing no word with the line that answers
 * it would find nothing; this map is how lexical retrieval finds such paraphrases on its own. Where
 * a real model is present, vectors add recall on top.
 *
 * One way only, from the asked wording to the written ones: "cloud" brings in AWS, but "AWS" never
 * brings in Azure. The query plan adds the written wordings below the typed words' weight, and only
 * those some profile uses, a few per question, so the literal match always ranks first and a
 * question costs a bounded number of extra terms.
 */
import conceptData from './conceptMap.json' with { type: 'json' };
import termWords from '../text/termWords.json' with { type: 'json' };
import { STEMMED_LANGUAGES, type StemmedLanguage, stemIn } from '../text/stems.js';
import { questionLanguage } from '../text/questionLanguage.js';
import { isStopword, isWeakTerm, splitElisions, termTokens, wordTerms } from '../text/terms.js';

/** One concept: the wordings a question may use, and the wordings a CV writes it with. */
export interface ConceptEntry {
  readonly name: string;
  readonly asked: readonly string[];
  readonly written: readonly string[];
}

/** An asked wording found in a question, with the written wordings of its concept. */
export interface ConceptTrigger {
  /** The asked wording, lower case. */
  readonly phrase: string;
  /** The concept's written wordings, in the map's order (most telling first), the phrase itself left out. */
  readonly written: readonly string[];
  /** The concept's position in the map. */
  readonly concept: number;
}

interface AskedPhrase {
  readonly phrase: string;
  /** Its words as keys of one reading (`keyReadings`): whole-word terms, or stems of one language. */
  readonly terms: readonly string[];
  readonly concept: number;
  /** Read by the stems of a language, not by the words' own terms. */
  readonly stemmed?: boolean;
}

/** Words shorter than this are never read as a typo of another: too many words lie one letter apart. */
const TYPO_MIN_LENGTH = 6;

/** The shortest part of a German compound read on its own ("Lager" of "Lagerlogistik"). */
const COMPOUND_PART = 5;

/** A word no shorter than this may be covered by a part of it (`covers`): shorter words are rarely compounds. */
const COMPOUND_COVERED = 10;

/** The word with each one of its letters left out ("teacher" → "eacher", "tacher", …). */
function deletions(word: string): string[] {
  const letters = Array.from(word);
  return letters.map((_, i) => [...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
}

/** The word with two neighbouring letters swapped, each way it can be ("worked" → "owrked", "wroked", …). */
function swaps(word: string): string[] {
  const letters = Array.from(word);
  const out: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    out.push(swapped.join(''));
  }
  return out;
}

export class ConceptMap {
  /** Asked phrases by their first index term: a question looks up its own terms, never scans the map. */
  private readonly byFirstTerm = new Map<string, AskedPhrase[]>();
  /**
   * The words of the asked wordings (six letters or more), by themselves and with any one letter left
   * out, to their terms: a word typed one letter wrong ("automboiles", "teahcer") meets its word
   * through a shared deletion, one look-up per letter.
   */
  private readonly nearWords = new Map<string, Set<string>>();
  /** Filler and small words with two neighbouring letters swapped, to their terms. */
  private readonly swappedFillers = new Map<string, string>();

  constructor(readonly entries: readonly ConceptEntry[]) {
    // A filler or small word only as two of its letters swapped ("wokred", "konws"): one letter more
    // or less or another makes other words of it ("worker" is not "worked", "smart" not "start").
    for (const word of [...termWords.weak, ...termWords.weakInOtherLanguages, ...termWords.stopwords]) {
      const [term] = wholeWordTerms(word);
      if (!term || Array.from(word).length < TYPO_MIN_LENGTH - 1) continue;
      for (const swapped of swaps(word)) if (!this.swappedFillers.has(swapped)) this.swappedFillers.set(swapped, term);
    }
    const words = new Set<string>();
    entries.forEach((entry, concept) => {
      for (const asked of entry.asked) {
        const phrase = asked.toLowerCase();
        const [terms, ...stems] = keyReadings(phrase);
        if (!terms || terms.length === 0) continue;
        this.addPhrase({ phrase, terms, concept });
        // "astreintes", "subordonnés", "Werkstudenten": the wording meets the question's word in
        // another inflection through their stems in one language (never a stem of one language
        // against another's).
        for (const keys of stems)
          if (keys.join(' ') !== terms.join(' ')) this.addPhrase({ phrase, terms: keys, concept, stemmed: true });
        for (const word of phrase.split(/[^\p{L}]+/u)) words.add(word);
      }
    });
    for (const word of words) if (Array.from(word).length >= TYPO_MIN_LENGTH) this.addNear(word);
  }

  private addPhrase(asked: AskedPhrase): void {
    const list = this.byFirstTerm.get(asked.terms[0]!) ?? [];
    if (!list.some((other) => other.concept === asked.concept && other.terms.join(' ') === asked.terms.join(' ')))
      list.push(asked);
    this.byFirstTerm.set(asked.terms[0]!, list);
  }

  private addNear(word: string): void {
    const [term] = wholeWordTerms(word);
    if (!term) return;
    for (const near of [word, ...deletions(word)]) {
      const found = this.nearWords.get(near) ?? new Set();
      found.add(term);
      this.nearWords.set(near, found);
    }
  }

  /** The one asked or filler word's term `word` (typed, lower case) is one letter away from; undefined when none or several. */
  private typoOf(word: string): string | undefined {
    if (this.swappedFillers.has(word)) return this.swappedFillers.get(word);
    if (Array.from(word).length < TYPO_MIN_LENGTH || this.nearWords.has(word)) return undefined;
    const near = new Set<string>();
    for (const variant of deletions(word)) for (const other of this.nearWords.get(variant) ?? []) near.add(other);
    return near.size === 1 ? [...near][0] : undefined;
  }

  /**
   * The question's whole-word terms (`wholeWordTerms`), each word no profile holds (`known` false)
   * read as the asked or filler word it is one letter away from, when it is one letter away from
   * exactly one such word: "who sold automboiles?" asks about automobiles. `corrected` maps each
   * such typed term to the term it was read as.
   */
  readTypos(
    question: string,
    known: (term: string) => boolean,
  ): { readonly terms: string[]; readonly corrected: ReadonlyMap<string, string> } {
    const text = splitElisions(question);
    const corrected = new Map<string, string>();
    const terms = termTokens(text).map(({ terms: [term], start, end }) => {
      const reading = known(term) ? undefined : this.typoOf(text.slice(start, end).toLowerCase());
      if (reading === undefined) return term;
      corrected.set(term, reading);
      return reading;
    });
    return { terms, corrected };
  }

  /**
   * The asked wordings a question's words (`wholeWordTerms` of the question) contain as a run,
   * each once: two wordings of one concept ("dapp", "distributed ledger") may
   * each stand for a word of the question, and each needs the CV wordings. With the question's
   * text, a wording also meets the question's words by their stems in one language ("qui a fait
   * des astreintes ?" asks "astreinte"); such a trigger is named by the question's own words.
   */
  find(questionTerms: readonly string[], question?: string): ConceptTrigger[] {
    const found = new Map<string, ConceptTrigger>();
    // The question's words are stemmed in its own language only: an English "bodies" is no Spanish "bodas".
    const language = question === undefined ? 'en' : questionLanguage(question);
    const readings =
      question === undefined || language === 'en' ? [] : [keyReadings(question.toLowerCase(), language)[1]!];
    const words = question === undefined ? [] : wordsOf(question.toLowerCase());
    const usable = readings.filter((keys) => keys.length === questionTerms.length);
    for (const [reading, keys] of [questionTerms, ...usable].entries()) {
      keys.forEach((key, start) => {
        for (const { phrase, terms, concept, stemmed } of this.byFirstTerm.get(key) ?? []) {
          if (reading === 0 && stemmed) continue;
          if (!terms.every((other, i) => keys[start + i] === other)) continue;
          // Met by stems: named by the question's words, which the plan knows the words by.
          const name = reading === 0 ? phrase : words.slice(start, start + terms.length).join(' ');
          if (found.has(name) || [...found.values()].some((t) => t.concept === concept && t.phrase === name)) continue;
          const written = this.entries[concept]!.written.filter((wording) => wording.toLowerCase() !== phrase);
          found.set(name, { phrase: name, written, concept });
        }
      });
    }
    return [...found.values()];
  }

  /**
   * A German compound read by its head, the last part, when that is an asked wording of one word:
   * "Nachtbereitschaft" is a kind of "Bereitschaft", "Kundenbeschwerden" of "Beschwerden". The
   * longest head of five letters or more is taken. Never by its first part: "Kinderbücher" are
   * books, not children, and "Schiffsreparaturen" repairs, not a ship.
   */
  inCompound(word: string): ConceptTrigger | undefined {
    const letters = Array.from(word.toLowerCase());
    if (letters.length < 2 * COMPOUND_PART || !/^\p{L}+$/u.test(word)) return undefined;
    for (let at = COMPOUND_PART; at <= letters.length - COMPOUND_PART; at++) {
      const head = letters.slice(at).join('');
      for (const key of [wholeWordTerms(head)[0], stemIn('de', head)])
        for (const { concept, terms } of key ? (this.byFirstTerm.get(key) ?? []) : [])
          if (terms.length === 1)
            return { phrase: word.toLowerCase(), written: this.entries[concept]!.written, concept };
    }
    return undefined;
  }

  /**
   * Whether `text` (a short noun phrase: "the military", "charity work") is all asked wordings of
   * the map, apart from stop and filler words: "data scientist" is not "scientist", and "Amazon Web
   * Services" (written as a name) is not "web services".
   */
  covers(text: string): boolean {
    if (/\p{Lu}/u.test(text)) return false;
    // A word typed one letter wrong ("missoinary") is read as the word it stands for.
    const terms = wholeWordTerms(text).map((term) => this.typoOf(term) ?? term);
    const covered = terms.map((term) => isStopword(term) || isWeakTerm(term));
    const language = questionLanguage(text);
    const stems = (language === 'en' ? [] : [keyReadings(text, language)[1]!]).filter(
      (keys) => keys.length === terms.length,
    );
    for (const [reading, keys] of [terms, ...stems].entries())
      keys.forEach((key, start) => {
        for (const asked of this.byFirstTerm.get(key) ?? []) {
          if ((reading === 0 && asked.stemmed) || !asked.terms.every((other, i) => keys[start + i] === other)) continue;
          covered.fill(true, start, start + asked.terms.length);
        }
      });
    // A long joined word ("Nachtbereitschaft") is covered by its part the map knows.
    const words = wordsOf(text.toLowerCase());
    covered.forEach((done, i) => {
      const word = words[i];
      if (!done && word !== undefined && Array.from(word).length >= COMPOUND_COVERED && this.inCompound(word))
        covered[i] = true;
    });
    return terms.length > 0 && covered.every(Boolean) && covered.some((_, i) => !isStopword(terms[i]!));
  }
}

/**
 * Each word's whole term, stop words kept: a part of a joined word is not the word ("multi-cloud"
 * asks about several clouds, not about AWS), so wordings are matched on whole words alone.
 */
export function wholeWordTerms(text: string): string[] {
  // "l'armée" is "armée" after an elided article: a word of its own, so the wording is found.
  return wordTerms(splitElisions(text)).map((terms) => terms[0]);
}

/** The lower-case words of `text` as `wholeWordTerms` reads them, one per term. */
function wordsOf(text: string): string[] {
  const split = splitElisions(text);
  return termTokens(split).map(({ start, end }) => split.slice(start, end));
}

/**
 * The words of `text` (lower case) read as keys: first their whole-word terms, then for each of
 * German, French, Spanish and Portuguese their stems in that language (a word too short to stem, or
 * no plain word, keeps its term), so a wording and a question meet in one language's inflections.
 */
export function keyReadings(text: string, only?: StemmedLanguage): string[][] {
  const terms = wholeWordTerms(text);
  const words = wordsOf(text);
  const languages = only ? [only] : STEMMED_LANGUAGES;
  return [terms, ...languages.map((language) => words.map((word, i) => stemIn(language, word) ?? terms[i] ?? word))];
}

let defaults: ConceptMap | undefined;

/** The map shipped beside this file, read once. */
export function defaultConceptMap(): ConceptMap {
  defaults ??= new ConceptMap(conceptData.concepts);
  return defaults;
}
