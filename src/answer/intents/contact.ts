/** "What is Phil's email?", "kura's GitHub?": the profile's contact lines giving it. */
import { contactPattern } from '../contacts.js';
import type { PersonQuestion } from '../context.js';
import { person as say } from '../phrasing.js';
import { answerOf, Citations, nobody } from '../statements.js';
import type { Answer } from '../types.js';

/** "What is Phil's email?": the first two contact lines giving it. */
export function answerContact({ question, person, facts }: PersonQuestion, what: string): Answer {
  const pattern = contactPattern(what);
  const lines = (facts?.contacts ?? []).filter((line) => pattern.test(line.text));
  if (lines.length === 0) return nobody(question, say.noContact(person.name, what), 'contact', [person.name]);
  const citations = new Citations();
  const quoted = lines.slice(0, 2).map((line) => [citations.quote(line)]);
  return answerOf(question, citations.compose([[say.contactLead(person.name, what)], ...quoted]), 'contact', [
    person.name,
  ]);
}
