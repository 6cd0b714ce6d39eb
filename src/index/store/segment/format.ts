/**
 * One segment of the index: an immutable file holding a run of passages and their BM25 postings.
 * A build writes segments once and never changes them; a later build that keeps some of their
 * passages hard-links the file into its generation and lists which passages are still live.
 * `encodeSegment.ts` writes one, `segment.ts` reads one; this file is the layout they share.
 *
 * Layout (little-endian): "WKSEG007", a u32 header length, the header (JSON: counts, where each
 * section starts, a CRC-32 of each SECTION_BLOCK bytes of each section), then the sections, each
 * 8-byte aligned. Opening a segment reads its header only; a section's block is read and checked
 * the first time something in it is used (a term's postings, a key's lines, who-knows' tables):
 *   passageStarts (u32, 2n + 1) passage i's text is passages[2i..2i+1], its meta [2i+1..2i+2]
 *   passageOwner (u32, n) each passage's entry in `owners`, a JSON list of [source, personId,
 *   person] with the document's language fourth when it is not English ("de"): a document's
 *   passages share them, so each is written once, not in every passage
 *   bodyLength, headLength   (u32, n) token counts of each passage's text and heading line
 *   terms       UTF-8 of every term, sorted by bytes; termStarts (u32, t + 1)
 *   postingStarts (u32, t + 1) where each term's entries begin, counted in entries
 *   postingByteStarts (u32, t + 1) and postingData: each term's entries as varints (varint.ts),
 *   three an entry: the passage's gap from the previous entry's, the count in its text, the
 *   count in its heading
 *   who-knows' line tables (see ../lines/lineTables.ts): sectionFirst (u32, n); lineLocal, lineOffset
 *   (u32, l) each posted source line; keys, keyStarts (k + 1), keyPostingStarts (k + 1) counted in
 *   lines, keyLineByteStarts (k + 1) and keyLineData: word key → its lines as gap varints;
 *   words, wordStarts (w + 1) the distinct words as written; startLine,
 *   sectionOf (u32, n) each passage's first line and section label; sectionLabels,
 *   sectionLabelStarts (s + 1); lineDateStarts (l + 1), lineDates (u32) and sectionDateStarts
 *   (n + 1), sectionDates (u32) the dates written by each line and by each section's opening;
 *   lineWordKeyStarts (l + 1), lineWordKeys (u16 or u32) each line's words as keys, in order
 *   passageBlockStarts (u32, b + 1), blockCrcs (u32, b) where each deflated block of `passages`
 *   starts, and the CRC-32 of each as stored
 * Last, read a block at a time when a passage in it is decoded:
 *   passages    per passage, the UTF-8 of its text then of its meta (a JSON of its other fields
 *   but its owner's, its id when it is the usual one, its embedded prefix when it is its heading),
 *   deflated (raw) PASSAGE_BLOCK bytes at a time: text compresses to about a third
 * No question reads most of a segment, so opening an index reads its headers, and each block is
 * checked the first time it is read (a build checks every block of the segments it writes before
 * it installs them). Typed arrays are views of the bytes read: never a parse of every passage.
 */

/**
 * 7: passages deflated by blocks of 16 KiB (a first read of a passage inflates a quarter of what it
 * did), and a CRC-32 per 8 KiB of the other sections (a first look-up reads an eighth). 6: postings
 * and key lines as varints, a passage's owner stored once per document, passages deflated by block.
 * 5: a CRC-32 per block of each section, so sections are read when used. 4: who-knows' per-line dates and
 * word keys, passage start lines and section labels. 3: passages last, read on demand and checked
 * by block. 2: who-knows' line tables added. An older segment is refused (its index is rebuilt).
 */
export const MAGIC = 'WKSEG007';
export const VERSION = 7;

/**
 * Bytes of a section (other than `passages`) under one CRC-32 of the header's `sectionCrcs`: what
 * a first look-up of a term's postings, a key's lines or a line's words reads and checks, though it
 * needs a few bytes of it. A rare term or a multi-word skill's few hundred lines read a block each.
 */
export const SECTION_BLOCK = 8_192;

/**
 * Bytes of `passages` under one CRC-32 and one deflate: what the first read of a passage in the
 * block reads, checks and inflates. A question reads tens of passages from as many blocks, and
 * inflating 64 KiB costs about ten times what 16 KiB does (deflate's 32 KiB window and the
 * processor's cache), for passages a quarter larger deflated than at 64 KiB.
 */
export const PASSAGE_BLOCK = 16_384;

const LINE_U32 = [
  'sectionFirst',
  'lineLocal',
  'lineOffset',
  'keyStarts',
  'keyPostingStarts',
  'keyLineByteStarts',
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
const U32_SECTIONS = [
  'passageStarts',
  'bodyLength',
  'headLength',
  'termStarts',
  'passageOwner',
  'postingStarts',
  'postingByteStarts',
  ...LINE_U32,
  'passageBlockStarts',
  'blockCrcs',
] as const;
const BYTE_SECTIONS = [
  'passages',
  'owners',
  'terms',
  'postingData',
  'keys',
  'keyLineData',
  'words',
  'sectionLabels',
  'lineWordKeys',
] as const;
export type SectionName = (typeof U32_SECTIONS)[number] | (typeof BYTE_SECTIONS)[number];

export interface SegmentHeader {
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
  /** Entries of `owners`. */
  readonly owners: number;
  /** Bytes of the passages before they were deflated, a PASSAGE_BLOCK at a time. */
  readonly passageBytes: number;
  /** Per section but `passages`, the CRC-32 of each SECTION_BLOCK bytes of it. */
  readonly sectionCrcs: Partial<Record<SectionName, number[]>>;
  /** Section → [byte offset in the file, byte length]. */
  readonly sections: Record<SectionName, [number, number]>;
}

/** The header's counts, each a whole number a damaged header may get wrong. */
const HEADER_COUNTS = [
  'passages',
  'terms',
  'postings',
  'lines',
  'keys',
  'keyPostings',
  'words',
  'sectionLabels',
  'lineDates',
  'sectionDates',
  'lineWordKeys',
  'owners',
  'passageBytes',
] as const satisfies readonly (keyof SegmentHeader)[];

/** A passage's id when it is a run of whole lines (chunking's usual form): stored only when it is not this. */
export function usualId(passage: {
  readonly source: string;
  readonly startLine: number;
  readonly endLine: number;
}): string {
  return `${passage.source}#L${passage.startLine}-L${passage.endLine}`;
}

/** A problem found reading a segment, phrased to follow the file's name. */
export class SegmentProblem extends Error {}

export const utf8 = new TextEncoder();

export function align8(n: number): number {
  return (n + 7) & ~7;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b);
}

export function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

interface ParsedHeader {
  readonly header: SegmentHeader;
  /** Where the sections start: the end of the header. */
  readonly base: number;
}

/** The header of a segment whose first bytes are `lead` (at least its 12-byte start and the header). */
export function parseHeader(lead: Buffer): ParsedHeader {
  const magic = lead.length < 12 ? '' : lead.toString('latin1', 0, 8);
  if (magic.startsWith('WKSEG') && magic !== MAGIC) throw new SegmentProblem(`is of an older format (${magic})`);
  if (magic !== MAGIC) throw new SegmentProblem('is not an index segment');
  const headerLength = lead.readUInt32LE(8);
  if (12 + headerLength > lead.length) throw new SegmentProblem('is truncated');
  let header: SegmentHeader;
  try {
    header = JSON.parse(lead.toString('utf8', 12, 12 + headerLength)) as SegmentHeader;
  } catch {
    throw new SegmentProblem('has a damaged header');
  }
  if (header?.version !== VERSION || typeof header.sections !== 'object' || header.sections === null)
    throw new SegmentProblem('has a damaged header');
  if (typeof header.sectionCrcs !== 'object' || header.sectionCrcs === null)
    throw new SegmentProblem('has a damaged header (checksums)');
  if (header.lineWordKeyBytes !== 2 && header.lineWordKeyBytes !== 4) throw new SegmentProblem('has a damaged header');
  if (!HEADER_COUNTS.every((name) => Number.isInteger(header[name]) && header[name] >= 0))
    throw new SegmentProblem('has a damaged header');
  const base = 12 + headerLength;
  const passages = header.sections.passages;
  if (
    !Array.isArray(passages) ||
    !passages.every((x) => Number.isInteger(x) && x >= 0) ||
    passages[0] % 8 !== 0 ||
    passages[0] < base
  )
    throw new SegmentProblem('has a damaged header (passages)');
  return { header, base };
}
