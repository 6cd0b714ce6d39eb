/** "Which languages does Phil speak?", "how good is Phil's German?": the lines of their languages section. */
import { hasBody } from '../../retrieval/sectionHits.js';
import { speaksOnLine } from '../../retrieval/spokenLanguage.js';
import crossLanguage from '../../retrieval/crossLanguage.json' with { type: 'json' };
import { foldHeading, sectionOfHeading, sectionOfPath } from '../../text/sectionHeadings.js';
import { tokenize } from '../../text/terms.js';
import type { PersonQuestion } from '../context.js';
import { possessive, searching } from '../phrasing.js';
import { answerOf, cited, Citations, nobody, statementOf, type Line } from '../statements.js';
import type { Answer } from '../types.js';
import { searchPerson } from './search.js';

const MAX_LINES = 6;

/**
 * The lines of the person's languages section (headed in any of the five languages); without one,
 * their lines saying they speak a language (the asked one is among them when they speak it).
 */
export async function answerLanguages(asked: PersonQuestion, language?: string): Promise<Answer> {
  const section = asked.ctx
    .passagesOfPerson(asked.person.personId)
    .find((passage) => sectionOfPath(passage.sectionPath) === 'languages' && hasBody(passage));
  if (!section) return searchSpoken(asked);
  const citations = new Citations();
  const lines: Line[] = [];
  section.text.split('\n').forEach((text, i) => {
    if (lines.length >= MAX_LINES || !/\p{L}{3}/u.test(text) || sectionOfHeading(text.replace(/^[#\s]+/, ''))) return;
    const citation = citations.add(section, section.startLine + i, section.startLine + i);
    lines.push([cited(statementOf(citation.text), citation)]);
  });
  if (lines.length === 0) return searchSpoken(asked);
  const missing = unlisted(language, section.text);
  const lead = missing
    ? searching.spokenUnlisted(asked.person.name, missing)
    : `${possessive(asked.person.name)} languages:`;
  return answerOf(asked.question, citations.compose([[lead], ...lines]), 'languages', [asked.person.name]);
}

/** Every spoken language's names in the five languages, by each name folded ("französisch" → French's names). */
const SPOKEN_GROUPS: ReadonlyMap<string, readonly string[]> = new Map(
  crossLanguage.languages.flatMap((group) => group.map((name) => [foldHeading(name), group] as const)),
);

/**
 * The spoken language asked about ("does Ana speak French?"), by its English name, when the languages section
 * names it in none of the five languages ("Französisch", "Français", "Francés" …); undefined when it
 * names it or the question names no spoken language.
 */
function unlisted(language: string | undefined, section: string): string | undefined {
  const names = language ? SPOKEN_GROUPS.get(foldHeading(language.trim())) : undefined;
  if (!names) return undefined;
  const words = ` ${(foldHeading(section).match(/\p{L}+/gu) ?? []).join(' ')} `;
  if (names.some((name) => words.includes(` ${foldHeading(name)} `))) return undefined;
  // Said by its English name, the group's first: "französisch" and "francês" are French.
  return names[0]!.replace(/^\p{L}/u, (first) => first.toUpperCase());
}

/** Every spoken language's names in the five languages, folded ("alemao", "ingles"). */
const SPOKEN_NAMES: ReadonlySet<string> = new Set(crossLanguage.languages.flat().map(foldHeading));

/**
 * Without a languages section, the person's lines that say they speak a language and name one:
 * "Language Known: English, Hindi", "fluent in English and Hebrew". "Other Languages: JavaScript,
 * C" names no spoken language, and a talk title naming one says nobody speaks it.
 */
function searchSpoken(asked: PersonQuestion): Answer {
  const citations = new Citations();
  const lines: Line[] = [];
  for (const passage of asked.ctx.passagesOfPerson(asked.person.personId)) {
    passage.text.split('\n').forEach((text, i) => {
      if (lines.length >= MAX_LINES || !speaksOnLine(text, passage.sectionPath)) return;
      const named = (foldHeading(text).match(/\p{L}+/gu) ?? []).filter((word) => SPOKEN_NAMES.has(word));
      if (named.length === 0) return;
      const citation = citations.add(passage, passage.startLine + i, passage.startLine + i);
      // A long line is cut around the first language it names, not at its start.
      lines.push([cited(statementOf(citation.text, named.flatMap(tokenize)), citation)]);
    });
  }
  const name = asked.person.name;
  if (lines.length === 0) return nobody(asked.question, searching.noSpoken(name), 'languages', [name]);
  return answerOf(asked.question, citations.compose([[`${possessive(name)} languages:`], ...lines]), 'languages', [
    name,
  ]);
}

/** The first of `texts` that finds lines in the person's profile; says so when none does. */
export async function searchFirst(
  asked: PersonQuestion,
  texts: readonly string[],
  kind: 'languages' | 'skills' | 'contact',
): Promise<Answer> {
  for (const text of texts) {
    const found = await searchPerson({ ...asked, rest: text }, kind);
    if (found) return found;
  }
  return nobody(asked.question, searching.nothingIn(asked.person.name), kind, [asked.person.name]);
}
