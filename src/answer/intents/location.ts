/**
 * "Who is based in Egypt?", "how many of us live in Pune?", "where does Ana live?": the lines a
 * CV gives for where its person is (placeLines: a labelled line, or a short part of the header or
 * contact lines), never a place named in a role, a school or a sentence.
 */
import countries from '../countries.json' with { type: 'json' };
import { unaccent } from '../../text/questionLanguage.js';
import { entityMatcher, peopleMaybeNaming } from '../entities.js';
import type { PersonQuestion, QuestionContext } from '../context.js';
import { listedPeople, person as say, personLine, places } from '../phrasing.js';
import { placeLines } from '../placeLines.js';
import { answerOf, Citations, cited, nobody, statementOf, type Line } from '../statements.js';
import type { Answer } from '../types.js';

const fold = (name: string) => unaccent(name).toLowerCase().trim();
/** Folded country name → the country's names in the five languages. */
const COUNTRY_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  countries.groups.flatMap((group) => group.map((name) => [fold(name), group] as const)),
);

/** A place as asked, and a country's names in the other languages ("Ägypten" → Egypt, Égypte …). */
export function placeNames(place: string): string[] {
  return [...new Set([place, ...(COUNTRY_NAMES.get(fold(place)) ?? [])])];
}

/** The people whose CV says they are in `place`, each cited by the line saying so. */
export function answerLivesIn(question: string, place: string, ctx: QuestionContext): Answer {
  const names = placeNames(place);
  const matchers = names.map(entityMatcher);
  const namesIt = (text: string) => matchers.some((matches) => matches(text));
  const citations = new Citations();
  const found: string[] = [];
  const lines: Line[] = [];
  const people = new Set(names.flatMap((name) => peopleMaybeNaming(name, ctx)));
  for (const entry of ctx.directory) {
    if (!people.has(entry.personId) || found.includes(entry.name)) continue;
    const line = placeLines(ctx.passagesOf(entry.source)).find((candidate) => candidate.parts.some(namesIt));
    if (!line) continue;
    found.push(entry.name);
    if (found.length > ctx.limits.maxPeopleListed) continue; // counted, not quoted
    const part = line.parts.find(namesIt)!;
    lines.push(personLine(entry.name, [cited(statementOf(part), citations.line(line))]));
  }
  if (found.length === 0) return nobody(question, places.noneLiveIn(place), 'location', []);
  const listed = listedPeople(found.slice(0, ctx.limits.maxPeopleListed), found.length, lines);
  return answerOf(question, citations.compose(listed), 'location', []);
}

/** Where one person is: the place their labelled line or a part of their header gives. */
export function answerPersonLocation(asked: PersonQuestion): Answer {
  const { question, person } = asked;
  const lines = placeLines(asked.ctx.passagesOf(person.source));
  const citations = new Citations();
  // The name heading ("Ingrid Halvorsen, PhD") or the page title ("Priya Raghunathan — Resume") reads like
  // "Town, Country" but is the person: a part holding a word of their name is no place.
  const nameWords = new Set(
    fold(person.name)
      .split(/[\s-]+/)
      .filter((word) => word.length >= 3),
  );
  const namesPerson = (place: string) =>
    fold(place)
      .split(/[^\p{L}]+/u)
      .some((word) => nameWords.has(word));
  const placed = lines.find((line) => line.place !== undefined && !namesPerson(line.place));
  if (placed) {
    const statement = cited(statementOf(placed.place!), citations.line(placed));
    return answerOf(question, citations.compose([say.location(person.name, statement)]), 'location', [person.name]);
  }
  // A word search for "address" quotes job titles ("VP of Location Services"): no labelled or header line, no place.
  return nobody(question, say.noLocation(person.name), 'location', [person.name]);
}
