/**
 * A JSON Resume document read straight from its fields (old and new key names: `website`/`url`,
 * `company`/`name`), dates cut to ISO partial dates. The lines of each entry are found where its
 * first value stands in the file, which the converted text keeps (see corpus/formats/jsonResume.ts).
 */
import { isOpenEnd, isoPoint } from '../text/dates.js';
import { readLanguage } from './languages.js';
import { cleanPersonName } from './personName.js';
import type { LineRange, Profile } from './types.js';

type Json = Record<string, unknown>;
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => Boolean(v) && typeof v === 'object') : [];
/** `"skills": ["Go", "Rust"]`, `"languages": ["English", "Deutsch"]`: hand-written files list plain names too. */
const named = (value: unknown): Json[] =>
  Array.isArray(value) ? value.flatMap((v) => (str(v) ? [{ name: str(v) }] : list([v]))) : [];

/** "2019-03-15" → "2019-03"; "Present" → undefined (open). */
function isoDate(value: unknown): string | undefined {
  const text = str(value);
  if (!text || isOpenEnd(text)) return undefined;
  const exact = /^((?:19|20)\d\d)(?:-(\d\d))?/.exec(text);
  if (exact) return exact[2] ? `${exact[1]}-${exact[2]}` : exact[1];
  return isoPoint(text);
}

/**
 * Finds the line of each value in file order, so repeated values map to their own entries. A value
 * is matched whole, quotes and all: "Product Manager" is not found in "Senior Product Manager", nor
 * an employer in a summary sentence naming it.
 */
class LineFinder {
  private after = 0;
  constructor(private readonly lines: readonly string[]) {}

  find(...values: (string | undefined)[]): LineRange {
    const given = values.filter((v): v is string => Boolean(v));
    const whole = given.map((v) => JSON.stringify(v));
    const inside = whole.map((w) => w.slice(1, -1));
    for (const wanted of [whole, inside]) {
      for (let i = this.after; i < this.lines.length; i++) {
        if (wanted.some((w) => this.lines[i]!.includes(w))) {
          this.after = i + 1;
          return [i + 1, i + 1];
        }
      }
    }
    return [1, 1];
  }

  /** The whole object a value's line stands in (`{` … `}` at one indent), so a citation shows the entry. */
  entry(found: LineRange): LineRange {
    const at = found[0] - 1;
    let open = at;
    while (open >= 0 && !/^\s*\{\s*$/.test(this.lines[open]!)) open--;
    if (at === 0 || open < 0 || at - open > 20) return found;
    const depth = (line: string) => /^\s*/.exec(line)![0].length;
    // A line less indented between them: the `{` is an outer object's, the value's own opened on its line.
    if (this.lines.slice(open + 1, at).some((l) => depth(l) < depth(this.lines[at]!))) return found;
    const closes = new RegExp(`^${/^\s*/.exec(this.lines[open]!)![0]}\\},?\\s*$`);
    const close = this.lines.findIndex((l, i) => i > at && closes.test(l));
    if (close < 0) return found;
    this.after = Math.max(this.after, close + 1);
    return [open + 1, close + 1];
  }
}

export function profileFromJsonResume(json: unknown, fileText: string): Profile {
  const root = (json && typeof json === 'object' ? json : {}) as Json;
  const at = new LineFinder(fileText.split('\n'));
  const basics = (root.basics ?? {}) as Json;
  const name = str(basics.name) ? cleanPersonName(str(basics.name)!) : undefined;
  const location = (basics.location ?? {}) as Json;
  const place = [str(location.city), str(location.region), str(location.countryCode)].filter(Boolean).join(', ');
  const profile: Profile = {
    basics: {
      ...(name ? { name } : {}),
      ...(str(basics.label) ? { label: str(basics.label) } : {}),
      ...(str(basics.email) ? { email: str(basics.email) } : {}),
      ...(str(basics.phone) ? { phone: str(basics.phone) } : {}),
      ...(str(basics.url ?? basics.website) ? { url: str(basics.url ?? basics.website) } : {}),
      ...(place
        ? {
            location: {
              ...(str(location.city) ? { city: str(location.city) } : {}),
              ...(str(location.region) ? { region: str(location.region) } : {}),
              ...(str(location.countryCode) ? { countryCode: str(location.countryCode) } : {}),
            },
          }
        : {}),
      lines: name ? { name: at.find(str(basics.name)) } : {},
    },
    // Hand-written files name the fields as their writers think of them: "company", "organization",
    // "title", "role", "start_date".
    work: list(root.work).map((w) => {
      const employer = str(w.name ?? w.company ?? w.organization ?? w.organisation ?? w.employer);
      const position = str(w.position ?? w.title ?? w.role);
      const start = isoDate(w.startDate ?? w.start_date ?? w.start);
      const end = isoDate(w.endDate ?? w.end_date ?? w.end);
      return {
        ...(employer ? { name: employer } : {}),
        ...(position ? { position } : {}),
        ...(start ? { startDate: start } : {}),
        ...(end ? { endDate: end } : {}),
        ...(str(w.location) ? { location: str(w.location) } : {}),
        lines: at.entry(at.find(employer, position)),
      };
    }),
    education: list(root.education).map((e) => {
      const start = isoDate(e.startDate);
      const end = isoDate(e.endDate);
      return {
        ...(str(e.institution) ? { institution: str(e.institution) } : {}),
        ...(str(e.studyType) ? { studyType: str(e.studyType) } : {}),
        ...(str(e.area) ? { area: str(e.area) } : {}),
        ...(start ? { startDate: start } : {}),
        ...(end ? { endDate: end } : {}),
        lines: at.entry(at.find(str(e.institution), str(e.area))),
      };
    }),
    skills: named(root.skills).map((s) => ({
      name: str(s.name) ?? 'Skills',
      keywords: Array.isArray(s.keywords) ? s.keywords.filter((k): k is string => typeof k === 'string') : [],
      lines: at.find(str(s.name)),
    })),
    languages: named(root.languages).flatMap((l) => {
      const written = str(l.language ?? l.name);
      if (!written) return [];
      // "Deutsch", "English (native)": the language by its English name, a level beside it its fluency.
      const read = readLanguage(written);
      const fluency = str(l.fluency) ?? read?.fluency;
      return [{ language: read?.language ?? written, ...(fluency ? { fluency } : {}), lines: at.find(written) }];
    }),
    certificates: list(root.certificates).flatMap((c) => {
      const certificate = str(c.name);
      const date = isoDate(c.date);
      return certificate
        ? [
            {
              name: certificate,
              ...(date ? { date } : {}),
              ...(str(c.issuer) ? { issuer: str(c.issuer) } : {}),
              lines: at.find(certificate),
            },
          ]
        : [];
    }),
  };
  return profile;
}
