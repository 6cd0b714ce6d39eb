/**
 * What a question naming one person asks (the name taken out), by its cues: a contact detail, an
 * overview, where the person lives, the languages spoken, roles in time, education or skills. The
 * cue readers it shares with questions naming nobody are in recognise.ts.
 */
import { LANGUAGE_NAMES } from '../profile/wordLists.js';
import { foldQuestionWord } from '../text/questionLanguage.js';
import { sectionsAskedBy } from '../text/sectionHeadings.js';
import {
  asksPersonFact,
  type Concept,
  isCueWord,
  isQuestionWord,
  readCues,
  type CueReading,
  type Language,
} from './cues.js';
import { DEGREE_NAMED } from './degrees.js';
import type { Intent } from './intent.js';
import {
  BEEN,
  codedIn,
  entityOf,
  NOT_A_PLACE,
  skillAfterCue,
  skillAfterYears,
  skillBeforeExperience,
  skillBeforeYears,
  topicOf,
  YEAR,
} from './recognise.js';

const CONTACTS = ['email', 'phone', 'linkedin', 'github', 'website'] as const;
/** "has Ana spoken at conferences?": a talk given, not a language spoken. */
const SPOKE_AT = /(?<!\p{L})(?:spoken|spoke|speak|speaks|speaking|speaker)\s+at(?!\p{L})/iu;
/** The cues a question of what someone did at an organisation may carry. */
const THERE: ReadonlySet<Concept> = new Set(['at', 'work', 'about', 'doWhat', 'field']);
const INTERNSHIP = /intern|praktik|stage|practica|pasantia|estagi/i;

/** What a question naming one person asks (their name already taken out), by its cues. */
export function personByCues(rest: string, language?: Language): Intent | undefined {
  const cues = readCues(rest, language);
  const contact = CONTACTS.find((kind) => cues.has(kind));
  if (contact && !cues.has('work')) return { kind: 'contact', what: contact };
  // "How do I reach Ana?", "comment contacter Ana ?": every contact detail the profile gives.
  if (cues.has('reach') && !cues.has('work')) return { kind: 'contact', what: 'contact' };
  // "tell me about Ana's education" asks for her education, not an overview.
  const aboutAlone = cues.hits.every((hit) => hit.concept === 'about' || hit.concept === 'who');
  // "Ana?", "who's ana again?": the name and nothing else (or only who) asks who she is.
  if (cues.segments.length === 0 && aboutAlone) return { kind: 'about' };
  // "Where does Ana live?", "wo wohnt Ana?", "où habite Ana ?", "Ana's location?": where the person is.
  const placeWord = asksPersonFact('location', cues);
  if ((cues.has('live') || placeWord) && !cues.has('work') && !cues.has('study')) return { kind: 'location' };
  // "Which languages does Phil know?" on a team's CVs asks for programming languages first (skills).
  // A list of languages asked with more words than that ("which language pairs does Ana translate?")
  // asks about those words: a passage search.
  // Outside English the word for languages is the spoken ones ("welche Sprachen kann Ana?"), programming
  // ones are "Programmiersprachen".
  const listAsked =
    cues.has('languageList') && (!cues.has('know') || cues.language !== 'en') && cues.segments.length === 0;
  const spokenAsked = (cues.has('speak') && !SPOKE_AT.test(rest)) || listAsked;
  if (spokenAsked && !cues.has('programming') && !cues.has('skills')) {
    const spoken = cues.segments.at(-1)?.text;
    return { kind: 'languages', ...(spoken && spoken.split(/\s+/).length <= 2 ? { language: spoken } : {}) };
  }
  // "how good is Ana's Spanish?", "kann Ana Spanisch?", "does Ana know German?": a spoken language named
  // as all that is asked (not a skill, a programming language, a job or a school) is her languages line.
  // "does Ana have German skills?": a skill word beside a spoken language's name asks for that language.
  const named = cues.segments.length === 1 ? cues.segments[0]!.text : undefined;
  const plain = !['programming', 'work', 'study', 'years', 'howLong', 'doWhat'].some((c) => cues.has(c as Concept));
  if (named && plain && LANGUAGE_NAMES.has(foldQuestionWord(named))) return { kind: 'languages', language: named };
  // "What is Ana's thesis about?": the lines of the thesis, found by searching her profile.
  if (asksPersonFact('thesis', cues)) return undefined;
  return timeOf(cues, rest) ?? placeOf(cues);
}

/** Roles in time: how long, since when, before or after an organisation, the latest, the roles in a year. */
function timeOf(cues: CueReading, rest: string): Intent | undefined {
  const year = YEAR.exec(rest);
  // "ana in 2017?", "ana back in 2019": a year and nothing else asks where she was then.
  const yearAlone = year !== null && cues.segments.every((segment) => YEAR.test(segment.text));
  if (year && (yearAlone || cues.has('work') || cues.has('doWhat') || /^\s*(?:where|wo|ou|donde|onde)\b/i.test(rest))) {
    return { kind: 'timeline', which: 'year', year: Number(year[1]) };
  }
  // "quel était le premier emploi de Camille ?", "erster Job von Jonas": the earliest role.
  if (cues.has('first')) return { kind: 'timeline', which: 'first' };
  if (cues.has('before')) {
    const entity = entityOf(cues, 'before');
    // "bei wem war Ana vorher?": a word asking who or where stood there, not an organisation.
    const named = entity && !entity.split(/\s+/).every(isQuestionWord) ? entity : undefined;
    if (named) return { kind: 'timeline', which: 'before', entity: named };
    // "where was Ana before?", "Ana's previous employers", "onde trabalhou antes": her roles, latest first.
    if (cues.segments.every((segment) => segment.text.split(/\s+/).every(isQuestionWord)))
      return { kind: 'timeline', which: 'all' };
  }
  if (cues.has('after') && (cues.has('work') || cues.has('who') === false)) {
    const entity = entityOf(cues, 'after');
    if (entity && cues.has('work')) return { kind: 'timeline', which: 'after', entity };
  }
  const stayed = stayedAt(cues);
  if (stayed) return { kind: 'timeline', which: 'at', entity: stayed, aspect: 'duration' };
  // "how many years of …", "¿cuántos años de experiencia en ventas tiene?", "Ana's years of Go": a years
  // cue with a question of amount, or naming a skill after it.
  const yearsOf = yearsOfSkill(cues);
  if (yearsOf) return yearsOf;
  // "how long has Ana been coding?", "how many years has Ana been working?": her years of experience.
  const working = cues.has('work') || cues.has('programming') || cues.has('career');
  if ((cues.has('howLong') || cues.has('years')) && working && cues.segments.length === 0) {
    return { kind: 'timeline', which: 'years' };
  }
  // "ana's role at orla shipping", "qué cargo tenía Ana en Orla": the title of the role there.
  const atEntity = cues.after('at') ?? starredEntity(cues);
  const whenOrHowLong = cues.has('howLong') || cues.has('when') || cues.has('start');
  if (asksPersonFact('title', cues) && atEntity && !whenOrHowLong) {
    return { kind: 'timeline', which: 'at', entity: atEntity, aspect: 'title' };
  }
  const entity = entityOf(cues);
  // "quanto tempo de Python tem a Ana?": how long, with no place nor work asked, is the time of a skill.
  // "ana - how long with Python?": "with" says using, not a place.
  const placeAt = cues.hits.some((hit) => hit.concept === 'at' && !NOT_A_PLACE.test(hit.text));
  const noPlace = !placeAt && !cues.has('work') && !BEEN.test(cues.text);
  if (cues.has('howLong') && entity && noPlace) return { kind: 'timeline', which: 'years', skill: entity };
  if (cues.has('howLong') && entity) return { kind: 'timeline', which: 'at', entity, aspect: 'duration' };
  if ((cues.has('when') || cues.has('start')) && entity) {
    return { kind: 'timeline', which: 'at', entity, aspect: 'dates' };
  }
  // "ana's work at Acme?", "ana at Acme?", "describe ana's job at Acme": what she did there.
  const placeHit = cues.hits.find((hit) => hit.concept === 'at' && !NOT_A_PLACE.test(hit.text));
  // Other words may stand around it ("ana's time at Acme", "what kind of work did ana do at Acme"), but
  // no cue asking for something else (a school, a skill, a contact, a length of time).
  const onlyThere = cues.hits.every((hit) => THERE.has(hit.concept));
  const there = placeHit && cues.segments.at(-1);
  const around = cues.segments.slice(0, -1).flatMap((segment) => segment.text.split(/\s+/));
  const asksOther = around.length > 3 || (around.length > 0 && ASKS_AMOUNT_OR_REASON.test(cues.text));
  if (there && onlyThere && there.start >= placeHit.end && cues.segments.length <= 3 && !asksOther) {
    return { kind: 'timeline', which: 'at', entity: there.text, aspect: 'details' };
  }
  // "where is Ana at the moment?", "wo ist Ana jetzt?": where she is now is her latest role.
  const where = /^\s*(?:where|wo|ou|où|donde|dónde|onde)\b/i.test(rest);
  if (cues.has('latest') && (cues.has('work') || where)) return { kind: 'timeline', which: 'latest' };
  // "qu'a étudié Ana ?", "Ana a fait quelles études ?", "quelle fac a fait Ana": what she did is a school
  // question (placeOf).
  if (cues.has('study') || asksPersonFact('school', cues)) return undefined;
  // "dónde hizo Ana el máster", "onde fez a Ana o mestrado?": a degree done is her education (placeOf).
  if (cues.has('doWhat') && DEGREE_NAMED.test(cues.text) && !cues.has('work')) return undefined;
  // "was hat Ana bei Acme gemacht?": the organisation stood where the cue's "*" is.
  const starred = starredEntity(cues);
  if (cues.has('doWhat') && (entity ?? starred)) {
    return { kind: 'timeline', which: 'at', entity: (entity ?? starred)!, aspect: 'details' };
  }
  // "What does Ana do?", "que fait Ana ?", "Ana's job title?": what she does now, her most recent role.
  if (cues.has('doWhat') || cues.has('title')) return { kind: 'timeline', which: 'latest' };
  // "Where has Ana worked?", "Ana's job?", "wo hat Ana gearbeitet?": nothing asked but work, her roles.
  // An internship is searched for: its lines say it was one, where a role heading may not.
  const internship = cues.hits.some((hit) => hit.concept === 'work' && INTERNSHIP.test(hit.text));
  // "com que tecnologias trabalha Ana?": working with tools asks for her skills (placeOf).
  const tools = cues.has('skills');
  if (cues.has('work') && cues.segments.length === 0 && !internship && !tools)
    return { kind: 'timeline', which: 'all' };
  return undefined;
}

/**
 * Her years of a skill: "how many years of Go", "Ana's Go years", "how much Go experience", "seit wann
 * nutzt Ana Java?"; undefined when the cues ask no such thing.
 */
function yearsOfSkill(cues: CueReading): Intent | undefined {
  const amount = cues.has('experience') || cues.has('know') || cues.has('count') || cues.has('howLong');
  // "Ana's Go years": the skill named right before the years, nothing else asked.
  const yearsOfNamed = cues.segments.length === 1 && skillBeforeYears(cues) !== undefined;
  if (cues.has('years') && (amount || ((skillAfterYears(cues) || yearsOfNamed) && !cues.has('work')))) {
    // "how experienced is Ana with Go, in years": the skill may stand before the years cue too.
    const skill = skillAfterYears(cues) ?? skillBeforeExperience(cues) ?? skillBeforeYears(cues);
    return { kind: 'timeline', which: 'years', ...(skill ? { skill } : {}) };
  }
  // "how much Go experience does Ana have?", "wie viel Java-Erfahrung hat Ana?": an amount of experience
  // with a skill is asked as her years of it.
  const skillExperience = cues.has('experience') && (cues.has('count') || cues.has('howLong')) && topicOf(cues, 3);
  if (skillExperience && !cues.has('work')) return { kind: 'timeline', which: 'years', skill: skillExperience };
  // "wie lange hat Ana Java benutzt?", "depuis combien de temps fait-il du Go ?", and since when a skill is
  // used ("seit wann nutzt Ana Java?", "when did Ana start using Go?"): how long a skill was used.
  const since = cues.has('howLong') || cues.has('when') || cues.has('start');
  // "seit wann programmiert Ana Python?": coding in a skill is using it.
  const coded = codedIn(cues);
  if (since && (cues.has('know') || coded) && !cues.has('work')) {
    const skill = skillAfterCue(cues) ?? coded ?? topicOf(cues, 3);
    if (skill) return { kind: 'timeline', which: 'years', skill };
  }
  return undefined;
}

/** "how big was the team Ana led at Acme?": a question of how much or why, searched for its own words. */
const ASKS_AMOUNT_OR_REASON =
  /(?<!\p{L})(?:how|why|wie|warum|comment|pourquoi|combien|como|por que|cuant\p{L}*|quant\p{L}*)(?!\p{L})/iu;

/** A work cue ending in a word of place: "war * bei", "worked at". */
const ENDS_AT_PLACE = /\s(?:at|bei|chez|en|na|no|em)$/i;
/** Time spent somewhere: "ana's time at Acme", "cuántos años pasó Ana en Acme", "Jahre verbracht". */
const SPENT = /(?<!\p{L})(?:spend|spent|stay|stayed|time|paso|passou|passe|verbracht)(?!\p{L})/iu;

/**
 * "how many years was Nadia with the Harlow group", "wie viele Jahre war Ana bei Acme", "cuántos años
 * trabajó Ana en Acme": the years spent at an organisation, not years of a skill.
 */
function stayedAt(cues: CueReading): string | undefined {
  if (!cues.has('years')) return undefined;
  const been = BEEN.test(cues.text);
  if (!been && !cues.has('work') && !SPENT.test(cues.text)) return undefined;
  const place = cues.hits.find(
    (hit) =>
      (hit.concept === 'at' && (!NOT_A_PLACE.test(hit.text) || (been && /^with$/i.test(hit.text)))) ||
      (hit.concept === 'work' && ENDS_AT_PLACE.test(hit.text)),
  );
  return place && cues.segments.find((segment) => segment.start >= place.end)?.text;
}

/** The words a "what did * do" cue's star stood for, without a leading "at" word ("bei", "chez"). */
function starredEntity(cues: CueReading): string | undefined {
  const star = cues.hits.find((hit) => hit.concept === 'doWhat' && hit.star)?.star;
  if (!star) return undefined;
  const [first, ...rest] = star.split(/\s+/);
  const entity = isCueWord('at', first!, cues.language) ? rest.join(' ') : star;
  // "was macht Ana gerade beruflich": a word of time stood there, not an organisation; "what does
  // rafael actually do": a filler word.
  const noOrganisation = (word: string) =>
    isCueWord('latest', word, cues.language) || isCueWord('filler', word, cues.language);
  if (entity?.split(/\s+/).every(noOrganisation)) return undefined;
  return entity || undefined;
}

/** Education and skills lists. */
function placeOf(cues: CueReading): Intent | undefined {
  // "hat Ana einen Master?", "does Ana have a PhD?": a degree named asks for her education.
  const degree = DEGREE_NAMED.exec(cues.text)?.[1];
  if (degree && !cues.has('know') && !cues.has('work')) return { kind: 'school', degree };
  if (cues.has('study') || asksPersonFact('school', cues)) return { kind: 'school' };
  // "what does Ana code in?", "en qué programa Ana": programming asked with nothing named is her skills.
  if (cues.has('programming') && cues.segments.length === 0) return { kind: 'skills' };
  // "what does Ana know?", "what is Ana skilled in?": knowing asked with nothing named is her skills.
  if (cues.has('know') && cues.segments.length === 0 && !cues.has('speak')) return { kind: 'skills' };
  if (cues.has('skills') || (cues.has('programming') && cues.has('languageList'))) return { kind: 'skills' };
  // "tell me about Ana's awards": a section of her profile, searched (the search reads that section).
  if (cues.has('about') && cues.segments.length <= 1 && sectionsAskedBy(cues.text).length === 0)
    return { kind: 'about' };
  return undefined;
}
