/**
 * English phrase rules for a question naming nobody: who has N years of a skill, how many people
 * know something, who knows a skill, who worked or studied somewhere, who holds a degree.
 */
import { DEGREE_ASKED } from '../degrees.js';
import type { Intent } from '../intent.js';
import { withRange } from '../yearsRange.js';
import { anyOf, clean, entityOf, SKILL_VERBS, skillPhrase, threshold, WHO, YEARS, yearsSkill } from './words.js';

const HOW_MANY = String.raw`how many ${anyOf(
  String.raw`people|persons|profiles|engineers|developers|colleagues|of (?:us|them|the team)|team members`,
)}?`;

/** A question naming nobody: about skills, years, employers, schools or degrees across everyone. */
export function everyoneIntent(text: string): Intent {
  const years = YEARS.exec(text);
  if (years && new RegExp(String.raw`^(?:${WHO}|${HOW_MANY})\b`, 'i').test(text)) {
    const after = text.slice(years.index + years[0].length);
    const skill = yearsSkill(after, text.slice(0, years.index));
    if (skill !== undefined) {
      const asTitle = /^\s*(?:of\s+\w+\s+)?as\b/i.test(after) ? ({ asTitle: true } as const) : {};
      const atLeast = withRange(threshold(years), text.slice(0, years.index));
      return { kind: 'timeline', which: 'years', atLeast, ...(skill ? { skill } : {}), ...asTitle };
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
