/**
 * One segment of the index: an immutable file holding a run of passages and their BM25 postings.
 * A build writes segments once and never changes them; a later build that keeps some of their
 * passages hard-links the file into its generation and lists which passages are still live.
 *
 * Layout (little-endian): "WKSEG003", a u32 header length, the header (JSON: counts, where each
 * section starts, a CRC-32 of the sections read at load), then the sections, each 8-byte aligned.
 * Read when the segment is opened, checked by the header's CRC-32:
 *   passageStarts (u32, 2n + 1) passage i's text is passages[2i..2i+1], its meta [2i+1..2i+2]
 *   bodyLength, headLength   (u32, n) token counts of each passage's text and heading line
 *   terms       UTF-8 of every term, sorted by bytes; termStarts (u32, t + 1)
 *   postingStarts (u32, t + 1) where each term's postings begin in the three lists below
 *   postingLabel, postingBody, postingHead (u32, p) passage, count in its text, count in its heading
 *   who-knows' line tables (see linePostings.ts): sectionFirst (u32, n); lineLocal, lineOffset
 *   (u32, l) each posted source line; keys, keyStarts (k + 1), keyPostingStarts (k + 1), keyLines
 *   (u32) word key → lines; words, wordStarts (w + 1) the distinct words as written; startLine,
 *   sectionOf (u32, n) each passage's first line and section label; sectionLabels,
 *   sectionLabelStarts (s + 1); lineDateStarts (l + 1), lineDates (u32) and sectionDateStarts
 *   (n + 1), sectionDates (u32) the dates written by each line and by each section's opening;
 *   lineWordKeyStarts (l + 1), lineWordKeys (u16 or u32) each line's words as keys, in order
 *   blockCrcs   (u32) CRC-32 of each PASSAGE_BLOCK bytes of `passages`
 * Last, read a passage at a time when one is decoded:
 *   passages    per passage, the UTF-8 of its text then of its meta (a JSON of its other fields)
 * The passages are about half of a segment's bytes and no question reads most of them, so opening
 * an index reads and checks only what comes before them (one read), and a passage's block is
 * checked the first time it is read. Typed arrays are views of the bytes read: never a parse of
 * every passage.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { passageHeading, type Passage } from '../chunking/passage.js';
import { tokenize } from '../text/terms.js';
import { lineTablesProblem, postLines, type LineTables } from './linePostings.js';

/**
 * 4: who-knows' per-line dates and word keys, passage start lines and section labels. 3: passages
 * last, read on demand and checked by block. 2: who-knows' line tables added.
 */
const MAGIC = 'WKSEG004';
const VERSION = 4;

/**
 * Bytes of `passages` under one CRC-32: what the first read of a passage in the block reads and
 * checks. Small enough that a first read stays cheap, large enough that the checksums are few.
 */
export const PASSAGE_BLOCK = 65_536;

const LINE_U32 = [
  'sectionFirst',
  'lineLocal',
  'lineOffset',
  'keyStarts',
  'keyPostingStarts',
  'keyLines',
  'wordStarts',
  'startLine',
  'sectionOf',
  'sectionLabelStarts',
  'lineDateStarts',
  'lineDates',
  'sectionDateStarts',
  'sectionDates',
  'lineWordKeyStarts',
] as const;
const U32_SECTIONS = ['passageStarts', 'bodyLength', 'headLength', 'termStarts', 'postingStarts', 'postingLabel', 'postingBody', 'postingHead', ...LINE_U32, 'blockCrcs'] as const;
const BYTE_SECTIONS = ['passages', 'terms', 'keys', 'words', 'sectionLabels', 'lineWordKeys'] as const;
type SectionName = (typeof U32_SECTIONS)[number] | (typeof BYTE_SECTIONS)[number];

interface SegmentHeader {
  readonly version: number;
  readonly passages: number;
  readonly terms: number;
  readonly postings: number;
  /** Posted lines, word keys, key → line postings, distinct words. */
  readonly lines: number;
  readonly keys: number;
  readonly keyPostings: number;
  readonly words: number;
  /** Distinct section labels, dates written by posted lines, dates of section openings. */
  readonly sectionLabels: number;
  readonly lineDates: number;
  readonly sectionDates: number;
  /** Words of posted lines, each as its key's position, in lineWordKeyBytes (2 or 4) each. */
  readonly lineWordKeys: number;
  readonly lineWordKeyBytes: 2 | 4;
  /** CRC-32 of the bytes from the end of the header to the start of `passages`. */
  readonly crc32: number;
  /** Section → [byte offset in the file, byte length]. */
  readonly sections: Record<SectionName, [number, number]>;
}

/** A problem found reading a segment, phrased to follow the file's name. */
export class SegmentProblem extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** The fields of a passage kept in its meta JSON: everything but its text, and its embedded form when that is heading + text. */
function metaOf(passage: Passage): Record<string, unknown> {
  const { text, embedText, ...rest } = passage;
  // embedText is "Person › Section\n" + text (or a prefix of it when the model's input is short):
  // keep only what is not the text itself.
  return embedText.endsWith(text) ? { ...rest, embedPrefix: embedText.slice(0, embedText.length - text.length) } : { ...rest, embedText };
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b);
}

function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * The bytes of a segment holding `passages` (label = position here), tokenised for BM25 as
 * `lexicalEntryFor` does (text and heading line counted apart). Returned as a list of buffers for
 * writeFile, so no copy of the whole segment is made.
 */
export function encodeSegment(passages: readonly Passage[]): Buffer[] {
  const n = passages.length;
  const passageParts: Uint8Array[] = [];
  const passageStarts = new Uint32Array(2 * n + 1);
  const bodyLength = new Uint32Array(n);
  const headLength = new Uint32Array(n);
  let passageBytes = 0;
  // term → [label, body count, head count, label, …]: flat, as millions of small arrays cost more in GC than the work.
  const postings = new Map<string, number[]>();
  // Passages of one section share their heading line: tokenise it once.
  let heading = '';
  let headTerms: string[] = [];
  let headCounts = new Map<string, number>();
  for (let label = 0; label < n; label++) {
    const passage = passages[label]!;
    const text = encoder.encode(passage.text);
    const meta = encoder.encode(JSON.stringify(metaOf(passage)));
    // Text and meta side by side: decoding a passage is one read.
    passageParts.push(text, meta);
    passageStarts[2 * label] = passageBytes;
    passageStarts[2 * label + 1] = passageBytes + text.length;
    passageBytes += text.length + meta.length;
    const thisHeading = passageHeading(passage.person, passage.sectionPath);
    if (thisHeading !== heading || label === 0) {
      heading = thisHeading;
      headTerms = tokenize(heading);
      headCounts = countTerms(headTerms);
    }
    const bodyTerms = tokenize(passage.text);
    bodyLength[label] = bodyTerms.length;
    headLength[label] = headTerms.length;
    // Counted straight into the postings (a term's list ends with this label's entry once seen):
    // a map per passage, hundreds of thousands of them, cost more than the counting.
    for (const term of bodyTerms) {
      const list = postings.get(term);
      if (!list) postings.set(term, [label, 1, headCounts.get(term) ?? 0]);
      else if (list[list.length - 3] === label) list[list.length - 2]!++;
      else list.push(label, 1, headCounts.get(term) ?? 0);
    }
    headCounts.forEach((count, term) => {
      const list = postings.get(term);
      if (!list) postings.set(term, [label, 0, count]);
      else if (list[list.length - 3] !== label) list.push(label, 0, count);
    });
  }
  passageStarts[2 * n] = passageBytes;
  const passageSection = Buffer.concat(passageParts);
  passageParts.length = 0;
  const blockCrcs = new Uint32Array(Math.ceil(passageSection.length / PASSAGE_BLOCK));
  for (let b = 0; b < blockCrcs.length; b++) blockCrcs[b] = crc32(passageSection.subarray(b * PASSAGE_BLOCK, (b + 1) * PASSAGE_BLOCK));

  // Labels rise within each posting because passages were visited in label order.
  const terms = [...postings.keys()].map((term) => ({ term, bytes: encoder.encode(term) })).sort((a, b) => compareBytes(a.bytes, b.bytes));
  const t = terms.length;
  const termStarts = new Uint32Array(t + 1);
  const postingStarts = new Uint32Array(t + 1);
  let p = 0;
  let termBytes = 0;
  for (let i = 0; i < t; i++) {
    termStarts[i] = termBytes;
    postingStarts[i] = p;
    termBytes += terms[i]!.bytes.length;
    p += postings.get(terms[i]!.term)!.length / 3;
  }
  termStarts[t] = termBytes;
  postingStarts[t] = p;
  const postingLabel = new Uint32Array(p);
  const postingBody = new Uint32Array(p);
  const postingHead = new Uint32Array(p);
  let k = 0;
  for (const { term } of terms) {
    const list = postings.get(term)!;
    for (let i = 0; i < list.length; i += 3, k++) {
      postingLabel[k] = list[i]!;
      postingBody[k] = list[i + 1]!;
      postingHead[k] = list[i + 2]!;
    }
    postings.delete(term);
  }
  const lines = postLines(passages);

  const bodies: Record<SectionName, Uint8Array[]> = {
    // One buffer each: hundreds of thousands of small writes cost more than one copy.
    passageStarts: [bytesOf(passageStarts)],
    bodyLength: [bytesOf(bodyLength)],
    headLength: [bytesOf(headLength)],
    terms: [Buffer.concat(terms.map((term) => term.bytes))],
    termStarts: [bytesOf(termStarts)],
    postingStarts: [bytesOf(postingStarts)],
    postingLabel: [bytesOf(postingLabel)],
    postingBody: [bytesOf(postingBody)],
    postingHead: [bytesOf(postingHead)],
    // Every who-knows table, under its own name.
    ...(Object.fromEntries(Object.entries(lines).map(([name, table]) => [name, [bytesOf(table)]])) as Record<keyof LineTables, Uint8Array[]>),
    blockCrcs: [bytesOf(blockCrcs)],
    // Last, so opening a segment reads one stretch of the file: everything before this.
    passages: [passageSection],
  };
  // Section offsets are relative to the end of the header until its length is known.
  const order = Object.keys(bodies) as SectionName[];
  const relative = {} as Record<SectionName, [number, number]>;
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const name of order) {
    const length = bodies[name].reduce((sum, part) => sum + part.length, 0);
    relative[name] = [at, length];
    pieces.push(...bodies[name]);
    const padded = align8(at + length);
    if (padded > at + length) pieces.push(new Uint8Array(padded - at - length));
    at = padded;
  }
  let crc = 0;
  const loadEnd = relative.passages[0];
  let crcAt = 0;
  for (const piece of pieces) {
    if (crcAt >= loadEnd) break;
    crc = crc32(piece, crc);
    crcAt += piece.length;
  }

  // The header's length shifts every offset; pad it so sections stay aligned.
  const headerFor = (base: number): string => {
    const sections = Object.fromEntries(order.map((name) => [name, [base + relative[name][0], relative[name][1]]]));
    const counts = {
      lines: lines.lineLocal.length,
      keys: lines.keyStarts.length - 1,
      keyPostings: lines.keyLines.length,
      words: lines.wordStarts.length - 1,
      sectionLabels: lines.sectionLabelStarts.length - 1,
      lineDates: lines.lineDates.length,
      sectionDates: lines.sectionDates.length,
      lineWordKeys: lines.lineWordKeys.length,
      lineWordKeyBytes: lines.lineWordKeys.BYTES_PER_ELEMENT as 2 | 4,
    };
    const header: SegmentHeader = { version: VERSION, passages: n, terms: t, postings: p, ...counts, crc32: crc, sections: sections as SegmentHeader['sections'] };
    return JSON.stringify(header);
  };
  let base = align8(12 + encoder.encode(headerFor(0)).length + 64);
  let header = encoder.encode(headerFor(base));
  while (12 + header.length > base) {
    base = align8(12 + header.length + 64);
    header = encoder.encode(headerFor(base));
  }
  const lead = Buffer.alloc(base, 0x20); // spaces pad the header JSON
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(base - 12, 8);
  lead.set(header, 12);
  return [lead, ...pieces.map((piece) => Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))];
}

/** A section of `count` keys of `width` bytes each, as the typed array of that width. */
function wordKeys(bytes: Uint8Array, count: number, width: 2 | 4): Uint16Array | Uint32Array {
  if (bytes.length !== count * width) throw new SegmentProblem('has a lineWordKeys section of the wrong size');
  return width === 2 ? new Uint16Array(bytes.buffer, bytes.byteOffset, count) : new Uint32Array(bytes.buffer, bytes.byteOffset, count);
}

function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** A term's postings in one segment: entries start..end of the posting lists. */
export interface PostingRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a segment's passage bytes come from: a range of the `passages` section, its blocks checked
 * against their CRC-32 the first time they are read. Once checked, a block is trusted: a passage
 * read again costs one read of its own bytes.
 */
class PassageBytes {
  private readonly checked: Uint8Array;

  constructor(
    private readonly length: number,
    private readonly blockCrcs: Uint32Array,
    /** `length` bytes of the section from `start`, or a SegmentProblem when there are fewer. */
    private readonly readAt: (start: number, length: number) => Uint8Array,
  ) {
    this.checked = new Uint8Array(blockCrcs.length);
  }

  read(start: number, end: number): Uint8Array {
    if (end <= start) return new Uint8Array(0);
    const first = Math.floor(start / PASSAGE_BLOCK);
    const last = Math.floor((end - 1) / PASSAGE_BLOCK);
    let checked = true;
    for (let b = first; b <= last; b++) if (!this.checked[b]) checked = false;
    if (checked) return this.readAt(start, end - start);
    const from = first * PASSAGE_BLOCK;
    const blocks = this.readAt(from, Math.min((last + 1) * PASSAGE_BLOCK, this.length) - from);
    for (let b = first; b <= last; b++) {
      if (this.checked[b]) continue;
      const at = (b - first) * PASSAGE_BLOCK;
      if (crc32(blocks.subarray(at, at + PASSAGE_BLOCK)) !== this.blockCrcs[b]) throw new SegmentProblem(`is damaged (checksum mismatch in passage block ${b})`);
      this.checked[b] = 1;
    }
    return blocks.subarray(start - from, end - from);
  }
}

/** Closes the file of a segment dropped without `close()` (a fallback: whoever replaces an index should close it). */
const unclosed = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed: nothing to release
  }
});

/** The file a segment reads its passages from, kept open for the segment's life. */
class SegmentFile {
  private fd: number | undefined;

  constructor(fd: number) {
    this.fd = fd;
    unclosed.register(this, fd, this);
  }

  /** `length` bytes at `position`, or fewer at the file's end. */
  read(position: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    const done = this.readInto(bytes, position);
    return done === length ? bytes : bytes.subarray(0, done);
  }

  /** Fills `target` from `position` on; returns the bytes read (fewer at the file's end). */
  readInto(target: Uint8Array, position: number): number {
    if (this.fd === undefined) throw new Error('a passage was read from an index that was closed');
    let done = 0;
    while (done < target.length) {
      const got = readSync(this.fd, target, done, target.length - done, position + done);
      if (got === 0) break;
      done += got;
    }
    return done;
  }

  get size(): number {
    if (this.fd === undefined) throw new Error('a passage was read from an index that was closed');
    return fstatSync(this.fd).size;
  }

  close(): void {
    if (this.fd === undefined) return;
    unclosed.unregister(this);
    const fd = this.fd;
    // Cleared first: a read after close must fail, never read whatever file reuses the number.
    this.fd = undefined;
    closeSync(fd);
  }
}

interface ParsedHeader {
  readonly header: SegmentHeader;
  /** Where the sections start: the end of the header. */
  readonly base: number;
}

/** The header of a segment whose first bytes are `lead` (at least its 12-byte start and the header). */
function parseHeader(lead: Buffer): ParsedHeader {
  if (lead.length < 12 || lead.toString('latin1', 0, 8) !== MAGIC) throw new SegmentProblem('is not an index segment');
  const headerLength = lead.readUInt32LE(8);
  if (12 + headerLength > lead.length) throw new SegmentProblem('is truncated');
  let header: SegmentHeader;
  try {
    header = JSON.parse(lead.toString('utf8', 12, 12 + headerLength)) as SegmentHeader;
  } catch {
    throw new SegmentProblem('has a damaged header');
  }
  if (header?.version !== VERSION || typeof header.sections !== 'object' || header.sections === null) throw new SegmentProblem('has a damaged header');
  const { passages: n, terms: t, postings: p, lines: l, keys: k, keyPostings: kp, words: w, sectionLabels: sl, lineDates: ld, sectionDates: sd, lineWordKeys: lw, lineWordKeyBytes: lwb } = header;
  if (lwb !== 2 && lwb !== 4) throw new SegmentProblem('has a damaged header');
  if (![n, t, p, l, k, kp, w, sl, ld, sd, lw].every((count) => Number.isInteger(count) && count >= 0)) throw new SegmentProblem('has a damaged header');
  const base = 12 + headerLength;
  const passages = header.sections.passages;
  if (!Array.isArray(passages) || !passages.every((x) => Number.isInteger(x) && x >= 0) || passages[0] % 8 !== 0 || passages[0] < base) throw new SegmentProblem('has a damaged header (passages)');
  return { header, base };
}

/** A segment read from its bytes (which it keeps as views, never copies), its passages read when decoded. */
export class Segment {
  readonly passageCount: number;
  readonly bodyLength: Uint32Array;
  readonly headLength: Uint32Array;
  readonly postingLabel: Uint32Array;
  readonly postingBody: Uint32Array;
  readonly postingHead: Uint32Array;
  /** who-knows' line tables. */
  readonly lines: LineTables;
  private readonly passageStarts: Uint32Array;
  private readonly passageBytes: PassageBytes;
  private readonly terms: Uint8Array;
  private readonly termStarts: Uint32Array;
  private readonly postingStarts: Uint32Array;
  /** Terms whose postings were checked to name passages of this segment (on first use, not at load). */
  private readonly termChecked: Uint8Array;

  /**
   * Opens a segment file: reads and checks everything but its passages, and keeps the file open to
   * read those (until `close`). Throws SegmentProblem when it is not a whole, consistent segment
   * (of `expectedBytes`, when given), and the file system's error when it cannot be read.
   */
  static open(file: string, expectedBytes?: number): Segment {
    const source = new SegmentFile(openSync(file, 'r'));
    try {
      const size = source.size;
      if (expectedBytes !== undefined && size !== expectedBytes) throw new SegmentProblem(`is ${size} bytes, not ${expectedBytes} (cut short or replaced)`);
      const start = source.read(0, 12);
      const headerEnd = start.length === 12 ? 12 + start.readUInt32LE(8) : 12;
      const { header } = parseHeader(headerEnd <= size ? source.read(0, headerEnd) : start);
      const [offset] = header.sections.passages;
      // Everything before the passages in one read, into memory of its own (the typed arrays are views of it).
      const lead = Buffer.allocUnsafeSlow(Math.min(offset, size));
      if (offset > size || source.readInto(lead, 0) !== offset) throw new SegmentProblem('is truncated');
      return new Segment(lead, size, (at, length) => source.read(offset + at, length), source);
    } catch (error) {
      source.close();
      throw error;
    }
  }

  /** A whole segment held in memory (one re-encoded for another tokenizer, and tests). */
  static fromBytes(bytes: Uint8Array): Segment {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { header } = parseHeader(buffer);
    const [offset] = header.sections.passages;
    if (offset > buffer.length) throw new SegmentProblem('is truncated');
    return new Segment(buffer.subarray(0, offset), buffer.length, (at, length) => buffer.subarray(offset + at, offset + at + length));
  }

  /**
   * @param lead the file's bytes up to its passages
   * @param size the file's size
   * @param readPassages bytes of the passages section (fewer at the file's end)
   */
  private constructor(
    lead: Buffer,
    size: number,
    readPassages: (start: number, length: number) => Uint8Array,
    private readonly file?: SegmentFile,
  ) {
    const { header, base } = parseHeader(lead);
    const { passages: n, terms: t, postings: p, lines: l, keys: k, keyPostings: kp, words: w, sectionLabels: sl, lineDates: ld, sectionDates: sd, lineWordKeys: lw, lineWordKeyBytes: lwb } = header;
    const loadEnd = header.sections.passages[0];
    let end = base;
    const section = (name: SectionName): [number, number] => {
      const place = header.sections[name];
      if (!Array.isArray(place) || !place.every((x) => Number.isInteger(x) && x >= 0) || place[0] % 8 !== 0 || place[0] < base) throw new SegmentProblem(`has a damaged header (${name})`);
      if (place[0] + place[1] > loadEnd) throw new SegmentProblem(`has a damaged header (${name})`);
      end = Math.max(end, align8(place[0] + place[1]));
      return place;
    };
    const u32 = (name: SectionName, count: number): Uint32Array => {
      const [offset, length] = section(name);
      if (length !== count * 4) throw new SegmentProblem(`has a ${name} section of the wrong size`);
      return new Uint32Array(lead.buffer, lead.byteOffset + offset, count);
    };
    const raw = (name: SectionName): Uint8Array => {
      const [offset, length] = section(name);
      return new Uint8Array(lead.buffer, lead.byteOffset + offset, length);
    };
    this.passageCount = n;
    this.passageStarts = u32('passageStarts', 2 * n + 1);
    this.bodyLength = u32('bodyLength', n);
    this.headLength = u32('headLength', n);
    this.termStarts = u32('termStarts', t + 1);
    this.postingStarts = u32('postingStarts', t + 1);
    this.postingLabel = u32('postingLabel', p);
    this.postingBody = u32('postingBody', p);
    this.postingHead = u32('postingHead', p);
    this.terms = raw('terms');
    this.lines = {
      sectionFirst: u32('sectionFirst', n),
      lineLocal: u32('lineLocal', l),
      lineOffset: u32('lineOffset', l),
      keys: raw('keys'),
      keyStarts: u32('keyStarts', k + 1),
      keyPostingStarts: u32('keyPostingStarts', k + 1),
      keyLines: u32('keyLines', kp),
      words: raw('words'),
      wordStarts: u32('wordStarts', w + 1),
      startLine: u32('startLine', n),
      sectionOf: u32('sectionOf', n),
      sectionLabels: raw('sectionLabels'),
      sectionLabelStarts: u32('sectionLabelStarts', sl + 1),
      lineDateStarts: u32('lineDateStarts', l + 1),
      lineDates: u32('lineDates', ld),
      sectionDateStarts: u32('sectionDateStarts', n + 1),
      sectionDates: u32('sectionDates', sd),
      lineWordKeyStarts: u32('lineWordKeyStarts', l + 1),
      lineWordKeys: wordKeys(raw('lineWordKeys'), lw, lwb),
    };
    const passageLength = header.sections.passages[1];
    const blockCrcs = u32('blockCrcs', Math.ceil(passageLength / PASSAGE_BLOCK));
    if (end !== loadEnd) throw new SegmentProblem('has a damaged header (passages)');
    const fileEnd = align8(loadEnd + passageLength);
    if (fileEnd !== size) throw new SegmentProblem(fileEnd > size ? 'is truncated' : 'has bytes past its end');
    if (crc32(lead.subarray(base, loadEnd)) !== header.crc32) throw new SegmentProblem('is damaged (checksum mismatch)');
    // The checksum catches damage; these catch a writer's mistake before it becomes a wrong answer.
    rising(this.passageStarts, passageLength, 'passage');
    rising(this.termStarts, this.terms.length, 'terms');
    rising(this.postingStarts, p, 'postings');
    this.termChecked = new Uint8Array(t);
    const problem = lineTablesProblem(this.lines);
    if (problem) throw new SegmentProblem(problem);
    this.passageBytes = new PassageBytes(passageLength, blockCrcs, (start, length) => {
      const bytes = readPassages(start, length);
      if (bytes.length !== length) throw new SegmentProblem('is truncated');
      return bytes;
    });
  }

  /** Releases the file (a segment held in memory has none); a passage read after it fails. */
  close(): void {
    this.file?.close();
  }

  /**
   * Where `term`'s postings are, or undefined when no passage here holds it. Throws SegmentProblem
   * when they name a passage the segment does not hold: checked the first time a term is looked
   * up, as checking all of them (millions) was a sixth of opening an index.
   */
  postings(term: Uint8Array): PostingRange | undefined {
    let low = 0;
    let high = this.termStarts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareBytes(this.terms.subarray(this.termStarts[middle]!, this.termStarts[middle + 1]!), term);
      if (order === 0) {
        const range = { start: this.postingStarts[middle]!, end: this.postingStarts[middle + 1]! };
        if (!this.termChecked[middle]) {
          for (let i = range.start; i < range.end; i++) if (this.postingLabel[i]! >= this.passageCount) throw new SegmentProblem('has a posting for a passage it does not hold');
          this.termChecked[middle] = 1;
        }
        return range;
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** One passage's text alone (label = its position in this segment): what who-knows reads of a line. */
  passageText(label: number): string {
    const start = this.passageStarts[2 * label]!;
    return decoder.decode(this.passageBytes.read(start, this.passageStarts[2 * label + 1]!));
  }

  /** Decodes one passage (label = its position in this segment). Throws SegmentProblem when its bytes are damaged. */
  passage(label: number): Passage {
    const start = this.passageStarts[2 * label]!;
    const split = this.passageStarts[2 * label + 1]! - start;
    const bytes = this.passageBytes.read(start, this.passageStarts[2 * label + 2]!);
    const text = decoder.decode(bytes.subarray(0, split));
    let meta: Record<string, unknown>;
    try {
      meta = JSON.parse(decoder.decode(bytes.subarray(split))) as Record<string, unknown>;
    } catch {
      throw new SegmentProblem(`holds a damaged passage (${label})`);
    }
    const { embedPrefix, embedText, ...rest } = meta;
    return { ...(rest as unknown as Omit<Passage, 'text' | 'embedText'>), text, embedText: typeof embedText === 'string' ? embedText : `${embedPrefix as string}${text}` };
  }
}

function rising(starts: Uint32Array, total: number, what: string): void {
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) throw new SegmentProblem(`has damaged ${what} offsets`);
  if (starts[0] !== 0 || starts[starts.length - 1] !== total) throw new SegmentProblem(`has damaged ${what} offsets`);
}

export { encoder as utf8 };
