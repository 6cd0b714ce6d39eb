/** Years of experience read from the dated roles, with or without a skill, and the roles that show it. */
import { experienceOf, rolesHolding, type DatedRole, type Experience } from '../facts/experienceYears.js';
import { rankPeopleBySkill } from '../retrieval/rankPeople.js';
import type { SkillLine, SkillRanking } from '../retrieval/skillRanking.js';
import { tokenize } from '../text/terms.js';
import type { QuestionContext } from './context.js';
import { rolesList } from './phrasing.js';
import { cited, statementOf, type Citations, type Part } from './statements.js';

/** Each profile naming the skill with its lines (the who-knows rules: a short skill must read as a technology). */
export function skillLines(skill: string, ctx: QuestionContext): SkillRanking {
  return rankPeopleBySkill(ctx.index, ctx.skills.variants(skill), ctx.skillRankings, undefined, ctx.skills.names());
}

/** A person's lines in a ranking; undefined when it does not name them. */
export function linesOf(ranking: SkillRanking, personId: string): readonly SkillLine[] | undefined {
  const place = ranking.placeOf(personId);
  return place < 0 ? undefined : ranking.at(place).lines;
}

/** A person's experience: of the roles whose lines name the skill, or of every dated role. */
export function experienceWith<R extends DatedRole>(
  roles: readonly R[],
  lines: readonly SkillLine[] | undefined,
  skill: string | undefined,
  now: Date,
  asTitle = false,
): Experience<R> {
  if (!skill) return experienceOf(roles, now);
  // "3+ years as a data scientist": a title counts only where a role's heading says it, not its bullets.
  const holds = (role: R, line: number) => !asTitle || line <= role.first.line + 1;
  const holding = new Set(
    (lines ?? []).flatMap((line) => rolesHolding(roles, line.line).filter((role) => holds(role, line.line))),
  );
  return experienceOf(roles, now, (role) => holding.has(role));
}

const MAX_ROLES_SAID = 3;

/** The few roles said, each cited, with the line naming the skill when the role's heading does not. */
export function rolesSaid(
  experience: Experience,
  lines: readonly SkillLine[] | undefined,
  skill: string | undefined,
  citations: Citations,
): Part[] {
  const said = experience.roles.slice(0, MAX_ROLES_SAID).map((role) => {
    const head = citations.role(role);
    const inHead = (lines ?? []).some((line) => line.line >= role.first.line && line.line <= role.last.line);
    const named =
      skill && !inHead
        ? (lines ?? []).find((line) => line.line > role.last.line && line.line <= role.through)
        : undefined;
    if (!named) return { role: head };
    const citation = citations.add(named.passage, named.line, named.line);
    return { role: head, naming: cited(statementOf(citation.text, tokenize(skill!)), citation) };
  });
  return rolesList(said, experience.roles.length - said.length);
}

/** A span is shown by its ends: the earliest role moves up among the few roles quoted. */
export function withEarliestSaid(experience: Experience): Experience {
  const { roles } = experience;
  if (roles.length <= MAX_ROLES_SAID) return experience;
  const latest = roles.slice(0, MAX_ROLES_SAID - 1);
  return { ...experience, roles: [...latest, roles.at(-1)!, ...roles.slice(MAX_ROLES_SAID - 1, -1)] };
}
