/**
 * The shape checks an index passes: its header (`index.json`) on load, each passage when it is
 * read from its segment. JSON that parses can still hold a passage `null`, a `text` that is a
 * number or a person that is an object; left alone, those reach users as
 * "[object Object]" or empty quotes, or crash an answer half-way. Every field the answering code
 * reads is checked here, and the first problem is named with its place ("passages[3].text is a
 * number, not a string"), so loading can refuse the index in one line and `npm run embed` rebuilds it.
 *
 * Hand-written rather than a schema library: a dozen combinators cover the header and a passage,
 * and add no dependency. Objects may carry fields not listed here, so a
 * newer field (an extracted-text source, say) only needs a line in the shape that holds it.
 */
import { isTextLanguage, LANGUAGES } from '../../../text/language.js';
import type { IndexHeader } from './manifest.js';

/**
 * What is wrong and where, relative to the value checked. Places are only spelled out on failure,
 * by each enclosing check prefixing its own step: a valid index costs no string building.
 */
export interface Problem {
  readonly where: string;
  readonly what: string;
}

/** Returns what is wrong with `value`, or undefined when it is fine. */
export type Check = (value: unknown) => Problem | undefined;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'not a finite number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const wrong = (value: unknown, expected: string): Problem => ({
  where: '',
  what: `is ${describe(value)}, not ${expected}`,
});
const inside = (step: string, problem: Problem): Problem => ({ where: `${step}${problem.where}`, what: problem.what });

/** "passages[3].text is the number 42, not a string" */
export function sentence(problem: Problem, top = ''): string {
  const where = `${top}${problem.where}`.replace(/^\./, '');
  return where === '' ? `the file ${problem.what}` : `${where} ${problem.what}`;
}

const BLANK = /^\s*$/;

export function string(options: { nonEmpty?: boolean } = {}): Check {
  return (value) => {
    if (typeof value !== 'string') return wrong(value, 'a string');
    if (options.nonEmpty && BLANK.test(value)) return wrong(value, 'a non-empty string');
    return undefined;
  };
}

export function number(options: { integer?: boolean; min?: number } = {}): Check {
  const expected = `${options.integer ? 'an integer' : 'a number'}${options.min !== undefined ? ` ≥ ${options.min}` : ''}`;
  const { integer, min } = options;
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrong(value, expected);
    if ((integer && !Number.isInteger(value)) || (min !== undefined && value < min)) return wrong(value, expected);
    return undefined;
  };
}

export const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : wrong(value, 'true or false'));

export function literal(expected: string): Check {
  return (value) => (value === expected ? undefined : wrong(value, `"${expected}"`));
}

export function nullable(check: Check): Check {
  return (value) => (value === null ? undefined : check(value));
}

/** A field that older indexes lack. */
export function optional(check: Check): Check {
  return (value) => (value === undefined ? undefined : check(value));
}

export function list(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return wrong(value, 'a list');
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem) return inside(`[${i}]`, problem);
    }
    return undefined;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with at least these fields; `also` checks relations between fields once each is fine. */
export function object(
  shape: Record<string, Check>,
  also?: (value: Record<string, unknown>) => Problem | undefined,
): Check {
  const fields = Object.entries(shape);
  return (value) => {
    if (!isPlainObject(value)) return wrong(value, 'an object');
    for (const [name, check] of fields) {
      const problem = check(value[name]);
      if (problem) return inside(`.${name}`, problem);
    }
    return also?.(value);
  };
}

const name = string({ nonEmpty: true });

const language: Check = (value) => (isTextLanguage(value) ? undefined : wrong(value, `one of ${LANGUAGES.join(', ')}`));

export const personShape = object({
  id: name,
  name,
  aliases: list(string()),
  nameSource: name,
});

export const passageShape = object(
  {
    id: name,
    source: name,
    personId: name,
    person: name,
    sectionPath: list(string()),
    startLine: number({ integer: true, min: 1 }),
    endLine: number({ integer: true, min: 1 }),
    text: string(),
    textSource: optional(name),
    pages: optional(list(number({ integer: true, min: 1 }))),
    embedText: string(),
    documentLanguage: optional(language),
  },
  (passage) =>
    (passage.endLine as number) < (passage.startLine as number)
      ? { where: '.endLine', what: 'is before its startLine' }
      : undefined,
);

const storedLine = (value: unknown): Problem | undefined =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((part) => typeof part === 'number' && Number.isInteger(part) && part >= 0)
    ? undefined
    : wrong(value, 'a [passage, line] pair');

const yearMonth = object({ year: number({ integer: true }), month: optional(number({ integer: true, min: 1 })) });

export const storedFactsShape = object({
  version: number({ integer: true }),
  roles: list(
    object({
      first: storedLine,
      last: storedLine,
      head: string(),
      range: optional(
        object({
          start: yearMonth,
          end: optional(yearMonth),
          index: number({ integer: true, min: 0 }),
          length: number({ integer: true, min: 0 }),
        }),
      ),
      order: number({ integer: true, min: 0 }),
      // Absent in facts of version 1, which are read again on load anyway.
      through: optional(number({ integer: true, min: 1 })),
    }),
  ),
  schools: list(storedLine),
  skills: list(storedLine),
  contacts: list(storedLine),
});

const decimal = (value: unknown): Problem | undefined =>
  typeof value === 'string' && /^-?\d{1,20}$/.test(value) ? undefined : wrong(value, 'a decimal string');

/** A path under the index's `text/` folder: a build links the file it names into the next generation. */
const textName = (value: unknown): Problem | undefined =>
  typeof value === 'string' &&
  value !== '' &&
  !value.startsWith('/') &&
  !value.split(/[\\/]/).some((part) => part === '..' || part === '')
    ? undefined
    : wrong(value, 'a relative file name');

const stampShape = object({ size: number({ integer: true, min: 0 }), mtime: decimal, ctime: decimal, ino: decimal });

export const documentShape = object({
  source: name,
  person: personShape,
  format: optional(name),
  passageCount: number({ integer: true, min: 0 }),
  textName: optional(textName),
});

/** `builds.json`: a column per field of DocumentBuild, a stamp as [size, mtime, ctime, ino] or null. */
export interface BuildColumns {
  readonly contentHash: readonly string[];
  readonly fingerprint: readonly string[];
  readonly stamp: readonly ([number, string, string, string] | null)[];
}

const stampColumn = (value: unknown): Problem | undefined =>
  value === null ||
  (Array.isArray(value) &&
    value.length === 4 &&
    stampShape({ size: value[0], mtime: value[1], ctime: value[2], ino: value[3] }) === undefined)
    ? undefined
    : wrong(value, 'a stamp or null');

const buildColumnsShape = object({
  contentHash: list(string()),
  fingerprint: list(string()),
  stamp: list(stampColumn),
});

/** What is wrong with a parsed builds.json for `documents` documents, or undefined. */
export function buildsProblem(value: unknown, documents: number): string | undefined {
  const problem = buildColumnsShape(value);
  if (problem) return sentence(problem);
  const columns = value as BuildColumns;
  const lengths = [columns.contentHash.length, columns.fingerprint.length, columns.stamp.length];
  return lengths.every((length) => length === documents)
    ? undefined
    : `its columns hold ${lengths.join(', ')} documents, not ${documents}`;
}

const integer = number({ integer: true });
const count = number({ integer: true, min: 0 });
/** What the header records of a line file (lineFile.ts); how its parts fit each other is checked when it is opened. */
const lineFile = {
  bytes: count,
  crc32: count,
  blockCrcs: list(count),
  blockStarts: list(count),
  blockLines: list(count),
  rawBytes: count,
  lineEnds: list(count),
};

const segmentFileName = (value: unknown): Problem | undefined =>
  typeof value === 'string' && /^[a-z0-9-]+\.seg$/.test(value) ? undefined : wrong(value, 'a segment file name');

export const headerShape = object({
  formatVersion: number({ integer: true }),
  builtAt: string(),
  corpusReadAt: optional(number({ min: 0 })),
  stampBasis: optional(string()),
  model: nullable(object({ name, dimension: number({ integer: true, min: 1 }) })),
  hnsw: object({
    space: literal('cosine'),
    m: number({ integer: true, min: 2 }),
    efConstruction: number({ integer: true, min: 1 }),
    efSearch: number({ integer: true, min: 1 }),
  }),
  tokenizerVersion: number({ integer: true }),
  chunking: object({ maxTokens: number({ integer: true, min: 1 }), exactTokenCounts: boolean }),
  segments: list(
    object({
      file: segmentFileName,
      passages: number({ integer: true, min: 0 }),
      bytes: number({ integer: true, min: 0 }),
    }),
  ),
  documents: list(documentShape),
  builds: object({ bytes: count, crc32: count }),
  placement: list(list(number({ integer: true, min: 0 }))),
  vectorsSha256: nullable(string()),
  vectorLabelsCrc32: optional(number({ integer: true, min: 0 })),
  names: optional(
    object({
      version: number({ integer: true }),
      bytes: number({ integer: true, min: 0 }),
      crc32: number({ integer: true, min: 0 }),
    }),
  ),
  roleTerms: optional(
    object({
      factsVersion: integer,
      tokenizerVersion: integer,
      ...lineFile,
      words: object({ count, bytes: count, crc32: count }),
    }),
  ),
  facts: optional(object({ version: integer, ...lineFile })),
});

/** What is wrong with a parsed index.json, or undefined when answering can rely on it. */
export function headerProblem(value: unknown): string | undefined {
  const problem = headerShape(value);
  if (problem) return sentence(problem);
  const header = value as IndexHeader;
  if (header.placement.length !== header.documents.length)
    return `placement lists ${header.placement.length} documents, documents ${header.documents.length}`;
  const sources = new Set<string>();
  for (let d = 0; d < header.documents.length; d++) {
    const doc = header.documents[d]!;
    if (sources.has(doc.source)) return `documents[${d}] repeats the source ${doc.source}`;
    sources.add(doc.source);
    const place = header.placement[d]!;
    const segment = header.segments[place[0]!];
    if (place.length !== 2 || !segment || place[1]! + doc.passageCount > segment.passages)
      return `placement[${d}] is outside its segment`;
  }
  return undefined;
}

/** What is wrong with one line of `facts.jsonl` (parsed), or undefined. */
export function factsProblem(value: unknown): string | undefined {
  const problem = storedFactsShape(value);
  return problem && sentence(problem);
}

/** What is wrong with a passage read from a segment, or undefined. */
export function passageProblem(value: unknown): string | undefined {
  const problem = passageShape(value);
  return problem && sentence(problem);
}
