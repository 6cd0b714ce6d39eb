/** "Who knows Go?", "Who knows both Docker and Kubernetes?", "How many people know Python?": the skills ranking. */
import { defaultConceptMap } from '../../retrieval/conceptMap.js';
import type { SkillLine, SkillRanking } from '../../retrieval/skillRanking.js';
import { nativeOnLine, speaksOnLine } from '../../retrieval/spokenLanguage.js';
import { tokenize } from '../../text/terms.js';
import type { QuestionContext } from '../context.js';
import type { Intent } from '../intent.js';
import { namesAndMore, personLine, skillHolders } from '../phrasing.js';
import { answerOf, Citations, cited, nobody, statementOf } from '../statements.js';
import type { Answer } from '../types.js';
import { rankForSkill } from '../whoKnows.js';
import { searchEveryone } from './search.js';

type SkillIntent = Extract<Intent, { kind: 'who-knows' | 'count' }>;

/** The places of the first ranking's people whose document every other ranking names too, in its order. */
function placesInEvery(rankings: readonly SkillRanking[]): number[] {
  const [first, ...others] = rankings;
  const places: number[] = [];
  for (let place = 0; place < first!.length; place++) {
    if (others.every((ranking) => ranking.placeOfSource(first!.sourceAt(place)) >= 0)) places.push(place);
  }
  return places;
}

export async function answerWhoKnows(question: string, intent: SkillIntent, ctx: QuestionContext): Promise<Answer> {
  const skills = intent.kind === 'count' ? [intent.skill, ...(intent.also ? [intent.also] : [])] : intent.skills;
  const rankings = skills.map((skill) => rankForSkill(skill, ctx.index, ctx.skills, ctx.skillRankings));
  // "Who speaks Greek?": only people with a languages line naming it, never a talk title or a sample label.
  // "Who is a native Arabic speaker?": only a line saying that language is their first one.
  // "Some German", "alemán básico": a level written against one of the language's names is evidence too.
  const languageNames = intent.spoken ? skills.flatMap((skill) => [skill, ...ctx.skills.variants(skill)]) : [];
  const spokenLine = (line: SkillLine) =>
    !intent.spoken ||
    (speaksOnLine(line.text, line.passage.sectionPath, languageNames) &&
      (!intent.native || nativeOnLine(line.text, languageNames)));
  // Only a spoken language's people are read line by line: anyone else's lines all count, and reading
  // every person of a common skill would make each of them (and read what their ranking left unread).
  const everyPlace = placesInEvery(rankings);
  const places = intent.spoken
    ? everyPlace.filter((place) => rankings[0]!.at(place).lines.some(spokenLine))
    : everyPlace;
  if (places.length === 0) {
    // A phrase the skills ranking does not know as written may still be answered by passages, and so
    // may an asked wording of the concept map ("missionary", "Spracherkennung"), in the CVs' words.
    if (skills.some((skill) => skill.includes(' ') || (!intent.spoken && defaultConceptMap().covers(skill))))
      return searchEveryone(question, ctx);
    return nobody(question, skillHolders.nobody(skills), intent.kind, []);
  }
  // The strongest few, each with a citation; the rest counted (who-knows pages through them all).
  const shown = places.slice(0, ctx.limits.maxPeopleListed).map((place) => rankings[0]!.at(place));
  const citations = new Citations();
  const focus = skills.flatMap((skill) => tokenize(skill));
  const lines = shown.map((person) => {
    const evidence = rankings.flatMap((ranking) => {
      // The first ranking's person is this one (a document is one person's): no look-up, which would order everyone.
      const own = ranking === rankings[0] ? person : ranking.at(ranking.placeOfSource(person.source));
      const lines = own.lines;
      return [lines.find(spokenLine) ?? lines[0]!];
    });
    const statements = evidence.map((line) => {
      const passage = ctx.passageHolding(line.passage.source, line.line)!;
      const citation = citations.add(passage, line.line, line.line, person.score);
      return cited(statementOf(citation.text, focus), citation);
    });
    return personLine(person.person, statements);
  });
  const names = namesAndMore(
    shown.map((p) => p.person),
    places.length,
  );
  const lead =
    intent.kind === 'count' ? skillHolders.count(places.length, skills, names) : skillHolders.who(places.length, names);
  const more = places.length > shown.length ? [[skillHolders.more(places.length - shown.length, skills[0]!)]] : [];
  return answerOf(question, citations.compose([[lead], ...lines, ...more]), intent.kind, []);
}
