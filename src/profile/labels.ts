/** A line that starts with a section's name as a label: "Languages: English, German", "Idiomas: …". */
import { formField } from './formRows.js';
import { headingKind } from './sections.js';
import { fold, type SectionKind } from './wordLists.js';

export function lineKindLabel(text: string): { kind: SectionKind; rest: string } | undefined {
  const match = /^([^:：]{2,40})[:：]\s*(.+)$/u.exec(text);
  if (!match) return headRun(text);
  const field = formField(match[1]!);
  // "Mother tongue(s): German", "Computer skills and competences: …": a form's row names its list.
  const kind = field === 'languages' || field === 'skills' ? field : headingKind(match[1]!);
  return kind ? { kind, rest: match[2]! } : undefined;
}

/** Leading words of one to three words ("Skills", "Language Skills", "IT-Kenntnisse"), longest first. */
const HEADS = [3, 2, 1].map(
  (n) => new RegExp(`^\\p{L}[\\p{L}-]*(?:\\s+(?:&|\\p{L}[\\p{L}-]*)){${n - 1}}(?=\\s+[\\p{Lu}\\p{N}])`, 'u'),
);
/** Heading words that can only head a list ("Software", "Tools" also start a title or a sentence). */
const LIST_WORD =
  /skill|kenntniss|kompetenz|fahigkeit|competen|habilidad|conhecimento|conocimiento|language|sprach|langue|idioma|l[ie]ngua/;

/**
 * "Languages English (native), French" / "Skills Photoshop, Illustrator": a list whose heading runs
 * into it on one line with no colon (a PDF's side column set beside its items): a skills or
 * languages heading of one to three words, then two or more items, the first capitalised.
 */
export function headRun(text: string): { kind: 'skills' | 'languages'; label: string; rest: string } | undefined {
  if (!/[,;•·|]/.test(text)) return undefined;
  for (const pattern of HEADS) {
    const head = pattern.exec(text);
    if (!head || !LIST_WORD.test(fold(head[0]))) continue;
    const kind = headingKind(head[0]);
    const rest = text.slice(head[0].length).trim();
    if ((kind === 'skills' || kind === 'languages') && listItems(rest).length >= 2) {
      return { kind, label: head[0], rest };
    }
  }
  return undefined;
}

/** Items of a list, commas inside "(…)" kept: "SQL (MySQL, Postgres), Go" → two items. */
export function listItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth === 0 && /[,;•·|▪◦●]/.test(char)) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items
    .map((item) =>
      item
        .replace(/^\s*(?:and|und|et|y|e)\s+/i, '')
        .replace(/^[\s\-–*]+|[\s.]+$/g, '')
        .trim(),
    )
    .filter((item) => item && item.length <= 60);
}

/**
 * A row of a PDF's tag cloud or a plain-text table ("Python    Docker    Go"): cells set apart by
 * wide gaps, none holding a list mark or a label's colon, read as a list ("Python, Docker, Go").
 * Any other line is its text.
 */
export function gapRow(line: { readonly raw: string; readonly text: string }): string {
  const cells = line.raw
    .trim()
    .split(/\t+|\s{3,}/)
    .map((cell) => cell.replace(/\*\*|__|`/g, '').trim())
    .filter(Boolean);
  return cells.length >= 2 && !cells.some((cell) => /[,;:：|]/.test(cell)) ? cells.join(', ') : line.text;
}
