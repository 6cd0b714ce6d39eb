/**
 * A question as a list of concepts. Each concept is satisfied by any one of its forms: the words
 * the user typed, a skill alias (`k8s` → `kubernetes`), or a related word (`talks` → `spoke`).
 * How much of a question a passage answers is the share of concept importance it satisfies, so a
 * passage matching an alias counts as matching the word, and a missing filler word costs little.
 */
import type { LexicalSearch } from '../index/read/indexReader.js';
import { type ConceptMap, wholeWordTerms } from './conceptMap.js';
import type { TermGroups, Vocabulary } from './termGroups.js';
import { actNounStems, STEMMED_LANGUAGES, stemIn, stemsInEveryLanguage } from '../text/stems.js';
import { isFillerWord, questionLanguage } from '../text/questionLanguage.js';
import { isStopword, isWeakTerm, queryTerms, queryTokens, tokenize } from '../text/terms.js';

export interface ConceptForm {
  /** All of these terms must be present (a multi-word alias is one form). */
  readonly terms: readonly string[];
  /** BM25 weight of this form's terms: 1 for what was typed, less for expansions. */
  readonly weight: number;
  /** Another wording of what was asked (concept map, WordNet), not the words typed or their spellings. */
  readonly paraphrase?: boolean;
}

export interface Concept {
  readonly label: string;
  readonly forms: readonly ConceptForm[];
  /** IDF of what was typed, scaled down for filler words ("experience", "worked"), up for words no profile has. */
  readonly importance: number;
  /** No profile contains any form of it: the question asks about something the team's profiles never mention. */
  readonly unknown: boolean;
  /** Which "or"-separated part of the question it belongs to. */
  readonly clause: number;
  /** A filler word of questions ("experience", "worked", "built"). */
  readonly weak: boolean;
  /**
   * Written as a name in the question (capitalised, not its first word): "Kafka", "Japanese",
   * "COBOL". In a question typed without capitals any word may be a name, so every word counts.
   */
  readonly named: boolean;
}

export interface QueryPlan {
  readonly concepts: readonly Concept[];
  /** Every term to search for, with its weight (the largest among forms using it). */
  readonly weights: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
  /** Terms only paraphrase forms hold, with their weight: they count less in choosing which line to quote. */
  readonly paraphrased?: ReadonlyMap<string, number>;
}

export const EXPANSION_WEIGHTS = { skillAlias: 0.8, stem: 0.8, related: 0.5, wordnet: 0.4, concept: 0.4 } as const;
/** CV wordings one asked wording of the concept map may add (those some profile uses, in the map's order). */
const CONCEPT_FORMS = 10;
const WEAK_IMPORTANCE = 0.2;
/**
 * A specific word that no profile contains is the strongest sign the profiles can't answer
 * ("who has run Kafka clusters on AWS?"): it weighs more than the words around it that do match.
 */
const UNKNOWN_IMPORTANCE = 1.5;
const WEAK_WEIGHT = 0.5;

interface Trigger {
  readonly name: string;
  readonly group: ReadonlySet<string>;
  readonly weight: number;
  /**
   * Only alternatives some profile uses, at most `CONCEPT_FORMS` of them: a concept map wording
   * brings what the profiles say, a bounded number of terms, never a search for words no one wrote.
   */
  readonly bounded?: boolean;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((term, i) => haystack[start + i] === term)) return true;
  }
  return false;
}

/** Names from the groups that appear in the question, compared as index terms ("networks" meets "network"). */
function triggers(questionTerms: readonly string[], groups: readonly [TermGroups, number][]): Trigger[] {
  const found: Trigger[] = [];
  for (const [termGroups, weight] of groups) {
    for (const { name, terms, group } of termGroups.namesWithTerms()) {
      if (terms.length > 0 && containsRun(questionTerms, terms)) found.push({ name, group, weight });
    }
  }
  // Longest names first, so "infrastructure as code" claims its words before "code" could.
  return found.sort((a, b) => b.name.length - a.name.length);
}

/** The concept map's asked wordings in the question, longest first, each bringing a few of its CV wordings. */
function conceptTriggers(questionTerms: readonly string[], map: ConceptMap | undefined, question: string): Trigger[] {
  if (!map) return [];
  return map
    .find(questionTerms, question)
    .map(({ phrase, written }) => ({
      name: phrase,
      group: new Set(written),
      weight: EXPANSION_WEIGHTS.concept,
      bounded: true,
    }))
    .sort((a, b) => b.name.length - a.name.length);
}

interface DraftConcept {
  label: string;
  /** Forms from the words as typed: a joined word has two (`cicd`, or `ci` + `cd`). */
  typedForms: string[][];
  forms: ConceptForm[];
  clause: number;
  /** A filler word of questions ("hey", "quick", "sag", "mal"), weak like the words of `isWeakTerm`. */
  filler?: boolean;
  /** Several words taken as one asked wording of the concept map ("read CVs", "power bill"). */
  phrase?: boolean;
  /** The text between the word before it (or the clause's start) and its typed word. */
  readonly gap?: string;
  /** The word as typed, lower case. */
  readonly typed?: string;
}

/** "Who has run sprints or acted as a Scrum Master?" is two clauses; a passage may answer either. */
function clauses(question: string): string[] {
  return question.split(/\s+or\s+|\s*[;/]\s+or\s+/i);
}

/** Terms of the words written as names: capitalised, other than the question's first word; undefined when nothing is capitalised. */
function namedTerms(question: string): Set<string> | undefined {
  if (!/\p{Lu}/u.test(question)) return undefined;
  const words = question.match(/[\p{L}\d][\p{L}\d+#.'’-]*/gu) ?? [];
  return new Set(
    words
      .slice(1)
      .filter((word) => /^\p{Lu}/u.test(word))
      .flatMap((word) => tokenize(word)),
  );
}

export function planQuery(question: string, vocabulary: Vocabulary, lexical: LexicalSearch): QueryPlan {
  const concepts: DraftConcept[] = [];
  const conceptOf = new Map<string, DraftConcept>();
  // The word as typed (before stemming), for WordNet: "founded", not "found".
  const wordsOfConcept = new Map<DraftConcept, string>();
  const language = questionLanguage(question);
  clauses(question).forEach((clause, index) => {
    let previousEnd = 0;
    for (const { terms: word, start, end } of queryTokens(clause, language)) {
      const gap = clause.slice(previousEnd, start);
      previousEnd = end;
      if (conceptOf.has(word[0])) continue;
      const typedWord = clause.slice(start, end).normalize('NFKC').toLowerCase();
      // "hey quick q, who …": a filler word no profile holds is no topic the profiles lack.
      const filler = isFillerWord(typedWord, language);
      const weight = filler || isWeakTerm(word[0]) ? WEAK_WEIGHT : 1;
      const typedForms = word.length > 1 ? [[word[0]], word.slice(1)] : [[word[0]]];
      const concept: DraftConcept = {
        label: word[0],
        typedForms,
        forms: typedForms.map((terms) => ({ terms, weight })),
        clause: index,
        gap,
        typed: typedWord,
        ...(filler ? { filler } : {}),
      };
      concepts.push(concept);
      // A CV in German, French, Spanish or Portuguese also holds its words' stems: "Erfahrungen" meets "Erfahrung".
      // "qui a formé …" meets "Formation des nouveaux employés", "geleitet" "Leitung": a verb meets the noun of its act.
      if (word.length === 1)
        for (const stem of new Set([...stemsInEveryLanguage(typedWord), ...actNounStems(typedWord, language)]))
          concept.forms.push({ terms: [stem], weight: EXPANSION_WEIGHTS.stem * weight });
      if (word.length === 1 && /^[a-z]{4,}$/.test(typedWord)) wordsOfConcept.set(concept, typedWord);
      for (const term of word) conceptOf.set(term, concept);
    }
  });

  // A concept named by a multi-word trigger is not re-expanded by a shorter one inside it ("google cloud" is not "cloud").
  const claimed = new Map<DraftConcept, number>();
  const draft = { concepts, conceptOf, claimed, lexical };
  const questionTerms = tokenize(question);
  for (const trigger of triggers(questionTerms, [
    [vocabulary.skills, EXPANSION_WEIGHTS.skillAlias],
    [vocabulary.related, EXPANSION_WEIGHTS.related],
  ]))
    applyTrigger(trigger, draft, (owner) => claimed.has(owner));
  // The concept map's CV wordings for what a question asks in other words ("managed people" → "team lead"):
  // after the groups, so an alias of the same words ("machine learning" = "ml") does not shut them out.
  // A word typed one letter wrong ("automboiles", "wokred") that no profile holds is read as the asked
  // or filler word it stands for: its concept takes that word's place, a filler word's is weak.
  const typos = vocabulary.concepts?.readTypos(question, (term) => lexical.hasTerm(term));
  for (const [typed, reading] of typos?.corrected ?? []) {
    const owner = conceptOf.get(typed);
    if (!owner || conceptOf.has(reading)) continue;
    conceptOf.set(reading, owner);
    if (isWeakTerm(reading) || isStopword(reading)) owner.filler = true;
  }
  const paraphrased = new Set<DraftConcept>();
  for (const trigger of conceptTriggers(typos?.terms ?? wholeWordTerms(question), vocabulary.concepts, question)) {
    const length = queryTerms(trigger.name).length;
    const owner = applyTrigger(trigger, draft, (owner) => (claimed.get(owner) ?? 0) > length);
    if (owner) paraphrased.add(owner);
  }
  // A German compound no profile holds ("Hotelrezeption", "Bereitschaftsdienst") asks about its part the map knows.
  if (language === 'de' && vocabulary.concepts)
    for (const concept of [...concepts]) {
      if (paraphrased.has(concept) || claimed.has(concept) || !concept.typed || concept.typedForms.length > 1) continue;
      if (concept.forms.some((form) => form.terms.every((term) => lexical.hasTerm(term)))) continue;
      const found = vocabulary.concepts.inCompound(concept.typed);
      if (!found) continue;
      const owner = applyTrigger(
        { name: concept.typed, group: new Set(found.written), weight: EXPANSION_WEIGHTS.concept, bounded: true },
        draft,
        () => false,
      );
      if (owner) paraphrased.add(owner);
    }
  // "who has planned weddings?", "who can drive a lorry?": the verb before a wording the concept map
  // answers only says what was done with it. When no profile holds it (the CVs say "Organización de
  // bodas", "HGV Driver"), it is a filler word, not a topic the profiles lack; the wording's concept
  // must still be met.
  for (const concept of paraphrased) {
    const verb = verbOf(concept, concepts, language);
    if (verb && !paraphrased.has(verb) && !verb.phrase)
      if (verb.forms.every((form) => form.terms.some((term) => !lexical.hasTerm(term)))) verb.filler = true;
  }

  // Paraphrases with no shared word ("founded" for "founder", "physician" for "doctor"): WordNet's
  // synonyms and derived forms of a plain word, only those some profile uses, weighted below the word itself.
  const wordnet = vocabulary.wordnet;
  if (wordnet)
    for (const concept of concepts)
      if (!claimed.has(concept)) addWordnetForms(concept, wordsOfConcept.get(concept), wordnet, lexical);
  return finishPlan(question, concepts, lexical);
}

/** Articles of each language: a word after one is a noun ("a pilot licence"), not the verb of the question. */
const ARTICLES: Readonly<Record<string, RegExp>> = {
  en: /(?:^|[^\p{L}])(?:a|an|the|some|any)\s*$/iu,
  fr: /(?:^|[^\p{L}])(?:un|une|le|la|les|des|du|[ld]['’])\s*$/iu,
  es: /(?:^|[^\p{L}])(?:un|una|el|la|los|las|unos|unas)\s*$/iu,
  pt: /(?:^|[^\p{L}])(?:um|uma|o|a|os|as|uns|umas)\s*$/iu,
};

/**
 * The word that says what was done with a concept's wording: in English, French, Spanish and
 * Portuguese the word right before it, unless an article makes it a noun ("drive a lorry",
 * "organizou casamentos", but "a pilot licence"); in German the clause's last word, after it, where
 * the verb stands ("Gabelstapler fahren"; in "Häuser verkauft" the word before is the object).
 */
function verbOf(concept: DraftConcept, concepts: readonly DraftConcept[], language: string): DraftConcept | undefined {
  const at = concepts.indexOf(concept);
  const sameClause = (other: DraftConcept | undefined) => (other?.clause === concept.clause ? other : undefined);
  if (language === 'de') {
    const after = sameClause(concepts[at + 1]);
    return after && !sameClause(concepts[at + 2]) ? after : undefined;
  }
  const before = sameClause(concepts[at - 1]);
  const article = ARTICLES[language] ?? ARTICLES.en!;
  return before && !article.test(before.gap ?? '') ? before : undefined;
}

interface PlanDraft {
  readonly concepts: DraftConcept[];
  readonly conceptOf: Map<string, DraftConcept>;
  /** Concepts a multi-word trigger has claimed, with how many words that trigger has. */
  readonly claimed: Map<DraftConcept, number>;
  readonly lexical: LexicalSearch;
}

/** A trigger's alternatives added to the concept its words belong to (several concepts merged into one first). */
function applyTrigger(
  trigger: Trigger,
  draft: PlanDraft,
  isClaimed: (owner: DraftConcept) => boolean,
): DraftConcept | undefined {
  const { concepts, conceptOf, claimed, lexical } = draft;
  const nameTerms = queryTerms(trigger.name);
  const owners = [...new Set(nameTerms.map((term) => conceptOf.get(term)).filter((c) => c !== undefined))];
  const [concept, ...absorbed] = owners;
  if (!concept || owners.some(isClaimed)) return undefined;
  // A multi-word name becomes one concept ("google cloud" is satisfied by "gcp" as a whole).
  if (absorbed.length > 0) {
    const merged = owners.flatMap((owner) => owner.typedForms[0]!);
    for (const other of absorbed) {
      concepts.splice(concepts.indexOf(other), 1);
      for (const [term, owner] of conceptOf) if (owner === other) conceptOf.set(term, concept);
    }
    concept.typedForms = [merged];
    concept.forms = [{ terms: merged, weight: 1 }];
    concept.clause = Math.min(...owners.map((owner) => owner.clause));
    concept.filler = false;
    concept.phrase = !!trigger.bounded;
  }
  if (absorbed.length > 0 || nameTerms.length > 1) {
    concept.label = trigger.name;
    claimed.set(concept, Math.max(claimed.get(concept) ?? 0, nameTerms.length));
  }
  // "managed people", "people manager": a wording whose other word is a stop word of questions asks
  // for more than its one content word ("managed" meets "IOSH Managing Safely", "Key Account
  // Manager"): the words typed count only together, beside the wording's CV wordings.
  if (trigger.bounded && absorbed.length === 0 && nameTerms.length === 1 && concept.typedForms.length === 1) {
    const whole = [...new Set(wholeWordTerms(trigger.name))].filter((term) => !isStopword(term) || term.length >= 4);
    if (whole.length > 1) {
      const weight = concept.forms[0]?.weight ?? 1;
      concept.forms = [{ terms: whole, weight }, ...concept.forms.filter((form) => form.paraphrase)];
      concept.label = trigger.name;
    }
  }
  let added = 0;
  for (const alternative of trigger.group) {
    if (alternative === trigger.name) continue;
    // Stop words stay in an alternative: "ruby on rails" must not shrink to "ruby rails".
    let terms = [...new Set(tokenize(alternative))];
    // A CV wording of the concept map meets the CV's own inflection of it through its stems in the
    // CV's language ("Werkstudent" the CV's "Werkstudenten", "plantão" "plantões").
    if (trigger.bounded && !terms.every((term) => lexical.hasTerm(term)))
      terms = stemmedWording(alternative, lexical) ?? terms;
    if (terms.length === 0 || concept.forms.some((form) => form.terms.join(' ') === terms.join(' '))) continue;
    if (trigger.bounded && (added >= CONCEPT_FORMS || !terms.every((term) => lexical.hasTerm(term)))) continue;
    concept.forms.push({ terms, weight: trigger.weight, ...(trigger.bounded ? { paraphrase: true } : {}) });
    added++;
  }
  return added > 0 ? concept : undefined;
}

/**
 * A CV wording as the stems of one language some profile holds (short words and words with no stem
 * as their terms), or undefined when no language's stems are all there.
 */
function stemmedWording(wording: string, lexical: LexicalSearch): string[] | undefined {
  const words = wording
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  for (const language of STEMMED_LANGUAGES) {
    const terms = words.flatMap((word) => {
      const stem = stemIn(language, word);
      return stem === undefined ? tokenize(word) : [stem];
    });
    if (terms.some((term) => term.startsWith(`${language}:`)) && terms.every((term) => lexical.hasTerm(term)))
      return [...new Set(terms)];
  }
  return undefined;
}

function addWordnetForms(
  concept: DraftConcept,
  word: string | undefined,
  wordnet: NonNullable<Vocabulary['wordnet']>,
  lexical: LexicalSearch,
): void {
  if (concept.typedForms.length > 1 || concept.typedForms[0]!.length > 1) return;
  if (!word || isWeakTerm(concept.typedForms[0]![0]!)) return;
  for (const related of wordnet.related(word)) {
    const terms = [...new Set(queryTerms(related))];
    if (terms.length === 0 || terms.some((term) => !lexical.hasTerm(term) || isWeakTerm(term))) continue;
    if (concept.forms.some((form) => form.terms.join(' ') === terms.join(' '))) continue;
    concept.forms.push({ terms, weight: EXPANSION_WEIGHTS.wordnet, paraphrase: true });
  }
}

/** The plan from its draft concepts: each term's weight, each concept's importance. */
function finishPlan(question: string, concepts: readonly DraftConcept[], lexical: LexicalSearch): QueryPlan {
  const weights = new Map<string, number>();
  const paraphrased = new Map<string, number>();
  const literal = new Set<string>();
  for (const concept of concepts) {
    for (const form of concept.forms) {
      for (const term of form.terms) {
        weights.set(term, Math.max(weights.get(term) ?? 0, form.weight));
        if (!form.paraphrase) literal.add(term);
        else paraphrased.set(term, Math.max(paraphrased.get(term) ?? 0, form.weight));
      }
    }
  }
  for (const term of literal) paraphrased.delete(term);
  const names = namedTerms(question);
  const finished: Concept[] = concepts.map((concept) => {
    // The best-known way of writing what was typed sets its weight: "full-text" counts as "full" + "text".
    // An asked wording of several words weighs as its words would apart ("read CVs" is the question's
    // topic, not one word of it): beside filler content words ("wrote code … automatically"), its match is the evidence.
    const idf = concept.phrase
      ? concept.typedForms[0]!.reduce((sum, term) => sum + lexical.idf(term), 0)
      : Math.min(...concept.typedForms.map((form) => Math.max(...form.map((term) => lexical.idf(term)))));
    // An asked wording of the concept map is what is asked, even made of filler words ("started a company").
    const weak = !concept.phrase && (!!concept.filler || concept.typedForms[0]!.every(isWeakTerm));
    const unknown = concept.forms.every((form) => form.terms.some((term) => !lexical.hasTerm(term)));
    const scale = weak ? WEAK_IMPORTANCE : unknown ? UNKNOWN_IMPORTANCE : 1;
    const named = !names || concept.typedForms[0]!.some((term) => names.has(term));
    return {
      label: concept.label,
      forms: concept.forms,
      importance: idf * scale,
      unknown,
      clause: concept.clause,
      weak,
      named,
    };
  });
  return { concepts: finished, weights, terms: [...weights.keys()], paraphrased };
}

export interface ConceptMatch {
  /** Share (0..1) of the question's concept importance the passage satisfies. */
  readonly coverage: number;
  /**
   * BM25 summed over concepts, each counting only its best form: a passage naming three synonyms
   * of one word must not outrank one naming the word itself.
   */
  readonly score: number;
  /** Positions (in `plan.concepts`) of the concepts the passage satisfies. */
  readonly satisfied: readonly number[];
}

/** A concept's share of a passage's score: its best form's BM25 (a form's terms summed). */
function conceptScore(concept: Concept, termScores: ReadonlyMap<string, number>): number {
  return Math.max(
    0,
    ...concept.forms.map((form) => form.terms.reduce((sum, term) => sum + (termScores.get(term) ?? 0), 0)),
  );
}

/** `matchConcepts(...).score` alone: also, given each term's bound, the most a passage can score (top-k BM25). */
export function conceptsScore(plan: QueryPlan, termScores: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const concept of plan.concepts) score += conceptScore(concept, termScores);
  return score;
}

/**
 * `acrossProfiles`: the question is whether anyone answers (no person named). Then a clause naming
 * something no profile contains ("who speaks Japanese?", "Kafka clusters on AWS") is answered by
 * nobody, however well its other words match; inside a named person's profile the question is only
 * which lines answer best, and a name written differently there must not silence it.
 */
export function matchConcepts(
  plan: QueryPlan,
  termScores: ReadonlyMap<string, number>,
  acrossProfiles = true,
): ConceptMatch {
  const clauseTotals = new Map<number, { total: number; satisfied: number }>();
  let score = 0;
  const satisfied: number[] = [];
  for (const [index, concept] of plan.concepts.entries()) {
    score += conceptScore(concept, termScores);
    const totals = clauseTotals.get(concept.clause) ?? { total: 0, satisfied: 0 };
    totals.total += concept.importance;
    if (concept.forms.some((form) => form.terms.every((term) => termScores.has(term)))) {
      totals.satisfied += concept.importance;
      satisfied.push(index);
    }
    clauseTotals.set(concept.clause, totals);
  }
  if (acrossProfiles) {
    for (const concept of plan.concepts)
      if (concept.unknown && concept.named && !concept.weak) clauseTotals.get(concept.clause)!.satisfied = 0;
  }
  // A passage answers the question when it answers any one of its "or" clauses.
  const coverage = Math.max(
    0,
    ...[...clauseTotals.values()].map(({ total, satisfied }) => (total > 0 ? satisfied / total : 0)),
  );
  return { coverage, score, satisfied };
}
