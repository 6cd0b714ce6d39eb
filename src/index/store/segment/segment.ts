/** The segment reader: one segment file's tables as views of its bytes, its passages read when decoded (layout in format.ts). */
import { openSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { Passage } from '../../../chunking/passage.js';
import { lineTablesProblem, type LineTables } from '../lines/lineTables.js';
import { align8, compareBytes, PASSAGE_BLOCK, parseHeader, SegmentProblem, type SectionName, type SegmentHeader } from './format.js';
import { PassageBytes, SegmentFile } from './passageFile.js';

const decoder = new TextDecoder();

/** A term's postings in one segment: entries start..end of the posting lists. */
export interface PostingRange {
  readonly start: number;
  readonly end: number;
}

/** A section of `count` keys of `width` bytes each, as the typed array of that width. */
function wordKeys(bytes: Uint8Array, count: number, width: 2 | 4): Uint16Array | Uint32Array {
  if (bytes.length !== count * width) throw new SegmentProblem('has a lineWordKeys section of the wrong size');
  return width === 2 ? new Uint16Array(bytes.buffer, bytes.byteOffset, count) : new Uint32Array(bytes.buffer, bytes.byteOffset, count);
}

function rising(starts: Uint32Array, total: number, what: string): void {
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) throw new SegmentProblem(`has damaged ${what} offsets`);
  if (starts[0] !== 0 || starts[starts.length - 1] !== total) throw new SegmentProblem(`has damaged ${what} offsets`);
}

/** Views of the sections before the passages, each checked to lie there; `end` is where the last one seen ends. */
class Sections {
  end: number;
  private readonly loadEnd: number;

  constructor(
    private readonly lead: Buffer,
    private readonly header: SegmentHeader,
    private readonly base: number,
  ) {
    this.end = base;
    this.loadEnd = header.sections.passages[0];
  }

  private place(name: SectionName): [number, number] {
    const place = this.header.sections[name];
    if (!Array.isArray(place) || !place.every((x) => Number.isInteger(x) && x >= 0) || place[0] % 8 !== 0 || place[0] < this.base) throw new SegmentProblem(`has a damaged header (${name})`);
    if (place[0] + place[1] > this.loadEnd) throw new SegmentProblem(`has a damaged header (${name})`);
    this.end = Math.max(this.end, align8(place[0] + place[1]));
    return place;
  }

  u32(name: SectionName, count: number): Uint32Array {
    const [offset, length] = this.place(name);
    if (length !== count * 4) throw new SegmentProblem(`has a ${name} section of the wrong size`);
    return new Uint32Array(this.lead.buffer, this.lead.byteOffset + offset, count);
  }

  raw(name: SectionName): Uint8Array {
    const [offset, length] = this.place(name);
    return new Uint8Array(this.lead.buffer, this.lead.byteOffset + offset, length);
  }
}

/** who-knows' tables of a segment, as views of its sections. */
function lineTablesOf(sections: Sections, header: SegmentHeader): LineTables {
  const u32 = (name: SectionName, count: number) => sections.u32(name, count);
  const raw = (name: SectionName) => sections.raw(name);
  const { passages: n, lines: l, keys: k, keyPostings: kp, words: w, sectionLabels: sl, lineDates: ld, sectionDates: sd } = header;
  return {
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
    lineWordKeys: wordKeys(raw('lineWordKeys'), header.lineWordKeys, header.lineWordKeyBytes),
  };
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
    const { passages: n, terms: t, postings: p } = header;
    const loadEnd = header.sections.passages[0];
    const sections = new Sections(lead, header, base);
    this.passageCount = n;
    this.passageStarts = sections.u32('passageStarts', 2 * n + 1);
    this.bodyLength = sections.u32('bodyLength', n);
    this.headLength = sections.u32('headLength', n);
    this.termStarts = sections.u32('termStarts', t + 1);
    this.postingStarts = sections.u32('postingStarts', t + 1);
    this.postingLabel = sections.u32('postingLabel', p);
    this.postingBody = sections.u32('postingBody', p);
    this.postingHead = sections.u32('postingHead', p);
    this.terms = sections.raw('terms');
    this.lines = lineTablesOf(sections, header);
    const passageLength = header.sections.passages[1];
    const blockCrcs = sections.u32('blockCrcs', Math.ceil(passageLength / PASSAGE_BLOCK));
    if (sections.end !== loadEnd) throw new SegmentProblem('has a damaged header (passages)');
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
   * up rather than for every term (millions) when the segment is opened.
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
    const { embedPrefix, embedText, ...rest } = meta as Record<string, unknown>;
    if (typeof embedText !== 'string' && typeof embedPrefix !== 'string') {
      throw new SegmentProblem(`holds a damaged passage (${label}: no embedded text)`);
    }
    return { ...(rest as unknown as Omit<Passage, 'text' | 'embedText'>), text, embedText: typeof embedText === 'string' ? embedText : `${embedPrefix as string}${text}` };
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
