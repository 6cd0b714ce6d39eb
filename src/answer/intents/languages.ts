/** "Which languages does Phil speak?", "how good is Phil's German?": the lines of their languages section. */
import { hasBody } from '../../retrieval/sectionHits.js';
import { sectionOfHeading, sectionOfPath } from '../../text/sectionHeadings.js';
import type { PersonQuestion } from '../context.js';
import { possessive, searching } from '../phrasing.js';
import { sectionWords } from '../sections.js';
import { answerOf, cited, Citations, nobody, statementOf, type Line } from '../statements.js';
import type { Answer } from '../types.js';
import { searchPerson } from './search.js';

const MAX_LINES = 6;

/**
 * The lines of the person's languages section (headed in any of the five languages); without one,
 * their passages searched for the language asked about, then for each heading word.
 */
export async function answerLanguages(asked: PersonQuestion, language: string | undefined): Promise<Answer> {
  const words = sectionWords('languages').split(' ');
  const section = asked.ctx
    .passagesOfPerson(asked.person.personId)
    .find((passage) => sectionOfPath(passage.sectionPath) === 'languages' && hasBody(passage));
  if (!section) return searchFirst(asked, [...(language ? [language] : []), ...words], 'languages');
  const citations = new Citations();
  const lines: Line[] = [];
  section.text.split('\n').forEach((text, i) => {
    if (lines.length >= MAX_LINES || !/\p{L}{3}/u.test(text) || sectionOfHeading(text.replace(/^[#\s]+/, ''))) return;
    const citation = citations.add(section, section.startLine + i, section.startLine + i);
    lines.push([cited(statementOf(citation.text), citation)]);
  });
  if (lines.length === 0) return searchFirst(asked, words, 'languages');
  const lead = `${possessive(asked.person.name)} languages:`;
  return answerOf(asked.question, citations.compose([[lead], ...lines]), 'languages', [asked.person.name]);
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
