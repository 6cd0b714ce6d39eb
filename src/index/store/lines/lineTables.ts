/**
 * who-knows' postings: each source line of a document once, filed under the keys of its words
 * (text/lineWords.ts), with the distinct words as written and, per passage, the passage that opens
 * its section. A build works them out once per segment and stores them there (postLines.ts), so a
 * question reads only the lines holding its skill's words, and no answer makes them from every
 * passage. With them, what ranking people needs of a line that surely names the skill: its
 * passage's first line, section and dates, and the dates of the passage opening that section,
 * without decoding the passages (a common skill meets tens of thousands of lines).
 * This file is the tables' shape and what a reader checks and looks up in them.
 */

/** Lines are numbered `label * LINE_SPAN + position of the line in the passage's text`: label order, then line order. */
export const LINE_SPAN = 2 ** 21;

/** The tables of one segment (or of a list of passages held in memory); typed arrays, as stored. */
export interface LineTables {
  /** Per passage: the position (in the same table) of the passage that opens its section. */
  readonly sectionFirst: Uint32Array;
  /** Per posted line: its passage's position and the line's position in that passage's text. */
  readonly lineLocal: Uint32Array;
  readonly lineOffset: Uint32Array;
  /** Word keys, UTF-8, sorted by bytes; keyStarts (k + 1) cut them. */
  readonly keys: Uint8Array;
  readonly keyStarts: Uint32Array;
  /** Where each key's lines begin in keyLines (k + 1); a key's lines are ascending. */
  readonly keyPostingStarts: Uint32Array;
  readonly keyLines: Uint32Array;
  /** Distinct words as written, UTF-8, sorted by bytes; wordStarts (w + 1) cut them. */
  readonly words: Uint8Array;
  readonly wordStarts: Uint32Array;
  /** Per passage: its first source line. */
  readonly startLine: Uint32Array;
  /** Per passage: its section's label (`sectionLabel`) as a position in sectionLabels. */
  readonly sectionOf: Uint32Array;
  /** Section labels, UTF-8, in first-seen order; sectionLabelStarts (s + 1) cut them. */
  readonly sectionLabels: Uint8Array;
  readonly sectionLabelStarts: Uint32Array;
  /** Per posted line, the dates it writes (text/dates.ts): lineDateStarts (l + 1) cut lineDates. */
  readonly lineDateStarts: Uint32Array;
  readonly lineDates: Uint32Array;
  /**
   * Per passage opening a section, the dates of its section path and first lines (a role's dates
   * sit in its heading or just under it); empty for other passages. sectionDateStarts (n + 1).
   */
  readonly sectionDateStarts: Uint32Array;
  readonly sectionDates: Uint32Array;
  /**
   * Per posted line, the key (position in keys) of each of its words in order, repeats kept:
   * lineWordKeyStarts (l + 1) cut lineWordKeys. Two bytes a word while a segment has no more than
   * 65,536 keys. Matching a skill on keys is matching it on words (`wordKey` files together exactly
   * the words the matcher takes as one), so a multi-word skill is matched without reading text.
   */
  readonly lineWordKeyStarts: Uint32Array;
  readonly lineWordKeys: Uint16Array | Uint32Array;
  /**
   * Tables read from a file: keyLines and lineWordKeys are left empty, and a key's lines or a
   * line's words are read (and checked) by these when asked for; absent when the tables are whole.
   */
  readonly linesOfKey?: (key: number) => Uint32Array;
  readonly wordsOfLine?: (line: number) => Uint16Array | Uint32Array;
}

/** Line `id`'s words, as keys. */
export function lineWords(tables: LineTables, id: number): Uint16Array | Uint32Array {
  return tables.wordsOfLine
    ? tables.wordsOfLine(id)
    : tables.lineWordKeys.subarray(tables.lineWordKeyStarts[id]!, tables.lineWordKeyStarts[id + 1]!);
}

function rising(starts: Uint32Array, totalLength: number): boolean {
  if (starts[0] !== 0 || starts[starts.length - 1] !== totalLength) return false;
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false;
  return true;
}

/** A problem with the offsets of tables read from a file. */
function offsetsProblem(tables: LineTables): string | undefined {
  const n = tables.sectionFirst.length;
  const lines = tables.lineLocal.length;
  if (!rising(tables.keyStarts, tables.keys.length) || !rising(tables.wordStarts, tables.words.length))
    return 'has damaged word offsets';
  if (
    tables.keyPostingStarts.length !== tables.keyStarts.length ||
    !rising(tables.keyPostingStarts, tables.linesOfKey ? tables.keyPostingStarts.at(-1)! : tables.keyLines.length)
  )
    return 'has damaged line postings';
  if (tables.lineOffset.length !== lines) return 'has damaged line tables';
  if (tables.startLine.length !== n || tables.sectionOf.length !== n) return 'has damaged passage tables';
  if (!rising(tables.sectionLabelStarts, tables.sectionLabels.length)) return 'has damaged section labels';
  if (tables.lineDateStarts.length !== lines + 1 || !rising(tables.lineDateStarts, tables.lineDates.length))
    return 'has damaged line dates';
  if (tables.sectionDateStarts.length !== n + 1 || !rising(tables.sectionDateStarts, tables.sectionDates.length))
    return 'has damaged section dates';
  const wordCount = tables.wordsOfLine ? tables.lineWordKeyStarts.at(-1)! : tables.lineWordKeys.length;
  if (tables.lineWordKeyStarts.length !== lines + 1 || !rising(tables.lineWordKeyStarts, wordCount))
    return 'has damaged line words';
  return undefined;
}

/** A problem with tables read from a file: offsets or positions out of range. */
export function lineTablesProblem(tables: LineTables): string | undefined {
  const offsets = offsetsProblem(tables);
  if (offsets) return offsets;
  const n = tables.sectionFirst.length;
  const lines = tables.lineLocal.length;
  const keyCount = tables.keyStarts.length - 1;
  if (!tables.wordsOfLine)
    for (let i = 0; i < tables.lineWordKeys.length; i++)
      if (tables.lineWordKeys[i]! >= keyCount) return 'has a line word out of range';
  const sections = tables.sectionLabelStarts.length - 1;
  for (let i = 0; i < n; i++) if (tables.sectionOf[i]! >= sections) return 'has a section label out of range';
  for (let i = 0; i < n; i++) if (tables.sectionFirst[i]! >= n) return 'has a section opening out of range';
  for (let i = 0; i < lines; i++) {
    if (tables.lineLocal[i]! >= n || tables.lineOffset[i]! >= LINE_SPAN)
      return 'has a line of a passage it does not hold';
    // Lines are posted passage by passage, in order: what finding a line's entry by its passage relies on.
    if (
      i > 0 &&
      (tables.lineLocal[i]! < tables.lineLocal[i - 1]! ||
        (tables.lineLocal[i] === tables.lineLocal[i - 1] && tables.lineOffset[i]! <= tables.lineOffset[i - 1]!))
    )
      return 'has its lines out of order';
  }
  if (!tables.linesOfKey)
    for (let i = 0; i < tables.keyLines.length; i++)
      if (tables.keyLines[i]! >= lines) return 'has a posting for a line it does not hold';
  return undefined;
}

/** The lines (ascending) holding `key`, or undefined when no line here holds it. */
export function keyRange(tables: LineTables, key: Uint8Array): Uint32Array | undefined {
  const id = keyId(tables, key);
  if (id < 0) return undefined;
  return tables.linesOfKey
    ? tables.linesOfKey(id)
    : tables.keyLines.subarray(tables.keyPostingStarts[id]!, tables.keyPostingStarts[id + 1]!);
}

/** `key`'s position among the tables' keys (what a line's words are), -1 when no line here holds it. */
export function keyId(tables: LineTables, key: Uint8Array): number {
  let low = 0;
  let high = tables.keyStarts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = Buffer.compare(tables.keys.subarray(tables.keyStarts[middle]!, tables.keyStarts[middle + 1]!), key);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
