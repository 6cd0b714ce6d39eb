/**
 * question → answer with numbered citations. No language model writes here: the answer is
 * assembled from the retrieved lines themselves, grouped by person, strongest evidence first,
 * each statement followed by the marker of the citation that proves it.
 */
import type { QueryPlan } from '../retrieval/queryPlan.js';
import type { PassageSearcher, RankedPassage } from '../retrieval/searchPassages.js';
import type { LexicalSearch } from '../index/read/indexReader.js';
import { citationFor, evidenceSpan, spanOf } from './citeLines.js';
import { personLine, searching } from './phrasing.js';
import { cited, renderLines, statementOf, type Statement } from './statements.js';
import { sectionOfHeading } from '../text/sectionHeadings.js';
import { firstTermMatch } from '../text/terms.js';
import type { Answer, Citation } from './types.js';

export interface AskLimits {
  readonly maxCitations: number;
  /** People an answer that lists people ("who knows Go?") names, each with a citation; the rest are counted. */
  readonly maxPeopleListed: number;
  readonly maxPerPerson: number;
  /** Evidence weaker than this share of the best evidence is left out (it would only add noise). */
  readonly relativeStrength: number;
}

export const DEFAULT_ASK_LIMITS: AskLimits = {
  maxCitations: 6,
  maxPeopleListed: 10,
  maxPerPerson: 3,
  relativeStrength: 0.6,
};

/**
 * How strongly a passage supports an answer, 0..1: lexical coverage scaled by BM25 relative to the
 * best hit, or the cosine similarity for a passage found by meaning alone; 1 for the passages of
 * the section a question about a named person asks for.
 */
function strength(hit: RankedPassage, bestBm25: number): number {
  // The section the question asks about (a named person's languages, interests) is the answer's strongest evidence.
  if (hit.askedSection) return 1;
  const lexical = hit.lexical ? hit.lexical.coverage * Math.sqrt(hit.lexical.score / bestBm25) : 0;
  return Math.max(lexical, hit.similarity ?? 0);
}

/**
 * A generic word never carries an answer alone: when some passage meets the question's most
 * specific concept ("Hebrew" in "who speaks Hebrew?"), a passage that meets only the generic
 * rest ("speaks", "talks") is not an answer. Questions with "or" clauses are left alone (either
 * clause may answer), and so are passages found by meaning (vectors) rather than words.
 */
export function requireDecisiveConcept(ranked: readonly RankedPassage[], plan: QueryPlan): RankedPassage[] {
  if (new Set(plan.concepts.map((concept) => concept.clause)).size > 1) return [...ranked];
  const met = new Set(ranked.flatMap((hit) => hit.lexical?.satisfied ?? []));
  const specific = [...met].filter((index) => !plan.concepts[index]!.unknown && !plan.concepts[index]!.weak);
  if (specific.length < 2) return [...ranked];
  // The most specific concept is the one the fewest passages meet (a word's forms may be common even when it is not).
  const meeting = (index: number) => ranked.filter((hit) => hit.lexical?.satisfied.includes(index)).length;
  const decisive = specific.reduce((best, index) => {
    const difference = meeting(index) - meeting(best);
    return difference < 0 || (difference === 0 && plan.concepts[index]!.importance > plan.concepts[best]!.importance)
      ? index
      : best;
  });
  return ranked.filter(
    (hit) =>
      !hit.lexical || hit.lexical.satisfied.includes(decisive) || ((hit.similarity ?? 0) > 0 && !hit.lexical.coverage),
  );
}

/**
 * A passage of section headings and nothing under them ("## Certifications" left empty): it shares
 * the question's word and says nothing, so it answers neither "who is certified?" nor Tom's certificates.
 */
export function onlyHeadings(text: string): boolean {
  return text.split('\n').every((line) => {
    const visible = line.replace(/^[\s#>*_\-–—•·|]+|[\s*_:：|]+$/g, '');
    return visible === '' || sectionOfHeading(visible) !== undefined;
  });
}

export function noAnswer(question: string): Answer {
  return {
    question,
    answer: searching.none,
    noAnswer: true,
    citations: [],
  };
}

export interface AskScope {
  /** What to search for, when it differs from the question shown (names of the people asked about taken out). */
  readonly text?: string;
  /** Person ids whose profiles alone may answer. */
  readonly only?: ReadonlySet<string>;
  /** Search the words asked without the concept map's other wordings. */
  readonly literal?: boolean;
}

/** The people whose passages answer, strongest first, each with their cited statements. */
export interface Evidence {
  readonly people: readonly { readonly person: string; readonly statements: readonly Statement[] }[];
  readonly citations: readonly Citation[];
}

/** What answers `question`, as statements with their citations; undefined when no passage answers well enough. */
export async function askEvidence(
  question: string,
  searcher: PassageSearcher,
  lexical: LexicalSearch,
  limits = DEFAULT_ASK_LIMITS,
  scope: AskScope = {},
): Promise<Evidence | undefined> {
  const { plan, ranked: candidates } = await searcher.search(scope.text ?? question, 40, scope.only, scope.literal);
  const relevant = candidates.filter((hit) => hit.relevant && !onlyHeadings(hit.passage.text));
  // Inside one named profile the question is which lines answer best, not whether anyone answers.
  const ranked = scope.only ? relevant : requireDecisiveConcept(relevant, plan);
  if (ranked.length === 0) return undefined;
  const { terms } = plan;
  // A statement is centred on a word asked when its lines hold one, on a paraphrase's wording only when not.
  const typed = new Set(terms.filter((term) => !plan.paraphrased?.has(term)));
  const focusOf = (text: string) => (firstTermMatch(text, typed) ? [...typed] : terms);

  const bestBm25 = Math.max(...ranked.map((hit) => hit.lexical?.score ?? 0), Number.EPSILON);
  const scored = ranked.map((hit) => ({ hit, strength: strength(hit, bestBm25) }));
  const top = Math.max(...scored.map((entry) => entry.strength));
  const kept = scored.filter((entry) => entry.strength >= top * limits.relativeStrength);

  // People in order of their strongest evidence; within a person, their passages by fused rank.
  const byPerson = new Map<string, typeof kept>();
  for (const entry of kept) {
    const list = byPerson.get(entry.hit.passage.personId) ?? [];
    if (list.length < limits.maxPerPerson) list.push(entry);
    byPerson.set(entry.hit.passage.personId, list);
  }
  const people = [...byPerson.values()].sort(
    (a, b) => Math.max(...b.map((e) => e.strength)) - Math.max(...a.map((e) => e.strength)),
  );

  // Every person with strong evidence gets a citation before anyone gets a second one.
  const quota = people.map(() => 0);
  let budget = limits.maxCitations;
  for (let round = 0; round < limits.maxPerPerson; round++) {
    people.forEach((entries, i) => {
      if (budget > 0 && entries[round]) {
        quota[i]!++;
        budget--;
      }
    });
  }

  const citations: Citation[] = [];
  const said: { person: string; statements: Statement[] }[] = [];
  people.forEach((entries, i) => {
    const statements: Statement[] = [];
    for (const entry of entries.slice(0, quota[i])) {
      const asked = entry.hit.askedSection;
      // The section asked for is quoted from its first lines, whatever words of the question they share.
      const { passage } = entry.hit;
      const span = asked
        ? spanOf(passage, asked.first, asked.last)
        : evidenceSpan(passage, terms, lexical, plan.paraphrased);
      // Overlapping chunks can narrow to the same or overlapping lines: cite them once.
      const { source } = entry.hit.passage;
      const overlaps = citations.some(
        (c) => c.source === source && c.startLine <= span.endLine && c.endLine >= span.startLine,
      );
      if (overlaps) continue;
      const citation = citationFor(citations.length + 1, entry.hit.passage, span, entry.strength);
      citations.push(citation);
      statements.push(cited(statementOf(span.text, focusOf(span.text)), citation));
    }
    if (statements.length > 0) said.push({ person: entries[0]!.hit.passage.person, statements });
  });
  return { people: said, citations };
}

export async function ask(
  question: string,
  searcher: PassageSearcher,
  lexical: LexicalSearch,
  limits = DEFAULT_ASK_LIMITS,
  scope: AskScope = {},
): Promise<Answer> {
  const evidence = await askEvidence(question, searcher, lexical, limits, scope);
  if (!evidence) return noAnswer(question);
  const lines = evidence.people.map(({ person, statements }) => personLine(person, statements));
  return { question, answer: renderLines(lines), noAnswer: false, citations: evidence.citations };
}
