/**
 * The word lists the profile readers use, loaded once from the JSON files in words/: month names,
 * "present" words, name titles, language names, role and school words, in English, German,
 * French, Spanish and Portuguese (section headings are the shared map, text/sectionHeadings.json).
 * A new language or heading is a line of data.
 */
import education from './words/education.json' with { type: 'json' };
import languages from './words/languages.json' with { type: 'json' };
import months from './words/months.json' with { type: 'json' };
import names from './words/names.json' with { type: 'json' };
import present from './words/present.json' with { type: 'json' };
import roles from './words/roles.json' with { type: 'json' };

export type SectionKind = 'work' | 'education' | 'skills' | 'languages' | 'certificates' | 'other';
export const SECTION_KINDS: readonly SectionKind[] = [
  'work',
  'education',
  'skills',
  'languages',
  'certificates',
  'other',
];

/** Lower case, accents removed, so "Expérience" and "EXPERIENCE" look the same. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const values = <T>(byLanguage: Record<string, T[] | string>): T[] =>
  Object.entries(byLanguage).flatMap(([key, list]) => (key.startsWith('$') || !Array.isArray(list) ? [] : list));

/** Folded month name or abbreviation → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(months as Record<string, Record<string, number> | string>).flatMap(([key, list]) =>
    key.startsWith('$') || typeof list === 'string'
      ? []
      : Object.entries(list).map(([word, month]) => [fold(word), month] as const),
  ),
);

/** Folded words meaning "still going", longest first so "to date" is tried before "date". */
export const PRESENT_WORDS: readonly string[] = [
  ...new Set(values(present as Record<string, string[] | string>).map(fold)),
].sort((a, b) => b.length - a.length);

export const NAME_TITLES: ReadonlySet<string> = new Set(names.titles.map(fold));
export const POST_NOMINALS: ReadonlySet<string> = new Set(names.postNominals.map(fold));
export const NAME_LABELS: readonly string[] = names.labels.map(fold).sort((a, b) => b.length - a.length);

/** Folded language name in any of the five languages → its English name. */
export const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(languages as Record<string, string>)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, english]) => [fold(key), english]),
);

export const TITLE_WORDS: ReadonlySet<string> = new Set(roles.title.map(fold));
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(roles.organisation.map(fold));
export const SCHOOL_WORDS: ReadonlySet<string> = new Set(education.school.map(fold));
export const DEGREE_WORDS: readonly string[] = [...new Set(education.degree.map(fold))];

/** The words of a text, folded, split on anything but letters, digits and the apostrophe. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter(Boolean);
}
