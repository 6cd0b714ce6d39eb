/**
 * Intents by meaning: the concepts a question's cue words carry (cues.ts, one data file per
 * language), combined by what they mean together, in any order and any of the five languages.
 * "wie viele Leute sprechen Deutsch?" carries count + speak and leaves "Deutsch"; "where was omkar
 * working in 2017" carries work and a year; "qu'est-ce que Richard a fait chez Pied Piper ?" carries
 * doWhat and an organisation after "chez". Undefined when the cues make no intent.
 */
import { asksNative } from '../retrieval/spokenLanguage.js';
import { LANGUAGE_NAMES } from '../profile/wordLists.js';
import { foldQuestionWord } from '../text/questionLanguage.js';
import {
  asksPersonFact,
  type Concept,
  isCueWord,
  readCues,
  type CueHit,
  type CueReading,
  type Language,
} from './cues.js';
import type { Intent, Threshold } from './intent.js';
import { DEGREE_NAMED, heldDegree, schoolAfterDegree } from './degrees.js';
import { sectionsAskedBy } from '../text/sectionHeadings.js';

const CONTACTS = ['email', 'phone', 'linkedin', 'github', 'website'] as const;
const INTERNSHIP = /intern|praktik|stage|practica|pasantia|estagi/i;
const YEAR = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/;

/** "Who has spoken at Devoxx?", "given a talk about Kafka": a talk given, not a language spoken. */
const GAVE_A_TALK = /\b(?:spoken|speaking|talk|talks|talked)\s+(?:at|about|on)\s/i;

/** A spoken language or skill: the last word run left, when it is short enough to be one. */
function topicOf(reading: CueReading, maxWords = 4): string | undefined {
  const topic = reading.segments.at(-1)?.text;
  return topic && topic.split(/\s+/).length <= maxWords ? topic : undefined;
}

/** Whether a cue of `first` comes before any cue of `second` ("who knows rust for embedded work"). */
function cuedFirst(reading: CueReading, first: CueHit['concept'], second: CueHit['concept']): boolean {
  const at = (concept: CueHit['concept']) => reading.hits.find((hit) => hit.concept === concept)?.start ?? Infinity;
  return at(first) < at(second);
}

/** The word run right after the "know" cue, when it is short enough to be a skill. */
function skillAfterCue(reading: CueReading): string | undefined {
  const skill = reading.after('know');
  return skill && skill.split(/\s+/).length <= 3 ? skill : undefined;
}

/** The organisation a question names: the words after its "at"/"bei"/"chez", else the last run of words. */
function entityOf(reading: CueReading, after: 'at' | 'before' | 'after' = 'at'): string | undefined {
  return reading.after(after) ?? (after === 'at' ? reading.segments.at(-1)?.text : reading.after('at'));
}

/** Words after a years cue that name experience in general, not a skill. */
const IN_GENERAL = new RegExp(
  String.raw`^(?:professional|work|working|total|overall|career|berufs\w*|professionnelle?s?` +
    String.raw`|profesional(?:es)?|profissional(?:is)?|laboral(?:es)?|de trabajo|de travail|de trabalho)$`,
  'i',
);

/**
 * The number of years a question asks for: the number (digits or a word in its language) right
 * before its years cue, exceeded ("more than", "mehr als", "plus de") or reached ("at least",
 * "au moins", "5+", or no word at all).
 */
export function yearsThreshold(cues: CueReading): Threshold | undefined {
  const hit = cues.hits.find((h) => h.concept === 'years');
  if (!hit) return undefined;
  const before = /(\d{1,2}|\p{L}+)\s*(\+|plus)?\s*$/u.exec(cues.text.slice(0, hit.start));
  if (!before) return undefined;
  const years = /^\d+$/.test(before[1]!) ? Number(before[1]) : cues.numberOf(before[1]!);
  if (years === undefined) return undefined;
  const rightBefore = (concept: CueHit['concept']) =>
    cues.hits.some((h) => h.concept === concept && h.end <= before.index && before.index - h.end <= 2);
  const exceeded = rightBefore('moreThan');
  // "for two years at a bank" is a duration told, not a threshold asked: that needs a comparator,
  // a "+", or experience right after ("5 Jahre Erfahrung", "2 ans d'expérience").
  const experience = cues.hits.some(
    (h) => (h.concept === 'experience' || h.concept === 'know') && h.start >= hit.end && h.start - hit.end <= 4,
  );
  // "5 years or more", "5 ans ou plus": reached, said right after the years.
  const orMore = cues.hits.some((h) => h.concept === 'atLeast' && h.start >= hit.end && h.start - hit.end <= 2);
  if (!exceeded && !rightBefore('atLeast') && !orMore && before[2] === undefined && !experience) return undefined;
  return { years, inclusive: !exceeded || before[2] !== undefined };
}

/** The skill after a years cue ("… ans d'expérience avec Go" → "Go"); none for experience in general. */
function skillAfterYears(cues: CueReading): string | undefined {
  const hit = cues.hits.find((h) => h.concept === 'years')!;
  const skill = cues.segments.filter((segment) => segment.start >= hit.end).at(-1)?.text;
  return skill && skill.split(/\s+/).length <= 4 && !IN_GENERAL.test(skill) ? skill : undefined;
}

/** The skill before an experience cue that precedes the years cue ("Python experience of Ana in years"). */
function skillBeforeExperience(cues: CueReading): string | undefined {
  const experience = cues.hits.find((h) => h.concept === 'experience' || h.concept === 'know');
  const years = cues.hits.find((h) => h.concept === 'years')!;
  if (!experience || experience.start > years.start) return undefined;
  const skill = cues.segments.filter((segment) => segment.start < experience.start).at(-1)?.text;
  return skill && skill.split(/\s+/).length <= 3 && !IN_GENERAL.test(skill) ? skill : undefined;
}

/** "everyone with Go", "folks with k8s": "with" right after the people asked for, then the skill. */
function withSkill(cues: CueReading): boolean {
  // The last of the words asking who before it: "any people with Go".
  const next = cues.hits.findIndex((hit) => hit.concept === 'at');
  const who = cues.hits[next - 1];
  if (next < 1 || who?.concept !== 'who' || !/^with$/i.test(cues.hits[next]!.text)) return false;
  return cues.text.slice(who.end, cues.hits[next]!.start).trim() === '' && cues.after('at') !== undefined;
}

const PEOPLE_WORD = /^(?:people|ppl|folks|leute|personnes|gens|personas|gente|pessoas)$/i;
const ANY_WORD = /^(?:any|anyone|anybody|alguien|alguem|jemand)$/i;

/** "any python devs?", "how many go engineers": the skill named right before who practises it. */
function practisedSkill(cues: CueReading): string | undefined {
  for (const [i, hit] of cues.hits.entries()) {
    // "any rust people here?", "how many go folks": people named by a skill right after "any" or a count.
    const previous = cues.hits[i - 1];
    const byPeople =
      hit.concept === 'who' &&
      PEOPLE_WORD.test(hit.text) &&
      previous !== undefined &&
      (previous.concept === 'count' || (previous.concept === 'who' && ANY_WORD.test(previous.text)));
    if (hit.concept !== 'practitioner' && !byPeople) continue;
    const before = foldQuestionWord(cues.text.slice(0, hit.start)).trimEnd();
    const skill = cues.segments.find((s) => before.endsWith(foldQuestionWord(s.text)))?.text;
    if (skill && skill.split(/\s+/).length <= 3) return skill;
  }
  return undefined;
}

/** A past form of being, in any of the five languages (accents dropped). */
const BEEN = /(?<!\p{L})(?:was|were|war|waren|gewesen|etait|etaient|estuvo|estuvieron|estaba|esteve|estiveram|estava)(?!\p{L})/iu;
/** The "at" words of a place ("bei", "chez"), not of a purpose or a tool ("with", "for"). */
const NOT_A_PLACE = /^(?:with|for|by|in|mit|fur|für|im|avec|pour|dans|con|para|com|em|a)$/i;

/** "zeig mir wer bei Acme war", "qui était chez Acme": to have been at an organisation is to have worked there. */
function beenAtPlace(cues: CueReading): string | undefined {
  if (!BEEN.test(cues.text)) return undefined;
  const at = cues.hits.find((hit) => hit.concept === 'at' && !NOT_A_PLACE.test(hit.text));
  return at && cues.segments.find((segment) => segment.start >= at.end)?.text;
}

/** What a question naming nobody asks, by its cues; undefined when they make no intent. */
export function everyoneByCues(text: string, language?: Language): Intent | undefined {
  const cues = readCues(text, language);
  // "Who is based in Egypt?" ("who is" reads as asking about someone), "wie viele von uns wohnen in Wien?":
  // the place is the words left at the end.
  if (
    cues.has('live') &&
    !cues.has('work') &&
    !cues.has('study') &&
    (cues.has('about') || cues.has('who') || cues.has('count'))
  ) {
    const place = topicOf(cues);
    return place ? { kind: 'location', place } : undefined;
  }
  // "qui est diplômé de …", "who is fluent in …": asked of nobody in particular, "who is" asks who.
  const asksAbout =
    cues.has('about') && ['study', 'work', 'know', 'speak', 'experience'].some((c) => cues.has(c as Concept));
  const asksWho = cues.has('who') || cues.has('count') || asksAbout;
  if (!asksWho) return undefined;
  const counting = cues.has('count');
  if (cues.has('speak') && !cues.has('programming') && !GAVE_A_TALK.test(text)) {
    const spoken = topicOf(cues, 2);
    if (!spoken) return undefined;
    const native = asksNative(text) ? ({ native: true } as const) : {};
    return counting
      ? { kind: 'count', skill: spoken, spoken: true, ...native }
      : { kind: 'who-knows', skills: [spoken], spoken: true, ...native };
  }
  if (cues.has('years')) {
    // "qui a au moins 2 ans d'expérience avec …", "wer hat mehr als 5 Jahre Erfahrung mit …".
    const atLeast = yearsThreshold(cues);
    if (!atLeast) return undefined;
    const skill = skillAfterYears(cues);
    return { kind: 'timeline', which: 'years', atLeast, ...(skill ? { skill } : {}) };
  }
  // "wer hat einen Master?", "quem tem mestrado?", "qui a un doctorat ?": a degree held (education lines).
  const degree = DEGREE_NAMED.exec(text)?.[1];
  if (degree && heldDegree(text, degree) && !cues.has('work') && !cues.has('know')) {
    const entity = schoolAfterDegree(text, degree);
    return { kind: 'school', degree, ...(entity ? { entity } : {}) };
  }
  if (cues.has('study')) {
    const entity = entityOf(cues);
    return entity ? { kind: 'school', entity } : undefined;
  }
  const beenAt = beenAtPlace(cues);
  if (beenAt && !cues.has('work') && !cues.has('know')) return { kind: 'employer', entity: beenAt };
  if (cues.has('work') && !cuedFirst(cues, 'know', 'work')) {
    // "worked in telecoms / in the games industry" names a field, not an employer: a passage search.
    const entity = cues.after('at') ?? (cues.has('field') ? undefined : cues.segments.at(-1)?.text);
    return entity ? { kind: 'employer', entity } : undefined;
  }
  // "ppl with Go experience", "anyone with Go", "who can do Go", "who's good at Go": knowing a skill
  // said without a verb of knowing.
  // "any python devs?", "how many go engineers": who practises a skill, named right after it.
  const practised = practisedSkill(cues);
  // Said without a verb, the skill must be all that is left: "who assessed moving software to the
  // cloud" is no question of who knows the cloud.
  const bare = cues.segments.length === 1 && (cues.has('experience') || cues.has('skills') || withSkill(cues));
  const knowing = cues.has('know') || bare || practised;
  if (knowing || (cues.language !== 'en' && cues.segments.length === 1)) {
    // The skill is the words right after "used/knows"; a purpose after it ("Datadog for monitoring") is not.
    const skill = skillAfterCue(cues) ?? practised ?? topicOf(cues, 3);
    if (!skill) return undefined;
    return counting ? { kind: 'count', skill } : { kind: 'who-knows', skills: [skill] };
  }
  return undefined;
}

/** What a question naming one person asks (their name already taken out), by its cues. */
export function personByCues(rest: string, language?: Language): Intent | undefined {
  const cues = readCues(rest, language);
  const contact = CONTACTS.find((kind) => cues.has(kind));
  if (contact && !cues.has('work')) return { kind: 'contact', what: contact };
  // "How do I reach Ana?", "comment contacter Ana ?": every contact detail the profile gives.
  if (cues.has('reach') && !cues.has('work')) return { kind: 'contact', what: 'contact' };
  // "tell me about Ana's education" asks for her education, not an overview.
  const aboutAlone = cues.hits.every((hit) => hit.concept === 'about' || hit.concept === 'who');
  if (cues.has('about') && cues.segments.length === 0 && aboutAlone) return { kind: 'about' };
  // "Where does Ana live?", "wo wohnt Ana?", "où habite Ana ?", "Ana's location?": where the person is.
  const placeWord = asksPersonFact('location', cues);
  if ((cues.has('live') || placeWord) && !cues.has('work') && !cues.has('study')) return { kind: 'location' };
  // "Which languages does Phil know?" on a team's CVs asks for programming languages first (skills).
  // A list of languages asked with more words than that ("which language pairs does Ana translate?")
  // asks about those words: a passage search.
  const listAsked = cues.has('languageList') && !cues.has('know') && cues.segments.length === 0;
  const spokenAsked = cues.has('speak') || listAsked;
  if (spokenAsked && !cues.has('programming') && !cues.has('skills')) {
    const spoken = cues.segments.at(-1)?.text;
    return { kind: 'languages', ...(spoken && spoken.split(/\s+/).length <= 2 ? { language: spoken } : {}) };
  }
  // "how good is Ana's Spanish?", "kann Ana Spanisch?", "does Ana know German?": a spoken language named
  // as all that is asked (not a skill, a programming language, a job or a school) is her languages line.
  const named = cues.segments.length === 1 ? cues.segments[0]!.text : undefined;
  const plain = !['programming', 'skills', 'work', 'study', 'years', 'howLong', 'doWhat'].some((c) =>
    cues.has(c as Concept),
  );
  if (named && plain && LANGUAGE_NAMES.has(foldQuestionWord(named))) return { kind: 'languages', language: named };
  // "What is Ana's thesis about?": the lines of the thesis, found by searching her profile.
  if (asksPersonFact('thesis', cues)) return undefined;
  return timeOf(cues, rest) ?? placeOf(cues);
}

/**
 * Two or more people compared (their names taken out): by years of experience when the question
 * asks who has more of it ("who has more work experience", "wer hat mehr Erfahrung mit Go"), else
 * on the topic its cues leave ("compara a y como CEOs" → "CEOs"). Undefined for English questions
 * the phrase rules read, unless they ask about years.
 */
export function compareByCues(text: string, language?: Language): Intent | undefined {
  const cues = readCues(text, language);
  const topic = cues.segments
    .map((segment) => segment.text)
    .join(' ')
    // What the names leave between them: "Ana, Ben or Tom", "Ana oder Ben", "Ana / Ben".
    .replace(/(?<=^|\s)(?:or|and|oder|und|ou|et|o|y|e|[,;:/&?!]+)(?=\s|$)|[,;:?!]+(?=\s|$)/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Erfahrung mit" is read as one cue of using something; its first word still says experience.
  // "who is more senior", "who has used it longer": experience said by the cue of more itself.
  if (cues.has('more') && experienceCued(cues)) {
    // "mehr Berufserfahrung", "experiência profissional": experience in general, no skill.
    const named = topic && !/^(?:or|and)$/i.test(topic) && !IN_GENERAL.test(topic);
    const skill = named && topic.split(/\s+/).length <= 3 ? topic : undefined;
    return { kind: 'compare', topic: skill ?? 'experience', years: true, ...(skill ? { skill } : {}) };
  }
  // No topic left ("vergleiche Ana und Ben"): compared by what each does now.
  if (cues.language === 'en') return undefined;
  return { kind: 'compare', topic };
}

/**
 * "Who has the most Python experience?", "wer hat die meiste Erfahrung mit Go?", "quién tiene más
 * experiencia con Go?": naming nobody, "more" or "most" with experience asks for everyone with any,
 * ranked by it. A number of years is a threshold instead ("more than 5 years"), read elsewhere.
 */
export function mostExperience(text: string, language?: Language): Intent | undefined {
  const cues = readCues(text, language);
  if (!cues.has('more') || /\d/.test(text) || cues.has('moreThan')) return undefined;
  // "who knows more Python", "¿quién sabe más Python?": knowing more of one skill is years of it too.
  const knowsMore = cues.has('know') || cues.hits.some((hit) => hit.concept === 'more' && KNOWS.test(hit.text));
  if (!experienceCued(cues) && !knowsMore) return undefined;
  // A count of things known ("who knows the most languages?") is no skill's years.
  const listed = ['speak', 'work', 'study', 'languageList', 'skills', 'programming'] as const;
  if (listed.some((concept) => cues.has(concept))) return undefined;
  const skill = skillAfterCue(cues) ?? topicOf(cues, 3);
  const threshold: Threshold = { years: 0, inclusive: false, most: true };
  return {
    kind: 'timeline',
    which: 'years',
    atLeast: threshold,
    ...(skill && !IN_GENERAL.test(skill) ? { skill } : {}),
  };
}

/** A cue of more that says experience or time too: "the most experienced", "the longest", "erfahrener". */
const MORE_TIME = /experi|erfahr|senior|longest|l[aä]ngsten|longtemps|tiempo|tempo/i;
/** A cue of more that says knowing: "knows more", "sabe más". */
const KNOWS = /know|sabe|kennt|conna[iî]t/i;

/** Whether a cue says experience ("Erfahrung mit" is one cue of using something; its first word still says it). */
function experienceCued(cues: CueReading): boolean {
  return cues.hits.some(
    (hit) =>
      hit.concept === 'experience' ||
      hit.concept === 'years' ||
      // "the most experienced", "erfahrener": a cue of more that says experience too.
      (hit.concept === 'more' && MORE_TIME.test(hit.text)) ||
      isCueWord('experience', hit.text.split(/\s+/)[0]!, cues.language),
  );
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
    if (entity) return { kind: 'timeline', which: 'before', entity };
  }
  if (cues.has('after') && (cues.has('work') || cues.has('who') === false)) {
    const entity = entityOf(cues, 'after');
    if (entity && cues.has('work')) return { kind: 'timeline', which: 'after', entity };
  }
  // "how many years of …", "¿cuántos años de experiencia en ventas tiene?", "Ana's years of Go": a years
  // cue with a question of amount, or naming a skill after it.
  const amount = cues.has('experience') || cues.has('know') || cues.has('count') || cues.has('howLong');
  if (cues.has('years') && (amount || (skillAfterYears(cues) && !cues.has('work')))) {
    const skill = skillAfterYears(cues) ?? skillBeforeExperience(cues);
    return { kind: 'timeline', which: 'years', ...(skill ? { skill } : {}) };
  }
  // "how much Go experience does Ana have?", "wie viel Java-Erfahrung hat Ana?": an amount of experience
  // with a skill is asked as her years of it.
  const skillExperience = cues.has('experience') && (cues.has('count') || cues.has('howLong')) && topicOf(cues, 3);
  if (skillExperience && !cues.has('work')) return { kind: 'timeline', which: 'years', skill: skillExperience };
  // "wie lange hat Ana Java benutzt?", "depuis combien de temps fait-il du Go ?", and since when a skill is
  // used ("seit wann nutzt Ana Java?", "when did Ana start using Go?"): how long a skill was used.
  const since = cues.has('howLong') || cues.has('when') || cues.has('start');
  if (since && cues.has('know') && !cues.has('work')) {
    const skill = skillAfterCue(cues) ?? topicOf(cues, 3);
    if (skill) return { kind: 'timeline', which: 'years', skill };
  }
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
  if (cues.has('howLong') && entity) return { kind: 'timeline', which: 'at', entity, aspect: 'duration' };
  if ((cues.has('when') || cues.has('start')) && entity) {
    return { kind: 'timeline', which: 'at', entity, aspect: 'dates' };
  }
  // "ana's work at Acme?", "ana at Acme?", "describe ana's job at Acme": what she did there.
  const placeAt = cues.hits.find((hit) => hit.concept === 'at' && !NOT_A_PLACE.test(hit.text));
  const onlyThere = cues.hits.every((hit) => ['at', 'work', 'about', 'doWhat'].includes(hit.concept));
  if (placeAt && onlyThere && cues.segments.length === 1 && cues.segments[0]!.start >= placeAt.end) {
    return { kind: 'timeline', which: 'at', entity: cues.segments[0]!.text, aspect: 'details' };
  }
  // "where is Ana at the moment?", "wo ist Ana jetzt?": where she is now is her latest role.
  const where = /^\s*(?:where|wo|ou|où|donde|dónde|onde)\b/i.test(rest);
  if (cues.has('latest') && (cues.has('work') || where)) return { kind: 'timeline', which: 'latest' };
  // "qu'a étudié Ana ?", "Ana a fait quelles études ?": what she did is a school question (placeOf).
  if (cues.has('study')) return undefined;
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
  if (cues.has('work') && cues.segments.length === 0 && !internship) return { kind: 'timeline', which: 'all' };
  return undefined;
}

/** The words a "what did * do" cue's star stood for, without a leading "at" word ("bei", "chez"). */
function starredEntity(cues: CueReading): string | undefined {
  const star = cues.hits.find((hit) => hit.concept === 'doWhat' && hit.star)?.star;
  if (!star) return undefined;
  const [first, ...rest] = star.split(/\s+/);
  const entity = isCueWord('at', first!, cues.language) ? rest.join(' ') : star;
  // "was macht Ana gerade beruflich": a word of time stood there, not an organisation.
  if (entity?.split(/\s+/).every((word) => isCueWord('latest', word, cues.language))) return undefined;
  return entity || undefined;
}

/** Education and skills lists. */
function placeOf(cues: CueReading): Intent | undefined {
  if (cues.has('study') || asksPersonFact('school', cues)) return { kind: 'school' };
  // "what does Ana know?", "what is Ana skilled in?": knowing asked with nothing named is her skills.
  if (cues.has('know') && cues.segments.length === 0 && !cues.has('speak')) return { kind: 'skills' };
  if (cues.has('skills') || (cues.has('programming') && cues.has('languageList'))) return { kind: 'skills' };
  // "tell me about Ana's awards": a section of her profile, searched (the search reads that section).
  if (cues.has('about') && cues.segments.length <= 1 && sectionsAskedBy(cues.text).length === 0)
    return { kind: 'about' };
  return undefined;
}
