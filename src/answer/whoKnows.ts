/**
 * skill → the people whose profiles name it, best first, each with the lines that prove it.
 * When nobody does, the answer says so; words that merely look like the skill are offered apart,
 * labelled as related, never as the skill.
 */
import { LINE_SPAN } from '../index/read/indexReader.js';
import { rankPeopleBySkill, type SkillRankings } from '../retrieval/rankPeople.js';
import type { SkillRanking, SkillSource } from '../retrieval/skillRanking.js';
import { canonicalSkill, skillMatchRange } from '../retrieval/skillMatch.js';
import type { TermGroups } from '../retrieval/termGroups.js';
import { withinEditDistance } from '../text/editDistance.js';
import { citationFor, spanOf } from './citeLines.js';
import type { Citation, PeoplePage, PersonMatch, RelatedMatch, WhoKnowsResult } from './types.js';

const EVIDENCE_PER_PERSON = 3;
const MAX_RELATED = 5;

/** Everyone whose profile names the skill (or an alias), best first, with their matching lines. */
export function rankForSkill(
  skill: string,
  source: SkillSource,
  skillAliases: TermGroups,
  skillRankings: SkillRankings,
): SkillRanking {
  return rankPeopleBySkill(source, skillAliases.variants(skill), skillRankings, undefined, skillAliases.names());
}

/**
 * The whole ranking is always made (the order and the count need it), but citations only for the
 * people of `page` (all of them without one): a common skill would otherwise quote thousands of
 * lines nobody reads. Citation ids are the ones the unpaged answer would give.
 */
export function whoKnows(
  skill: string,
  source: SkillSource,
  skillAliases: TermGroups,
  skillRankings: SkillRankings,
  page?: PeoplePage,
): WhoKnowsResult {
  const variants = skillAliases.variants(skill);
  const ranked = rankForSkill(skill, source, skillAliases, skillRankings);
  const offset = Math.min(page?.offset ?? 0, ranked.length);
  const shown = ranked.slice(offset, page ? offset + page.limit : undefined);
  let nextId = 1;
  for (const match of ranked.slice(0, offset)) nextId += Math.min(EVIDENCE_PER_PERSON, match.lines.length);
  const people: PersonMatch[] = shown.map((match) => {
    const evidence: Citation[] = match.lines.slice(0, EVIDENCE_PER_PERSON).map((line) => {
      // Where the line names the skill, so a long line is quoted around it.
      const found = skillMatchRange(variants, line.text);
      return citationFor(
        nextId++,
        line.passage,
        { ...spanOf(line.passage, line.line, line.line), ...(found ? { match: found } : {}) },
        match.score,
      );
    });
    return { person: match.person, source: match.source, score: match.score, evidence };
  });
  const noAnswer = ranked.length === 0;
  return {
    skill,
    noAnswer,
    people,
    related: noAnswer ? relatedTerms(skill, source) : [],
    totalPeople: ranked.length,
    offset,
  };
}

/**
 * Words in the profiles spelled close to a one-word skill (a typo, or a sibling tool): "terrafrom"
 * → "terraform". The first few in the order the profiles first write them, each with the profile
 * that does.
 */
function relatedTerms(skill: string, source: SkillSource): RelatedMatch[] {
  const key = canonicalSkill(skill);
  if (key.includes(' ') || key.length < 4) return [];
  const limit = key.length >= 7 ? 2 : 1;
  const close: { word: string; line: number; position: number }[] = [];
  for (const word of source.lines.words()) {
    if (word === key || word.length < 4) continue;
    if (!(withinEditDistance(word, key, limit) || (key.length >= 5 && word.startsWith(key)))) continue;
    const use = source.lines.firstUse(word);
    if (use) close.push({ word, ...use });
  }
  close.sort((a, b) => a.line - b.line || a.position - b.position);
  return close.slice(0, MAX_RELATED).map(({ word, line }) => {
    const passage = source.passage(Math.floor(line / LINE_SPAN));
    return { term: word, person: passage.person, source: passage.source };
  });
}
