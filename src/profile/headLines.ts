/**
 * The head of a CV, where its owner's basics stand: the lines before the first section (with a
 * "Curriculum Vitae" / "Lebenslauf" / "Currículo" heading over them, which names the document and
 * opens no section), and the front matter's own fields when the file has front matter. The place
 * the head gives is read by headPlace.ts.
 */
import { parseFrontMatter } from '../corpus/frontMatter.js';
import { isDocumentTitle } from '../corpus/nameShape.js';
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
