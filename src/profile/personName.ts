/**
 * A person's name as a person writes it: titles before it (Dr., Prof., Dr.-Ing., Mme, Sra.) and
 * post-nominals after it (PhD, MBA, FRCS) dropped, letter-spaced capitals joined ("J O H N  D O E"
 * → "John Doe"), all-caps or all-lower names cased ("MARÍA JOSÉ LÓPEZ" → "María José López"),
 * and a "Name: …" / "Nom : …" / "Nombre: …" / "Nome: …" line read. A section heading in any of
 * the five languages is never a name. Title and label words are data (corpus/nameWords.json).
 */
import { NAME_PARTICLES } from '../corpus/nameShape.js';
import { headingKind } from './sections.js';
import { isNameTitle, isPostNominal, withoutTitles } from '../corpus/nameTitles.js';
import { NAME_LABELS, fold } from './wordLists.js';

/** "J O H N   D O E" → "JOHN DOE"; text that is not letter-spaced is returned as it is. */
export function joinLetterSpacing(text: string): string {
  const words = text.trim().split(/\s{2,}/);
  const spaced = words.every((w) => /^(?:\p{L}[.'-]?\s)+\p{L}[.'-]?$/u.test(w));
  return spaced ? words.map((w) => w.replace(/\s/g, '')).join(' ') : text;
}

function caseWord(word: string, first: boolean): string {
  const lower = word.toLocaleLowerCase();
  if (!first && NAME_PARTICLES.has(lower)) return lower;
  return lower.replace(
    /(^|[-'’])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toLocaleUpperCase(),
  );
}

/** Cased as a person writes it when written all in capitals or all in small letters; else as it is. */
export function caseName(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const allUpper = letters === letters.toLocaleUpperCase() && letters.length > 1;
  const allLower = letters === letters.toLocaleLowerCase();
  if (!allUpper && !allLower) return name;
  return name
    .split(/\s+/)
    .map((word, i) => caseWord(word, i === 0))
    .join(' ');
}

export function cleanPersonName(raw: string): string | undefined {
  let text = joinLetterSpacing(raw.replace(/[*_#`]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  // Post-nominals after a comma: "Jane Doe, PhD, MBA", "Priya Raghunathan MBBS, MRCP (UK)".
  const comma = text.split(/\s*,\s*/);
  const titleOnly = (part: string) =>
    part.split(/\s+/).every((t) => isPostNominal(t) || isNameTitle(t) || /^\(\p{Lu}{2,4}\)$/u.test(t));
  if (comma.length > 1 && comma.slice(1).every(titleOnly)) text = comma[0]!;
  // "Dr. rer. nat. Katrin Weiß", "Siobhán O'Sullivan FRCS"; "Dr. Smith" → "Smith" (a dotted title goes).
  const tokens = withoutTitles(text.split(' ').filter(Boolean));
  while (tokens.length === 2 && isNameTitle(tokens[0]!) && /\.$|^\p{L}{1,5}\.-/u.test(tokens[0]!)) tokens.shift();
  const name = tokens
    .join(' ')
    .replace(/[,;:]+$/, '')
    .trim();
  if (!name || !/\p{L}/u.test(name) || headingKind(name)) return undefined;
  return caseName(name);
}

/** A "Name: Jane Doe" line in five languages; the name, or undefined. */
export function labelledName(text: string): string | undefined {
  const match = /^\s*([\p{L} .-]{3,25}?)\s*[:：]\s*(.{2,80})$/u.exec(text);
  if (!match || !NAME_LABELS.includes(fold(match[1]!).trim())) return undefined;
  return cleanPersonName(match[2]!);
}
