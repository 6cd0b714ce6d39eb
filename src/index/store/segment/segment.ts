/** The segment reader: one file's tables as views of its bytes, each read when first used (layout: format.ts). */
import { openSync } from 'node:fs';
import { passageHeading, type Passage } from '../../../chunking/passage.js';
import { isTextLanguage } from '../../../text/language.js';
import { lineTablesProblem, type LineTables } from '../lines/lineTables.js';
import {
  align8,
  compareBytes,
  parseHeader,
  SegmentProblem,
  usualId,
  type SectionName,
  type SegmentHeader,
} from './format.js';
import type { ReadInto, SparseSection } from './lazySection.js';
import { lineTablesOf, Sections, sectionSizes } from './sections.js';
import { readGroups } from './varint.js';
import { PassageBytes, SegmentFile } from './passageFile.js';

const decoder = new TextDecoder();

/** A term's postings in one segment: entries start..end of its lists of passages and counts. */
export interface PostingRange {
  readonly start: number;
  readonly end: number;
  /** Passage (position in the segment), count in its text, count in its heading line. */
  readonly label: Uint32Array;
  readonly body: Uint32Array;
  readonly head: Uint32Array;
}

function rising(starts: Uint32Array, total: number, what: string): void {
  for (let i = 1; i < starts.length; i++)
    if (starts[i]! < starts[i - 1]!) throw new SegmentProblem(`has damaged ${what} offsets`);
  if (starts[0] !== 0 || starts[starts.length - 1] !== total) throw new SegmentProblem(`has damaged ${what} offsets`);
}

/**
 * A segment read from its bytes (which it keeps as views, never copies), each table read when first
 * used, a term's postings when the term is first looked up, a passage when it is decoded.
 */
export class Segment {
  readonly passageCount: number;
  private readonly header: SegmentHeader;
  private readonly sections: Sections;
  private readonly passageLength: number;
  private dictionary:
    | {
        terms: Uint8Array;
        termStarts: Uint32Array;
        postingStarts: Uint32Array;
        byteStarts: Uint32Array;
        data: SparseSection;
      }
    | undefined;
  private lineTables: LineTables | undefined;
  private passageReader: { starts: Uint32Array; bytes: PassageBytes } | undefined;

  /**
   * Opens a segment file: reads its header (version 4: everything but its passages, checked), and
   * keeps the file open to read the rest when used (until `close`). Throws SegmentProblem when the
   * header does not describe a whole, consistent segment (of `expectedBytes`, when given), and the
   * file system's error when it cannot be read. Damage in a table is found when that table is read.
   */
  static open(file: string, expectedBytes?: number): Segment {
    const source = new SegmentFile(openSync(file, 'r'));
    try {
      const size = source.size;
      if (expectedBytes !== undefined && size !== expectedBytes)
        throw new SegmentProblem(`is ${size} bytes, not ${expectedBytes} (cut short or replaced)`);
      const start = source.read(0, 12);
      const headerEnd = start.length === 12 ? 12 + start.readUInt32LE(8) : 12;
      const first = headerEnd <= size ? source.read(0, headerEnd) : start;
      const { header } = parseHeader(first);
      const readPassages = (at: number, length: number) => source.read(header.sections.passages[0] + at, length);
      return new Segment(first, size, readPassages, (target, position) => source.readInto(target, position), source);
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
    const readPassages = (at: number, length: number) => buffer.subarray(offset + at, offset + at + length);
    const readInto: ReadInto = (target, position) => {
      const from = buffer.subarray(position, position + target.length);
      target.set(from);
      return from.length;
    };
    return new Segment(buffer, buffer.length, readPassages, readInto);
  }

  /**
   * @param first the file's bytes up to the end of its header (at least)
   * @param size the file's size
   * @param readPassages bytes of the passages section (fewer at the file's end)
   * @param readInto how a section's blocks are read when first used
   */
  private constructor(
    first: Buffer,
    size: number,
    readPassages: (start: number, length: number) => Uint8Array,
    readInto: ReadInto,
    private readonly file?: SegmentFile,
  ) {
    const { header, base } = parseHeader(first);
    this.header = header;
    const loadEnd = header.sections.passages[0];
    const sections = new Sections(header, base, readInto);
    this.sections = sections;
    this.passageCount = header.passages;
    for (const [name, length] of Object.entries(sectionSizes(header))) sections.place(name as SectionName, length);
    for (const name of ['terms', 'keys', 'words', 'sectionLabels'] as const) sections.place(name);
    if (sections.end !== loadEnd) throw new SegmentProblem('has a damaged header (passages)');
    this.passageLength = header.sections.passages[1];
    const fileEnd = align8(loadEnd + this.passageLength);
    if (fileEnd !== size) throw new SegmentProblem(fileEnd > size ? 'is truncated' : 'has bytes past its end');
    this.readPassages = readPassages;
  }

  private readonly readPassages: (start: number, length: number) => Uint8Array;

  /** Token counts of each passage's text and heading line (what BM25's lengths are). */
  get bodyLength(): Uint32Array {
    return this.sections.u32('bodyLength');
  }

  get headLength(): Uint32Array {
    return this.sections.u32('headLength');
  }

  /** who-knows' line tables, read and checked the first time they are asked for. */
  get lines(): LineTables {
    if (!this.lineTables) {
      const tables = lineTablesOf(this.sections, this.header);
      const problem = lineTablesProblem(tables);
      if (problem) throw new SegmentProblem(problem);
      this.lineTables = tables;
    }
    return this.lineTables;
  }

  /** Reads and checks every table and passage block: what a build does to each segment it writes, before installing. */
  verifyAll(): void {
    const lines = this.lines;
    for (let key = 0; key < this.header.keys; key++) lines.linesOfKey!(key);
    for (let line = 0; line < this.header.lines; line++) lines.wordsOfLine!(line);
    void this.bodyLength;
    void this.headLength;
    const { termStarts } = this.terms();
    for (let t = 0; t + 1 < termStarts.length; t++) this.readPostings(t);
    this.owners();
    const { starts, bytes } = this.passages();
    bytes.read(0, starts[starts.length - 1]!);
  }

  /** Releases the file (a segment held in memory has none); a passage read after it fails. */
  close(): void {
    this.passageReader?.bytes.forget();
    this.file?.close();
  }

  private terms() {
    if (!this.dictionary) {
      const terms = this.sections.raw('terms');
      const termStarts = this.sections.u32('termStarts');
      const postingStarts = this.sections.u32('postingStarts');
      // The checksum catches damage; these catch a writer's mistake before it becomes a wrong answer.
      rising(termStarts, terms.length, 'terms');
      rising(postingStarts, this.header.postings, 'postings');
      const data = this.sections.sparse('postingData');
      const byteStarts = this.sections.u32('postingByteStarts');
      rising(byteStarts, data.length, 'postings');
      this.dictionary = { terms, termStarts, postingStarts, byteStarts, data };
    }
    return this.dictionary;
  }

  private passages() {
    if (!this.passageReader) {
      const starts = this.sections.u32('passageStarts');
      rising(starts, this.header.passageBytes, 'passage');
      const blockCrcs = this.sections.u32('blockCrcs');
      const blockStarts = this.sections.u32('passageBlockStarts');
      rising(blockStarts, this.passageLength, 'passage block');
      const bytes = new PassageBytes(this.header.passageBytes, blockCrcs, blockStarts, (start, length) => {
        const read = this.readPassages(start, length);
        if (read.length !== length) throw new SegmentProblem('is truncated');
        return read;
      });
      this.passageReader = { starts, bytes };
    }
    return this.passageReader;
  }

  /**
   * Where `term`'s postings are, or undefined when no passage here holds it; its entries are read
   * and checked now. Throws SegmentProblem when they are damaged or name a passage the segment does
   * not hold: checked the first time a term is looked up rather than for every term (millions)
   * when the segment is opened.
   */
  postings(term: Uint8Array): PostingRange | undefined {
    const t = this.termNumber(term);
    return t < 0 ? undefined : this.readPostings(t);
  }

  /**
   * How many passages here hold `term` (0: none), from the dictionary alone: whether a word is
   * known at all is asked of every word of a question, and a common word's postings are large.
   */
  postingCount(term: Uint8Array): number {
    const t = this.termNumber(term);
    if (t < 0) return 0;
    const { postingStarts } = this.terms();
    return postingStarts[t + 1]! - postingStarts[t]!;
  }

  /** `term`'s position in the dictionary, -1 when absent. */
  private termNumber(term: Uint8Array): number {
    const { terms, termStarts } = this.terms();
    let low = 0;
    let high = termStarts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareBytes(terms.subarray(termStarts[middle]!, termStarts[middle + 1]!), term);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Decodes term t's postings, checking that each names a passage held here. */
  private readPostings(t: number): PostingRange {
    const { postingStarts, byteStarts, data } = this.terms();
    const count = postingStarts[t + 1]! - postingStarts[t]!;
    const bytes = data.range(byteStarts[t]!, byteStarts[t + 1]!);
    const range = {
      start: 0,
      end: count,
      label: new Uint32Array(count),
      body: new Uint32Array(count),
      head: new Uint32Array(count),
    };
    readGroups(bytes, 0, bytes.length, [range.label, range.body, range.head], 0, count);
    for (let i = 0; i < count; i++)
      if (range.label[i]! >= this.passageCount)
        throw new SegmentProblem('has a posting for a passage it does not hold');
    return range;
  }

  /** Each passage's [source, personId, person, language?], parsed when a passage is first decoded. */
  private owners(): { list: unknown[]; of: Uint32Array } {
    if (!this.ownerTable) {
      let list: unknown;
      try {
        list = JSON.parse(decoder.decode(this.sections.raw('owners')));
      } catch {
        throw new SegmentProblem('has a damaged owners table');
      }
      if (
        !Array.isArray(list) ||
        list.length !== this.header.owners ||
        !list.every((o) => Array.isArray(o) && (o.length === 3 || (o.length === 4 && isTextLanguage(o[3]))))
      )
        throw new SegmentProblem('has a damaged owners table');
      const of = this.sections.u32('passageOwner');
      for (let i = 0; i < of.length; i++)
        if (of[i]! >= list.length) throw new SegmentProblem('has a damaged owners table');
      this.ownerTable = { list, of };
    }
    return this.ownerTable;
  }

  private ownerTable: { list: unknown[]; of: Uint32Array } | undefined;

  /** One passage's text alone (label = its position in this segment): what who-knows reads of a line. */
  passageText(label: number): string {
    const { starts, bytes } = this.passages();
    return decoder.decode(bytes.read(starts[2 * label]!, starts[2 * label + 1]!));
  }

  /** Decodes one passage (label = its position in this segment). Throws SegmentProblem when its bytes are damaged. */
  passage(label: number): Passage {
    const { starts, bytes: source } = this.passages();
    const start = starts[2 * label]!;
    const split = starts[2 * label + 1]! - start;
    const bytes = source.read(start, starts[2 * label + 2]!);
    const text = decoder.decode(bytes.subarray(0, split));
    let meta: unknown;
    try {
      meta = JSON.parse(decoder.decode(bytes.subarray(split)));
    } catch {
      throw new SegmentProblem(`holds a damaged passage (${label})`);
    }
    // Checksums pass what a faulty writer wrote: `null` or a list here is refused, not destructured.
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
      throw new SegmentProblem(`holds a damaged passage (${label}: not an object)`);
    }
    const { id, h, embedPrefix, embedText, ...rest } = meta as Record<string, unknown>;
    const owners = this.owners();
    const [owner, personId, person, language] = owners.list[owners.of[label]!] as unknown[];
    const inLanguage = language === undefined ? {} : { documentLanguage: language };
    const fields = { source: owner, personId, person, ...rest, ...inLanguage } as unknown as Omit<
      Passage,
      'id' | 'text' | 'embedText'
    >;
    const heading = h === 1 && typeof person === 'string' && Array.isArray(rest.sectionPath);
    if (typeof embedText !== 'string' && typeof embedPrefix !== 'string' && !heading) {
      throw new SegmentProblem(`holds a damaged passage (${label}: no embedded text)`);
    }
    return {
      id: id === undefined ? usualId(fields) : (id as string),
      ...fields,
      text,
      embedText:
        typeof embedText === 'string'
          ? embedText
          : typeof embedPrefix === 'string'
            ? `${embedPrefix}${text}`
            : `${passageHeading(person as string, fields.sectionPath)}\n${text}`,
    };
  }

  /**
   * Reads every passage block (each checked against its CRC-32) and decodes every passage, handing
   * each to `check`: what `npm run embed` does to an index it keeps, since loading reads passages
   * only as answers need them. Throws SegmentProblem at the first damaged one.
   */
  verifyPassages(check: (passage: Passage, label: number) => string | undefined): void {
    for (let label = 0; label < this.passageCount; label++) {
      const problem = check(this.passage(label), label);
      if (problem) throw new SegmentProblem(`holds a damaged passage (${label}: ${problem})`);
    }
  }
}
