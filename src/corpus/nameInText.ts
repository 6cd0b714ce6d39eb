/**
 * Finding the owner's name in a profile's own lines: a name heading in any Markdown form (ATX,
 * setext, `# [Name](url)`, an HTML `<h1>`, a bold line at the top), or else the first line of the
 * text, as a plain-text CV opens with its owner's name, or else a "Name: …" line near the top.
 */
import { isDocumentTitle, isNameLabel, isSectionTitle, nameAtStartOf } from './nameShape.js';
import { plainText } from '../text/markup.js';

interface Heading {
  /** 1–6 for headings, 7 for a bold line: a bold line never outranks a heading. */
  readonly level: number;
  readonly text: string;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_HEADING = /<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>/i;
const BOLD_LINE = /^[ \t]*(\*\*|__)(?=\S)(.+?\S)\1[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Lines that open something other than a paragraph, so they cannot be a setext heading's text. */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+>|<]|\d+[.)]\s|#|\{[{%])/;
/** A bold line counts as a name only this near the top: further down it is an employer or a label. */
const BOLD_LINE_REACH = 5;

function headingAt(lines: readonly string[], index: number, contentLine: number): Heading | undefined {
  const line = lines[index]!;
  const atx = ATX.exec(line);
  if (atx) return { level: atx[1]!.length, text: atx[2]! };
  const html = HTML_HEADING.exec(line);
  if (html) return { level: Number(html[1]), text: html[2]! };
  const next = lines[index + 1];
  if (next !== undefined && SETEXT_UNDERLINE.test(next) && !NOT_PARAGRAPH.test(line)) {
    return { level: next.trim().startsWith('=') ? 1 : 2, text: line };
  }
  const bold = BOLD_LINE.exec(line);
  if (bold && contentLine < BOLD_LINE_REACH) return { level: 7, text: bold[2]! };
  return undefined;
}

/**
 * The first heading that is a name and not nested under a section: once "## Experience" has been
 * seen, a `###` below it names an employer or a project, while an `# h1` further down (an HTML page
 * that puts its contact box first) may still be the owner's name.
 */
export function nameFromHeadings(lines: readonly string[], firstLine = 0): string | undefined {
  let sectionLevel = Infinity;
  let contentLine = 0;
  let fence: string | undefined;
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    const heading = headingAt(lines, i, contentLine++);
    if (!heading) continue;
    if (heading.level < sectionLevel) {
      const name = nameAtStartOf(heading.text);
      if (name) return name;
    }
    if (isSectionTitle(heading.text)) sectionLevel = Math.min(sectionLevel, heading.level);
  }
  return undefined;
}

/** Lines above the name that carry no words: markup, comments, template tags. */
const NO_TEXT = /^(?:<[^>]*>|<!--.*-->|\{[{%].*[}%]\}|[-=_*~`#.\s]+)*$/;

/**
 * The name on the first line with words, as a plain-text CV opens ("JANE DOE" → "Jane Doe"); a
 * "Resume" or "Curriculum Vitae" line above the name is passed over.
 */
export function nameFromFirstLine(lines: readonly string[], firstLine = 0): string | undefined {
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (NO_TEXT.test(line.trim())) continue;
    if (isDocumentTitle(plainText(line).replace(/^#+\s*/, ''))) continue;
    return nameAtStartOf(line.replace(/^ {0,3}#{1,6}[ \t]+/, ''));
  }
  return undefined;
}

/** How far down a "Name: …" line still names the owner: a personal-details block near the top. */
const LABEL_REACH = 40;

/** "Name: Dr. Katrin Weiß", "| Nombre | Rafael Ruiz |", "- **Nome:** Ana Souza": a labelled name line. */
const LABELLED =
  /^\s*(?:[-*|]\s*)?(?:\*\*|__)?([\p{L} .-]{3,25}?)\s*(?:\*\*|__)?\s*[:：|]\s*(?:\*\*|__)?\s*(.{2,80})$/u;

/** The name a personal-details block gives behind its label, in five languages. */
export function nameFromLabelLine(lines: readonly string[], firstLine = 0): string | undefined {
  for (let i = firstLine; i < Math.min(lines.length, firstLine + LABEL_REACH); i++) {
    const match = LABELLED.exec(lines[i]!);
    if (!match || !isNameLabel(match[1]!)) continue;
    const name = nameAtStartOf(match[2]!.replace(/\s*\|\s*$/, ''));
    if (name) return name;
  }
  return undefined;
}
