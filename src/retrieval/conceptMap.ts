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
import { isStopword, isWeakTerm, wordTerms } from '../text/terms.js';

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
}

interface AskedPhrase {
  readonly phrase: string;
  readonly terms: readonly string[];
  readonly concept: number;
}

export class ConceptMap {
  /** Asked phrases by their first index term: a question looks up its own terms, never scans the map. */
  private readonly byFirstTerm = new Map<string, AskedPhrase[]>();

  constructor(readonly entries: readonly ConceptEntry[]) {
    entries.forEach((entry, concept) => {
      for (const asked of entry.asked) {
        const phrase = asked.toLowerCase();
        const terms = wholeWordTerms(phrase);
        if (terms.length === 0) continue;
        const list = this.byFirstTerm.get(terms[0]!) ?? [];
        list.push({ phrase, terms, concept });
        this.byFirstTerm.set(terms[0]!, list);
      }
    });
  }

  /**
   * The asked wordings a question's words (`wholeWordTerms` of the question) contain as a run,
   * each once: two wordings of one concept ("dapp", "distributed ledger") may
   * each stand for a word of the question, and each needs the CV wordings.
   */
  find(questionTerms: readonly string[]): ConceptTrigger[] {
    const found = new Map<string, ConceptTrigger>();
    questionTerms.forEach((term, start) => {
      for (const { phrase, terms, concept } of this.byFirstTerm.get(term) ?? []) {
        if (found.has(phrase) || !terms.every((other, i) => questionTerms[start + i] === other)) continue;
        const written = this.entries[concept]!.written.filter((wording) => wording.toLowerCase() !== phrase);
        found.set(phrase, { phrase, written });
      }
    });
    return [...found.values()];
  }

  /**
   * Whether `text` (a short noun phrase: "the military", "charity work") is all asked wordings of
   * the map, apart from stop and filler words: "data scientist" is not "scientist", and "Amazon Web
   * Services" (written as a name) is not "web services".
   */
  covers(text: string): boolean {
    if (/\p{Lu}/u.test(text)) return false;
    const terms = wholeWordTerms(text);
    const covered = terms.map((term) => isStopword(term) || isWeakTerm(term));
    terms.forEach((term, start) => {
      for (const asked of this.byFirstTerm.get(term) ?? []) {
        if (asked.terms.every((other, i) => terms[start + i] === other))
          covered.fill(true, start, start + asked.terms.length);
      }
    });
    return terms.length > 0 && covered.every(Boolean) && covered.some((_, i) => !isStopword(terms[i]!));
  }
}

/**
 * Each word's whole term, stop words kept: a part of a joined word is not the word ("multi-cloud"
 * asks about several clouds, not about AWS), so wordings are matched on whole words alone.
 */
export function wholeWordTerms(text: string): string[] {
  return wordTerms(text.replace(ELIDED, '$1 ')).map((terms) => terms[0]);
}

/** A French elided article or pronoun before its word ("l'armée", "d'hiver"): a word of its own, so "armée" is found. */
const ELIDED = /(?<!\p{L})(l|d|j|m|n|s|t|c|qu)['’](?=\p{L})/giu;

let defaults: ConceptMap | undefined;

/** The map shipped beside this file, read once. */
export function defaultConceptMap(): ConceptMap {
  defaults ??= new ConceptMap(conceptData.concepts);
  return defaults;
}
