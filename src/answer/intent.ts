/**
 * What a question asks, read from its wording once the people it names are taken out
 * (`rest`). Each kind is answered from the structure best suited to it: the skills ranking, the
 * roles and schools read from the profiles, a profile overview, or passage retrieval (`search`),
 * which stays the answer to anything not recognised here.
 */
import { questionLanguage } from '../text/questionLanguage.js';
import { asksPersonFact, readCues } from './cues.js';
import { compareByCues, everyoneByCues, mostExperience } from './recognise.js';
import { personByCues } from './recognisePerson.js';
import { plainEnglish } from './phraseRules/plainEnglish.js';
import { compareTopic } from './phraseRules/compareTopic.js';
import { everyoneIntent } from './phraseRules/everyone.js';
import { personIntent } from './phraseRules/person.js';

export type Intent =
  /** `spoken`: the skill is a language people speak ("who speaks Greek?"), proven only by a languages line. */
  /** `native`: a first language is asked for ("a native Arabic speaker"), proven by a line saying so. */
  | { readonly kind: 'who-knows'; readonly skills: readonly string[]; readonly spoken?: true; readonly native?: true }
  /** `also`: a second skill everyone counted knows too ("how many people know both Go and Rust?"). */
  | {
      readonly kind: 'count';
      readonly skill: string;
      readonly also?: string;
      readonly spoken?: true;
      readonly native?: true;
    }
  | { readonly kind: 'employer'; readonly entity: string; readonly before?: string }
  | { readonly kind: 'school'; readonly entity?: string; readonly degree?: string }
  | { readonly kind: 'about' }
  | {
      readonly kind: 'timeline';
      /** `all`: "where has Ana worked?", her roles, the most recent first. */
      readonly which: 'latest' | 'all' | 'first' | 'before' | 'after' | 'at';
      readonly entity?: string;
      readonly aspect?: 'duration' | 'dates' | 'title' | 'details';
    }
  /** "Where was Phil working in 2017?": the roles whose dates take in that year. */
  | { readonly kind: 'timeline'; readonly which: 'year'; readonly year: number }
  /**
   * "Who has 10+ years of Python?" (atLeast 10), "How many years of PHP does kura have?" (no
   * threshold); no skill: all roles.
   */
  | {
      readonly kind: 'timeline';
      readonly which: 'years';
      readonly atLeast?: Threshold;
      readonly skill?: string;
      /** "as a data scientist": the skill is a job title, counted where a role's heading names it. */
      readonly asTitle?: true;
    }
  | { readonly kind: 'contact'; readonly what: string }
  /** "Who is based in Egypt?" (a place), "where does Ana live?" (none: the person's own). */
  | { readonly kind: 'location'; readonly place?: string }
  | { readonly kind: 'skills' }
  /** "Which languages does Phil speak?", "how good is Phil's German?". */
  | { readonly kind: 'languages'; readonly language?: string }
  /** `years`: "who has more (Python) experience, A or B?", compared by the dates of their roles. */
  | { readonly kind: 'compare'; readonly topic: string; readonly years?: true; readonly skill?: string }
  | { readonly kind: 'search' };

/** The name `--json` reports: what kind of question this was taken to be. */
export type IntentName = Intent['kind'] | 'person' | 'unknown-person' | 'ambiguous-person';

/** A number of years asked for: "10+" and "at least 10" include 10, "more than 10" and "over 10" do not. */
export interface Threshold {
  readonly years: number;
  readonly inclusive: boolean;
  /** "3-5 years", "between 2 and 3 years": the highest whole number of years asked (5 years 11 months is 5). */
  readonly upTo?: number;
  /** "Who has the most Python experience?": everyone with any, ranked, the most first. */
  readonly most?: true;
}

/** `rest`: the question without the names of people it names; `people`: how many it names. */
export function classify(rest: string, people: number): Intent {
  // Emoji and other pictographs carry tone, never a topic: "who's Ana 🙏" asks who Ana is.
  const raw = rest
    .replace(/(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const language = questionLanguage(raw);
  const text = language === 'en' ? plainEnglish(raw) : raw;
  if (people >= 2) return compareByCues(text, language) ?? { kind: 'compare', topic: compareTopic(text, language) };
  // "what was Ana's master thesis on?", "who supervised Ana's PhD?": the thesis lines, found by searching
  // her profile, not her degree alone.
  if (people === 1 && asksPersonFact('thesis', readCues(text, language))) return { kind: 'search' };
  // English phrase rules first (they read thresholds and degrees finely); the cue families of every
  // language for what they leave unrecognised, and for spoken languages, which they would read as skills.
  const phrased: Intent =
    language !== 'en' ? { kind: 'search' } : people === 0 ? everyoneIntent(text) : personIntent(text);
  const most = people === 0 ? mostExperience(text, language) : undefined;
  if (most) return most;
  const cued = people === 0 ? everyoneByCues(text, language) : personByCues(text, language);
  // "who has lived in France?": the phrase rules read "has" as having a skill; the cues read where people live.
  if (phrased.kind === 'search' || cued?.kind === 'languages' || cued?.kind === 'location') return cued ?? phrased;
  // "when did Ana start with Python": the phrase rules take a capitalised word after "with" for an
  // organisation; the cues read a skill used ("start with", "use") and ask for the years of it.
  const skillYears = cued?.kind === 'timeline' && cued.which === 'years' && cued.skill;
  if (phrased.kind === 'timeline' && phrased.which === 'at' && skillYears) return cued;
  return phrased;
}
