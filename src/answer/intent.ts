/**
 * What a question asks, read from its wording once the people it names are taken out
 * (`rest`). Each kind is answered from the structure best suited to it: the skills ranking, the
 * roles and schools read from the profiles, a profile overview, or passage retrieval (`search`),
 * which stays the answer to anything not recognised here.
 */
import { CONTACT_ASKED } from './contacts.js';
import { questionLanguage } from '../text/questionLanguage.js';
import { DEGREE_ASKED, DEGREE_NAMED } from './degrees.js';
import { readCues, type Language } from './cues.js';
import { compareByCues, everyoneByCues, personByCues, plainEnglish } from './recognise.js';

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

const clean = (text: string) =>
  text
    .replace(/[?!.]+\s*$/, '')
    // "at Acme in total", "at Acme overall": how a duration is summed, not part of the name.
    .replace(/\s+(?:in total|overall|altogether|all together|combined|all in all)\s*$/i, '')
    .replace(/^\s*(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:experience|skills?|knowledge|expertise)\s*$/i, '')
    .trim();

/** "the University of Oklahoma in Pune" → the organisation's name, as typed. */
function entityOf(text: string): string {
  return clean(text.split(/\s+(?:before|after|and then|then|when|while|as an?|as)\s+/i)[0]!);
}

/** A non-capturing group of regular-expression alternatives. */
const anyOf = (...alternatives: readonly string[]) => `(?:${alternatives.join('|')})`;

const SKILL_VERBS = anyOf(
  String.raw`knows?|uses?|used|has used|have used|can use|codes? in|programs? in|writes?|wrote`,
  String.raw`has experience (?:with|in|of)|have experience (?:with|in|of)`,
  String.raw`is experienced (?:with|in)|experienced (?:with|in)`,
  String.raw`with experience (?:with|in|of)|is familiar with|familiar with|is skilled in|skilled in|is proficient in`,
  String.raw`proficient in|works? with|worked with|has worked with|have worked with|has|have`,
);
const WHO = anyOf(
  String.raw`who|which (?:people|persons|engineers|developers|colleagues|ones)|anyone|anybody|does anyone|does anybody`,
  String.raw`is there anyone|is there anybody|someone|somebody`,
);

/** A skill named in a few words ("Python", "AWS CDK", "Ruby on Rails"), not a clause. */
function skillPhrase(text: string): string | undefined {
  const skill = clean(text);
  if (!skill || skill.split(/\s+/).length > 3) return undefined;
  const clause = /\b(?:who|what|which|where|when|how|at|for|by|as|from|worked|work|works|working|studied|study)\b/i;
  if (clause.test(skill)) return undefined;
  return skill;
}

/** A number of years asked for: "10+" and "at least 10" include 10, "more than 10" and "over 10" do not. */
export interface Threshold {
  readonly years: number;
  readonly inclusive: boolean;
}

const SMALL_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const AT_LEAST = String.raw`more than|over|at least|upwards of|in excess of|no less than|a minimum of|minimum of`;
const YEARS = new RegExp(
  String.raw`\b(?:(${AT_LEAST})\s+)?(\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})` +
    String.raw`\s*(\+|plus\b|or more\b)?\s*years?(?:['’]s?)?(?=\s|$|[?.!,])`,
  'i',
);
/** Words that say "experience in general", not a skill: "10+ years of professional experience". */
const NO_SKILL = new RegExp(
  String.raw`^(?:professional|commercial|industry|industrial|work|working|relevant|total|overall|career|hands-on` +
    String.raw`|practical|real-world|engineering|software|it)?$`,
  'i',
);
const USING = anyOf(
  String.raw`using|used|use|worked with|working with|work with|written|writing|write|coded in|coding in|programmed in`,
  String.raw`programming in|known|done|doing|developed in|developing in|developed with`,
);
const EXPERIENCE_WORD =
  /^(?:(?:professional|commercial|industry|work|working|relevant|hands-on|practical)\s+)?(?:experience|exp)\b\s*/i;

/**
 * "Python" in "10+ years of experience with Python", "Python experience", "using Python for"; ''
 * for experience in general; undefined when the words are no skill.
 */
function yearsSkill(after: string, before: string): string | undefined {
  const tail = after
    .replace(/^\s*(?:of\s+)?/i, '')
    .replace(EXPERIENCE_WORD, '')
    // "3+ years as a data scientist": a job title, counted like a skill on the roles that name it.
    .replace(/^(?:(?:with|in|of|using|on|doing|writing|programming in|coding in|as an?|as)\s+)/i, '');
  const used = new RegExp(String.raw`\b${USING}\s+(.+?)\s+for\s*$`, 'i').exec(before);
  const text = clean(tail) || (used ? clean(used[1]!) : '');
  if (NO_SKILL.test(text)) return '';
  return skillPhrase(text);
}

function threshold(match: RegExpExecArray): Threshold {
  const number = match[2]!.toLowerCase();
  const years = SMALL_NUMBERS[number] ?? Number(number);
  const strict = match[1] && /^(?:more than|over|upwards of|in excess of)$/i.test(match[1]);
  return { years, inclusive: !strict };
}

/** `rest`: the question without the names of people it names; `people`: how many it names. */
export function classify(rest: string, people: number): Intent {
  const raw = rest.replace(/\s+/g, ' ').trim();
  const language = questionLanguage(raw);
  const text = language === 'en' ? plainEnglish(raw) : raw;
  if (people >= 2) return compareByCues(text, language) ?? { kind: 'compare', topic: compareTopic(text, language) };
  // English phrase rules first (they read thresholds and degrees finely); the cue families of every
  // language for what they leave unrecognised, and for spoken languages, which they would read as skills.
  const phrased: Intent =
    language !== 'en' ? { kind: 'search' } : people === 0 ? everyoneIntent(text) : personIntent(text);
  const cued = people === 0 ? everyoneByCues(text, language) : personByCues(text, language);
  if (phrased.kind === 'search' || cued?.kind === 'languages') return cued ?? phrased;
  // "when did Ana start with Python": the phrase rules take a capitalised word after "with" for an
  // organisation; the cues read a skill used ("start with", "use") and ask for the years of it.
  const skillYears = cued?.kind === 'timeline' && cued.which === 'years' && cued.skill;
  if (phrased.kind === 'timeline' && phrased.which === 'at' && skillYears) return cued;
  return phrased;
}

const COMPARE_OPENING = new RegExp(
  String.raw`^(?:compare|contrast|how do|how does|what do|what does|who is better (?:at|with)|who knows more about` +
    String.raw`|(?:what(?:'s| is| are) the )?differences? between|should (?:i|we) (?:pick|choose|hire|take|go with)` +
    String.raw`|who (?:knows|uses|speaks|has|is|did|does)(?: (?:more|better|the most|stronger|weaker))?` +
    String.raw`|which of (?:them|the two)|is|are)\b\s*`,
  'i',
);
const COMPARE_WORDS = new RegExp(
  String.raw`\b(?:and|or|with|vs\.?|versus|differ|compared?|on|for|in terms of|regarding|about|between|better|more` +
    String.raw`|(?:compared|comparing) to|to|than|in|stronger|weaker)\b`,
  'gi',
);

/** "AWS" in "Compare and on AWS" (the names already taken out); '' when only comparing words are left. */
function compareTopic(text: string, language: Language): string {
  const topic = text
    .replace(COMPARE_OPENING, '')
    .replace(COMPARE_WORDS, ' ')
    // What the names leave between them: "Ana, Ben: …", "Ana / Ben".
    .replace(/(?:^|\s)[,;:/&]+(?=\s|$)|[,;:!?]+(?=\s|$)/g, ' ')
    .replace(/^\s*(?:at|the|of)\s+|\s+(?:of|the)\s*$/gi, ' ')
    .replace(/\s{2,}/g, ' ');
  // "Python skills" is compared on Python; "the skills of A and B" on their skills.
  const named = clean(topic) || topic.trim();
  // "Kofi comparé à Dagny" read as English leaves "comparé à": a comparing cue and a small word, no topic.
  const cues = readCues(named, language);
  return cues.segments.length === 0 && cues.hits.every((hit) => hit.concept === 'compare') ? '' : named;
}

const HOW_MANY = String.raw`how many ${anyOf(
  String.raw`people|persons|profiles|engineers|developers|colleagues|of (?:us|them|the team)|team members`,
)}?`;

/** A question naming nobody: about skills, years, employers, schools or degrees across everyone. */
function everyoneIntent(text: string): Intent {
  const years = YEARS.exec(text);
  if (years && new RegExp(String.raw`^(?:${WHO}|${HOW_MANY})\b`, 'i').test(text)) {
    const after = text.slice(years.index + years[0].length);
    const skill = yearsSkill(after, text.slice(0, years.index));
    if (skill !== undefined) {
      const asTitle = /^\s*(?:of\s+\w+\s+)?as\b/i.test(after) ? ({ asTitle: true } as const) : {};
      return { kind: 'timeline', which: 'years', atLeast: threshold(years), ...(skill ? { skill } : {}), ...asTitle };
    }
  }
  const counted = countIntent(text);
  if (counted) return counted;
  const both = new RegExp(String.raw`^${WHO}\s+(?:${SKILL_VERBS})\s+both\s+(.+?)\s+and\s+(.+)$`, 'i').exec(text);
  if (both) {
    const skills = [skillPhrase(both[1]!), skillPhrase(both[2]!)];
    if (skills.every((skill) => skill !== undefined)) return { kind: 'who-knows', skills: skills as string[] };
  }
  const who =
    new RegExp(String.raw`^${WHO}\s+(?:${SKILL_VERBS})\s+(.+)$`, 'i').exec(text) ??
    /^(?:anyone|anybody|someone|somebody|any one) (?:with|who knows|knowing)\s+(.+)$/i.exec(text);
  if (who) {
    const skill = skillPhrase(who[1]!);
    if (skill && !/\b(?:a|an|the)\b/i.test(who[1]!)) return { kind: 'who-knows', skills: [skill] };
  }
  return placeIntent(text) ?? { kind: 'search' };
}

/** Who a count is of, named by what they do: "how many Python developers", "number of Go engineers". */
const PRACTITIONERS = String.raw`(?:developers?|devs?|engineers?|programmers?|coders?|users?|people|folks|experts?)`;
const COUNT_PRACTITIONERS = new RegExp(
  String.raw`^(?:how many|number of)\s+(.+?)\s+${PRACTITIONERS}\b(?:\s+(?:do|does|are|is|have|has)\b.*)?[?.!]*$`,
  'i',
);
const COUNT_WITH_EXPERIENCE = new RegExp(
  String.raw`^${HOW_MANY}\s*(?:are there\s+)?with\s+` +
    String.raw`(?:experience (?:in|with|of)\s+(.+?)|(.+?)\s+(?:experience|skills?|knowledge))[?.!]*$`,
  'i',
);

/**
 * "How many people know Go?", "… know both Go and Rust?", "how many Python developers do we have?",
 * "how many people with Docker experience?", "how many people have a PhD?" (a degree: education lines).
 */
function countIntent(text: string): Intent | undefined {
  const count = new RegExp(String.raw`^${HOW_MANY}\s*(?:${SKILL_VERBS})\s+(.+)$`, 'i').exec(text);
  const degree = count && new RegExp(String.raw`^(?:an?\s+)?(${DEGREE_ASKED})\b(.*)$`, 'i').exec(count[1]!.trim());
  if (degree) {
    const entity = degree[2]!.replace(/[?.!]+$/, '').trim()
      ? entityOf(degree[2]!.replace(/^\s*(?:in|from|at)\s+/i, ''))
      : undefined;
    return { kind: 'school', degree: degree[1]!, entity: entity || undefined };
  }
  const both = count && /^both\s+(.+?)\s+and\s+(.+)$/i.exec(count[1]!);
  if (both) {
    const [skill, also] = [skillPhrase(both[1]!), skillPhrase(both[2]!)];
    if (skill && also) return { kind: 'count', skill, also };
  }
  if (count) {
    const skill = skillPhrase(count[1]!);
    if (skill) return { kind: 'count', skill };
  }
  const practitioners = COUNT_PRACTITIONERS.exec(text);
  const withExperience = COUNT_WITH_EXPERIENCE.exec(text);
  const named = practitioners?.[1] ?? withExperience?.[1] ?? withExperience?.[2];
  const skill = named ? skillPhrase(named) : undefined;
  return skill && !/^(?:us|the|them|of)\b/i.test(skill) ? { kind: 'count', skill } : undefined;
}

const WORKED_AT = /\b(?:work(?:s|ed|ing)?|employed|been employed|interned|served|job)\s+(?:at|for|by|with|in)\s+(.+)$/i;
const BEFORE_JOINING = /\bbefore\s+(?:joining|moving to|going to|working (?:at|for)|starting at)?\s*(.+)$/i;
const STUDIED_AT = new RegExp(
  String.raw`\b(?:studied|study|studies|studying|went to|graduated from|attended|alumn\w* of|degree from)` +
    String.raw`\s+(?:at|in|from)?\s*(.+)$`,
  'i',
);
const HAS_DEGREE = new RegExp(
  String.raw`^(?:who|which people|anyone|does anyone)\s+(?:has|have|holds?|earned|got|with)\s+` +
    String.raw`(?:a|an)?\s*(${DEGREE_ASKED})\b(.*)$`,
  'i',
);
const CAPITALISED = /^(?:the\s+)?\p{Lu}/u;

/** "Who has worked as a nurse?", "Who worked at Google?", "Who studied at MIT?", "Who has a PhD in physics?". */
function placeIntent(text: string): Intent | undefined {
  // "Who has worked as a nurse?": a job title, matched against roles like an employer.
  const as = /\b(?:work(?:s|ed|ing)?|employed|served|been)\s+as\s+(?:an?\s+)?(.+)$/i.exec(text);
  if (as && clean(as[1]!).split(/\s+/).length <= 4) return { kind: 'employer', entity: entityOf(as[1]!) };
  const worked = WORKED_AT.exec(text);
  // A lower-case question names organisations in lower case too ("who worked at capital one").
  const named = (slot: string) => CAPITALISED.test(slot) || text === text.toLowerCase();
  if (worked && named(worked[1]!)) {
    const before = BEFORE_JOINING.exec(worked[1]!);
    return { kind: 'employer', entity: entityOf(worked[1]!), before: before ? entityOf(before[1]!) : undefined };
  }
  const studied = STUDIED_AT.exec(text);
  if (studied && named(studied[1]!)) return { kind: 'school', entity: entityOf(studied[1]!) };
  const degree = HAS_DEGREE.exec(text);
  if (!degree) return undefined;
  const entity = degree[2]!.trim() ? entityOf(degree[2]!.replace(/^\s*(?:in|from|at)\s+/i, '')) : undefined;
  return { kind: 'school', degree: degree[1]!, entity };
}

const ABOUT = new RegExp(
  String.raw`^(?:tell me about|who is|who's|what about|describe|summari[sz]e|introduce|give me an overview of` +
    String.raw`|overview of|profile of|what do you know about|show me|show)\s*(?:profile)?\s*[?.!]*$`,
  'i',
);
const HOW_MANY_YEARS = new RegExp(
  String.raw`^how (?:many|much) years?\s+(?:of\s+)?(.*?)\s*(?:does|did|has|have)\b(?:\s+\w+)?` +
    String.raw`\s*(?:have|got|had)?\s*[?.!]*$`,
  'i',
);
const HOW_LONG = new RegExp(String.raw`^how long (?:has|have|did)\s+(?:been\s+)?${USING}\s+(.+?)\s*[?.!]*$`, 'i');
const EDUCATION_WORD = /\b(?:study|studied|studying|education|degree|university|college|school|graduate|graduated)\b/i;
const ASKS_WHAT = /^(?:where|what|which|when)\b/i;
const SKILL_LISTS = new RegExp(
  String.raw`\b(?:skills|technologies|tech stack|stack|tools|frameworks|libraries|databases|platforms` +
    String.raw`|programming languages|languages)\b`,
  'i',
);
const SKILL_LIST_VERBS = /\b(?:know|knows|use|uses|used|have|has|list|program|code|write|work with)\b/i;

/** A question naming one person: an overview, contact details, years, roles in time, education or skills. */
function personIntent(text: string): Intent {
  if (ABOUT.test(text) || /^(?:'s\s*)?profile\s*[?.!]*$/i.test(text.toLowerCase())) return { kind: 'about' };
  const contact = CONTACT_ASKED.exec(text);
  // "What's Ana's address?" asks where she lives; an e-mail address is a contact detail.
  if (contact && /^address$/i.test(contact[1]!)) return { kind: 'location' };
  if (contact && !/\bwork|worked|job|role\b/i.test(text)) return { kind: 'contact', what: contact[1]!.toLowerCase() };

  // "How many years of Python does Phil have?", "How long has kura used Python?"
  const howMany = HOW_MANY_YEARS.exec(text);
  const howLong = HOW_LONG.exec(text);
  if (howMany || howLong) {
    const skill = howMany ? yearsSkill(howMany[1]!, '') : skillPhrase(howLong![1]!);
    if (skill !== undefined) return { kind: 'timeline', which: 'years', ...(skill ? { skill } : {}) };
  }
  const role = roleIntent(text);
  if (role) return role;
  if (EDUCATION_WORD.test(text) && ASKS_WHAT.test(text)) {
    return { kind: 'school', degree: DEGREE_NAMED.exec(text)?.[1] };
  }
  if (DEGREE_NAMED.test(text) && ASKS_WHAT.test(text)) return { kind: 'school', degree: DEGREE_NAMED.exec(text)![1] };
  if (SKILL_LISTS.test(text) && SKILL_LIST_VERBS.test(text) && !/\b(?:speak|speaks|spoken|talk)\b/i.test(text)) {
    return { kind: 'skills' };
  }
  return { kind: 'search' };
}

const ROLE_WORD = String.raw`(?:job|role|position|employer|company|post|title|work|works|working|worked|employment)`;
const NOW = /\b(?:most recent|latest|last|current|currently|present|now|today)\b/i;
const BEFORE = new RegExp(
  String.raw`\b(?:before|prior to|until)\s+(?:joining|moving to|working (?:at|for)|starting at|going to|becoming` +
    String.raw`|he became|she became|they became|became)?\s*(.+)$`,
  'i',
);

/** "Where does Phil work now?", "first job", "before Acme", "after Acme", "how long at Acme", "title at Acme". */
function roleIntent(text: string): Intent | undefined {
  if (NOW.test(text) && new RegExp(String.raw`\b${ROLE_WORD}\b|\bdoes\b.*\bwork\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'latest' };
  }
  if (/\b(?:first|earliest)\s+(?:job|role|position|employer)\b/i.test(text)) {
    return { kind: 'timeline', which: 'first' };
  }
  const before = BEFORE.exec(text);
  if (before && new RegExp(String.raw`\b(?:${ROLE_WORD}|where|did|was)\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'before', entity: entityOf(before[1]!) };
  }
  const after = /\bafter\s+(?:leaving|joining|working (?:at|for))?\s*(.+)$/i.exec(text);
  if (after && new RegExp(String.raw`\b(?:${ROLE_WORD}|where|did|go)\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'after', entity: entityOf(after[1]!) };
  }
  const at = /\b(?:at|for|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(text);
  if (!at) return undefined;
  const entity = entityOf(at[1]!);
  if (/^how long\b/i.test(text)) return { kind: 'timeline', which: 'at', entity, aspect: 'duration' };
  if (/^when\b/i.test(text)) return { kind: 'timeline', which: 'at', entity, aspect: 'dates' };
  if (/\b(?:title|position|job title|role)\b/i.test(text) && !/\brole in\b/i.test(text)) {
    return { kind: 'timeline', which: 'at', entity, aspect: 'title' };
  }
  return undefined;
}
