/**
 * "Who has 10+ years of Python?", "How many years of PHP does kura have?": the months of the dated
 * roles whose lines name the skill (every dated role for "years of experience"), overlapping
 * roles counted once.
 */
import type { SkillLine, SkillRanking } from '../../retrieval/skillRanking.js';
import type { PersonQuestion, QuestionContext } from '../context.js';
import type { Threshold } from '../intent.js';
import { namesAndMore, years } from '../phrasing.js';
import { experienceWith, linesOf, rolesSaid, skillLines, withEarliestSaid } from '../roleExperience.js';
import { factsWithProfile, roleHeadsWithProfile } from '../profileRoles.js';
import { answerOf, Citations, nobody, type Line } from '../statements.js';
import type { Answer } from '../types.js';

/** People named in a "nobody" who name the skill outside any dated role: the closest there is, not a list. */
const UNDATED_NAMED = 3;

interface Measured {
  readonly personId: string;
  readonly months: number;
  readonly spanMonths: number;
}

/**
 * Everyone with months of the skill, the most first. Counted on the stored roles (no passage read):
 * with a skill, only the people naming it can have months of it; without one, everyone's, from a
 * table of numbers made once.
 */
function measure(
  ctx: QuestionContext,
  lines: SkillRanking | undefined,
  skill: string | undefined,
  now: Date,
  asTitle: boolean,
): Measured[] {
  const facts = ctx.facts();
  const rolesOf = skill
    ? (personId: string) => roleHeadsWithProfile(ctx, personId)
    : (personId: string) => facts.roleDates().rolesOf(personId);
  return (lines ? facts.people.filter((personId) => lines.placeOf(personId) >= 0) : facts.people)
    .map((personId) => {
      const { months, spanMonths } = experienceWith(
        rolesOf(personId),
        lines && linesOf(lines, personId),
        skill,
        now,
        asTitle,
      );
      return { personId, months, spanMonths };
    })
    .filter(({ months }) => months > 0)
    .sort((a, b) => b.months - a.months);
}

export function answerYears(
  question: string,
  threshold: Threshold,
  skill: string | undefined,
  ctx: QuestionContext,
  { now = new Date(), asTitle = false }: { now?: Date; asTitle?: boolean } = {},
): Answer {
  const lines = skill ? skillLines(skill, ctx) : undefined;
  if (skill && lines && lines.length === 0) return nobody(question, years.nobodyMentions(skill), 'timeline', []);
  const measured = measure(ctx, lines, skill, now, asTitle);
  const enough = threshold.years * 12;
  const reaches = (months: number) => (threshold.inclusive ? months >= enough : months > enough);
  const found = measured.filter(({ months }) => reaches(months));
  // "10+ years of PHP" often means "since 2007": people whose roles naming it span the years with
  // gaps between are named too, apart, with both numbers, so neither reading hides them.
  const spanning = measured.filter(({ months, spanMonths }) => !reaches(months) && reaches(spanMonths));
  if (found.length === 0 && spanning.length === 0) {
    const best = measured[0];
    const text = best
      ? years.nobodyReaches(threshold, skill, { person: ctx.facts().get(best.personId)!.person, months: best.months })
      : years.nobodyDated(
          skill,
          lines?.slice(0, UNDATED_NAMED).map((found) => found.person),
          lines?.length,
        );
    return nobody(question, text, 'timeline', []);
  }
  return answerOf(question, listed(found, spanning, threshold, skill, lines, ctx, now, asTitle), 'timeline', []);
}

/**
 * The people found, the most years first; past the listing limit counted, not quoted (their roles
 * not restored again).
 */
function listed(
  found: readonly Measured[],
  spanning: readonly Measured[],
  threshold: Threshold,
  skill: string | undefined,
  lines: SkillRanking | undefined,
  ctx: QuestionContext,
  now: Date,
  asTitle: boolean,
) {
  const personLines = (personId: string): readonly SkillLine[] | undefined => lines && linesOf(lines, personId);
  const withRoles = ({ personId }: Measured) => {
    const facts = factsWithProfile(ctx, personId)!;
    return { facts, experience: experienceWith(facts.roles, personLines(personId), skill, now, asTitle) };
  };
  const shown = found.slice(0, ctx.limits.maxPeopleListed).map(withRoles);
  const spanShown = spanning.slice(0, Math.max(0, ctx.limits.maxPeopleListed - shown.length)).map(withRoles);
  const citations = new Citations();
  const sentences: Line[] = shown.map(({ facts, experience }) => [
    years.personHead(facts.person, experience.months),
    ...rolesSaid(experience, personLines(facts.personId), skill, citations),
  ]);
  const names = shown.map(({ facts, experience }) => years.named(facts.person, experience.months));
  const spanNames = spanShown.map(({ facts, experience }) =>
    years.spanNamed(facts.person, experience.spanMonths, experience.months),
  );
  const spanSentences: Line[] = spanShown.map(({ facts, experience }) => [
    years.spanHead(facts.person, experience.spanMonths),
    ...rolesSaid(withEarliestSaid(experience), personLines(facts.personId), skill, citations),
  ]);
  const lead =
    found.length > 0
      ? years.reached(threshold, skill, found.length, namesAndMore(names, found.length))
      : years.onlySpanning(threshold, skill, namesAndMore(spanNames, spanning.length));
  const alsoSpanning =
    found.length > 0 && spanning.length > 0
      ? [[years.alsoSpanning(skill, namesAndMore(spanNames, spanning.length))]]
      : [];
  const unshown = found.length - shown.length + spanning.length - spanShown.length;
  return citations.compose([[lead], ...alsoSpanning, ...sentences, ...spanSentences, ...years.more(unshown)]);
}

/** One person's years, of a skill or of all their dated roles. */
export function answerPersonYears(asked: PersonQuestion, skill: string | undefined, asTitle = false): Answer {
  const { question, person, facts, ctx } = asked;
  const lines = skill ? linesOf(skillLines(skill, ctx), person.personId) : undefined;
  const experience = facts ? experienceWith(facts.roles, lines, skill, new Date(), asTitle) : undefined;
  if (!experience || experience.months === 0)
    return nobody(question, years.noneDated(person.name, skill), 'timeline', [person.name]);
  const citations = new Citations();
  const said = [
    [years.ofPerson(person.name, experience.months, skill)],
    rolesSaid(experience, lines, skill, citations),
  ];
  return answerOf(question, citations.compose(said), 'timeline', [person.name]);
}
