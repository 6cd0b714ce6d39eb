/**
 * The place a CV's head gives for its owner: a "City, Country" part of a contact line ("📍 Utrecht,
 * Netherlands", "Boston, MA"), a labelled address ("Anschrift: Hauptstraße 12, 10115 Berlin",
 * "Anschrift | Am Markt 2, 04109 Leipzig"), an address written without a label ("12 rue des Lilas,
 * 69003 Lyon"), or a town alone among the e-mail and phone parts ("Rennes — 02 99 12 34 56 — …").
 * The town is what is kept of an address, never the street or the postcode.
 */
import { isPostNominal } from '../corpus/nameTitles.js';
import { cityLike, isPlace, roleScore } from './roleWords.js';
import type { ProfileLine } from './types.js';
import { TITLE_WORDS, fold } from './wordLists.js';

/** The label of an address line, in five languages. */
const ADDRESS_WORDS =
  'address|location|city|based in|anschrift|adresse|wohnort|ort|domicile|ville|dirección|direccion|ciudad|' +
  'ubicación|endereço|endereco|cidade|localização|morada';
/** "Anschrift: …", and a table row's "Anschrift | …". */
const ADDRESS_LABEL = new RegExp(`^\\s*(?:${ADDRESS_WORDS})\\s*[:：|]\\s*(?:\\|\\s*)?(.+)$`, 'iu');

/** Words of a street's name in five languages and a few more: "12 rue des Lilas", "Hauptstraße 3". */
const STREET = new RegExp(
  String.raw`\b(?:rue|avenue|av|ave|street|st|road|rd|lane|drive|boulevard|bd|blvd|chemin|allée|place|square|way` +
    String.raw`|calle|avenida|rua|travessa|praça|plaza|paseo|via|viale|piazza|ul)\b\.?` +
    String.raw`|(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|gracht|gata|gade|vej|laan|straat)\b`,
  'iu',
);

/** A part of a contact line as a reader sees it: icons and labels before it left out. */
const bare = (part: string) => part.replace(/^[^\p{L}\p{N}]+/u, '').trim();

/**
 * "Hauptstraße 12, 10115 Berlin" → "Berlin", "Keizersgracht 100, 1015 Amsterdam, Netherlands" →
 * "Amsterdam, Netherlands", "Pretoria 0002" → "Pretoria": streets, house numbers and postcodes go.
 */
function cityOfAddress(address: string): string | undefined {
  const parts = address
    .split(/\s*[,|·•]\s*|\s+[—–-]\s+/)
    .map(bare)
    .filter((part) => !STREET.test(part) && !/^\d{1,3}\s+\p{L}|\d+\s*[a-z]?$(?<!\p{L}\s+\d{4,5})/iu.test(part))
    .map((part) => part.replace(/^(?:(?:[A-Z]{1,2}-)?\d{3,5}(?:\s\d{2})?|\d{2}-\d{3})\s+|\s+\d{4,5}$/, ''))
    .filter((part) => /^\p{Lu}/u.test(part));
  // "…, Ca 94117": a state's code left of a US address is no town.
  return parts.length > 0 && /\p{L}{3}/u.test(parts[0]!) ? parts.join(', ') : undefined;
}

/** "Leiden, Netherlands", never "BSc. Hons, MSc., PhD." nor "Python, Pandas and R": no degree, no list. */
function placeNamed(part: string): boolean {
  // "Boston, MA": a state's two capitals at the end are no Master of Arts.
  const words = part.split(/[\s,]+/).filter((word, i, all) => !(i === all.length - 1 && /^[A-Z]{2}$/.test(word)));
  return isPlace(part) && !/\s(?:and|und|et|y|e)\s/.test(part) && !words.some(isPostNominal);
}

/** Parts of a contact line that name no town although written like one. */
const NOT_A_TOWN = new RegExp(
  '^(?:linkedin|github|gitlab|xing|twitter|website|web|homepage|portfolio|blog|e-?mail|mail|phone|mobile|' +
    'skype|telegram|whatsapp|orcid|resume|cv|contact|kontakt|telefon|telefone|t[ée]l[ée]phone|tel[ée]fono|' +
    'handy|mobil|portable|celular|m[óo]vil|courriel|correo)$',
  'iu',
);

/** An address written without a label: a house number or a street word, then a postcode and a town. */
const POSTCODE_TOWN =
  /(?:^|,\s*)(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{2}-\d{3})\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\d{4,5}(?:,|\s+\p{Lu}|$)/u;

/** A line's parts: between separators, or between the wide gaps a PDF's columns leave ("Lisboa  Tel.: …"). */
function partsOf(line: ProfileLine, gap: RegExp): string[] {
  const text = /\S\s{2,}\S/.test(line.raw) ? line.raw.replace(/^#+\s+/, '').replace(/[*_`]/g, '') : line.text;
  return text.split(new RegExp(String.raw`\s*[|·•—–]\s*|\s+-\s+|${gap.source}`)).map(bare);
}

/** The place the head's lines give, and its line. */
export function placeIn(
  lines: readonly ProfileLine[],
  name?: string,
): { place: string; line: ProfileLine } | undefined {
  const head = lines.slice(0, 15);
  // "Müller, Hans-Jürgen" is written as "Leiden, Netherlands" is: the owner's name is no place.
  const nameWords = new Set(fold(name ?? '').split(/[\s,]+/));
  const notName = (part: string) =>
    !fold(part)
      .split(/[\s,]+/)
      .every((word) => nameWords.has(word));
  for (const line of head) {
    // "| Wohnort | Bremen |": a table row's cells.
    const labelled = ADDRESS_LABEL.exec(line.text.replace(/^\s*\|\s*|\s*\|\s*$/g, ''));
    const address = labelled ? cityOfAddress(labelled[1]!) : undefined;
    if (address) return { place: address, line };
    const place = partsOf(line, /\s{3,}/).find((part) => placeNamed(part) && notName(part));
    if (place) return { place, line };
  }
  for (const line of head) {
    const parts = partsOf(line, /\s{2,}/);
    const address = parts.find((part) => POSTCODE_TOWN.test(part) && (STREET.test(part) || /^\d/.test(part)));
    const town = address && cityOfAddress(address.replace(/(\p{L})\s+(\d{4,5})\s+(?=\p{Lu})/u, '$1, $2, '));
    if (town) return { place: town, line };
  }
  return townBesideContacts(head, notName);
}

/** "Bordeaux · 07 98 76 54 32 · elodie@…": a town's name alone among the parts of an e-mail or phone line. */
function townBesideContacts(
  lines: readonly ProfileLine[],
  notName: (part: string) => boolean,
): { place: string; line: ProfileLine } | undefined {
  for (const line of lines) {
    if (!/@|\d{2}[\s.-]?\d{2}[\s.-]?\d{2}/.test(line.text)) continue;
    const parts = partsOf(line, /\s{2,}/);
    if (parts.length < 2) continue;
    const town = parts.find(
      (part) =>
        cityLike(part) &&
        !/\.\p{L}/u.test(part) &&
        notName(part) &&
        !NOT_A_TOWN.test(part) &&
        roleScore(part, TITLE_WORDS) === 0 &&
        !/:/.test(part),
    );
    if (town) return { place: town, line };
  }
  return undefined;
}
