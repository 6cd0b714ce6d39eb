/**
 * The shape check an index passes on load. JSON that parses can still hold a passage `null`, a
 * `text` that is a number or a person that is an object; left alone, those reach users as
 * "[object Object]" or empty quotes, or crash an answer half-way. Every field the answering code
 * reads is checked here, and the first problem is named with its place ("passages[3].text is a
 * number, not a string"), so loading can refuse the index in one line and `npm run embed` rebuilds it.
 *
 * Hand-written rather than a schema library: a dozen combinators cover these two files, stay fast
 * on large lexical records, and add no dependency. Objects may carry fields not listed here, so a
 * newer field (an extracted-text source, say) only needs a line in the shape that holds it.
 */
import type { IndexManifest, LexicalFile } from './manifest.js';

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

const wrong = (value: unknown, expected: string): Problem => ({ where: '', what: `is ${describe(value)}, not ${expected}` });
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
export function object(shape: Record<string, Check>, also?: (value: Record<string, unknown>) => Problem | undefined): Check {
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

/** An object used as a map, every value passing `item` (term counts in lexical.json). */
export function record(item: Check): Check {
  return (value) => {
    if (!isPlainObject(value)) return wrong(value, 'an object');
    const values = Object.values(value);
    for (let i = 0; i < values.length; i++) {
      const problem = item(values[i]);
      if (problem) return inside(`["${Object.keys(value)[i]!}"]`, problem);
    }
    return undefined;
  };
}

const name = string({ nonEmpty: true });

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
  },
  (passage) => ((passage.endLine as number) < (passage.startLine as number) ? { where: '.endLine', what: 'is before its startLine' } : undefined),
);

const storedLine = (value: unknown): Problem | undefined =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'number' && Number.isInteger(part) && part >= 0) ? undefined : wrong(value, 'a [passage, line] pair');

const yearMonth = object({ year: number({ integer: true }), month: optional(number({ integer: true, min: 1 })) });

export const storedFactsShape = object({
  version: number({ integer: true }),
  roles: list(
    object({
      first: storedLine,
      last: storedLine,
      head: string(),
      range: optional(object({ start: yearMonth, end: optional(yearMonth), index: number({ integer: true, min: 0 }), length: number({ integer: true, min: 0 }) })),
      order: number({ integer: true, min: 0 }),
      // Absent in facts of version 1, which are read again on load anyway.
      through: optional(number({ integer: true, min: 1 })),
    }),
  ),
  schools: list(storedLine),
  skills: list(storedLine),
  contacts: list(storedLine),
});

export const documentShape = object({
  source: name,
  contentHash: string(),
  fingerprint: string(),
  person: personShape,
  format: optional(name),
  passageCount: number({ integer: true, min: 0 }),
  facts: optional(storedFactsShape),
});

export const manifestShape = object({
  formatVersion: number({ integer: true }),
  builtAt: string(),
  corpusReadAt: optional(number({ min: 0 })),
  model: nullable(object({ name, dimension: number({ integer: true, min: 1 }) })),
  hnsw: object({
    space: literal('cosine'),
    m: number({ integer: true, min: 2 }),
    efConstruction: number({ integer: true, min: 1 }),
    efSearch: number({ integer: true, min: 1 }),
  }),
  tokenizerVersion: number({ integer: true }),
  chunking: object({ maxTokens: number({ integer: true, min: 1 }), exactTokenCounts: boolean }),
  documents: list(documentShape),
  passages: list(passageShape),
  vectorsSha256: nullable(string()),
  vectorLabels: optional(nullable(list(number({ integer: true, min: 0 })))),
});

const termCounts = record(number({ min: 0 }));

export const lexicalEntryShape = object({
  body: termCounts,
  head: termCounts,
  bodyLength: number({ min: 0 }),
  headLength: number({ min: 0 }),
});

/** What is wrong with a parsed manifest.json, or undefined when answering can rely on it. */
export function manifestProblem(value: unknown): string | undefined {
  const problem = manifestShape(value);
  if (problem) return sentence(problem);
  const manifest = value as IndexManifest;
  // Passages are found by their document's source (incremental builds, /profile): they must agree.
  const counted = manifest.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
  if (counted !== manifest.passages.length) return `documents count ${counted} passages but there are ${manifest.passages.length}`;
  const sources = new Set(manifest.documents.map((doc) => doc.source));
  const stray = manifest.passages.findIndex((passage) => !sources.has(passage.source));
  if (stray >= 0) return `passages[${stray}] belongs to no listed document`;
  const labels = manifest.vectorLabels;
  if (labels && labels.length !== manifest.passages.length) return `vectorLabels holds ${labels.length} labels for ${manifest.passages.length} passages`;
  return undefined;
}

const lexicalEntries = list(lexicalEntryShape);

const lexicalFileShape = object({ tokenizerVersion: number({ integer: true }), entries: list((entry) => (isPlainObject(entry) ? undefined : wrong(entry, 'an object'))) });

/**
 * What is wrong with a parsed lexical.json, or undefined. Entries written by another tokenizer are
 * remade on load rather than read, so only those of the current one are checked field by field.
 * (Whether there is one entry per passage is the loader's check.)
 */
export function lexicalProblem(value: unknown, currentTokenizer: number): string | undefined {
  const problem = lexicalFileShape(value);
  if (problem) return sentence(problem);
  const file = value as LexicalFile;
  if (file.tokenizerVersion !== currentTokenizer) return undefined;
  const entryProblem = lexicalEntries(file.entries);
  return entryProblem && sentence(entryProblem, 'entries');
}
