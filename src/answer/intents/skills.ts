/** One person's skills: their skills lists, or their passages when the question asks about more than a kind of list. */
import { isWeakTerm, queryTerms, tokenize } from '../../text/terms.js';
import type { PersonQuestion } from '../context.js';
import { person as say } from '../phrasing.js';
import { answerOf, Citations, nobody } from '../statements.js';
import type { Answer } from '../types.js';
import { sectionWords } from '../sections.js';
import { answerLanguages, searchFirst } from './languages.js';
import { searchPerson } from './search.js';
import { readCues } from '../cues.js';
import { groupsAsked, skillGroupsOf, skillsSectionLines } from '../profileSkills.js';
import { technologyLines } from '../technologyLines.js';

/** Lines (or skill groups) one answer quotes. */
const MAX_LINES = 4;

/** Words naming a kind of skill list rather than a skill. */
const SKILL_KINDS = new Set(
  tokenize(
    'skills skill languages language programming technologies technology tools stack frameworks framework ' +
      `databases libraries ${sectionWords('skills')}`,
  ),
);
/** Words asking for skills in general, in any of the five languages: no kind of list. */
const ANY_SKILL = new Set(tokenize(`skills skill ${sectionWords('skills')}`));
/** Kinds of list narrower than a CV's skills as a whole: a group must name one to answer for it. */
const NARROW_KINDS = new Set(tokenize('databases database frameworks framework libraries library'));
/** "Which languages does Ana know?": the skills lists naming languages, else every skills line (spoken ones last). */
const LANGUAGE_TERMS = new Set(tokenize('language languages'));

/** "What languages does Phil know?": the skills lists, narrowed to the kind asked about when a list is labelled so. */
export async function answerSkills(asked: PersonQuestion): Promise<Answer> {
  const { question, person, rest, facts } = asked;
  const lines = facts?.skills ?? [];
  const wanted = new Set(queryTerms(rest));
  const topical = lines.filter((line) =>
    tokenize(`${line.passage.sectionPath.join(' ')} ${line.text}`).some((term) => wanted.has(term)),
  );
  // "What languages does Phil know?" asks for the lists themselves; "which skills for data work?" says more.
  // Read with the question's language cues, so its small words ("quelles", "sont") are not taken for a topic.
  const left = readCues(rest).segments.flatMap((segment) => queryTerms(segment.text));
  const beyondKind = left.some((term) => !SKILL_KINDS.has(term) && !isWeakTerm(term));
  // "what programming languages does Ana know?" asks for her skills, never the languages she speaks.
  const programming = readCues(rest).has('programming');
  const asksLanguages = !programming && [...wanted].some((term) => LANGUAGE_TERMS.has(term));
  const grouped = fromProfile(asked, wanted, beyondKind || asksLanguages);
  if (grouped) return grouped;
  if (topical.length === 0 && beyondKind) {
    const found = await searchPerson(asked, 'skills');
    if (found) return found;
  }
  // Asked for the lists themselves: the section the CV heads as skills, in whatever language it writes it.
  const section = beyondKind || asksLanguages ? [] : skillsSectionLines(asked.ctx.passagesOf(person.source), MAX_LINES);
  // A kind of list named ("which databases …") keeps the lines of that kind before the whole section.
  const narrowed = topical.length > 0 && [...wanted].some((term) => SKILL_KINDS.has(term) && !ANY_SKILL.has(term));
  const chosen = narrowed ? topical : section.length > 0 ? section : topical.length > 0 ? topical : lines;
  // No line the profile parser read as a skills list: the profile's own words for skills, never "lists no skills".
  if (chosen.length === 0) {
    // "Which languages does Phil know?" with no skills list: the spoken languages are what the profile lists.
    const spoken = wanted.has('languag') || wanted.has('language') || wanted.has('languages');
    if (spoken && !programming) return answerLanguages(asked);
    const used = technologiesUsed(asked);
    if (used) return used;
    const found = await searchFirst(asked, sectionWords('skills').split(' '), 'skills');
    return found.noAnswer ? nobody(question, say.noSkills(person.name), 'skills', [person.name]) : found;
  }
  const citations = new Citations();
  const quoted = chosen.slice(0, MAX_LINES).map((line) => [citations.quote(line, ['skills', 'technolog'])]);
  return answerOf(question, citations.compose([[say.skills(person.name)], ...quoted]), 'skills', [person.name]);
}

/**
 * The profile's skill groups, narrowed to those the question names ("which databases …"); the
 * whole list when it asks for no kind beyond skills; undefined when the profile has no groups or
 * none is asked about.
 */
function fromProfile(asked: PersonQuestion, wanted: ReadonlySet<string>, beyondKind: boolean): Answer | undefined {
  const stored = asked.ctx.facts().profileOf(asked.person.personId);
  if (!stored) return undefined;
  const groups = skillGroupsOf(stored.profile, asked.ctx.passagesOf(stored.source));
  const named = groupsAsked(groups, wanted);
  // "Which databases …" that no group names: the lines of that kind (the caller's), not every group.
  const kindAsked = [...wanted].some((term) => NARROW_KINDS.has(term));
  const chosen = named.length > 0 ? named : beyondKind || kindAsked ? [] : groups;
  if (chosen.length === 0) return undefined;
  const citations = new Citations();
  const lines = chosen
    .slice(0, MAX_LINES)
    .map((group) => [{ text: group.text, citationIds: group.lines.map((line) => citations.line(line).id) }]);
  const name = asked.person.name;
  return answerOf(asked.question, citations.compose([[say.skills(name)], ...lines]), 'skills', [name]);
}

/** A CV with no skills list: its lines naming the most technologies (role and project bullets); undefined if none. */
function technologiesUsed(asked: PersonQuestion): Answer | undefined {
  const lines = technologyLines(asked.ctx.passagesOf(asked.person.source), asked.ctx.skills, MAX_LINES);
  if (lines.length === 0) return undefined;
  const citations = new Citations();
  const quoted = lines.map((line) => [citations.quote(line)]);
  const lead = say.technologies(asked.person.name);
  return answerOf(asked.question, citations.compose([[lead], ...quoted]), 'skills', [asked.person.name]);
}
