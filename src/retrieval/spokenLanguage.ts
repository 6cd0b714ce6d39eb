/**
 * Evidence that someone speaks a language, not a mention of it: a line of a languages section,
 * a line labelled as one ("Languages: Greek, French"), or a line giving a level ("Greek (native)",
 * "Griechisch – C1"). A language named in a talk title, a Unicode sample or a course name is not.
 */
import { escapeRegExp } from '../text/regExp.js';
import { foldHeading, sectionOfHeading, sectionOfPath } from '../text/sectionHeadings.js';
import levels from './spokenLanguage.json' with { type: 'json' };

/** Per language, its words; a "$comment" key is a note. */
type ByLanguage = Readonly<Record<string, string | readonly string[]>>;
/** Every word or phrase of a table, folded, as alternatives of a pattern (keys starting "$" are notes). */
const words = (lists: ByLanguage) =>
  Object.entries(lists)
    .flatMap(([key, list]) => (key.startsWith('$') || typeof list === 'string' ? [] : list))
    .map(foldHeading)
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/\\?'$/, "'\\s*").replace(/ /g, '\\s+'))
    .join('|');
const SAYS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(levels.says)})(?![\\p{L}\\p{N}])`, 'u');
/**
 * A level set apart from the language, and all there is of its part: "Greek (intermediate)",
 * "Arabic: Intermediate", "Greek - basic, French - good" (not "Talk: Advanced Greek typography").
 */
const LEVEL = new RegExp(`[(\\[:：,/|\\-–—]\\s*(?:${words(levels.levels)})(?=\\s*(?:$|[)\\],;/|(.]))`, 'u');

/** A level of the common European framework, set apart from the words before it: "English: C1", "German B2". */
const CEFR = /(?:^|[\s([:：,/|\-–—])[abc][12](?![\p{L}\p{N}])/u;

/** A line such as "Languages: …" or "Sprachkenntnisse – …": a languages heading as its label. */
function labelledLanguages(text: string): boolean {
  const label = /^[^\p{L}]*([^:：\-–—|]{2,40})\s*[:：\-–—|]/u.exec(text)?.[1];
  return label !== undefined && sectionOfHeading(label) === 'languages';
}

const BEFORE = words(levels.before);
const AFTER = words(levels.after);
/** Where a language's clause starts and ends: the line's ends, a mark, or "and" in the five languages. */
const CLAUSE_START = String.raw`(?:^|[(\[:：,;/|.•·\-–—]|\b(?:and|und|et|y|e)\b)\s*`;
const CLAUSE_END = String.raw`\s*(?:$|[)\],;/|.•·(]|\s(?:and|und|et|y|e)\b)`;

/**
 * Whether a level is written against one of `names` inside its clause: before it ("some German.",
 * "Grundkenntnisse in Französisch", "notions d'allemand") or right after it with no mark between
 * ("alemán básico", "anglais courant"), the language ending the clause in the first case and the
 * level in the second. "Advanced Portuguese typesetting" has the language inside a longer title.
 */
export function levelBesideLanguage(text: string, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const fold = (t: string) => foldHeading(t).replace(/[’‘]/g, "'");
  const name = `(?:${names.map((n) => escapeRegExp(fold(n))).join('|')})`;
  const before = new RegExp(`${CLAUSE_START}(?:${BEFORE})\\s*${name}(?![\\p{L}\\p{N}])${CLAUSE_END}`, 'u');
  const after = new RegExp(`${CLAUSE_START}${name}\\s+(?:${AFTER})(?![\\p{L}\\p{N}])${CLAUSE_END}`, 'u');
  const folded = fold(text);
  return before.test(folded) || after.test(folded);
}

/**
 * Whether `text`, a line in a passage under `sectionPath`, says someone speaks a language it names;
 * with `names` (the asked language's names in the five languages), a level written against one of
 * them counts too.
 */
export function speaksOnLine(text: string, sectionPath: readonly string[], names: readonly string[] = []): boolean {
  const section = sectionOfPath(sectionPath);
  if (section === 'languages') return true;
  if (labelledLanguages(text)) return true;
  // Titles of talks, papers and projects name languages without saying anyone speaks them.
  if (section === 'publications' || section === 'projects' || section === 'teaching') return false;
  const folded = foldHeading(text);
  return SAYS.test(folded) || LEVEL.test(folded) || CEFR.test(folded) || levelBesideLanguage(text, names);
}

const NATIVE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(levels.native)})(?![\\p{L}\\p{N}])`, 'u');

/** Whether a question asks for a first language ("a native Arabic speaker", "Muttersprache Deutsch"). */
export function asksNative(question: string): boolean {
  return NATIVE.test(foldHeading(question));
}

/**
 * Whether a line says one of `names` (a language's names in the five languages) is the person's
 * first language: a native word in that language's own part of the line, from the delimiter before
 * it to the delimiter after it or through the bracket right after it ("Arabic (Native) English
 * (Fluent)" says it of Arabic, not of English).
 */
export function nativeOnLine(text: string, names: readonly string[]): boolean {
  const folded = foldHeading(text);
  for (const name of names) {
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldHeading(name))}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of folded.matchAll(at)) {
      const before =
        folded
          .slice(0, match.index)
          .split(/[,;|•()[\]\n]/)
          .at(-1) ?? '';
      const rest = folded.slice(match.index + match[0].length);
      const after = /^\s*[([]/.test(rest)
        ? rest.slice(0, rest.search(/[)\]]/) + 1 || undefined)
        : rest.split(/[,;|•(\n]/)[0]!;
      if (NATIVE.test(before) || NATIVE.test(after)) return true;
    }
  }
  return false;
}
