/** The line tables' writer: a segment's passages → who-knows' tables (shape in lineTables.ts). */
import { sectionLabel, type Passage } from '../../../chunking/passage.js';
import { datesIn } from '../../../text/dates.js';
import { lineWordsOf, wordKey } from '../../../text/lineWords.js';
import { TECHNOLOGY_MARKS, technologyMarks } from '../../../text/technologyContext.js';
import { LINE_SPAN, type LineTables } from './lineTables.js';

/** The lines of a section's opening passage that may date it ("Engineer • Aug. '19 –" under the heading). */
const DATING_LINES = 3;

const encoder = new TextEncoder();

/** Strings as UTF-8 sorted by bytes, back to back; starts (count + 1) cut them, `order` is the strings in that order. */
function sortedBytes(strings: Iterable<string>): { bytes: Uint8Array; starts: Uint32Array; order: string[] } {
  const encoded = [...strings]
    .map((text) => ({ text, bytes: encoder.encode(text) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  return { ...backToBack(encoded.map((entry) => entry.bytes)), order: encoded.map((entry) => entry.text) };
}

/** Strings as UTF-8 back to back, in the order given; starts (count + 1) cut them. */
function inOrder(strings: Iterable<string>): { bytes: Uint8Array; starts: Uint32Array } {
  return backToBack([...strings].map((text) => encoder.encode(text)));
}

function backToBack(encoded: readonly Uint8Array[]): { bytes: Uint8Array; starts: Uint32Array } {
  const starts = new Uint32Array(encoded.length + 1);
  encoded.forEach((bytes, i) => (starts[i + 1] = starts[i]! + bytes.length));
  return { bytes: Buffer.concat(encoded), starts };
}

/** A list of u32 that grows by half its size: millions of entries without an array element each. */
class GrowingU32 {
  private array = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(Math.ceil(this.array.length * 1.5));
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  /** The entries (a view: valid until the next push). */
  view(): Uint32Array {
    return this.array.subarray(0, this.length);
  }
}

/** A part of one over-long line (chunking's id `source#L<line>:<from>-<to>`): its text is that part alone. */
const LINE_PART_ID = /#L\d+:\d+-\d+$/;

function isLinePart(passage: Passage): boolean {
  return passage.startLine === passage.endLine && LINE_PART_ID.test(passage.id);
}

/** The per-passage tables: section openings, first lines, section labels and the dates of each section's opening. */
function passageTables(passages: readonly Passage[]) {
  const n = passages.length;
  const sectionKey = (passage: Passage) => `${passage.source}|${sectionLabel(passage.sectionPath)}`;
  // The passage that opens a section: the earliest in the file (its heading and first lines hold the role's dates).
  const opening = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = sectionKey(passages[i]!);
    const seen = opening.get(key);
    if (seen === undefined || passages[i]!.startLine < passages[seen]!.startLine) opening.set(key, i);
  }
  const sectionFirst = Uint32Array.from(passages, (passage) => opening.get(sectionKey(passage))!);
  const startLine = Uint32Array.from(passages, (passage) => passage.startLine);
  const labelIds = new Map<string, number>();
  const sectionOf = Uint32Array.from(passages, (passage) => {
    const label = sectionLabel(passage.sectionPath);
    let id = labelIds.get(label);
    if (id === undefined) labelIds.set(label, (id = labelIds.size));
    return id;
  });
  const sectionLabels = inOrder(labelIds.keys());
  const sectionDateStarts = new Uint32Array(n + 1);
  const sectionDates = new GrowingU32();
  for (let i = 0; i < n; i++) {
    sectionDateStarts[i] = sectionDates.length;
    if (sectionFirst[i] !== i) continue;
    const passage = passages[i]!;
    for (const date of datesIn([...passage.sectionPath, ...passage.text.split('\n', DATING_LINES)]))
      sectionDates.push(date);
  }
  sectionDateStarts[n] = sectionDates.length;
  return { sectionFirst, startLine, sectionOf, sectionLabels, sectionDateStarts, sectionDates: sectionDates.view() };
}

/**
 * Every source line once, with its words as key ids (in first-seen order) and its dates. Flat typed
 * lists rather than an array per key: a full segment posts millions of (key, line) pairs, and a
 * full build must stay within its memory budget.
 */
class PostedLines {
  readonly lineLocal = new GrowingU32();
  readonly lineOffset = new GrowingU32();
  /** Per posted line, where its distinct keys start in lineKeys. */
  readonly keysStart = new GrowingU32();
  readonly lineKeys = new GrowingU32();
  readonly lineDateStarts = new GrowingU32();
  readonly lineDates = new GrowingU32();
  readonly lineWordKeyStarts = new GrowingU32();
  readonly lineWordKeys = new GrowingU32();
  readonly keyIds = new Map<string, number>();
  /** Each distinct word as written → its key's id. */
  readonly keyOfWord = new Map<string, number>();
  /** Per key id, the posted line it was last posted for (lines are numbered from 1: `lineLocal`'s length after the push). */
  private readonly postedOn: number[] = [];
  /**
   * Per source, the lines its earlier passages hold (a document's passages overlap a little). A
   * set, not a list of ranges: blank lines between passages keep ranges from touching, so a long
   * profile made as many ranges as passages, each searched for every line.
   */
  private readonly posted = new Map<string, Set<number>>();

  /**
   * A source line repeated by chunk overlap is posted once, under the first passage holding it.
   * A part of a line too long for the model is posted whatever came before: each part holds other
   * words of that line, and skipping the later parts would hide them from who-knows.
   */
  add(passage: Passage, local: number): void {
    let held = this.posted.get(passage.source);
    if (!held) this.posted.set(passage.source, (held = new Set()));
    const lines = passage.text.split('\n');
    if (lines.length > LINE_SPAN) throw new RangeError(`passage ${passage.id} has more than ${LINE_SPAN} lines`);
    const part = isLinePart(passage);
    const section = sectionLabel(passage.sectionPath);
    lines.forEach((text, offset) => {
      if (part || !held.has(passage.startLine + offset)) this.postLine(text, section, local, offset);
    });
    for (let offset = 0; offset < lines.length; offset++) held.add(passage.startLine + offset);
  }

  private postLine(text: string, section: string, local: number, offset: number): void {
    this.lineLocal.push(local);
    this.lineOffset.push(offset);
    this.keysStart.push(this.lineKeys.length);
    this.lineDateStarts.push(this.lineDates.length);
    for (const date of datesIn([text])) this.lineDates.push(date);
    this.lineWordKeyStarts.push(this.lineWordKeys.length);
    const line = this.lineLocal.length;
    const words = lineWordsOf(text);
    for (const word of words) {
      let id = this.keyOfWord.get(word);
      if (id === undefined) {
        const key = wordKey(word);
        id = this.keyIds.get(key);
        if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
        this.keyOfWord.set(word, id);
      }
      this.lineWordKeys.push(id);
      // Each key once per line: a key's last line, kept by id, instead of a set for every line.
      if (this.postedOn[id] === line) continue;
      this.postedOn[id] = line;
      this.lineKeys.push(id);
    }
    // Posted under its marks too, never among its words: a phrase is matched on the words alone.
    for (const mark of technologyMarks(words, text, section)) this.lineKeys.push(this.keyId(mark));
  }

  /** A key's id, numbered in first-seen order. */
  keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
    return id;
  }

  /** Closes each per-line list with its end. */
  finish(): void {
    this.keysStart.push(this.lineKeys.length);
    this.lineDateStarts.push(this.lineDates.length);
    this.lineWordKeyStarts.push(this.lineWordKeys.length);
  }
}

/** Key ids in first-seen order → keys sorted by bytes; then each key's lines, ascending, by counting. */
function keyPostings(posted: PostedLines) {
  const keys = sortedBytes(posted.keyIds.keys());
  const rank = new Uint32Array(posted.keyIds.size);
  keys.order.forEach((key, i) => (rank[posted.keyIds.get(key)!] = i));
  posted.keyIds.clear();
  const keyPostingStarts = new Uint32Array(keys.order.length + 1);
  const allKeys = posted.lineKeys.view();
  for (let i = 0; i < allKeys.length; i++) {
    const next = rank[allKeys[i]!]! + 1;
    keyPostingStarts[next] = keyPostingStarts[next]! + 1;
  }
  for (let i = 1; i < keyPostingStarts.length; i++) keyPostingStarts[i]! += keyPostingStarts[i - 1]!;
  const keyLines = new Uint32Array(allKeys.length);
  const fill = keyPostingStarts.slice(0, -1);
  const starts = posted.keysStart.view();
  for (let id = 0; id + 1 < starts.length; id++) {
    for (let k = starts[id]!; k < starts[id + 1]!; k++) {
      const key = rank[allKeys[k]!]!;
      keyLines[fill[key]!] = id;
      fill[key] = fill[key]! + 1;
    }
  }
  const wordKeys =
    keys.order.length <= 2 ** 16
      ? new Uint16Array(posted.lineWordKeys.length)
      : new Uint32Array(posted.lineWordKeys.length);
  const inOrderKeys = posted.lineWordKeys.view();
  for (let i = 0; i < inOrderKeys.length; i++) wordKeys[i] = rank[inOrderKeys[i]!]!;
  return { keys, keyPostingStarts, keyLines, wordKeys };
}

/**
 * The tables for `passages` (position = place in the list). A source line repeated by chunk
 * overlap is posted once, under the first passage holding it, as a scan of every line in label
 * order would meet it.
 */
export function postLines(passages: readonly Passage[]): LineTables {
  const perPassage = passageTables(passages);
  const posted = new PostedLines();
  passages.forEach((passage, local) => posted.add(passage, local));
  posted.finish();
  // Held by every segment marked by today's rules, with no lines: who-knows reads the marks only when each segment has them.
  posted.keyId(TECHNOLOGY_MARKS);
  const { keys, keyPostingStarts, keyLines, wordKeys } = keyPostings(posted);
  const written = sortedBytes(posted.keyOfWord.keys());
  return {
    sectionFirst: perPassage.sectionFirst,
    lineLocal: posted.lineLocal.view(),
    lineOffset: posted.lineOffset.view(),
    keys: keys.bytes,
    keyStarts: keys.starts,
    keyPostingStarts,
    keyLines,
    words: written.bytes,
    wordStarts: written.starts,
    startLine: perPassage.startLine,
    sectionOf: perPassage.sectionOf,
    sectionLabels: perPassage.sectionLabels.bytes,
    sectionLabelStarts: perPassage.sectionLabels.starts,
    lineDateStarts: posted.lineDateStarts.view(),
    lineDates: posted.lineDates.view(),
    sectionDateStarts: perPassage.sectionDateStarts,
    sectionDates: perPassage.sectionDates,
    lineWordKeyStarts: posted.lineWordKeyStarts.view(),
    lineWordKeys: wordKeys,
  };
}
