/** "Compare Phil and kura on AWS": one line per person, each from their own profile's passages, side by side. */
import type { Evidence } from '../ask.js';
import type { QuestionContext } from '../context.js';
import type { DirectoryEntry } from '../namedPeople.js';
import { comparing, personLine, years } from '../phrasing.js';
import { factsWithProfile } from '../profileRoles.js';
import { experienceWith, linesOf, rolesSaid, skillLines } from '../roleExperience.js';
import type { Experience } from '../../facts/experienceYears.js';
import type { SkillLine } from '../../retrieval/skillRanking.js';
import { statedYears, type StatedYears } from '../statedYears.js';
import { statedStatement } from './years.js';
import { stintMonths } from './roles.js';
import { namesEntity } from '../entities.js';
import { answerOf, cited, Citations, nobody, renumbered, statementOf, type Line } from '../statements.js';
import { tokenize } from '../../text/terms.js';
import { sectionOfHeading, sectionsAskedBy } from '../../text/sectionHeadings.js';
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
  const employer = EMPLOYER_TOPIC.exec(topic)?.[1];
  const lead = employer
    ? timeAt(employer, people, ctx)
    : // A section ("education", "languages spoken") is set side by side, not counted as a skill's years.
      answered.length > 1 && sectionsAskedBy(topic).length === 0 && sectionOfHeading(topic) === undefined
      ? whoHasMore(topic, weigh(people, topic, ctx, new Date()))
      : undefined;
  return answerOf(
    question,
    { lines: [[lead ?? comparing.lead(topic, names, answered)], ...lines], citations },
    'compare',
    names,
  );
}

/** "their time at Coursera", "roles at Google", "Zeit bei SAP", "temps chez Total": an employer compared. */
const EMPLOYER_TOPIC = new RegExp(
  String.raw`^(?:(?:their|the|die|ihre|leur|leurs|su|sus|o|os|a|as)\s+)?` +
    String.raw`(?:time|roles?|jobs?|work|stints?|tenure|years|zeit|rollen?|jahre|temps|postes?|rôles?|années` +
    String.raw`|tiempo|puestos?|cargos?|años|tempo|funções|anos)\s+(?:at|with|bei|chez|à|en|em|na|no)\s+(.+)$`,
  'iu',
);

/**
 * Each person's months at the employer by the dates of their roles there, the most first; undefined
 * when nobody dates a role there.
 */
function timeAt(employer: string, people: readonly DirectoryEntry[], ctx: QuestionContext): string | undefined {
  const timed = people
    .map((person) => {
      const roles = (factsWithProfile(ctx, person.personId)?.roles ?? []).filter(
        (role) => role.range && namesEntity(employer, role.head),
      );
      return { name: person.name, months: roles.length > 0 ? stintMonths(roles) : 0 };
    })
    .sort((a, b) => b.months - a.months);
  return timed[0]!.months > 0 ? comparing.timeAt(employer, timed) : undefined;
}

/** One person weighed on a skill: months by dated roles naming it, a duration stated in words, lines naming it. */
interface Weighed {
  readonly person: DirectoryEntry;
  readonly lines: readonly SkillLine[] | undefined;
  readonly experience: Experience;
  readonly stated: StatedYears | undefined;
  /** The more of the dated months and the stated ones. */
  readonly months: number;
}

function weigh(people: readonly DirectoryEntry[], skill: string | undefined, ctx: QuestionContext, now: Date) {
  const ranking = skill ? skillLines(skill, ctx) : undefined;
  const variants = skill ? ctx.skills.variants(skill) : [];
  return people.map((person): Weighed => {
    const lines = ranking && linesOf(ranking, person.personId);
    const roles = factsWithProfile(ctx, person.personId)?.roles ?? [];
    const experience = experienceWith(roles, lines, skill, now);
    const stated = skill ? statedYears(lines, variants) : undefined;
    return { person, lines, experience, stated, months: Math.max(experience.months, stated?.months ?? 0) };
  });
}

/**
 * "Who knows more Python, A or B?" answered in its first line: by years (dated roles naming it, or a
 * duration stated) when either has some, else by how many lines of each profile name it; undefined
 * when neither measure tells them apart.
 */
function whoHasMore(topic: string, weighed: readonly Weighed[]): string | undefined {
  const byYears = [...weighed].sort((a, b) => b.months - a.months);
  if (byYears[0]!.months > 0) {
    const [first, ...rest] = byYears.map(({ person, months }) => ({ name: person.name, months }));
    return comparing.most(
      first!,
      rest,
      topic,
      byYears.some(({ stated }) => stated !== undefined),
    );
  }
  const byLines = weighed
    .map(({ person, lines }) => ({ name: person.name, lines: lines?.length ?? 0 }))
    .sort((a, b) => b.lines - a.lines);
  const [first, second] = byLines;
  if (first!.lines === 0 || first!.lines === second!.lines) return undefined;
  return comparing.moreLines(topic, first!, byLines.slice(1));
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
export async function answerCompareYears(
  question: string,
  people: readonly DirectoryEntry[],
  skill: string | undefined,
  ctx: QuestionContext,
  now = new Date(),
): Promise<Answer> {
  const measured = weigh(people, skill, ctx, now).sort((a, b) => b.months - a.months);
  const names = people.map((person) => person.name);
  if (measured[0]!.months === 0)
    // No dates and no stated years: what each profile says of the skill, side by side.
    return skill
      ? answerCompare(question, people, skill, ctx)
      : nobody(question, comparing.noneDated(names, skill), 'compare', names);
  const citations = new Citations();
  const lines: Line[] = measured.map(({ person, lines, experience, stated }) => {
    if (stated && stated.months > experience.months)
      return [years.statedHead(person.name, stated.said), statedStatement(stated, skill!, citations)];
    if (experience.months > 0)
      return [years.personHead(person.name, experience.months), ...rolesSaid(experience, lines, skill, citations)];
    // Undated, the skill may still be named (a skills list): that line is their evidence, cited.
    const named = lines?.[0];
    if (!named || !skill) return [comparing.undated(person.name, skill)];
    const citation = citations.add(named.passage, named.line, named.line);
    return [comparing.undatedNamed(person.name, skill), cited(statementOf(citation.text, tokenize(skill)), citation)];
  });
  const [first, ...rest] = measured.map(({ person, months }) => ({ name: person.name, months }));
  const stated = measured.some(({ stated }) => stated !== undefined);
  return answerOf(
    question,
    citations.compose([[comparing.most(first!, rest, skill, stated)], ...lines]),
    'compare',
    names,
  );
}
