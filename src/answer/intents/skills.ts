/** One person's skills: their skills lists, or their passages when the question asks about more than a kind of list. */
import { isWeakTerm, queryTerms, tokenize } from '../../text/terms.js';
import type { PersonQuestion } from '../context.js';
import { person as say } from '../phrasing.js';
import { answerOf, Citations, nobody } from '../statements.js';
import type { Answer } from '../types.js';
import { sectionWords } from '../sections.js';
import { answerLanguages, searchFirst } from './languages.js';
import { searchPerson } from './search.js';

/** Words naming a kind of skill list rather than a skill. */
const SKILL_KINDS = new Set(
  tokenize(
    'skills skill languages language programming technologies technology tools stack frameworks framework ' +
      'databases libraries',
  ),
);

/** "What languages does Phil know?": the skills lists, narrowed to the kind asked about when a list is labelled so. */
export async function answerSkills(asked: PersonQuestion): Promise<Answer> {
  const { question, person, rest, facts } = asked;
  const lines = facts?.skills ?? [];
  const wanted = new Set(queryTerms(rest));
  const topical = lines.filter((line) =>
    tokenize(`${line.passage.sectionPath.join(' ')} ${line.text}`).some((term) => wanted.has(term)),
  );
  // "What languages does Phil know?" asks for the lists themselves; "which skills for data work?" says more.
  const beyondKind = [...wanted].some((term) => !SKILL_KINDS.has(term) && !isWeakTerm(term));
  if (topical.length === 0 && beyondKind) {
    const found = await searchPerson(asked, 'skills');
    if (found) return found;
  }
  const chosen = topical.length > 0 ? topical : lines;
  // No line the profile parser read as a skills list: the profile's own words for skills, never "lists no skills".
  if (chosen.length === 0) {
    // "Which languages does Phil know?" with no skills list: the spoken languages are what the profile lists.
    if (wanted.has('languag') || wanted.has('language') || wanted.has('languages'))
      return answerLanguages(asked, undefined);
    const found = await searchFirst(asked, sectionWords('skills').split(' '), 'skills');
    return found.noAnswer ? nobody(question, say.noSkills(person.name), 'skills', [person.name]) : found;
  }
  const citations = new Citations();
  const quoted = chosen.slice(0, 3).map((line) => [citations.quote(line, ['skills', 'technolog'])]);
  return answerOf(question, citations.compose([[say.skills(person.name)], ...quoted]), 'skills', [person.name]);
}
