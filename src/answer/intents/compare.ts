/** "Compare Phil and kura on AWS": one line per person, each from their own profile's passages, side by side. */
import type { Evidence } from '../ask.js';
import type { QuestionContext } from '../context.js';
import type { DirectoryEntry } from '../namedPeople.js';
import { comparing, personLine, years } from '../phrasing.js';
import { factsWithProfile } from '../profileRoles.js';
import { experienceWith, linesOf, rolesSaid, skillLines } from '../roleExperience.js';
import { answerOf, Citations, nobody, renumbered, type Line } from '../statements.js';
import type { Answer, Citation } from '../types.js';
import { evidenceOf } from './search.js';

/** Citations each person's line keeps: their strongest, so neither side buries the other. */
const CITATIONS_PER_PERSON = 2;

/** One person compared: what their profile says about the topic, numbered from 1 as their own answer. */
export interface Side {
  readonly name: string;
  /** Undefined when nothing in their profile mentions the topic. */
  readonly evidence: Evidence | undefined;
}

/**
 * The compared lines from each side's evidence: each side's first citations, renumbered to follow
 * the sides before it, and only the statements those citations prove.
 */
export function compareSides(
  topic: string,
  sides: readonly Side[],
): { lines: Line[]; citations: Citation[]; answered: string[] } {
  const citations: Citation[] = [];
  const lines: Line[] = [];
  const answered: string[] = [];
  for (const { name, evidence } of sides) {
    if (!evidence) {
      lines.push([comparing.notMentioned(name, topic)]);
      continue;
    }
    answered.push(name);
    const offset = citations.length;
    const kept = new Set(evidence.citations.slice(0, CITATIONS_PER_PERSON).map((citation) => citation.id));
    for (const citation of evidence.citations)
      if (kept.has(citation.id)) citations.push({ ...citation, id: citation.id + offset });
    // Scoped to one person, the evidence is one person's statements (their profiles together).
    const statements = evidence.people
      .flatMap((said) => said.statements)
      .filter((statement) => statement.citationIds.every((id) => kept.has(id)))
      .map((statement) => renumbered(statement, offset));
    lines.push(personLine(name, statements));
  }
  return { lines, citations, answered };
}

export async function answerCompare(
  question: string,
  people: readonly DirectoryEntry[],
  topic: string,
  ctx: QuestionContext,
): Promise<Answer> {
  const sides: Side[] = [];
  for (const person of people)
    sides.push({ name: person.name, evidence: await evidenceOf(question, topic, person.personId, ctx) });
  const names = people.map((person) => person.name);
  const { lines, citations, answered } = compareSides(topic, sides);
  if (answered.length === 0) return nobody(question, comparing.nobody(names, topic), 'compare', names);
  return answerOf(
    question,
    { lines: [[comparing.lead(topic, names, answered)], ...lines], citations },
    'compare',
    names,
  );
}

/** "Compare Ana and Ben", no topic named: each one's most recent role, cited, side by side. */
export function answerCompareOverview(question: string, people: readonly DirectoryEntry[], ctx: QuestionContext) {
  const names = people.map((person) => person.name);
  const citations = new Citations();
  const lines: Line[] = people.map((person) => {
    const latest = factsWithProfile(ctx, person.personId)?.roles[0];
    return latest ? [`${person.name}: `, citations.role(latest)] : [comparing.noRole(person.name)];
  });
  if (citations.list.length === 0) return nobody(question, comparing.noneDated(names, undefined), 'compare', names);
  return answerOf(question, citations.compose([[comparing.overview(names)], ...lines]), 'compare', names);
}

/**
 * "Who has more work experience, A or B?": each person's months by the dates of their roles (those
 * naming the skill, when one is asked about), the most first, each with the roles counted.
 */
export function answerCompareYears(
  question: string,
  people: readonly DirectoryEntry[],
  skill: string | undefined,
  ctx: QuestionContext,
  now = new Date(),
): Answer {
  const ranking = skill ? skillLines(skill, ctx) : undefined;
  const measured = people
    .map((person) => {
      const lines = ranking && linesOf(ranking, person.personId);
      const roles = factsWithProfile(ctx, person.personId)?.roles ?? [];
      return { person, lines, experience: experienceWith(roles, lines, skill, now) };
    })
    .sort((a, b) => b.experience.months - a.experience.months);
  const names = people.map((person) => person.name);
  if (measured[0]!.experience.months === 0)
    return nobody(question, comparing.noneDated(names, skill), 'compare', names);
  const citations = new Citations();
  const lines: Line[] = measured.map(({ person, lines, experience }) =>
    experience.months === 0
      ? [comparing.undated(person.name, skill)]
      : [years.personHead(person.name, experience.months), ...rolesSaid(experience, lines, skill, citations)],
  );
  const [first, ...rest] = measured.map(({ person, experience }) => ({ name: person.name, months: experience.months }));
  return answerOf(question, citations.compose([[comparing.most(first!, rest, skill)], ...lines]), 'compare', names);
}
