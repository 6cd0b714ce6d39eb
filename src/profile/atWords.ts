/**
 * "Piloto na Aerotáxi Serra Azul", "Repartidora en Mensajería Marisma": Spanish and Portuguese name
 * the employer after "en", "em", "na", "no" as English does after "at". work.ts splits such a part
 * when a title word stands before the word and an organisation word after it; this reads the rest of
 * a section's parts so: "na" and "no" (Portuguese "at the") are never followed by a field of study,
 * and "en" / "em" are read as "at" in a section where one entry shows it (a title word before it
 * or an organisation word after it). Never when the words after it name a field ("Ingeniero en
 * Sistemas"), a title or a place, nor when another part of the entry names the employer.
 */
import { cityLike, isPlace, roleScore as score } from './roleWords.js';
import { FIELD_WORDS, foldedWords, ORGANISATION_WORDS, TITLE_WORDS } from './wordLists.js';

/** "Investigadora en la Universidad de Quintal": the article after "en" goes with it. */
const AT_WORD = /^(\p{Lu}\S*(?:\s+\S+){0,4}?)\s+(en|em|na|no)\s+(?:(?:la|el)\s+)?(\p{Lu}\S*(?:\s+\S+){0,5})$/u;

interface Candidate {
  readonly title: string;
  readonly word: string;
  readonly employer: string;
}

function candidate(part: string): Candidate | undefined {
  const match = AT_WORD.exec(part);
  if (!match) return undefined;
  const [, title, word, employer] = match as unknown as [string, string, string, string];
  if (score(employer, TITLE_WORDS) > 0 || isPlace(employer)) return undefined;
  if (foldedWords(employer).some((w) => FIELD_WORDS.has(w))) return undefined;
  return { title, word, employer };
}

/** Whether a word shows this split is title and employer. */
const shown = (c: Candidate) => score(c.title, TITLE_WORDS) > 0 || score(c.employer, ORGANISATION_WORDS) > 0;

/** An entry's parts, and the title and employer an "en"/"na" between them named. */
export interface AtSplit {
  readonly parts: readonly string[];
  readonly pair?: { readonly position: string; readonly name: string };
}

/**
 * Each entry's parts with "Title en/na Employer" split in two where the section shows that reading;
 * `written` are the parts as the headings write them (before work.ts split those a word shows).
 */
export function atWordSplit(
  entries: readonly (readonly string[])[],
  written: readonly (readonly string[])[],
): AtSplit[] {
  const found = entries.map((parts) => parts.map(candidate));
  if (found.every((parts) => parts.every((c) => c === undefined))) return entries.map((parts) => ({ parts }));
  const shownBy = [...found.flat(), ...written.flat().map(candidate)];
  const words = new Set(shownBy.flatMap((c) => (c && shown(c) ? [c.word] : [])));
  return entries.map((parts, i) => {
    let pair: AtSplit['pair'];
    const split = parts.flatMap((part, k) => {
      const c = found[i]![k];
      if (!c || !(c.word === 'na' || c.word === 'no' || words.has(c.word))) return [part];
      // "Técnico en Laboratorio Clínico, Hospital Sur": another part names the employer, the words
      // after "en" are the title's field.
      if (parts.some((other, j) => j !== k && !isPlace(other) && !cityLike(other))) return [part];
      pair ??= { position: c.title, name: c.employer };
      return [c.title, c.employer];
    });
    return { parts: split, ...(pair ? { pair } : {}) };
  });
}
