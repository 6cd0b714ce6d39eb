/**
 * Intents by meaning: the concepts a question's cue words carry (cues.ts, one data file per
 * language), combined by what they mean together, in any order and any of the five languages.
 * "wie viele Leute sprechen Deutsch?" carries count + speak and leaves "Deutsch"; "where was omkar
 * working in 2017" carries work and a year; "qu'est-ce que Richard a fait chez Pied Piper ?" carries
 * doWhat and an organisation after "chez". Undefined when the cues make no intent.
 */
import { asksNative } from '../retrieval/spokenLanguage.js';
import { foldQuestionWord } from '../text/questionLanguage.js';
import {
  type Concept,
  isCueWord,
  isPeopleWord,
  readCues,
  type CueHit,
  type CueReading,
  type Language,
} from './cues.js';
import type { Intent, Threshold } from './intent.js';
import { DEGREE_NAMED, heldDegree, schoolAfterDegree } from './degrees.js';
import { BEEN, FORMER_STAFF, staffNamesEmployer } from './staffWords.js';
import { rangeLowerBound } from './yearsRange.js';
import { namesSchool } from '../profile/wordLists.js';

export { BEEN, staffNamesEmployer };

export const YEAR = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/;

/** "Who has spoken at Devoxx?", "given a talk about Kafka": a talk given, not a language spoken. */
const GAVE_A_TALK = /\b(?:spoken|speaking|talk|talks|talked)\s+(?:at|about|on)\s/i;

/** A spoken language or skill: the last word run left, when it is short enough to be one. */
export function topicOf(reading: CueReading, maxWords = 4): string | undefined {
  const topic = reading.segments.at(-1)?.text;
  return topic && topic.split(/\s+/).length <= maxWords ? topic : undefined;
}

/** Whether a cue of `first` comes before any cue of `second` ("who knows rust for embedded work"). */
function cuedFirst(reading: CueReading, first: CueHit['concept'], second: CueHit['concept']): boolean {
  const at = (concept: CueHit['concept']) => reading.hits.find((hit) => hit.concept === concept)?.start ?? Infinity;
  return at(first) < at(second);
}

/** The word run right after the "know" cue, when it is short enough to be a skill. */
export function skillAfterCue(reading: CueReading): string | undefined {
  const skill = reading.after('know');
  return skill && skill.split(/\s+/).length <= 3 ? skill : undefined;
}

/** The organisation a question names: the words after its "at"/"bei"/"chez", else the last run of words. */
export function entityOf(reading: CueReading, after: 'at' | 'before' | 'after' = 'at'): string | undefined {
  // "combien de temps a-t-elle passé chez Acme": the "at" of a place ("chez") over an auxiliary "a".
  const place = after === 'at' ? placeAfter(reading) : undefined;
  return place ?? reading.after(after) ?? (after === 'at' ? reading.segments.at(-1)?.text : reading.after('at'));
}

/** The words after the first "at" cue of a place ("bei", "chez", "at"), when another "at" cue comes first. */
function placeAfter(reading: CueReading): string | undefined {
  const ats = reading.hits.filter((hit) => hit.concept === 'at');
  if (ats.length < 2 || !NOT_A_PLACE.test(ats[0]!.text)) return undefined;
  const place = ats.find((hit) => !NOT_A_PLACE.test(hit.text));
  return place && reading.segments.find((segment) => segment.start >= place.end)?.text;
}

/** The word saying "as" before a job title, in the five languages ("comme", "als", "como", "en tant que"). */
const AS_TITLE = /^(?:as an?|as|comme|en tant que|als|como|enquanto)\s+/i;

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
  // "5 or more years", "5 ou plus d'années": the comparator may come between the number and the years.
  const before = /(\d{1,2}|\p{L}+)\s*(\+|plus|or more|ou plus|o m[aá]s|ou mais|oder mehr)?\s*$/u.exec(
    cues.text.slice(0, hit.start),
  );
  if (!before) return undefined;
  const years = /^\d+$/.test(before[1]!) ? Number(before[1]) : cues.numberOf(before[1]!);
  if (years === undefined) return undefined;
  // "3-5 years", "entre 3 et 5 ans", "3 a 5 anos": a range asks as a comparator does.
  const lower = before[2] === undefined ? rangeLowerBound(cues.text.slice(0, before.index), years) : undefined;
  if (lower !== undefined) return { years: lower, inclusive: true, upTo: years };
  const rightBefore = (concept: CueHit['concept']) =>
    cues.hits.some((h) => h.concept === concept && h.end <= before.index && before.index - h.end <= 2);
  const exceeded = rightBefore('moreThan');
  // "for two years at a bank" is a duration told, not a threshold asked: that needs a comparator,
  // a "+", or experience right after ("5 Jahre Erfahrung", "2 ans d'expérience").
  // "fünf Jahre Python-Erfahrung": the skill may stand between, one word joined to the experience.
  const experience = cues.hits.some(
    (h) =>
      (h.concept === 'experience' || h.concept === 'know') &&
      h.start >= hit.end &&
      (h.start - hit.end <= 4 || /^\s+[\p{L}\p{N}+#.]+-$/u.test(cues.text.slice(hit.end, h.start))),
  );
  // "5 years or more", "5 ans ou plus", "5 years of Python minimum": reached, said after the years.
  const orMore = cues.hits.some((h) => h.concept === 'atLeast' && h.start >= hit.end);
  if (!exceeded && !rightBefore('atLeast') && !orMore && before[2] === undefined && !experience) return undefined;
  return { years, inclusive: !exceeded || before[2] !== undefined };
}

/** The skill after a years cue ("… ans d'expérience avec Go" → "Go"); none for experience in general. */
export function skillAfterYears(cues: CueReading): string | undefined {
  const hit = cues.hits.find((h) => h.concept === 'years')!;
  const skill = cues.segments.filter((segment) => segment.start >= hit.end).at(-1)?.text;
  return skill && skill.split(/\s+/).length <= 4 && !IN_GENERAL.test(skill) ? skill : undefined;
}

/** The skill before an experience cue that precedes the years cue ("Python experience of Ana in years"). */
export function skillBeforeExperience(cues: CueReading): string | undefined {
  const experience = cues.hits.find((h) => h.concept === 'experience' || h.concept === 'know');
  const years = cues.hits.find((h) => h.concept === 'years')!;
  if (!experience || experience.start > years.start) return undefined;
  const skill = cues.segments.filter((segment) => segment.start < experience.start).at(-1)?.text;
  return skill && skill.split(/\s+/).length <= 3 && !IN_GENERAL.test(skill) ? skill : undefined;
}

/** The skill right before a years cue ("Ana's Go years", "… with Go, in years"); none for experience in general. */
export function skillBeforeYears(cues: CueReading): string | undefined {
  const years = cues.hits.find((h) => h.concept === 'years');
  if (!years) return undefined;
  const skill = cues.segments.filter((segment) => segment.start < years.start).at(-1)?.text;
  return skill && skill.split(/\s+/).length <= 3 && !IN_GENERAL.test(skill) ? skill : undefined;
}

/** The one run of words left, when it is short enough to be a skill and says no experience in general. */
function soleSkill(cues: CueReading): string | undefined {
  // "Python for 5+ years": the number's "+" is no word of the skill.
  const [only, ...more] = cues.segments.filter((segment) => !/^\d+\+?$/.test(segment.text));
  if (!only || more.length > 0 || YEAR.test(only.text)) return undefined;
  return only.text.split(/\s+/).length <= 3 && !IN_GENERAL.test(only.text) ? only.text : undefined;
}

/** "everyone with Go", "folks with k8s": "with" right after the people asked for, then the skill. */
function withSkill(cues: CueReading): boolean {
  // The last of the words asking who before it: "any people with Go".
  const next = cues.hits.findIndex((hit) => hit.concept === 'at');
  const who = cues.hits[next - 1];
  if (next < 1 || who?.concept !== 'who' || !/^with$/i.test(cues.hits[next]!.text)) return false;
  return cues.text.slice(who.end, cues.hits[next]!.start).trim() === '' && cues.after('at') !== undefined;
}

/** "what's the headcount for Go": a count right before "for", then the skill alone. */
function countFor(cues: CueReading): boolean {
  const at = cues.hits.findIndex((hit) => hit.concept === 'at');
  const count = cues.hits[at - 1];
  if (at < 1 || count?.concept !== 'count' || !/^(?:for|fur|für|pour|para)$/i.test(cues.hits[at]!.text)) return false;
  return cues.text.slice(count.end, cues.hits[at]!.start).trim() === '' && cues.after('at') !== undefined;
}

/** "Rust anyone?", "k8s, anybody?", "Go: how many people?": the skill first, then only words asking who. */
function askedAfter(cues: CueReading): boolean {
  const [skill] = cues.segments;
  return (
    cues.hits.length > 0 &&
    cues.hits.every((hit) => hit.concept === 'who' || hit.concept === 'count') &&
    skill !== undefined &&
    skill.start < cues.hits[0]!.start
  );
}

/** "how many on the team code in Go", "wer programmiert in Rust": programming in a skill named after it. */
export function codedIn(cues: CueReading): string | undefined {
  // A verb of coding in something, not the noun: "who has authored programming tutorials" names no skill.
  const hit = cues.hits.find((h) => h.concept === 'programming' && CODES_IN.test(h.text));
  const skill = hit && cues.segments.find((segment) => segment.start >= hit.end)?.text;
  return skill && skill.split(/\s+/).length <= 3 ? skill : undefined;
}

/** The programming cues that are a verb with its "in": "code in", "programmiert", "programa en". */
const CODES_IN = /\s(?:in|en|em)$|^programmiert$/i;

/** "any python devs?", "how many go engineers": the skill named right before who practises it. */
function practisedSkill(cues: CueReading): string | undefined {
  for (const [i, hit] of cues.hits.entries()) {
    // "any rust people here?", "how many go folks", "looking for Rust folks": people named by a skill,
    // right after another word asking who or a count.
    const previous = cues.hits[i - 1];
    const byPeople =
      hit.concept === 'who' &&
      isPeopleWord(hit.text, cues.language) &&
      previous !== undefined &&
      (previous.concept === 'count' || previous.concept === 'who');
    if (hit.concept !== 'practitioner' && !byPeople) continue;
    const before = foldQuestionWord(cues.text.slice(0, hit.start)).trimEnd();
    const skill = cues.segments.find((s) => before.endsWith(foldQuestionWord(s.text)))?.text;
    // Named by the skill alone, right after the word before: "who has coached folks" says what was done.
    const between = foldQuestionWord(cues.text.slice(previous?.end ?? 0, hit.start));
    if (byPeople && skill && between !== foldQuestionWord(skill)) continue;
    if (skill && skill.split(/\s+/).length <= 3) return skill;
  }
  return undefined;
}

const GRADUATES = /^(?:grads|graduates|alumni|alums|alumnus)$/i;
/** The "at" words of a place ("bei", "chez"), not of a purpose or a tool ("with", "for"). */
export const NOT_A_PLACE = /^(?:with|for|by|in|mit|fur|für|im|avec|pour|dans|con|para|com|em|a)$/i;

/** "zeig mir wer bei Acme war", "qui était chez Acme": to have been at an organisation is to have worked there. */
function beenAtPlace(cues: CueReading): string | undefined {
  if (!BEEN.test(cues.text)) return undefined;
  const at = cues.hits.find((hit) => hit.concept === 'at' && !NOT_A_PLACE.test(hit.text));
  return at && cues.segments.find((segment) => segment.start >= at.end)?.text;
}

/**
 * Who asked without a word asking who: "Python devs with 5+ years?" names the practitioners; "des
 * anciens de Acme ?", "ex empleados de Acme" the former staff.
 */
function namesWhoElse(cues: CueReading): boolean {
  if (cues.has('years') && practisedSkill(cues) !== undefined) return true;
  // "5+ years python experience?": a number of years asked with one skill asks who has them.
  if (cues.has('years') && yearsThreshold(cues) !== undefined && soleSkill(cues) !== undefined) return true;
  const former = cues.hits.some((hit) => hit.concept === 'work' && FORMER_STAFF.test(hit.text));
  // "ex employees of Acme?", "employees of Acme?": the staff word names the people asked for.
  return former || staffNamesEmployer(cues);
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
  // "University of Almenara grads?": the people are named by where they studied.
  const graduates = cues.hits.some((hit) => hit.concept === 'study' && GRADUATES.test(hit.text));
  const asksWho = cues.has('who') || cues.has('count') || asksAbout || graduates || namesWhoElse(cues);
  if (!asksWho) return undefined;
  const counting = cues.has('count');
  if (cues.has('speak') && !cues.has('programming') && !GAVE_A_TALK.test(text)) {
    const spoken = topicOf(cues, 2);
    // "who speaks three languages?": a number of languages, not one of them.
    if (!spoken || /^\d+$/.test(spoken) || cues.numberOf(spoken) !== undefined) return undefined;
    const native = asksNative(text) ? ({ native: true } as const) : {};
    return counting
      ? { kind: 'count', skill: spoken, spoken: true, ...native }
      : { kind: 'who-knows', skills: [spoken], spoken: true, ...native };
  }
  if (cues.has('years')) {
    // "qui a au moins 2 ans d'expérience avec …", "wer hat mehr als 5 Jahre Erfahrung mit …".
    const atLeast = yearsThreshold(cues);
    if (!atLeast) return undefined;
    // "any python people with 5+ years": the skill named before who practises it.
    // "qui fait du Python depuis plus de 5 ans": the skill after a verb of using, before the years.
    const usedBefore = cuedFirst(cues, 'know', 'years') ? skillAfterCue(cues) : undefined;
    // "Python for 5+ years, who?", "wer hat Python länger als 5 Jahre gemacht": the one skill named before.
    const named = skillAfterYears(cues) ?? practisedSkill(cues) ?? usedBefore ?? soleSkill(cues);
    // "comme data scientist", "als Frontend Engineer", "como iOS Developer": a job title, counted on role headings.
    const title = named && AS_TITLE.exec(named);
    const skill = title ? named!.slice(title[0].length) : named;
    return {
      kind: 'timeline',
      which: 'years',
      atLeast,
      ...(skill ? { skill } : {}),
      ...(title ? { asTitle: true } : {}),
    };
  }
  // "wer hat einen Master?", "quem tem mestrado?", "qui a un doctorat ?": a degree held (education lines).
  const degree = DEGREE_NAMED.exec(text)?.[1];
  if (degree && heldDegree(text, degree) && !cues.has('work') && !cues.has('know')) {
    const entity = schoolAfterDegree(text, degree);
    return { kind: 'school', degree, ...(entity ? { entity } : {}) };
  }
  // "anyone from Universidad de Almenara?", "wer von der Hochschule Wendland?": people named by a school they come from.
  const fromSchool = schoolComeFrom(cues);
  if (fromSchool) return { kind: 'school', entity: fromSchool };
  if (cues.has('study')) {
    const entity = entityOf(cues);
    return entity ? { kind: 'school', entity } : undefined;
  }
  const beenAt = beenAtPlace(cues);
  if (beenAt && !cues.has('work') && !cues.has('know')) return { kind: 'employer', entity: beenAt };
  if ((cues.has('work') || staffNamesEmployer(cues)) && !cuedFirst(cues, 'know', 'work')) {
    const entity = employerNamed(cues);
    return entity ? { kind: 'employer', entity } : undefined;
  }
  // "ppl with Go experience", "anyone with Go", "who can do Go", "who's good at Go": knowing a skill
  // said without a verb of knowing.
  // "any python devs?", "how many go engineers": who practises a skill, named right after it.
  const practised = practisedSkill(cues);
  // Said without a verb, the skill must be all that is left: "who assessed moving software to the
  // cloud" is no question of who knows the cloud.
  const bare =
    cues.segments.length === 1 &&
    (cues.has('experience') || cues.has('skills') || withSkill(cues) || askedAfter(cues) || countFor(cues));
  const coded = codedIn(cues);
  const knowing = cues.has('know') || bare || practised || coded;
  if (knowing || (cues.language !== 'en' && cues.segments.length === 1)) {
    // The skill is the words right after "used/knows"; a purpose after it ("Datadog for monitoring") is not.
    const skill = skillAfterCue(cues) ?? practised ?? coded ?? topicOf(cues, 3);
    if (!skill) return undefined;
    return counting ? { kind: 'count', skill } : { kind: 'who-knows', skills: [skill] };
  }
  return undefined;
}

/** A word saying where people come from, before a place: "from (the)", "von der", "de la", "da". */
const FROM_PLACE = /^[\s,]*(?:from|von|aus|de|da|do|du)(?:\s+(?:the|der|dem|la|l'|el))?\s+\p{L}/iu;

/**
 * "anyone from Universidad de Almenara?", "wer von der Hochschule Wendland?": the school people come
 * from, when the words left after every cue are a word of coming from and a school's name. Asked
 * with a verb of studying, working or living, those cues read the question instead.
 */
function schoolComeFrom(cues: CueReading): string | undefined {
  if (cues.has('study') || cues.has('work') || cues.has('live')) return undefined;
  const lastCue = Math.max(0, ...cues.hits.map((hit) => hit.end));
  const [place, ...more] = cues.segments.filter((segment) => segment.start >= lastCue);
  if (!place || more.length > 0 || !FROM_PLACE.test(cues.text.slice(lastCue))) return undefined;
  // "from" is no small word in English: it stays at the head of the words left.
  const school = place.text.replace(/^(?:from|von|aus)\s+(?:the\s+)?/i, '');
  return namesSchool(school) ? school : undefined;
}

/** The nouns of work that name a kind of organisation, not one: "company", "Firma", "empresa". */
const COMPANY = /^(?:company|companies|firma|firmen|unternehmen|entreprise|boite|empresa|empresas)$/i;

/**
 * The organisation a question of having worked somewhere names: after its "at", else the words left.
 * "worked in telecoms / in the games industry" names a field, not an employer (a passage search).
 * Without an "at", the organisation follows the work cue ("anyone ex-Acme") or names the role in a
 * few words before it ("a quant research internship"); a clause before a noun of work ("quién ha
 * liderado la compra de otra empresa") says what was done, not where.
 */
function employerNamed(cues: CueReading): string | undefined {
  const at = cues.after('at');
  if (at || cues.has('field')) return at;
  // "who founded a company?", "wer hat eine Firma gegründet?", "quién compró otra empresa": a company
  // as the thing done, with no organisation named, says nothing of where anyone worked.
  const work = cues.hits.filter((hit) => hit.concept === 'work' || hit.concept === 'staff');
  if (work.every((hit) => COMPANY.test(hit.text))) return undefined;
  const workAt = cues.hits.find((hit) => hit.concept === 'work' || hit.concept === 'staff')!.start;
  const last = cues.segments.at(-1);
  return last && (last.start > workAt || last.text.split(/\s+/).length <= 3) ? last.text : undefined;
}

/** Cues that, left alone beside the names compared, are what they are compared on ("les langues", "Kenntnisse"). */
const TOPIC_CUES: ReadonlySet<Concept> = new Set<Concept>(['languageList', 'skills', 'study', 'programming']);

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
    .replace(/(?<=^|\s)(?:or|and|oder|und|ou|et|o|y|e|than|als|que|[,;:/&?!]+)(?=\s|$)|[,;:?!]+(?=\s|$)/giu, ' ')
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
  // "ana vs ben experience", "Erfahrung von Ana und Ben": experience in general, nothing else asked, is
  // compared by the dates of their roles, as "who has more experience" is.
  if (experienceCued(cues) && (!topic || IN_GENERAL.test(topic)) && !cues.has('years'))
    return { kind: 'compare', topic: 'experience', years: true };
  // No topic left ("vergleiche Ana und Ben"): compared by what each does now.
  if (cues.language === 'en') return undefined;
  // "compare les langues de A et B", "vergleiche die Kenntnisse von A und B": the cue is the topic.
  const asked = topic
    ? ''
    : cues.hits
        .filter((hit) => TOPIC_CUES.has(hit.concept))
        .map((hit) => hit.text)
        .join(' ');
  return { kind: 'compare', topic: topic || asked };
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
const MORE_TIME = /experi|erfahr|senior|longest|longer|l[aä]ngsten|l[aä]nger|longtemps|tiempo|tempo/i;
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
