/**
 * Checks a name taken from a document's structure (title line, `\name{}`, `<title>`, `basics.name`)
 * before it is offered: such places also hold job titles and document words ("Resume", "Software
 * Engineer"), which must never become a person's name.
 */
import { isDocumentTitle, NAME_PARTICLES } from '../nameShape.js';
import { caseNameWords, commaInverted, givenNamesFirst } from '../nameCase.js';
import { withoutTitles } from '../nameTitles.js';

const NOT_A_NAME =
  /\b(resume|résumé|curriculum|vitae|cv|portfolio|profile|about|home|welcome|blog|index|untitled|document|website|site|contact|experience|education|skills?|summary|projects?|page|engineer|developer|programmer|manager|director|analyst|scientist|designer|consultant|architect|student|intern|officer|executive|accountant|lead|founder|ceo|cto|specialist|administrator|technician|assistant|professor|researcher|teacher|driver)\b/i;

/** `Ravi Menon, C.A. (1990)` → `Ravi Menon`; `Jane Doe | Leeds` → `Jane Doe`; `Jane Doe's CV` → `Jane Doe's CV` (refused later). */
function nameHead(text: string): string {
  const inverted = commaInverted(text.trim());
  if (inverted) return inverted;
  const segments = text.replace(/\s+/g, ' ').split(/\s+[-–—|·•]\s+|\s*[,|·•]\s*|\s+\(/);
  // "Currículum Vitae – María José de la Cruz": the name follows the document's title.
  const head = segments.find((segment) => !isDocumentTitle(segment.replace(/[*_~`"]/g, ''))) ?? segments[0]!;
  return withoutTitles(
    head
      .replace(/[*_~`"]/g, '')
      .trim()
      .split(' '),
  ).join(' ');
}

/**
 * Two to five words of letters (initials, hyphens and apostrophes allowed), none a job or document
 * word. `oneWord`: a single capitalised word is accepted too, for places that hold nothing but the
 * owner's name (a page's `<title>`, `basics.name`).
 */
export function personLike(text: string, oneWord = false): string | undefined {
  const head = nameHead(text);
  if (head.length < 3 || head.length > 60 || NOT_A_NAME.test(head) || isDocumentTitle(head)) return undefined;
  const words = head.split(' ');
  if (oneWord && words.length === 1 && /^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u.test(head)) return head;
  // Particles do not count towards the five words: "María José de la Cruz Fernández".
  const counted = words.filter((word, i) => i === 0 || !NAME_PARTICLES.has(word)).length;
  if (words.length < 2 || counted > 5) return undefined;
  if (!words.every((word) => /^[\p{L}][\p{L}\p{M}'’-]*$/u.test(word) || /^\p{Lu}\.$/u.test(word))) return undefined;
  // Names are capitalised word by word ("Jane van Doe"), or written all in one case as a style.
  const styled = head === head.toLowerCase() || head === head.toUpperCase();
  if (!styled && !words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word))) return undefined;
  // At least one word of two letters or more that is not an initial.
  if (!words.some((word) => /^[\p{L}\p{M}'’-]{2,}$/u.test(word))) return undefined;
  return caseNameWords(givenNamesFirst(words)).join(' ');
}

/** The first candidate that reads as a person's name; a candidate may be `{ text, oneWord: true }`. */
export function nameHintFrom(
  candidates: readonly (string | { text?: string; oneWord: boolean } | undefined)[],
): string | undefined {
  for (const candidate of candidates) {
    const { text, oneWord } = typeof candidate === 'object' ? candidate : { text: candidate, oneWord: false };
    const name = text ? personLike(text, oneWord) : undefined;
    if (name) return name;
  }
  return undefined;
}
