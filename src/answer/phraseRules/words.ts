/**
 * The English phrase rules' shared pieces: how a skill, an organisation and a number of years are
 * read out of the words around them. The rules read thresholds and degrees finely; the cue families
 * (recognise.ts) take what they leave unrecognised, in every language.
 */
import { NUMBER_WORDS } from '../../text/questionLanguage.js';
import type { Threshold } from '../intent.js';

export const clean = (text: string) =>
  text
    .replace(/[?!.]+\s*$/, '')
    // "at Acme in total", "at Acme overall": how a duration is summed, not part of the name.
    .replace(/\s+(?:in total|overall|altogether|all together|combined|all in all)\s*$/i, '')
    .replace(/^\s*(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:experience|skills?|knowledge|expertise)\s*$/i, '')
    // "5 years of Python behind them": how the years were had, not part of the skill.
    .replace(/\s+(?:behind|under)\s+(?:them|him|her|their belt|his belt|her belt)\s*$/i, '')
    .trim();

/** "the University of Arden in Lisbon" → the organisation's name, as typed. */
export function entityOf(text: string): string {
  return clean(text.split(/\s+(?:before|after|and then|then|when|while|as an?|as)\s+/i)[0]!);
}

/** A non-capturing group of regular-expression alternatives. */
export const anyOf = (...alternatives: readonly string[]) => `(?:${alternatives.join('|')})`;

export const SKILL_VERBS = anyOf(
  String.raw`knows?|uses?|used|has used|have used|can use|codes? in|programs? in|writes?|wrote`,
  String.raw`has experience (?:with|in|of)|have experience (?:with|in|of)`,
  String.raw`is experienced (?:with|in)|experienced (?:with|in)`,
  String.raw`with experience (?:with|in|of)|is familiar with|familiar with|is skilled in|skilled in|is proficient in`,
  String.raw`proficient in|works? with|worked with|has worked with|have worked with`,
  // "who can write Rust", "who is good with Go", "who does Elixir": knowing said by what one can do.
  String.raw`(?:can|could) (?:write|code in|program in|do)|(?:is |are )?good (?:with|at|in)`,
  String.raw`has done|have done|done|has touched|have touched|touched|does|do(?! (?:we|you|they|i|us)\b)|has|have`,
);
export const WHO = anyOf(
  String.raw`who|which (?:people|persons|engineers|developers|colleagues|ones)|anyone|anybody|does anyone|does anybody`,
  String.raw`is there anyone|is there anybody|someone|somebody`,
);

/** A skill named in a few words ("Python", "AWS CDK", "Ruby on Rails"), not a clause. */
export function skillPhrase(text: string): string | undefined {
  const skill = clean(text);
  if (!skill || skill.split(/\s+/).length > 3) return undefined;
  const clause = /\b(?:who|what|which|where|when|how|at|for|by|as|from|worked|work|works|working|studied|study)\b/i;
  if (clause.test(skill)) return undefined;
  return skill;
}

const AT_LEAST = String.raw`more than|over|at least|upwards of|in excess of|no less than|a minimum of|minimum of`;
export const YEARS = new RegExp(
  String.raw`\b(?:(${AT_LEAST})\s+)?(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})` +
    String.raw`\s*(\+|plus\b|or more\b)?\s*years?(?:['’]s?)?(?:\s+or\s+(?:more|longer)\b)?(?=\s|$|[?.!,])`,
  'i',
);
/** Words that say "experience in general", not a skill: "10+ years of professional experience". */
const NO_SKILL = new RegExp(
  String.raw`^(?:professional|commercial|industry|industrial|work|working|relevant|total|overall|career|hands-on` +
    String.raw`|practical|real-world|engineering|software|it)?$`,
  'i',
);
export const USING = anyOf(
  String.raw`using|used|use|worked with|working with|work with|written|writing|write|coded in|coding in|programmed in`,
  String.raw`programming in|known|done|doing|developed in|developing in|developed with|coding|programming`,
);
const EXPERIENCE_WORD =
  /^(?:(?:professional|commercial|industry|work|working|relevant|hands-on|practical)\s+)?(?:experience|exp)\b\s*/i;

/**
 * "Python" in "10+ years of experience with Python", "Python experience", "using Python for"; ''
 * for experience in general; undefined when the words are no skill.
 */
export function yearsSkill(after: string, before: string): string | undefined {
  const tail = after
    .replace(/^\s*(?:of\s+)?/i, '')
    .replace(EXPERIENCE_WORD, '')
    // "3+ years as a data scientist": a job title, counted like a skill on the roles that name it.
    .replace(/^(?:(?:with|in|into|of|using|on|doing|writing|programming in|coding in|as an?|as)\s+)/i, '');
  // "using Python for 5+ years", "been doing Python 5 years or longer", "Python experience of 5 years".
  const used = new RegExp(String.raw`\b${USING}\s+(.+?)(?:\s+for)?\s*$`, 'i').exec(before);
  const experienced = /\b(?:has|have|had|with|got)\s+(.+?)\s+(?:experience|exp)\s+(?:of|for)\s*$/i.exec(before);
  const text = clean(tail) || (used ? clean(used[1]!) : experienced ? clean(experienced[1]!) : '');
  if (NO_SKILL.test(text)) return '';
  return skillPhrase(text);
}

export function threshold(match: RegExpExecArray): Threshold {
  const number = match[2]!.toLowerCase();
  const years = NUMBER_WORDS[number] ?? Number(number);
  const strict = match[1] && /^(?:more than|over|upwards of|in excess of)$/i.test(match[1]);
  return { years, inclusive: !strict };
}
