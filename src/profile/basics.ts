/**
 * A CV's basics: its person's name (see personName.ts), the title under it, e-mail addresses,
 * phone numbers (a number with 8–15 digits in the head of the CV, in a contact section or behind a
 * phone label in five languages, never a date range), the first web address, and a place.
 * Referees' contacts (in a references section) are not the person's.
 */
import { joinLetterSpacing } from '../corpus/nameCase.js';
import { namePairFromLabels } from '../corpus/nameInText.js';
import { isPostNominal } from '../corpus/nameTitles.js';
import { isDocumentTitle } from '../corpus/nameShape.js';
import { phoneNumbersIn } from '../text/contactDetails.js';
import { revealEmails } from '../text/emailAddress.js';
import { frontMatterBasics, headSections } from './headLines.js';
import { placeIn } from './headPlace.js';
import { cleanPersonName, labelledName } from './personName.js';
import { isPlace, roleScore } from './roleWords.js';
import { headingKind } from './sections.js';
import type { Section } from './sections.js';
import type { LineRange, ProfileBasics, ProfileLine } from './types.js';
import { TITLE_WORDS, fold } from './wordLists.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE_WORDS =
  'phone|tel|telephone|mobile|mob|cell|handy|telefon|mobil|t[ée]l[ée]phone|portable|tel[ée]fono|m[óo]vil|telefone|' +
  'celular|whatsapp|t[ée]l|tlf|telf|tfno|fon|fone|telem[óo]vel|m[óo]vel|cel|contact\\s+no';
/** A phone's label in five languages, "Ph: …", or a one-letter one before a number ("M: +44 …", "T. 030 …"). */
const PHONE_LABEL = new RegExp(
  `\\b(?:${PHONE_WORDS})\\b|\\bph(?=\\s*[:#]\\s*[+(\\d])|^\\s*[MTP]\\s*[:.]\\s*[+(\\d]`,
  'iu',
);
/** A phone's icon, which the text loses: an emoji, a Font Awesome glyph or macro, an icon element. */
const PHONE_ICON =
  /[☎📞📱✆\u{F095}\u{F10B}\u{F2A0}\u{F3CD}\u{F3CE}\u{F879}]|\\fa(?:Phone|Mobile)|fa-(?:phone|mobile)/iu;
const URL = /\bhttps?:\/\/[^\s)>\]]+|\b(?:www\.)[^\s)>\]]+|\b(?:linkedin\.com|github\.com|gitlab\.com)\/[^\s)>\]]+/i;
const REFERENCES = /^(?:references?|referees?|referenzen|r[ée]f[ée]rences|referencias|refer[êe]ncias)\b/;

/**
 * "J A N E   D O E" on one of the first lines: a name set in spaced capitals, which the corpus's
 * name finder reads as single letters.
 */
function letterSpacedName(top: readonly ProfileLine[]): { name?: string; line?: ProfileLine } {
  for (const line of top.filter((l) => l.text).slice(0, 3)) {
    const joined = joinLetterSpacing(line.raw.trim());
    if (joined === line.raw.trim()) continue;
    const name = cleanPersonName(joined);
    if (name && name.split(' ').length >= 2) return { name, line };
  }
  return {};
}

function nameOf(top: readonly ProfileLine[], personName: string | undefined): { name?: string; line?: ProfileLine } {
  // "Prénom : Claire" and "Nom : MARTIN": the name on two rows of a form, cited by its family-name row.
  const pair = namePairFromLabels(top.slice(0, 40).map((line) => line.raw));
  if (pair) return { name: pair.name, line: top[pair.family]! };
  for (const line of top.slice(0, 40)) {
    const labelled = labelledName(line.text);
    if (labelled) return { name: labelled, line };
  }
  const fromPerson = personName ? cleanPersonName(personName) : undefined;
  if (!fromPerson) return letterSpacedName(top);
  // "Müller, Hans-Jürgen" or "GABRIELA" over "FERNÁNDEZ RUIZ": the line holding every word, else the last word.
  const words = fold(fromPerson).split(/\s+/);
  const wordsOf = (l: ProfileLine) => new Set(fold(l.text).split(/[^\p{L}\p{M}'’-]+/u));
  const line =
    top.find(
      (l) => words.every((word) => wordsOf(l).has(word)) || fold(l.text.replace(/\s/g, '')).includes(words.join('')),
    ) ?? top.find((l) => wordsOf(l).has(words.at(-1)!));
  return { name: fromPerson, ...(line ? { line } : {}) };
}

/** A section whose lines are the person's own contact details. */
const CONTACT_HEADING = /contact|contato|kontakt|personal|personnel|datos|dados|pers[oö]nlich/i;

export function readBasics(sections: readonly Section[], personName: string | undefined): ProfileBasics {
  const headParts = headSections(sections);
  const headLines = headParts.flatMap((section) => section.lines);
  const front = frontMatterBasics(headLines);
  const top = headLines.filter((line) => !front.lines.has(line));
  const lines: Record<string, LineRange> = {};
  const at = (field: string, line: ProfileLine) => (lines[field] ??= [line.line, line.line]);
  const given = front.fields;
  const { name, line: nameLine } = given.name
    ? { name: cleanPersonName(given.name.value), line: given.name.line }
    : nameOf(top.length ? top : sections.flatMap((s) => s.lines).slice(0, 20), personName);
  if (nameLine) at('name', nameLine);
  const emails: string[] = given.email ? [given.email.value] : [];
  const phones: string[] = given.phone ? [given.phone.value] : [];
  let url = given.url?.value;
  for (const [field, stated] of Object.entries(given)) if (field !== 'label') at(field, stated.line);
  const contactSections: ProfileLine[] = [];
  for (const section of sections) {
    if (section.heading && REFERENCES.test(fold(section.heading.text))) continue;
    const contact =
      headParts.includes(section) ||
      (section.heading !== undefined && CONTACT_HEADING.test(fold(section.heading.text)));
    if (contact && !headParts.includes(section)) contactSections.push(...section.lines);
    for (const line of section.lines) {
      // Most lines hold no address: the one character every address has is far cheaper to look for.
      const raw = revealEmails(line.raw);
      const hasEmail = raw.includes('@');
      let emailHere = false;
      for (const match of hasEmail ? raw.matchAll(EMAIL) : []) {
        emailHere = true;
        const email = match[0].replace(/^mailto:/i, '').replace(/\.$/, '');
        if (!emails.includes(email)) emails.push(email);
        at('email', line);
      }
      // A number beside the person's e-mail address is theirs too, wherever the line stands (a footer, a sidebar).
      if (contact || emailHere || PHONE_LABEL.test(line.text) || PHONE_ICON.test(line.raw)) {
        const text = hasEmail ? revealEmails(line.text).replace(EMAIL, ' ') : line.text;
        for (const phone of phoneNumbersIn(text.replace(URL, ' '))) {
          if (!phones.some((p) => p.replace(/\D/g, '') === phone.replace(/\D/g, ''))) phones.push(phone);
          at('phone', line);
        }
      }
      if (!url && contact) {
        const found = URL.exec(hasEmail ? raw.replace(EMAIL, ' ') : raw);
        if (found) {
          url = found[0].replace(/[.,;]+$/, '');
          at('url', line);
        }
      }
    }
  }
  // A front matter's "title" is often the page's ("Jane Doe's CV"): a label only when it names a role.
  const givenLabel = given.label && roleScore(given.label.value, TITLE_WORDS) > 0 ? given.label : undefined;
  // "Phil Kershaw - AWS Solutions Architect": the page title's role, without the name before it.
  const role = givenLabel && name ? withoutName(givenLabel.value, name) : givenLabel?.value;
  const found = givenLabel && role ? { text: role, line: givenLabel.line } : labelAfter(top, nameLine, name);
  const label = found && { ...found, text: withoutPronounsOrLetters(found.text) };
  if (label && 'line' in label) at('label', label.line as ProfileLine);
  const place = given.location ? { place: given.location.value } : placeIn([...top, ...contactSections], name);
  if (place && 'line' in place) at('location', place.line as ProfileLine);
  return {
    ...(name ? { name } : {}),
    ...(label ? { label: label.text } : {}),
    ...(emails[0] ? { email: emails[0] } : {}),
    ...(phones[0] ? { phone: phones[0] } : {}),
    ...(url ? { url } : {}),
    ...(place ? { location: { address: place.place } } : {}),
    ...(emails.length > 1 ? { emails } : {}),
    ...(phones.length > 1 ? { phones } : {}),
    lines,
  };
}

/** "Epidemiologist (she/her)", "Senior Accountant, ACCA", "Engineer, P.Eng.": the title without the pronouns or letters. */
function withoutPronounsOrLetters(title: string): string {
  const parts = title
    .replace(/\s*\((?:she|he|they|elle|il|iel|sie|er|ela|ele|ella|él)\/[^)]*\)/giu, '')
    .split(/\s*,\s*/);
  while (parts.length > 1 && parts.at(-1)!.split(/\s+/).every(isPostNominal)) parts.pop();
  return parts.join(', ').trim() || title;
}

/** "Jane Doe - Architect" → "Architect"; text that does not open with the name is returned as it is. */
function withoutName(text: string, name: string): string {
  if (!fold(text).startsWith(fold(name))) return text;
  return (
    text
      .slice(name.length)
      .replace(/^\s*[-–—|:,·]\s*/, '')
      .trim() || text
  );
}

/** "Cargo: Desenvolvedor", "Poste : Juriste", "Position: Architect": a title given behind its label. */
const TITLE_FIELD = new RegExp(
  '^(?:job title|title|position|current position|role|poste|fonction|titre|cargo|puesto|posici[óo]n|' +
    'posi[çc][ãa]o|fun[çc][ãa]o|beruf|berufsbezeichnung)\\s*[:：]\\s*(\\S.{1,79})$',
  'iu',
);

/** A line of words alone, as a title under a name is written: no number, address, list, place or sentence. */
function titleShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 6 &&
    /^\p{Lu}[\p{L}\p{M} '’&/()+.-]*$/u.test(text) &&
    !/\.$/.test(text) &&
    !isPlace(text) &&
    !isDocumentTitle(text) &&
    headingKind(text) === undefined
  );
}

/**
 * The title under the name: a labelled title near the top, else a part of one of the next three
 * lines holding a title word in any of five languages ("Marine Biologist · Den Helder · …"), else
 * the line right under the name when it is shaped as a title ("Científica de Datos").
 */
function labelAfter(top: readonly ProfileLine[], nameLine: ProfileLine | undefined, name: string | undefined) {
  for (const line of top.slice(0, 15)) {
    const field = TITLE_FIELD.exec(line.text);
    if (field) return { text: field[1]!.trim(), line };
  }
  const after = nameLine ? top.filter((l) => l.line > nameLine.line && l.text).slice(0, 3) : [];
  for (const line of after) {
    const part = line.text
      .split(/\s*[|·•]\s*|\s+[—–]\s+/)
      .map((text) => text.trim())
      .find((text) => text.length <= 80 && !/[@\d]/.test(text) && roleScore(text, TITLE_WORDS) > 0 && !isPlace(text));
    if (part) return { text: part, line };
  }
  // The name said again ("Jane Doe" under a "Jane Doe" title line) is no title.
  const next = after[0];
  const named = (text: string) => name !== undefined && fold(text).includes(fold(name));
  return next && titleShaped(next.text) && !named(next.text) ? { text: next.text, line: next } : undefined;
}
