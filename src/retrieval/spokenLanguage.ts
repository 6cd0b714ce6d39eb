/**
 * Evidence that someone speaks a language, not a mention of it: a line of a languages section,
 * a line labelled as one ("Languages: Greek, French"), or a line giving a level ("Greek (native)",
 * "Griechisch – C1"). A language named in a talk title, a Unicode sample or a course name is not.
 */
import { escapeRegExp } from '../text/regExp.js';
import { foldHeading, sectionOfHeading, sectionOfPath } from '../text/sectionHeadings.js';
import levels from './spokenLanguage.json' with { type: 'json' };

type ByLanguage = Readonly<Record<string, readonly string[]>>;
const words = (lists: ByLanguage) => Object.values(lists).flat().map(foldHeading).map(escapeRegExp).join('|');
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

/** Whether `text`, a line in a passage under `sectionPath`, says someone speaks a language it names. */
export function speaksOnLine(text: string, sectionPath: readonly string[]): boolean {
  const section = sectionOfPath(sectionPath);
  if (section === 'languages') return true;
  if (labelledLanguages(text)) return true;
  // Titles of talks, papers and projects name languages without saying anyone speaks them.
  if (section === 'publications' || section === 'projects' || section === 'teaching') return false;
  const folded = foldHeading(text);
  return SAYS.test(folded) || LEVEL.test(folded) || CEFR.test(folded);
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
          .split(/[,;|•()\[\]\n]/)
          .at(-1) ?? '';
      const rest = folded.slice(match.index + match[0].length);
      const after = /^\s*[(\[]/.test(rest)
        ? rest.slice(0, rest.search(/[)\]]/) + 1 || undefined)
        : rest.split(/[,;|•(\n]/)[0]!;
      if (NATIVE.test(before) || NATIVE.test(after)) return true;
    }
  }
  return false;
}
