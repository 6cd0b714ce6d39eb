/**
 * The head of a CV, where its owner's basics stand: the lines before the first section (with a
 * "Curriculum Vitae" / "Lebenslauf" / "Currículo" heading over them, which names the document and
 * opens no section), the front matter's own fields when the file has front matter, and the place
 * a contact line gives ("📍 Utrecht, Netherlands", "Anschrift: Hauptstraße 12, 10115 Berlin").
 */
import { parseFrontMatter } from '../corpus/frontMatter.js';
import { isDocumentTitle } from '../corpus/nameShape.js';
import { isPostNominal } from '../corpus/nameTitles.js';
import { isPlace } from './roleWords.js';
import type { Section } from './sections.js';
import type { ProfileLine } from './types.js';

/** The head's sections: the top, and any section a document title heads. */
export function headSections(sections: readonly Section[]): Section[] {
  const head: Section[] = [];
  for (const section of sections) {
    if (section.kind !== 'top' && !(section.heading && isDocumentTitle(section.heading.text))) break;
    head.push(section);
  }
  return head;
}

type FrontField = 'name' | 'label' | 'email' | 'phone' | 'url' | 'location';

/** Front matter keys, lower case, and the basic each gives. */
const FRONT_KEYS: Readonly<Record<string, FrontField>> = {
  name: 'name',
  full_name: 'name',
  fullname: 'name',
  title: 'label',
  label: 'label',
  position: 'label',
  role: 'label',
  headline: 'label',
  job_title: 'label',
  jobtitle: 'label',
  email: 'email',
  mail: 'email',
  phone: 'phone',
  mobile: 'phone',
  tel: 'phone',
  telephone: 'phone',
  website: 'url',
  url: 'url',
  homepage: 'url',
  location: 'location',
  city: 'location',
  address: 'location',
};

export interface FrontBasics {
  readonly fields: Partial<Record<FrontField, { value: string; line: ProfileLine }>>;
  /** The lines of the front matter, fences included: no other reader takes them for the head's text. */
  readonly lines: ReadonlySet<ProfileLine>;
}

/**
 * The basics a YAML or TOML front matter block at the top states, each with its line: front matter
 * as the chunker reads it (corpus/frontMatter.ts), so both agree on where it is.
 */
export function frontMatterBasics(head: readonly ProfileLine[]): FrontBasics {
  const front = parseFrontMatter(head.map((line) => line.raw));
  if (!front) return { fields: {}, lines: new Set() };
  const fields: FrontBasics['fields'] = {};
  for (const [key, value] of Object.entries(front.fields)) {
    const field = FRONT_KEYS[key];
    const line = head[(front.fieldLines[key] ?? 0) - 1];
    if (field && value && line && !fields[field]) fields[field] = { value, line };
  }
  return { fields, lines: new Set(head.slice(front.startLine - 1, front.endLine)) };
}

/** The label of an address line, in five languages. */
const ADDRESS_WORDS =
  'address|location|city|based in|anschrift|adresse|wohnort|ort|domicile|ville|dirección|direccion|ciudad|' +
  'ubicación|endereço|endereco|cidade|localização|morada';
const ADDRESS_LABEL = new RegExp(`^\\s*(?:${ADDRESS_WORDS})\\s*[:：]\\s*(.+)$`, 'iu');

/** A part of a contact line as a reader sees it: icons and labels before it left out. */
const bare = (part: string) => part.replace(/^[^\p{L}\p{N}]+/u, '').trim();

/** "Hauptstraße 12, 10115 Berlin" → "Berlin": the town, not the street or the postcode, is where someone lives. */
function cityOfAddress(address: string): string | undefined {
  const parts = address
    .split(/\s*,\s*/)
    .map(bare)
    .filter((part) => !/\d+\s*[a-z]?$/i.test(part))
    .map((part) => part.replace(/^\d{3,5}(?:\s\d{2})?\s+/, ''))
    .filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** "Leiden, Netherlands", never "BSc. Hons, MSc., PhD." nor "Python, Pandas and R": no degree, no list. */
const placeNamed = (part: string) =>
  isPlace(part) && !/\s(?:and|und|et|y|e)\s/.test(part) && !part.split(/[\s,]+/).some(isPostNominal);

/** The place the head's lines give, and its line: a "City, Country" part, or a labelled address. */
export function placeIn(lines: readonly ProfileLine[]): { place: string; line: ProfileLine } | undefined {
  for (const line of lines.slice(0, 15)) {
    const labelled = ADDRESS_LABEL.exec(line.text);
    if (labelled) {
      const place = cityOfAddress(labelled[1]!);
      if (place) return { place, line };
    }
    const place = line.text
      .split(/\s*[|·•—–]\s*|\s+-\s+|\s{3,}/)
      .map(bare)
      .find(placeNamed);
    if (place) return { place, line };
  }
  return undefined;
}
