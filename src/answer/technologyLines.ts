/**
 * The lines of a profile that name the technologies a person used, for a CV with no skills list:
 * the tools sit in its role and project bullets ("built the churn model on Spark; H2O.ai, GraphLab").
 * A line counts the technologies it names: skill names the vocabulary knows, and words shaped as
 * product names are (an inner capital "GraphLab", letters with digits "H2O", an inner dot
 * "Node.js"), never an address, a URL, a date or a plain capitalised word ("Cashier").
 */
import type { Passage } from '../chunking/passage.js';
import type { TermGroups } from '../retrieval/termGroups.js';
import { canonicalSkill } from '../retrieval/skillMatch.js';
import { sectionOfPath, type CanonicalSection } from '../text/sectionHeadings.js';
import { isStopword } from '../text/terms.js';

/** Sections whose lines name things the person did not use as tools: courses, addresses, referees, hobbies. */
const NOT_USED: ReadonlySet<CanonicalSection> = new Set([
  'contact',
  'education',
  'references',
  'languages',
  'interests',
]);
/** A web address or an e-mail address: a line holding one is a contact line. */
const ADDRESS = /@|https?:|www\.|\.(?:com|org|net|edu|gov)\b/i;
/** The longest skill name looked up, in words ("google cloud platform"). */
const LONGEST_NAME = 3;

/** Whether a written word is shaped as a product's name rather than an ordinary word. */
export function productShaped(word: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '');
  if (bare.length < 2 || /^[\d.,/:-]+$/.test(bare)) return false;
  // "H2O", "S3", "EC2", "log4j", but not "2019", "06/15", "3rd", "1st".
  if (/\p{L}/u.test(bare) && /\d/.test(bare) && !/^\d+(?:st|nd|rd|th|s|k|m)$/i.test(bare)) return true;
  // "GraphLab", "SKLearn", "PostgreSQL", "iOS": a capital after a lower-case letter, or after two capitals.
  if (/\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(bare)) return true;
  // "Node.js", "H2O.ai", "ASP.NET": a dot inside a word ("e.g", "U.S" and "Ph.D" are abbreviations).
  return /[\p{L}\p{N}]{2}\.\p{L}{2}/u.test(bare);
}

/** The list items of a line: its parts between commas, semicolons and "and"; a long part ends in its item. */
function listItems(text: string): (string | undefined)[] {
  return text.split(/\s*(?:[,;]|\s(?:and|&)\s)\s*/).map((part) => {
    const words = part
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '')
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0) return undefined;
    if (words.length <= 2) return words.join(' ');
    const last = words.at(-1)!;
    return /^\p{Lu}/u.test(last) || productShaped(last) ? last : undefined;
  });
}

/**
 * How many distinct technologies `text` names: known skill names and product-shaped words, and
 * every item of a list that holds one of them ("Prophet, XGBoost and PostgreSQL" is three).
 */
export function technologiesIn(text: string, skills: TermGroups): number {
  const found = namedTechnologies(text, skills);
  if (found.size === 0) return 0;
  let run: string[] = [];
  const close = () => {
    const named = run.some((item) => namedTechnologies(item, skills).size > 0);
    if (run.length >= 2 && named) for (const item of run) found.add(canonicalSkill(item));
    run = [];
  };
  for (const item of listItems(text)) {
    if (item === undefined) close();
    else run.push(item);
  }
  close();
  return found.size;
}

/** The known skill names and product-shaped words of `text`. */
function namedTechnologies(text: string, skills: TermGroups): Set<string> {
  const words = text.split(/[\s,;()|/]+/).filter(Boolean);
  const known = skills.names();
  const found = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    for (let n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--) {
      const name = canonicalSkill(words.slice(i, i + n).join(' '));
      // A one-letter name ("C", "R") is a technology only in a list of them, not as a word of a sentence.
      const plain = n === 1 && (isStopword(name) || name.length < 2);
      if (name && known.has(name) && !plain) {
        found.add(skills.variants(name)[0]!);
        taken = n;
        break;
      }
      if (n === 1 && productShaped(words[i]!)) found.add(canonicalSkill(words[i]!));
    }
    i += taken;
  }
  return found;
}

export interface TechnologyLine {
  readonly passage: Passage;
  readonly line: number;
  readonly text: string;
  readonly technologies: number;
}

/**
 * A person's lines naming at least `least` technologies, most first (document order on a tie), at
 * most `limit`: the places their CV says what they worked with.
 */
export function technologyLines(
  passages: readonly Passage[],
  skills: TermGroups,
  limit: number,
  least = 2,
): TechnologyLine[] {
  const lines: TechnologyLine[] = [];
  for (const passage of passages) {
    const section = sectionOfPath(passage.sectionPath);
    if (section && NOT_USED.has(section)) continue;
    passage.text.split('\n').forEach((text, i) => {
      if (ADDRESS.test(text) || /^\s*#/.test(text)) return;
      const technologies = technologiesIn(text, skills);
      if (technologies >= least) lines.push({ passage, line: passage.startLine + i, text, technologies });
    });
  }
  return lines.sort((a, b) => b.technologies - a.technologies || a.line - b.line).slice(0, limit);
}
