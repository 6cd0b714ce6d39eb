/**
 * Where a person is, as a CV says it: a labelled line ("Location: Lisbon", "Wohnort: Graz") or a
 * short part of the header or contact lines ("+351 912 … | Braga, Portugal", "Pune, Maharashtra,
 * India"). A place named in a role, a school or a sentence of prose says where someone worked or
 * studied, not where they are, and is not taken.
 */
import type { Passage } from '../chunking/passage.js';
import type { FactLine } from '../facts/profileFacts.js';
import { isPlace } from '../profile/roleWords.js';
import { escapeRegExp } from '../text/regExp.js';
import { foldHeading, sectionOfPath } from '../text/sectionHeadings.js';
import labels from './placeLabels.json' with { type: 'json' };
import { plainText } from './statements.js';

/** Lines from the top of a document that still count as its header. */
const HEADER_LINES = 20;
/** A part of a header line longer than this is prose, not an address. */
const MAX_PART_WORDS = 8;

const LABELS = Object.entries(labels)
  .filter(([key]) => !key.startsWith('$'))
  .flatMap(([, list]) => list as string[])
  .map((label) => escapeRegExp(foldHeading(label)))
  .sort((a, b) => b.length - a.length);
/** A label ending in a preposition ("based in", "wohnhaft in") needs no colon after it. */
const OPEN_LABELS = LABELS.filter((label) => /\s(?:in|a|em|en)$/.test(label));
/** "Location: Lisbon", "📍 Based in Lisbon", "Adresse : 3 rue …": the label, then the place. */
const LABELLED = new RegExp(
  `^[^\\p{L}]*(?:(?:${LABELS.join('|')})\\s*[:：\\-–—]|(?:${OPEN_LABELS.join('|')})\\s)\\s*(.+)$`,
  'u',
);

/** The place a labelled line gives, as written; undefined when the line has no place label. */
export function labelledPlace(text: string): string | undefined {
  const plain = plainText(text);
  const match = LABELLED.exec(foldHeading(plain));
  if (!match) return undefined;
  const place = plain.slice(plain.length - match[1]!.length).trim();
  return place && !/@|https?:/i.test(place) ? place : undefined;
}

/** The short parts of a header line, apart from its e-mail addresses, links and numbers. */
export function headerParts(text: string): string[] {
  return plainText(text)
    .replace(/^#+\s*/, '')
    .split(/\s*(?:[|·•]|\s{3,}|\t)\s*/)
    .map((part) => part.replace(/^[^\p{L}]+|[^\p{L}\d)]+$/gu, '').trim())
    .filter((part) => /\p{L}{2}/u.test(part) && !/@|https?:|www\.|\.(?:com|org|net|io)\b/i.test(part))
    .filter((part) => part.split(/\s+/).length <= MAX_PART_WORDS);
}

/** A header part that reads as a place: "Alexandria, Egypt", "El Giza - Egypt", "Lisbon, PT". */
export function looksLikePlace(part: string): boolean {
  return isPlace(part) || isPlace(part.replace(/\s+[-–—]\s+/g, ', '));
}

/** A pin or a house before a part of a header line: the place it labels. */
const PIN = /(?:📍|📌|🏠|🏡|🗺\uFE0F?|⌂)\s*([^|·•\t]+?)\s*(?:[|·•\t]|$)/u;

export interface PlaceLine extends FactLine {
  /** The part of the line that names the place, when the line says which part ("Alexandria, Egypt"). */
  readonly place?: string;
  /** A labelled line ("Location: …") rather than a part of the header. */
  readonly labelled: boolean;
}

/**
 * A passage whose section may say where someone is: the header (no section, the document's title,
 * or a profile/summary heading over the top lines, as "Resume" often is) or contact lines.
 */
function headerOrContact(passage: Passage): boolean {
  const section = sectionOfPath(passage.sectionPath);
  return section === undefined || section === 'contact' || section === 'document' || section === 'summary';
}

/**
 * The lines of a person's passages that say where they are, labelled lines first: every part of
 * a header or contact line is kept (`parts`), for a question to match the place it names.
 */
export function placeLines(passages: readonly Passage[]): (PlaceLine & { readonly parts: readonly string[] })[] {
  const labelled: (PlaceLine & { parts: string[] })[] = [];
  const header: (PlaceLine & { parts: string[] })[] = [];
  for (const passage of passages) {
    const section = sectionOfPath(passage.sectionPath);
    if (section === 'references') continue;
    const top = headerOrContact(passage);
    passage.text.split('\n').forEach((text, i) => {
      const line = passage.startLine + i;
      const place = labelledPlace(text);
      if (place) return labelled.push({ passage, line, text, place, labelled: true, parts: [place] });
      if (!top || (section !== 'contact' && line > HEADER_LINES)) return;
      const parts = headerParts(text);
      if (parts.length === 0) return;
      // "📍 Augsburg · ☎ 0821 …": a pin labels the place as a word would, a town no list holds too.
      const pinned = PIN.exec(plainText(text))?.[1]?.trim();
      const where = pinned && parts.includes(pinned) ? pinned : parts.find(looksLikePlace);
      header.push({ passage, line, text, place: where, labelled: false, parts });
    });
  }
  return [...labelled, ...header];
}
