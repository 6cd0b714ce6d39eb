/**
 * JSON Resume (jsonresume.org; old and new key names) → readable Markdown-like lines: the name as
 * `# Name`, a `## Work` / `## Education` / `## Skills` … heading per section, each role as
 * `### Position — Employer (start – end)` followed by its summary and `- ` highlights.
 *
 * Each line is written on the line of the file where its value stands (a role's heading on the
 * line of its first field), so the text file keeps the JSON file's line numbers and a citation
 * points at the file's own lines too. A file written on a few long lines is laid out a line per
 * value instead.
 */
import { MAX_NESTING } from '../isolation/readLimits.js';
import { nameHintFrom } from './nameHint.js';
import type { ReadOutcome } from './types.js';

type JsonNode =
  | {
      readonly kind: 'object';
      readonly line: number;
      readonly entries: readonly { key: string; line: number; value: JsonNode }[];
    }
  | { readonly kind: 'array'; readonly line: number; readonly items: readonly JsonNode[] }
  | { readonly kind: 'scalar'; readonly line: number; readonly value: string | number | boolean | null };

/** A JSON parser that remembers the (0-based) line every value starts on. Input is known to be valid JSON. */
function parseWithLines(text: string): JsonNode {
  let at = 0;
  let line = 0;
  const skip = (): void => {
    while (at < text.length && /\s/.test(text[at]!)) {
      if (text[at] === '\n') line++;
      at++;
    }
  };
  const stringAt = (): string => {
    const start = at;
    at++;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (): JsonNode => {
    skip();
    const here = line;
    const char = text[at];
    if (char === '{') {
      at++;
      const entries: { key: string; line: number; value: JsonNode }[] = [];
      skip();
      while (text[at] !== '}') {
        skip();
        const keyLine = line;
        const key = stringAt();
        skip();
        at++; // ':'
        entries.push({ key, line: keyLine, value: value() });
        skip();
        if (text[at] === ',') at++;
        skip();
      }
      at++;
      return { kind: 'object', line: here, entries };
    }
    if (char === '[') {
      at++;
      const items: JsonNode[] = [];
      skip();
      while (text[at] !== ']') {
        items.push(value());
        skip();
        if (text[at] === ',') at++;
        skip();
      }
      at++;
      return { kind: 'array', line: here, items };
    }
    if (char === '"') return { kind: 'scalar', line: here, value: stringAt() };
    const literal = /^(?:-?\d[\d.eE+-]*|true|false|null)/.exec(text.slice(at, at + 40))![0];
    at += literal.length;
    return { kind: 'scalar', line: here, value: JSON.parse(literal) as number | boolean | null };
  };
  return value();
}

/** The deepest nesting of arrays and objects in valid JSON text. */
function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '"') {
      for (at++; source[at] !== '"'; at++) if (source[at] === '\\') at++;
    } else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

function field(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.kind === 'object' ? node.entries.find((entry) => entry.key === key)?.value : undefined;
}

function text(node: JsonNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null || node.value === '') return undefined;
  return String(node.value).replace(/\s+/g, ' ').trim() || undefined;
}

/** Fields that are links, pictures or icon classes: not text a reader of the CV sees as such. */
const NOT_TEXT = new Set(['url', 'image', 'picture', 'icon', 'x-icon', '$schema', 'meta', 'canonical']);

interface Section {
  readonly title: string;
  readonly heading: readonly (readonly string[])[];
}

/**
 * Section titles, and the fields that make an entry's heading, in the order they read. A Map: the
 * file's keys are looked up in it, and a key like `constructor` must find nothing, not Object's own.
 */
const SECTIONS = new Map<string, Section>(
  Object.entries({
    work: { title: 'Work', heading: [['position'], ['name', 'company']] },
    volunteer: { title: 'Volunteering', heading: [['position'], ['organization', 'name']] },
    education: { title: 'Education', heading: [['studyType'], ['area'], ['institution']] },
    awards: { title: 'Awards', heading: [['title'], ['awarder']] },
    certificates: { title: 'Certificates', heading: [['name'], ['issuer']] },
    publications: { title: 'Publications', heading: [['name'], ['publisher']] },
    skills: { title: 'Skills', heading: [['name'], ['level']] },
    languages: { title: 'Languages', heading: [['language'], ['fluency']] },
    interests: { title: 'Interests', heading: [['name']] },
    references: { title: 'References', heading: [['name']] },
    projects: { title: 'Projects', heading: [['name'], ['entity'], ['type']] },
  }),
);
const DATE_KEYS = ['startDate', 'endDate', 'date', 'releaseDate'];
/** Sections whose entries run from a start date to an end date, none when still held. */
const OPEN_ENDED: ReadonlySet<string> = new Set(['Work', 'Volunteering']);

interface Placed {
  readonly line: number;
  readonly text: string;
}

function titleCase(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
}

/** Every string under `node` (arrays as bullets), each at its own line: for fields with no fixed shape. */
function placeAll(node: JsonNode, out: Placed[], bullet = false): void {
  if (node.kind === 'scalar') {
    const value = text(node);
    if (value) out.push({ line: node.line, text: bullet ? `- ${value}` : value });
  } else if (node.kind === 'array') {
    for (const item of node.items) placeAll(item, out, item.kind === 'scalar');
  } else {
    for (const entry of node.entries) if (!NOT_TEXT.has(entry.key)) placeAll(entry.value, out, bullet);
  }
}

function placeEntry(entry: JsonNode, spec: Section, out: Placed[]): void {
  if (entry.kind !== 'object') {
    placeAll(entry, out, true);
    return;
  }
  const used = new Set<string>();
  const parts = spec.heading.flatMap((keys) => {
    const key = keys.find((candidate) => text(field(entry, candidate)));
    if (!key) return [];
    used.add(key);
    return [text(field(entry, key))!];
  });
  const dates = DATE_KEYS.map((key) => [key, text(field(entry, key))] as const).filter(([, value]) => value);
  dates.forEach(([key]) => used.add(key));
  // A job or a volunteer post with a start and no end is held now (the JSON Resume convention): "2018-02 – present".
  const open = OPEN_ENDED.has(spec.title) && dates.length === 1 && dates[0]![0] === 'startDate';
  const when = dates.length > 0 ? ` (${dates.map(([, value]) => value).join(' – ')}${open ? ' – present' : ''})` : '';
  // Skills and languages are short: keywords go on the heading's line, so a skill reads as one line.
  const keywords = field(entry, 'keywords');
  const keywordText = keywords?.kind === 'array' ? keywords.items.map(text).filter(Boolean).join(', ') : '';
  const inline = spec.title === 'Skills' || spec.title === 'Languages' || spec.title === 'Interests';
  if (inline && keywordText) used.add('keywords');
  const heading = parts.join(' — ') + when + (inline && keywordText ? `: ${keywordText}` : '');
  // On the line of the first field it shows (the employer's or the school's), where a reader of the file looks.
  let headingLine = Infinity;
  for (const { key, line } of entry.entries) if (used.has(key)) headingLine = Math.min(headingLine, line);
  if (heading)
    out.push({
      line: Number.isFinite(headingLine) ? headingLine : entry.line,
      text: inline ? heading : `### ${heading}`,
    });
  for (const { key, value } of entry.entries) {
    if (used.has(key) || NOT_TEXT.has(key)) continue;
    if (key === 'location' && value.kind === 'object') {
      const place = ['address', 'city', 'region', 'countryCode', 'country']
        .map((part) => text(field(value, part)))
        .filter(Boolean)
        .join(', ');
      if (place) out.push({ line: value.line, text: place });
      continue;
    }
    placeAll(value, out, value.kind === 'array');
  }
}

function placeBasics(basics: JsonNode, out: Placed[]): void {
  if (basics.kind !== 'object') return;
  for (const { key, line, value } of basics.entries) {
    // The person's own website is contact detail a reader sees (and asks for), unlike a picture's address.
    if (key === 'url' || key === 'website') {
      if (text(value)) out.push({ line, text: text(value)! });
      continue;
    }
    if (NOT_TEXT.has(key)) continue;
    if (key === 'name' && text(value)) out.push({ line, text: `# ${text(value)}` });
    else if (key === 'location' && value.kind === 'object') {
      const place = ['address', 'postalCode', 'city', 'region', 'countryCode']
        .map((part) => text(field(value, part)))
        .filter(Boolean)
        .join(', ');
      if (place) out.push({ line: value.line, text: place });
    } else if (key === 'profiles' && value.kind === 'array') {
      for (const profile of value.items) {
        const network = text(field(profile, 'network'));
        // The profile's address, where given, is what "what is her LinkedIn?" wants; else the handle.
        const user = text(field(profile, 'url')) ?? text(field(profile, 'username'));
        if (network || user) out.push({ line: profile.line, text: [network, user].filter(Boolean).join(': ') });
      }
    } else placeAll(value, out);
  }
}

/** An aligned line longer than this means the file was written on few lines: lay it out a line per value. */
const MAX_ALIGNED_LINE = 600;

function layOut(placed: readonly Placed[], lineCount: number): string[] {
  const aligned: string[] = Array.from({ length: lineCount }, () => '');
  for (const { line, text: value } of placed) aligned[line] = aligned[line] ? `${aligned[line]} · ${value}` : value;
  if (aligned.every((line) => line.length <= MAX_ALIGNED_LINE)) return aligned;
  return placed
    .flatMap(({ text: value }) => (value.startsWith('#') ? ['', value] : [value]))
    .filter((line, i) => i > 0 || line !== '');
}

function isResume(root: JsonNode): boolean {
  if (root.kind !== 'object') return false;
  const basics = field(root, 'basics');
  const sections = ['work', 'education', 'skills', 'projects', 'volunteer'].filter(
    (key) => field(root, key)?.kind === 'array',
  );
  return (
    (basics?.kind === 'object' && (text(field(basics, 'name')) !== undefined || sections.length > 0)) ||
    sections.length >= 2
  );
}

export function readJsonResume(source: string): ReadOutcome {
  try {
    JSON.parse(source);
  } catch (error) {
    return { kind: 'skipped', reason: `not valid JSON (${(error as Error).message})` };
  }
  // The parser below and the layout recurse once per level: deeper than any CV is refused up front.
  if (nestingDepth(source) > MAX_NESTING)
    return { kind: 'skipped', reason: `JSON nested deeper than ${MAX_NESTING} levels` };
  const root = parseWithLines(source);
  if (!isResume(root) || root.kind !== 'object') {
    return {
      kind: 'skipped',
      reason: 'a .json file that is not a JSON Resume (no "basics" with a name, nor "work"/"education"/"skills" lists)',
    };
  }
  const out: Placed[] = [];
  for (const { key, line, value } of root.entries) {
    if (key === 'basics') placeBasics(value, out);
    else if (NOT_TEXT.has(key)) continue;
    else {
      const spec = SECTIONS.get(key) ?? { title: titleCase(key), heading: [['name'], ['title']] };
      out.push({ line, text: `## ${spec.title}` });
      if (value.kind === 'array') value.items.forEach((entry) => placeEntry(entry, spec, out));
      else placeAll(value, out);
    }
  }
  const lines = layOut(out, source.split('\n').length);
  const nameHint = nameHintFrom([{ text: text(field(field(root, 'basics'), 'name')), oneWord: true }]);
  return {
    kind: 'read',
    text: {
      format: 'json-resume',
      lines: lines.map((line) => line.normalize('NFC')),
      converted: true,
      ...(nameHint ? { nameHint } : {}),
    },
  };
}
