/** "Which languages does Phil speak?", "how good is Phil's German?": the lines of their languages section. */
import type { PersonQuestion } from '../context.js';
import { sectionWords } from '../sections.js';
import type { Answer } from '../types.js';
import { searchPersonOrSay } from './search.js';

/** The person's passages searched by the languages section's heading words (and the language asked about). */
export function answerLanguages(asked: PersonQuestion, language: string | undefined): Promise<Answer> {
  const text = `${language ? `${language} ` : ''}${sectionWords('languages')}`;
  return searchPersonOrSay({ ...asked, rest: text }, 'languages');
}
