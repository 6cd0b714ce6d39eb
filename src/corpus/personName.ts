/**
 * Deciding what the bot calls the person behind a profile, the way a reader of the CV would. In
 * order: the team's `people.json`; front matter (`name`, `name` + `surname`, `author`, or a `title`
 * or `subtitle` that is a name); the document's own title line when its reader found one (a PDF's
 * largest line, `\name{}`, `<title>`, `basics.name`); a name heading in any Markdown form; the
 * first line of the text; a "Name: …" line near the top; a "given.family@" e-mail address. When
 * none of these holds a name, the label says so: "unnamed (cv.pdf)".
 * A file name never becomes a name: files are called `resume.pdf`, or after someone else.
 */
import path from 'node:path';
import type { NameSource, Person } from './document.js';
import { parseFrontMatter, type FrontMatter } from './frontMatter.js';
import { nameFromIntro } from './introName.js';
import {
  nameFromEmail,
  nameFromFirstLine,
  nameFromHeadings,
  nameFromLabelLine,
  namePairFromLabels,
} from './nameInText.js';
import { asPersonName, isDocumentTitle, isSectionTitle, nameAtStartOf } from './nameShape.js';
import { plainText } from '../text/markup.js';

export interface PeopleOverride {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** How `npm run people` words each source. */
export const NAME_SOURCE_LABEL: Readonly<Record<NameSource, string>> = {
  'people.json': 'people.json',
  'front-matter': 'front matter',
  'document-title': 'document title',
  heading: 'heading',
  'first-line': 'first line',
  'e-mail': 'e-mail address',
  'file-name': 'file name',
};

/** A name field is taken as written (it may be lower case), unless it is plainly no name at all. */
function nameField(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : plainText(value);
  if (text === '' || text.length > 100 || /[@/\\]|https?:|\d/.test(text) || text.split(/\s+/).length > 6)
    return undefined;
  if (isDocumentTitle(text) || isSectionTitle(text)) return undefined;
  return text;
}

function nameFromFrontMatter(fields: FrontMatter['fields']): string | undefined {
  const given = nameField(
    fields.name ?? fields['author.name'] ?? fields.first_name ?? fields.firstname ?? fields.given_name,
  );
  const family = nameField(fields.surname ?? fields.last_name ?? fields.lastname ?? fields.family_name);
  if (given && family && !given.includes(family)) return `${given} ${family}`;
  if (given) return given;
  const author = nameField(fields.author);
  if (author) return author;
  // A title counts only when it is a person's name, possibly with a role: "Jane Doe - Architect".
  for (const key of ['title', 'subtitle']) {
    const value = fields[key];
    if (value === undefined) continue;
    const name = nameAtStartOf(value);
    if (name && !/['’]s?\s/.test(plainText(value)) && !isDocumentTitle(plainText(value).split(/\s+/).at(-1) ?? ''))
      return name;
  }
  return undefined;
}

/** "Jane Doe's CV" as a front matter title: a last resort, since headings say the name more plainly. */
function nameFromDocumentTitleField(fields: FrontMatter['fields']): string | undefined {
  for (const key of ['title', 'subtitle']) {
    const name = fields[key] === undefined ? undefined : nameAtStartOf(fields[key]!);
    if (name) return name;
  }
  return undefined;
}

/** `000_db1e1783ac94410d.txt` → "Profile 000"; `jane-doe.md` → "Jane Doe": an alias a user may type, never the name. */
export function labelFromFileName(source: string): string {
  const stem = path.basename(source, path.extname(source));
  const words = stem
    .split(/[_\s.-]+/)
    // Long hex runs are content hashes, not names.
    .filter((word) => word !== '' && !/^[0-9a-f]{8,}$/i.test(word));
  // "li-wei-cv-2024.pdf" → "Li Wei": the document words and the year are not what anyone calls the owner.
  const named = words.filter((word) => !isDocumentTitle(word) && !/^(?:19|20)\d\d$/.test(word));
  if (named.length > 0 && named.length < words.length && !named.every((word) => /^\d+$/.test(word))) {
    return named.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  }
  if (words.length === 0) return `Profile ${stem}`;
  if (words.every((word) => /^\d+$/.test(word))) return `Profile ${words.join(' ')}`;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/** The label of a profile whose text names nobody: it says so, and which file it is. */
export function unnamedLabel(source: string): string {
  return `unnamed (${path.basename(source)})`;
}

/**
 * Bump when `identifyPerson` may name a file differently than before: `npm run embed` then reads
 * every profile again instead of keeping the names it recorded for files it does not re-read.
 */
export const NAMING_VERSION = 6;

/**
 * @param nameHint the name a format's reader found in the document's own title line (PDF/DOCX
 *   title line, LaTeX `\name{}`, HTML `<title>`, JSON Resume `basics.name`), if any.
 */
export function identifyPerson(
  source: string,
  lines: readonly string[],
  override: PeopleOverride | undefined,
  nameHint?: string,
): Person {
  const fileLabel = labelFromFileName(source);
  const person = (name: string, nameSource: NameSource, extra: readonly string[] = []): Person => ({
    id: source,
    name,
    nameSource,
    aliases: [...new Set([...extra, fileLabel, path.basename(source)].filter((alias) => alias !== name))],
  });

  if (override) return person(override.name, 'people.json', override.aliases);
  const front = parseFrontMatter(lines);
  const fromFront = front && nameFromFrontMatter(front.fields);
  if (fromFront) return person(fromFront, 'front-matter');
  const hint = nameField(nameHint);
  const body = front?.endLine ?? 0;
  // "Prénom : Claire" over "Nom : MARTIN": a form's two rows say the whole name, which neither row alone does.
  const pair = namePairFromLabels(lines, body);
  if (pair) return person(pair.name, 'first-line');
  const fromHeading = nameFromHeadings(lines, body);
  const fromFirstLine = fromHeading ? undefined : nameFromFirstLine(lines, body);
  if (hint) {
    // A one-word title ("Doe") gives way to the fuller form of the same name in the text ("Jane Doe").
    const inText = fromHeading ?? fromFirstLine;
    const oneWord = !/\s/.test(hint.trim());
    if (oneWord && inText?.toLowerCase().split(/\s+/).includes(hint.trim().toLowerCase())) {
      return person(inText, fromHeading ? 'heading' : 'first-line');
    }
    return person(asPersonName(hint) ?? hint, 'document-title');
  }
  if (fromHeading) return person(fromHeading, 'heading');
  if (fromFirstLine) return person(fromFirstLine, 'first-line');
  // "Lebenslauf" / "Persönliche Daten" / "Name: Dr. Katrin Weiß": a form's name field.
  const fromLabel = nameFromLabelLine(lines, body);
  if (fromLabel) return person(fromLabel, 'first-line');
  // "Hi there 👋, I'm Jane Doe": a README's greeting names its owner where no heading or first line does.
  const fromIntro = nameFromIntro(lines, body);
  if (fromIntro) return person(fromIntro, 'first-line');
  const fromTitle = front && nameFromDocumentTitleField(front.fields);
  if (fromTitle) return person(fromTitle, 'front-matter');
  // "tomasz.wierzbicki@example.pl" and no name anywhere: the address spells it.
  const fromEmail = nameFromEmail(lines, body);
  if (fromEmail) return person(fromEmail, 'e-mail');
  return person(unnamedLabel(source), 'file-name');
}
