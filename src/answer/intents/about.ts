/** "Tell me about Phil": the profile overview, each line cited. */
import type { PersonQuestion } from '../context.js';
import { person as say } from '../phrasing.js';
import { profileOverview } from '../profile.js';
import { answerOf, cited } from '../statements.js';
import type { Answer } from '../types.js';

/** "Tell me about Phil": headline, recent roles and main skills, each cited. */
export function answerAbout({ question, person, ctx }: PersonQuestion): Answer {
  const overview = profileOverview({ ...person }, ctx.passagesOfPerson(person.personId));
  const lines = overview.lines.map((line) => say.labelled(line.label, cited(line.text, line.citation)));
  const composed = {
    lines: [[say.headline(overview.person, overview.headline)], ...lines],
    citations: overview.citations,
  };
  return answerOf(question, composed, 'about', [person.name]);
}
