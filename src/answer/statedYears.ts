/**
 * Years of a skill a profile states in words rather than dates: "5+ years of Python", "Python (3 yrs)",
 * "7 Jahre Erfahrung in Java", "3 ans d'expérience en Go", "5 años de experiencia con SQL". A stated
 * duration belongs to the skill written after it in the same clause, or right before it.
 */
import { NUMBER_WORDS } from '../text/questionLanguage.js';
import type { SkillLine } from '../retrieval/skillRanking.js';
import { escapeRegExp } from '../text/regExp.js';

/** A duration a line states for the skill, with the line that states it. */
export interface StatedYears {
  readonly months: number;
  /** "5+ years", "more than 5 years": at least that many. */
  readonly atLeast: boolean;
  /** The duration in English words ("5+ years", "7 years"). */
  readonly said: string;
  readonly line: SkillLine;
}

const MORE_THAN =
  String.raw`(?:over|more than|at least|mehr als|über|mindestens|plus de|au moins|más de|al menos` +
  String.raw`|mais de|pelo menos)`;
const UNIT = String.raw`(?:years?|yrs?|jahren?|ans|années|años|anos)`;
const DURATION = new RegExp(
  String.raw`(?:(${MORE_THAN})\s+)?\b(\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')})` +
    String.raw`\s*(\+)?\s*(\+\s*)?${UNIT}\b(\+)?`,
  'giu',
);
const UNIT_HINT = new RegExp(UNIT, 'iu');
/** Words between a duration and the skill it is of, at most: "5+ years of hands-on experience building services in". */
const MAX_GAP_AFTER = 60;
/** "Python (5 years)", "Java – 7 Jahre": a duration right after the skill. */
const MAX_GAP_BEFORE = 4;
/** A clause ends at a full stop, a semicolon or a line's list separator. */
const CLAUSE_END = /[.;|•·]\s|\s\|\s/;

interface Duration {
  readonly start: number;
  readonly end: number;
  readonly months: number;
  readonly atLeast: boolean;
  readonly said: string;
  readonly ofBefore: boolean;
}

/**
 * "ten years ago", "vor 3 Jahren", "il y a 2 ans", "hace 4 años", "há 5 anos": a time past; "I'm 22
 * years old", "ich bin 30 Jahre alt", "j'ai 25 ans", "tengo 30 años": an age. Neither is a duration.
 */
const AGO_AFTER = /^\s+(?:ago|old|alt)\b/i;
const AGO_BEFORE = new RegExp(
  String.raw`(?:\bvor|\bil y a|\bhace|\bhá|\bha|\bi'm|\bi am|\baged?|\bich bin|\bj'ai|\btengo|\btenho` +
    String.raw`|\bidade:?|\balter:?|\bedad:?)\s+$`,
  'iu',
);

function durationsIn(text: string): Duration[] {
  const durations = [...text.matchAll(DURATION)].filter(
    (match) =>
      !AGO_AFTER.test(text.slice(match.index + match[0].length)) && !AGO_BEFORE.test(text.slice(0, match.index)),
  );
  return durations.map((match) => {
    const number = match[2]!.toLowerCase();
    const years = NUMBER_WORDS[number] ?? Number(number.replace(',', '.'));
    const atLeast = Boolean(match[1] || match[3] || match[4] || match[5]);
    // Said in English whatever the CV's language: "7 Jahre" is "7 years" in the answer.
    const said = `${years}${atLeast ? '+' : ''} ${years === 1 && !atLeast ? 'year' : 'years'}`;
    // "Python (4 yrs), Go": a duration in brackets or after a colon is of the word before it only.
    const ofBefore = /[(:]\s*$/.test(text.slice(0, match.index));
    const end = match.index + match[0].length;
    return { start: match.index, end, months: Math.round(years * 12), atLeast, said, ofBefore };
  });
}

/** Where the line names the skill (any of its written forms), as [start, end) ranges. */
function mentionsIn(text: string, variants: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const variant of variants) {
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(variant)}(?![\p{L}\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** The duration a line states for a mention: the nearest before it in the same clause, else one right after. */
function durationOf(
  text: string,
  durations: readonly Duration[],
  [start, end]: [number, number],
): Duration | undefined {
  const before = durations.filter((d) => d.end <= start).at(-1);
  if (
    before &&
    !before.ofBefore &&
    start - before.end <= MAX_GAP_AFTER &&
    !CLAUSE_END.test(text.slice(before.end, start))
  )
    return before;
  const after = durations.find((d) => d.start >= end);
  if (after && after.start - end <= MAX_GAP_BEFORE + 2 && /^[\s(:–—,-]*$/.test(text.slice(end, after.start)))
    return after;
  return undefined;
}

/** The longest duration the lines state for the skill; undefined when none states one. */
export function statedYears(
  lines: readonly SkillLine[] | undefined,
  variants: readonly string[],
): StatedYears | undefined {
  let best: StatedYears | undefined;
  for (const line of lines ?? []) {
    const text = line.text;
    if (!UNIT_HINT.test(text)) continue;
    const durations = durationsIn(text);
    if (durations.length === 0) continue;
    for (const mention of mentionsIn(text, variants)) {
      const duration = durationOf(text, durations, mention);
      if (duration && (!best || duration.months > best.months))
        best = { months: duration.months, atLeast: duration.atLeast, said: duration.said, line };
    }
  }
  return best;
}

/** Whether a line states a number of years ("16 years", "3 Jahre"), a time past ("5 years ago") aside. */
export function statesDuration(text: string): boolean {
  return UNIT_HINT.test(text) && durationsIn(text).length > 0;
}

/**
 * The duration a line states on its own ("engineer with 14 years on commercial sites", "Comercial con
 * 12 años de experiencia"): the longest, in English words; undefined when it states none.
 */
export function statedDuration(text: string): Pick<StatedYears, 'months' | 'atLeast' | 'said'> | undefined {
  if (!UNIT_HINT.test(text)) return undefined;
  const longest = durationsIn(text).sort((a, b) => b.months - a.months)[0];
  return longest && { months: longest.months, atLeast: longest.atLeast, said: longest.said };
}
