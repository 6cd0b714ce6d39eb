/**
 * Finding the owner's name in a profile's own lines: a name heading in any Markdown form (ATX,
 * setext, `# [Name](url)`, an HTML `<h1>`, a bold line at the top), or else the first line of the
 * text, as a plain-text CV opens with its owner's name, or else a "Name: …" line near the top.
 */
import { caseName, joinLetterSpacing } from './nameCase.js';
import { FAMILY_LABELS, GIVEN_LABELS } from './nameTitles.js';
import { asPersonName, isDocumentTitle, isNameLabel, isSectionTitle, nameAtStartOf } from './nameShape.js';
import { revealEmails } from '../text/emailAddress.js';
import { plainText } from '../text/markup.js';
import { sectionOfHeading } from '../text/sectionHeadings.js';

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
  let detailsHeading = false;
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (NO_TEXT.test(line.trim())) continue;
    const text = line.replace(/^ {0,3}#{1,6}[ \t]+/, '');
    if (isDocumentTitle(plainText(text))) continue;
    // "Fotografía", "Photo d'identité": a photo's caption above the name, which the converter kept.
    if (PHOTO_CAPTION.test(plainText(text).trim())) continue;
    // "Persönliche Daten" / "Datos personales" over the name: the heading of the block the name opens.
    if (!detailsHeading && sectionOfHeading(plainText(text)) === 'contact') {
      detailsHeading = true;
      continue;
    }
    // "J A N E   D O E": a name set in spaced capitals.
    return nameAtStartOf(joinLetterSpacing(text)) ?? nameOnTwoLines(text, lines, i);
  }
  return undefined;
}

/** A photo's caption: "Photo", "Foto", "Fotografía", "Lichtbild", "Photo d'identité", "Photo taken 2023". */
const PHOTO_CAPTION = new RegExp(
  '^(?:photo|foto|fotografía|fotografia|bild|lichtbild|bewerbungsfoto|portrait|picture|profile picture)' +
    '(?:\\s+\\S+){0,3}$',
  'iu',
);

/** "GABRIELA" over "FERNÁNDEZ RUIZ": given names on one line, family names on the next. */
function nameOnTwoLines(text: string, lines: readonly string[], at: number): string | undefined {
  const first = plainText(text).trim();
  const next = lines.slice(at + 1, at + 3).find((line) => line.trim() !== '');
  if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(first) || next === undefined) return undefined;
  const rest = plainText(next).trim();
  if (rest.split(/\s+/).length > 3 || !/^\p{Lu}/u.test(rest)) return undefined;
  return nameAtStartOf(`${first} ${rest}`);
}

/** How far down the owner's e-mail address is looked for, when nothing else names them. */
const EMAIL_REACH = 30;
/** Parts of an address's local part that are no name ("info", "cv.2024", "jobs.doe"). */
const NOT_NAME_PART = /^(?:info|contact|kontakt|mail|email|hello|hi|me|cv|jobs?|work|careers?|office|admin|team|hr)$/;

/**
 * "tomasz.wierzbicki@example.pl" → "Tomasz Wierzbicki": the owner's name as their address spells
 * it, where the text names them nowhere else. Only "given.family" (or with "_"/"-") addresses
 * count: "jdoe@" or "info@" name nobody.
 */
export function nameFromEmail(lines: readonly string[], firstLine = 0): string | undefined {
  for (let i = firstLine; i < Math.min(lines.length, firstLine + EMAIL_REACH); i++) {
    const line = revealEmails(lines[i]!);
    const local = /([\p{L}._-]+)@[\p{L}\p{N}-]+\.[\p{L}.]{2,}/u.exec(line)?.[1];
    if (local === undefined) continue;
    const parts = local.split(/[._-]/);
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\p{L}{2,}$/u.test(part))) return undefined;
    if (parts.some((part) => NOT_NAME_PART.test(part.toLowerCase()))) return undefined;
    return asPersonName(caseName(parts.join(' ').toLowerCase()));
  }
  return undefined;
}

/** How far down a "Name: …" line still names the owner: a personal-details block near the top. */
const LABEL_REACH = 40;

/**
 * "Name: Dr. Katrin Weiß", "| Nombre | Rafael Ruiz |", "- **Nome:** Ana Souza", Europass's
 * "Nom(s) / Prénom(s) | Camille Dupont": a labelled name line.
 */
const LABELLED =
  /^\s*(?:[-*|]\s*)?(?:\*\*|__)?([\p{L} .-]{3,25}?|[\p{L}() ]{4,20}\/[\p{L}() ]{4,24})\s*(?:\*\*|__)?\s*[:：|]\s*(?:\*\*|__)?\s*(.{2,80})$/u;

/**
 * A form's name given on two rows, "Prénom : Claire" and "Nom : MARTIN" (or "Vorname | Jan",
 * "Nachname | Okafor"): the given names and the family name, with the line of each, or undefined.
 */
export function namePairFromLabels(
  lines: readonly string[],
  firstLine = 0,
): { name: string; given: number; family: number } | undefined {
  let given: { value: string; at: number } | undefined;
  let family: { value: string; at: number } | undefined;
  for (let i = firstLine; i < Math.min(lines.length, firstLine + LABEL_REACH); i++) {
    const match = LABELLED.exec(lines[i]!);
    if (!match) continue;
    const label = foldLabel(match[1]!);
    const value = match[2]!
      .replace(/\s*\|\s*$/, '')
      .replace(/[*_]/g, '')
      .trim();
    if (!given && GIVEN_LABELS.has(label)) given = { value, at: i };
    else if (!family && FAMILY_LABELS.has(label)) family = { value, at: i };
  }
  if (!given || !family) return undefined;
  const name = asPersonName(`${given.value} ${family.value}`);
  return name ? { name, given: given.at, family: family.at } : undefined;
}

const foldLabel = (label: string) => label.trim().normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

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
