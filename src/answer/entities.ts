/**
 * Employers and schools named in a question, found in role headings and education lines: an
 * entity matches a text holding all its index terms ("University of Arden" in "B.S., University
 * of Arden, 2014"), with or without its parenthesised part or trailing place.
 */
import { remembered } from '../caches.js';
import type { ProfileFacts } from '../facts/profileFacts.js';
import { inEnglish } from '../retrieval/termGroups.js';
import { queryTerms, tokenize } from '../text/terms.js';
import type { QuestionContext } from './context.js';
import abbreviations from './abbreviations.json' with { type: 'json' };
import { unaccent } from '../text/questionLanguage.js';

/** Short form → long forms, and each long form → its short form ("quant" ⇄ "quantitative"). */
const OTHER_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  const add = (from: string, to: string) => forms.set(from, [...(forms.get(from) ?? []), to]);
  for (const [short, longs] of Object.entries(abbreviations)) {
    if (short.startsWith('$')) continue;
    for (const long of longs as string[]) {
      add(short, long);
      add(long, short);
    }
  }
  return forms;
})();
const FORMS = [...OTHER_FORMS.keys()].sort((a, b) => b.length - a.length).join('|');
const FORM_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FORMS})\\.?(?![\\p{L}\\p{N}])`, 'giu');

/** `text` with its abbreviations written out and its long forms abbreviated; none when it has neither. */
export function otherForms(text: string): string[] {
  const found = [...text.matchAll(FORM_PATTERN)];
  if (found.length === 0) return [];
  const swapped = (pick: number) =>
    text.replace(FORM_PATTERN, (word) => {
      const forms = OTHER_FORMS.get(word.replace(/\.$/, '').toLowerCase()) ?? [word];
      return forms[Math.min(pick, forms.length - 1)]!;
    });
  return [...new Set([swapped(0), swapped(1)])].filter((form) => form !== text);
}

/**
 * The index terms of each text an entity is looked for in, kept per text: a question about an
 * employer reads every role heading of every profile, and role headings and school lines repeat
 * little across questions.
 */
const TERMS_CACHE_LIMIT = 200_000;
const termsOf = remembered(TERMS_CACHE_LIMIT, (text): ReadonlySet<string> => new Set(tokenize(text)));

/** What an entity is looked for as: each alternative's index terms, any one of which must all be present. */
export function entityTerms(entity: string): string[][] {
  const inParentheses = [...entity.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!);
  const alternatives = [entity, entity.replace(/\([^)]*\)/g, ' '), ...inParentheses];
  // "Telefónica" asked about a CV written without accents, and the other way round.
  for (const alternative of [...alternatives])
    if (unaccent(alternative) !== alternative) alternatives.push(unaccent(alternative));
  // "université de Birjand" asked about a CV that writes "University of Birjand".
  const english = inEnglish(entity);
  if (english) alternatives.push(english);
  // "quant research" asked about "Quantitative Research Intern", "Sr. Developer" about "senior developer".
  for (const form of otherForms(entity)) alternatives.push(form);
  // A trailing place ("… in Pune") narrows, but a profile may leave it out.
  for (const alternative of [...alternatives]) {
    const withoutPlace = alternative.replace(/\s+in\s+[^,]+$/i, '');
    if (withoutPlace !== alternative) alternatives.push(withoutPlace);
  }
  return alternatives.map((alternative) => queryTerms(alternative)).filter((terms) => terms.length > 0);
}

/** Does a text name `entity` (all its words)? Made once per question, tried on many lines. */
export function entityMatcher(entity: string): (text: string) => boolean {
  const wanted = entityTerms(entity);
  const holds = (have: ReadonlySet<string>) => wanted.some((terms) => terms.every((term) => have.has(term)));
  // "rhone numerique" typed (or left by taking a name out of the question) for a CV's "Rhône Numérique".
  const named = (text: string) => holds(termsOf(text)) || (ACCENTED.test(text) && holds(plainTermsOf(text)));
  // "msf" for "Médecins Sans Frontières", "lnec" for "Laboratório Nacional de Engenharia Civil".
  const acronym = ACRONYM.test(entity.trim()) ? unaccent(entity.trim()).toLowerCase() : undefined;
  return acronym ? (text) => named(text) || initialsSpell(acronym, text) : named;
}

/** An organisation typed by its initials: three to five letters, one word. */
const ACRONYM = /^\p{L}{3,5}$/u;
/** Small words an organisation's initials leave out: "Laboratório Nacional de Engenharia Civil". */
const CONNECTORS = new Set('of for and the de des du la le et y e da do das dos del für und der die'.split(' '));

/** Do consecutive capitalised words of `text` (small joining words between them skipped) start with `acronym`'s letters? */
function initialsSpell(acronym: string, text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    let letters = '';
    for (let j = i; j < words.length && letters.length < acronym.length; j++) {
      const word = words[j]!;
      if (/^\p{Lu}/u.test(word)) letters += unaccent(word[0]!).toLowerCase();
      else if (!CONNECTORS.has(word.toLowerCase())) break;
    }
    if (letters === acronym) return true;
  }
  return false;
}

/** A Latin letter with a mark ("ô", "ñ", "ç"): a text without one reads the same unaccented. */
const ACCENTED = /[\u00C0-\u024F]/;
const plainTermsOf = remembered(TERMS_CACHE_LIMIT, (text): ReadonlySet<string> => new Set(tokenize(unaccent(text))));

/** Do all the words of `entity` appear in `text`? */
export function namesEntity(entity: string, text: string): boolean {
  return entityMatcher(entity)(text);
}

/**
 * The people who may name `entity` in a school line or a profile entry, in corpus order: those with
 * a passage holding every index term of one of its alternatives (a line naming it holds all of
 * them, and its passage's postings hold them too). A superset, checked line by line by
 * `entityMatcher`; the postings spare a question restoring the facts of everyone holding one
 * common word of it ("office" of "Home Office" is also in every "Met Office").
 */
export function peopleMaybeNaming(entity: string, ctx: QuestionContext): string[] {
  const holding = new Set<string>();
  for (const terms of entityTerms(entity)) {
    for (const label of ctx.lexical.passagesWithAll(terms))
      holding.add(ctx.index.documents[ctx.index.documentIndexOf(label)]!.person.id);
  }
  return ctx.facts().inCorpusOrder(holding);
}

/** Restored facts of `people`, in the order given, one at a time (a caller keeps only what it needs of each). */
export function* factsIn(people: readonly string[], ctx: QuestionContext): Iterable<ProfileFacts> {
  for (const personId of people) yield ctx.facts().get(personId)!;
}
