/**
 * "Who has 10+ years of Python?", "How many years of PHP does kura have?": the months of the dated
 * roles whose lines name the skill (every dated role for "years of experience"), overlapping
 * roles counted once.
 */
import type { SkillLine, SkillRanking } from '../../retrieval/skillRanking.js';
import type { PersonQuestion, QuestionContext } from '../context.js';
import type { Threshold } from '../intent.js';
import { namesAndMore, years, type YearSpan } from '../phrasing.js';
import type { Role } from '../../facts/profileFacts.js';
import { experienceWith, linesOf, rolesSaid, skillLines, withEarliestSaid } from '../roleExperience.js';
import { factsWithProfile, roleHeadsWithProfile } from '../profileRoles.js';
import { answerOf, cited, Citations, nobody, statementOf, type Line, type Statement } from '../statements.js';
import { statedDuration, statedYears, type StatedYears } from '../statedYears.js';
import { sectionOfPath } from '../../text/sectionHeadings.js';
import { tokenize } from '../../text/terms.js';
import type { Answer } from '../types.js';

/** People named in a "nobody" who name the skill outside any dated role: the closest there is, not a list. */
const UNDATED_NAMED = 3;

/** People (in who-knows order) whose lines are read for years stated in words. */
const MAX_STATED_READ = 1000;

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
  // With a skill, a person's roles include their profile's work entries: from the build's table when
  // it stored them (no facts read), else from the person's stored facts.
  const rolesOf = skill
    ? (personId: string) => facts.storedRolesWithProfile(personId) ?? roleHeadsWithProfile(ctx, personId)
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
  // "3-5 years": up to the end of the fifth year (5 years 11 months is 5 years).
  const below = threshold.upTo === undefined ? Infinity : (threshold.upTo + 1) * 12;
  const reaches = (months: number) => (threshold.inclusive ? months >= enough : months > enough) && months < below;
  const found = measured.filter(({ months }) => reaches(months));
  // "10+ years of PHP" often means "since 2007": people whose roles naming it span the years with
  // gaps between are named too, apart, with both numbers, so neither reading hides them.
  const stated = skill && lines && !asTitle ? statedReaching(lines, skill, found, reaches, ctx) : [];
  const statedIds = new Set(stated.map(({ personId }) => personId));
  const spanning = measured.filter(
    ({ personId, months, spanMonths }) => !reaches(months) && reaches(spanMonths) && !statedIds.has(personId),
  );
  if (found.length === 0 && spanning.length === 0 && stated.length === 0) {
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
  const composed = listed({ found, stated, spanning }, threshold, skill, lines, ctx, now, asTitle);
  return answerOf(question, composed, 'timeline', []);
}

/** Someone whose profile states, in words, enough years of the skill that their dated roles do not show. */
interface StatedFound {
  readonly personId: string;
  readonly person: string;
  readonly stated: StatedYears;
}

/** The people not already found by their dates whose lines naming the skill state a duration that reaches. */
function statedReaching(
  ranking: SkillRanking,
  skill: string,
  found: readonly Measured[],
  reaches: (months: number) => boolean,
  ctx: QuestionContext,
): StatedFound[] {
  const variants = ctx.skills.variants(skill);
  const dated = new Set(found.map(({ personId }) => personId));
  const reached: StatedFound[] = [];
  // Reading every line of everyone naming a common skill in a large team would cost each such question
  // a pass over thousands of passages; the strongest-ranked are those whose lines say most about it.
  for (let place = 0; place < Math.min(ranking.length, MAX_STATED_READ); place++) {
    const evidence = ranking.at(place);
    if (dated.has(evidence.personId)) continue;
    const stated = statedYears(evidence.lines, variants);
    if (stated && reaches(stated.months))
      reached.push({ personId: evidence.personId, person: evidence.person, stated });
  }
  return reached.sort((a, b) => b.stated.months - a.stated.months);
}

/**
 * The people found, the most years first; past the listing limit counted, not quoted (their roles
 * not restored again).
 */
function listed(
  {
    found,
    stated,
    spanning,
  }: { found: readonly Measured[]; stated: readonly StatedFound[]; spanning: readonly Measured[] },
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
  const limit = ctx.limits.maxPeopleListed;
  const shown = found.slice(0, limit).map(withRoles);
  // Ranked as said: by the months each person's roles give when read in full.
  if (threshold.most) shown.sort((a, b) => b.experience.months - a.experience.months);
  const statedShown = stated.slice(0, Math.max(0, limit - shown.length));
  const spanShown = spanning.slice(0, Math.max(0, limit - shown.length - statedShown.length)).map(withRoles);
  const citations = new Citations();
  const sentences: Line[] = shown.map(({ facts, experience }) => [
    years.personHead(facts.person, experience.months),
    ...rolesSaid(experience, personLines(facts.personId), skill, citations),
  ]);
  const statedSentences: Line[] = statedShown.map(({ person, stated }) => [
    years.statedHead(person, stated.said),
    statedStatement(stated, skill!, citations),
  ]);
  const names = [
    ...shown.map(({ facts, experience }) => years.named(facts.person, experience.months)),
    ...statedShown.map(({ person, stated }) => years.statedNamed(person, stated.said)),
  ];
  const reached = found.length + stated.length;
  const spanNames = spanShown.map(({ facts, experience }) =>
    years.spanNamed(facts.person, experience.spanMonths, experience.months),
  );
  const spanSentences: Line[] = spanShown.map(({ facts, experience }) => [
    years.spanHead(facts.person, experience.spanMonths),
    ...rolesSaid(withEarliestSaid(experience), personLines(facts.personId), skill, citations),
  ]);
  const lead =
    reached > 0 && threshold.most
      ? years.most(skill, namesAndMore(names, reached), stated.length > 0)
      : reached > 0
        ? years.reached(threshold, skill, reached, namesAndMore(names, reached), stated.length > 0)
        : years.onlySpanning(threshold, skill, namesAndMore(spanNames, spanning.length));
  const alsoSpanning =
    reached > 0 && spanning.length > 0 ? [[years.alsoSpanning(skill, namesAndMore(spanNames, spanning.length))]] : [];
  const unshown = reached - shown.length - statedShown.length + spanning.length - spanShown.length;
  const all = [...sentences, ...statedSentences, ...spanSentences];
  return citations.compose([[lead], ...alsoSpanning, ...all, ...years.more(unshown)]);
}

/** One person's years, of a skill or of all their dated roles, and of a skill what the profile states in words. */
export function answerPersonYears(asked: PersonQuestion, skill: string | undefined, asTitle = false): Answer {
  const { question, person, facts, ctx } = asked;
  const lines = skill ? linesOf(skillLines(skill, ctx), person.personId) : undefined;
  const experience = facts ? experienceWith(facts.roles, lines, skill, new Date(), asTitle) : undefined;
  const months = experience?.months ?? 0;
  const stated = skill
    ? !asTitle
      ? statedYears(lines, ctx.skills.variants(skill))
      : undefined
    : experienceStated(asked);
  if (months === 0 && !stated) return nobody(question, years.noneDated(person.name, skill), 'timeline', [person.name]);
  const citations = new Citations();
  const dated = () => rolesSaid(experience!, lines, skill, citations);
  const said: Line[] =
    stated && stated.months > months && skill
      ? [
          [years.statedOf(person.name, stated.said, skill), statedStatement(stated, skill, citations)],
          ...(months > 0 ? [[years.datedToo(months), ...dated()]] : []),
        ]
      : [
          [years.ofPerson(person.name, months, skill, yearSpan(experience!.roles))],
          dated(),
          ...(stated ? [[years.alsoStated(stated.said), statedStatement(stated, skill ?? '', citations)]] : []),
        ];
  return answerOf(question, citations.compose(said), 'timeline', [person.name]);
}

/** Sections where a profile states its years of experience in words: the summary, or above every heading. */
const SUMMARY_SECTIONS: ReadonlySet<string | undefined> = new Set([undefined, 'summary', 'document']);

/**
 * Years of experience a profile states in its summary ("engineer with 14 years on commercial sites",
 * "Comercial con 12 años de experiencia"): asked with no skill, said beside the years its roles' dates give.
 */
function experienceStated(asked: PersonQuestion): StatedYears | undefined {
  if (asked.ctx.passagesOfPerson(asked.person.personId).length === 0) return undefined;
  let best: StatedYears | undefined;
  for (const passage of asked.ctx.passagesOfPerson(asked.person.personId)) {
    if (!SUMMARY_SECTIONS.has(sectionOfPath(passage.sectionPath))) continue;
    passage.text.split('\n').forEach((text, i) => {
      const duration = statedDuration(text);
      if (duration && (!best || duration.months > best.months))
        best = {
          ...duration,
          line: { passage, line: passage.startLine + i, text, strength: 'phrase', year: undefined },
        };
    });
  }
  return best;
}

/** The line stating a duration, quoted around the skill. */
export function statedStatement(stated: StatedYears, skill: string, citations: Citations): Statement {
  const citation = citations.add(stated.line.passage, stated.line.line, stated.line.line);
  return cited(statementOf(citation.text, tokenize(skill)), citation);
}

/** "since 2016" or "2016–2020": a "since when" is answered by the first year as well as the months. */
function yearSpan(roles: readonly Role[]): YearSpan | undefined {
  const dated = roles.filter((role) => role.range);
  if (dated.length === 0) return undefined;
  const from = Math.min(...dated.map((role) => role.range!.start.year));
  const open = dated.some((role) => !role.range!.end);
  return { from, to: open ? undefined : Math.max(...dated.map((role) => role.range!.end!.year)) };
}
