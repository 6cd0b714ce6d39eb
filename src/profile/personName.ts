/**
 * A person's name as a person writes it: titles before it (Dr., Prof., Dr.-Ing., Mme, Sra.) and
 * post-nominals after it (PhD, MBA, FRCS) dropped, letter-spaced capitals joined ("J O H N  D O E"
 * → "John Doe"), all-caps or all-lower names cased ("MARÍA JOSÉ LÓPEZ" → "María José López"),
 * and a "Name: …" / "Nom : …" / "Nombre: …" / "Nome: …" line read. A section heading in any of
 * the five languages is never a name. Title and label words are data (corpus/nameWords.json).
 */
import { caseNameWords, commaInverted, givenNamesFirst, joinLetterSpacing } from '../corpus/nameCase.js';
import { headingKind } from './sections.js';
import { isNameTitle, isPostNominal, withoutTitles } from '../corpus/nameTitles.js';
import { NAME_LABELS, fold } from './wordLists.js';

export function cleanPersonName(raw: string): string | undefined {
  let text = joinLetterSpacing(raw.replace(/[*_#`]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  // Post-nominals after a comma: "Jane Doe, PhD, MBA", "Priya Raghunathan MBBS, MRCP (UK)".
  const comma = text.split(/\s*,\s*/);
  const titleOnly = (part: string) =>
    part.split(/\s+/).every((t) => isPostNominal(t) || isNameTitle(t) || /^\(\p{Lu}{2,4}\)$/u.test(t));
  if (comma.length > 1 && comma.slice(1).every(titleOnly)) text = comma[0]!;
  else text = commaInverted(text) ?? text;
  // "Dr. rer. nat. Katrin Weiß", "Siobhán O'Sullivan FRCS"; "Dr. Smith" → "Smith" (a dotted title goes).
  const tokens = withoutTitles(text.split(' ').filter(Boolean));
  while (tokens.length === 2 && isNameTitle(tokens[0]!) && /\.$|^\p{L}{1,5}\.-/u.test(tokens[0]!)) tokens.shift();
  const name = tokens
    .join(' ')
    .replace(/[,;:]+$/, '')
    .trim();
  if (!name || !/\p{L}/u.test(name) || headingKind(name)) return undefined;
  return caseNameWords(givenNamesFirst(name.split(' '))).join(' ');
}

/** A "Name: Jane Doe" line in five languages; the name, or undefined. */
export function labelledName(text: string): string | undefined {
  const match = /^\s*([\p{L} .-]{3,25}?)\s*[:：]\s*(.{2,80})$/u.exec(text);
  if (!match || !NAME_LABELS.includes(fold(match[1]!).trim())) return undefined;
  return cleanPersonName(match[2]!);
}
