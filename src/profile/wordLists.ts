/**
 * The word lists the profile readers use, loaded once from the JSON files in words/: language
 * names, role and school words, in English, German, French, Spanish and Portuguese (section
 * headings are the shared map, text/sectionHeadings.json;
 * month names and "present" words are the date grammar's, text/dateWords.json).
 * A new language or heading is a line of data.
 */
import education from './words/education.json' with { type: 'json' };
import languages from './words/languages.json' with { type: 'json' };
import forms from './words/forms.json' with { type: 'json' };
import roles from './words/roles.json' with { type: 'json' };
import skillLevels from './words/skillLevels.json' with { type: 'json' };
import { escapeRegExp } from '../text/regExp.js';
import { foldHeading } from '../text/sectionHeadings.js';

export type SectionKind = 'work' | 'education' | 'skills' | 'languages' | 'certificates' | 'other';
export const SECTION_KINDS: readonly SectionKind[] = [
  'work',
  'education',
  'skills',
  'languages',
  'certificates',
  'other',
];

/** Lower case, accents removed, so "Expérience" and "EXPERIENCE" look the same: the heading map's own fold. */
export const fold = foldHeading;

/** Labels of a "Name: …" line in five languages (the corpus's name words), folded, longest first. */
export { NAME_LABELS } from '../corpus/nameTitles.js';

/** Folded language name in any of the five languages → its English name. */
export const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(languages as Record<string, string>)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, english]) => [fold(key), english]),
);

export const TITLE_WORDS: ReadonlySet<string> = new Set(roles.title.map(fold));
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(roles.organisation.map(fold));
/** A role field's label, folded ("company", "designation", "zeitraum") → the field it names. */
export const ROLE_LABELS: ReadonlyMap<string, 'employer' | 'title' | 'dates'> = new Map(
  (['employer', 'title', 'dates'] as const).flatMap((field) =>
    [...roles.labels[field], ...forms[field]].map((l) => [fold(l), field] as const),
  ),
);
export const SCHOOL_WORDS: ReadonlySet<string> = new Set(education.school.map(fold));
export const DEGREE_WORDS: readonly string[] = [...new Set(education.degree.map(fold))];
export const FIELD_WORDS: ReadonlySet<string> = new Set(education.field.map(fold));
/** "Degree", "Institute", "Board/University", "Year of passing": the head row of a table of schools. */
export const SCHOOL_COLUMNS: ReadonlySet<string> = new Set(education.columns.map(fold));
export const SKILL_LEVELS: ReadonlySet<string> = new Set(skillLevels.levels.map(fold));

/** A degree word standing alone ("MSc", "Ph.D.", "Mestrado"), longest first so "m.sc." wins over "m.s". */
export const DEGREE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...DEGREE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** Every degree word of a folded text, for `matchAll`, `match` and `replace` only (it is global). */
export const DEGREES = new RegExp(DEGREE.source, 'gu');
/** "MSc Physics", "Doctorat en Chimie": a text naming a degree. */
export const namesDegree = (part: string) => DEGREE.test(fold(part));
const GERMAN_COMPOUND = /^\p{L}{3,}(?:schule|gymnasium|kolleg|akademie)$/u;

/** "University of X", "Lycée Y", "Goethe-Gymnasium": a text naming a school. */
export const namesSchool = (part: string) =>
  foldedWords(part).some(
    (w) =>
      SCHOOL_WORDS.has(w) ||
      (w.includes('-') && w.split('-').some((p) => SCHOOL_WORDS.has(p))) ||
      // "Schillerschule", "Humboldtgymnasium", "Berufskolleg": a German compound ending in its school word.
      GERMAN_COMPOUND.test(w) ||
      // "l'École", "d'Université": the school word after an elided article.
      (/^[ld]['’]/.test(w) && SCHOOL_WORDS.has(w.slice(2))),
  );

/** The words of a text, folded, split on anything but letters, digits and the apostrophe. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter(Boolean);
}
