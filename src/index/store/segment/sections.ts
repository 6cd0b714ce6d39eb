/** A segment's sections: where its header places them, their sizes, and each read when first used. */
import type { LineTables } from '../lines/lineTables.js';
import { align8, PASSAGE_BLOCK, SegmentProblem, type SectionName, type SegmentHeader } from './format.js';
import { LazySection, SparseSection, type ReadInto } from './lazySection.js';
import { readGroups } from './varint.js';

/**
 * The sections before the passages, each checked at open to lie there at the size its count says,
 * read when first used a block at a time (each block checked by its own CRC-32).
 */
export class Sections {
  end: number;
  private readonly loadEnd: number;
  private readonly read = new Map<SectionName, LazySection>();
  private readonly views = new Map<SectionName, Uint32Array>();

  constructor(
    private readonly header: SegmentHeader,
    private readonly base: number,
    private readonly readInto: ReadInto,
  ) {
    this.end = base;
    this.loadEnd = header.sections.passages[0];
  }

  place(name: SectionName, length?: number): [number, number] {
    const place = this.header.sections[name];
    if (
      !Array.isArray(place) ||
      !place.every((x) => Number.isInteger(x) && x >= 0) ||
      place[0] % 8 !== 0 ||
      place[0] < this.base
    )
      throw new SegmentProblem(`has a damaged header (${name})`);
    if (place[0] + place[1] > this.loadEnd) throw new SegmentProblem(`has a damaged header (${name})`);
    if (length !== undefined && place[1] !== length)
      throw new SegmentProblem(
        name === 'lineWordKeys'
          ? 'has a lineWordKeys section of the wrong size'
          : `has a ${name} section of the wrong size`,
      );
    this.end = Math.max(this.end, align8(place[0] + place[1]));
    return place;
  }

  section(name: SectionName): LazySection {
    let section = this.read.get(name);
    if (!section) {
      const [offset, length] = this.place(name);
      section = LazySection.onDemand(name, offset, length, this.header.sectionCrcs[name] ?? [], this.readInto);
      this.read.set(name, section);
    }
    return section;
  }

  /** A large section read by ranges, a block at a time (never allocated whole). */
  sparse(name: SectionName): SparseSection {
    let section = this.sparseRead.get(name);
    if (!section) {
      const [offset, length] = this.place(name);
      section = new SparseSection(name, offset, length, this.header.sectionCrcs[name] ?? [], this.readInto);
      this.sparseRead.set(name, section);
    }
    return section;
  }

  private readonly sparseRead = new Map<SectionName, SparseSection>();

  /** The section as u32s, without reading it (for the postings, read a term's range at a time). */
  u32Unread(name: SectionName): Uint32Array {
    const bytes = this.section(name).bytes;
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  }

  u32(name: SectionName): Uint32Array {
    let view = this.views.get(name);
    if (!view) {
      const bytes = this.section(name).all();
      view = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
      this.views.set(name, view);
    }
    return view;
  }

  raw(name: SectionName): Uint8Array {
    return this.section(name).all();
  }
}

/** Each section's size in bytes as the header's counts say (terms, keys, words and labels: any). */
export function sectionSizes(header: SegmentHeader): Partial<Record<SectionName, number>> {
  const {
    passages: n,
    terms: t,
    lines: l,
    keys: k,
    words: w,
    sectionLabels: sl,
    lineDates: ld,
    sectionDates: sd,
  } = header;
  const words = header.lineWordKeys * header.lineWordKeyBytes;
  const blocks = Math.ceil(header.passageBytes / PASSAGE_BLOCK);
  const u32: Partial<Record<SectionName, number>> = {
    passageStarts: 2 * n + 1,
    bodyLength: n,
    headLength: n,
    termStarts: t + 1,
    passageOwner: n,
    postingStarts: t + 1,
    postingByteStarts: t + 1,
    sectionFirst: n,
    lineLocal: l,
    lineOffset: l,
    keyStarts: k + 1,
    keyPostingStarts: k + 1,
    keyLineByteStarts: k + 1,
    wordStarts: w + 1,
    startLine: n,
    sectionOf: n,
    sectionLabelStarts: sl + 1,
    lineDateStarts: l + 1,
    lineDates: ld,
    sectionDateStarts: n + 1,
    sectionDates: sd,
    lineWordKeyStarts: l + 1,
    passageBlockStarts: blocks + 1,
    blockCrcs: blocks,
  };
  return { ...Object.fromEntries(Object.entries(u32).map(([name, count]) => [name, count! * 4])), lineWordKeys: words };
}

/**
 * who-knows' tables of a segment: the per-passage and per-line ones read whole, a key's lines and
 * a line's words read (and checked) when first looked up: they are most of the tables' bytes.
 */
export function lineTablesOf(sections: Sections, header: SegmentHeader): LineTables {
  const u32 = (name: SectionName) => sections.u32(name);
  const raw = (name: SectionName) => sections.raw(name);
  const keyPostingStarts = u32('keyPostingStarts');
  const lineWordKeyStarts = u32('lineWordKeyStarts');
  if (lineWordKeyStarts.at(-1) !== header.lineWordKeys || keyPostingStarts.at(-1) !== header.keyPostings)
    throw new SegmentProblem('has damaged line postings');
  const keyCount = header.keys;
  const wordBytes = header.lineWordKeyBytes;
  const wordSection = sections.sparse('lineWordKeys');
  return {
    sectionFirst: u32('sectionFirst'),
    lineLocal: u32('lineLocal'),
    lineOffset: u32('lineOffset'),
    keys: raw('keys'),
    keyStarts: u32('keyStarts'),
    keyPostingStarts,
    keyLines: new Uint32Array(0),
    words: raw('words'),
    wordStarts: u32('wordStarts'),
    startLine: u32('startLine'),
    sectionOf: u32('sectionOf'),
    sectionLabels: raw('sectionLabels'),
    sectionLabelStarts: u32('sectionLabelStarts'),
    lineDateStarts: u32('lineDateStarts'),
    lineDates: u32('lineDates'),
    sectionDateStarts: u32('sectionDateStarts'),
    sectionDates: u32('sectionDates'),
    lineWordKeyStarts,
    lineWordKeys: new Uint16Array(0),
    linesOfKey: keyReader(sections, header, keyPostingStarts),
    wordsOfLine: (line) => {
      const start = lineWordKeyStarts[line]!;
      const end = lineWordKeyStarts[line + 1]!;
      // A view of the kept block when it can be one (who-knows reads a line's words per candidate line
      // of a multi-word skill, thousands a question); copied when the bytes do not start at a multiple
      // of the width (across two blocks they already are a copy, starting at 0).
      let bytes = wordSection.range(start * wordBytes, end * wordBytes);
      if (bytes.byteOffset % wordBytes !== 0) bytes = bytes.slice();
      const words =
        wordBytes === 2
          ? new Uint16Array(bytes.buffer, bytes.byteOffset, end - start)
          : new Uint32Array(bytes.buffer, bytes.byteOffset, end - start);
      for (let i = 0; i < words.length; i++)
        if (words[i]! >= keyCount) throw new SegmentProblem('has a line word out of range');
      return words;
    },
  };
}

/** A key's lines, decoded from their varints and checked to name posted lines, when the key is looked up. */
function keyReader(
  sections: Sections,
  header: SegmentHeader,
  keyPostingStarts: Uint32Array,
): (key: number) => Uint32Array {
  const byteStarts = sections.u32('keyLineByteStarts');
  const data = sections.sparse('keyLineData');
  return (key) => {
    const bytes = data.range(byteStarts[key]!, byteStarts[key + 1]!);
    const lines = new Uint32Array(keyPostingStarts[key + 1]! - keyPostingStarts[key]!);
    readGroups(bytes, 0, bytes.length, [lines], 0, lines.length);
    for (let i = 0; i < lines.length; i++)
      if (lines[i]! >= header.lines) throw new SegmentProblem('has a posting for a line it does not hold');
    return lines;
  };
}
