/** "What is Phil's email?", "kura's GitHub?": the profile's contact lines giving it. */
import { contactPattern } from '../contacts.js';
import type { PersonQuestion } from '../context.js';
import { person as say } from '../phrasing.js';
import { answerOf, Citations, nobody } from '../statements.js';
import { searchFirst } from './languages.js';
import type { Answer } from '../types.js';

/** "What is Phil's email?": the first two contact lines giving it. */
export async function answerContact(asked: PersonQuestion, what: string): Promise<Answer> {
  const { question, person, facts } = asked;
  const pattern = contactPattern(what);
  const lines = (facts?.contacts ?? []).filter((line) => pattern.test(line.text));
  if (lines.length === 0) {
    // The contact lines read from the header can miss one written elsewhere: search for the kind asked,
    // and keep only lines that give it (a phone question is never answered with a date of birth).
    const found = await searchFirst(asked, [what], 'contact');
    const giving = found.citations.filter((citation) => pattern.test(citation.text));
    if (!found.noAnswer && giving.length > 0) return found;
    return nobody(question, say.noContact(person.name, what), 'contact', [person.name]);
  }
  const citations = new Citations();
  const quoted = lines.slice(0, 2).map((line) => [citations.quote(line)]);
  return answerOf(question, citations.compose([[say.contactLead(person.name, what)], ...quoted]), 'contact', [
    person.name,
  ]);
}
