/** The segment writer: passages → the bytes of one segment file (layout in format.ts). */
import { crc32, deflateRawSync } from 'node:zlib';
import { FRONT_MATTER_SECTION, passageHeading, type Passage } from '../../../chunking/passage.js';
import {
  documentLanguageOf,
  functionWordsOf,
  languageOfFunctionWords,
  type TextLanguage,
} from '../../../text/language.js';
import { passageStemsIn, tokenize, wordTerms } from '../../../text/terms.js';
import type { LineTables } from '../lines/lineTables.js';
import { postLines } from '../lines/postLines.js';
import { isHeadingThenText } from './sentPassages.js';
import { TermPostings } from './termPostings.js';
import { VarintWriter } from './varint.js';
import {
  align8,
  bytesOf,
  compareBytes,
  MAGIC,
  PASSAGE_BLOCK,
  SECTION_BLOCK,
  utf8,
  VERSION,
  type SectionName,
  type SegmentHeader,
  usualId,
} from './format.js';

/**
 * The fields of a passage kept in its meta JSON: everything but its text and its owner's fields
 * (source, person id and name, document language, in `owners`), its id when it is the one its source and lines give,
 * and its embedded form when that is its heading line then its text (`h` says so).
 */
function metaOf(passage: Passage, heading: string): Record<string, unknown> {
  const { text, embedText, id, source: _s, personId: _p, person: _n, documentLanguage: _l, ...rest } = passage;
  const meta: Record<string, unknown> = id === usualId(passage) ? {} : { id };
  Object.assign(meta, rest);
  // embedText is "Person › Section\n" + text (or a prefix of it when the model's input is short).
  // A faulty writer's passage (wrong types) is stored as given, for the reader to refuse.
  const plain = typeof passage.person === 'string' && Array.isArray(passage.sectionPath);
  if (plain && isHeadingThenText(embedText, heading, text)) meta.h = 1;
  else if (embedText.endsWith(text)) meta.embedPrefix = embedText.slice(0, embedText.length - text.length);
  else meta.embedText = embedText;
  return meta;
}

/**
 * Each passage's language: its own when its function words tell it, else its document's, read
 * from all its passages' function words and section headings (text/language.ts). A document's
 * passages are read once for both.
 */
function passageLanguages(passages: readonly Passage[]): {
  readonly of: readonly TextLanguage[];
  readonly bySource: ReadonlyMap<string, TextLanguage>;
} {
  const words = passages.map((passage) => functionWordsOf(passage.text));
  const indexes = new Map<string, number[]>();
  passages.forEach((passage, label) => {
    const labels = indexes.get(passage.source);
    if (labels) labels.push(label);
    else indexes.set(passage.source, [label]);
  });
  const bySource = new Map<string, TextLanguage>();
  for (const [source, labels] of indexes) {
    const functionWords = new Set<string>();
    const headings = new Set<string>();
    for (const label of labels) {
      for (const word of words[label]!) functionWords.add(word);
      for (const part of passages[label]!.sectionPath) if (part !== FRONT_MATTER_SECTION) headings.add(part);
    }
    const language = documentLanguageOf({
      functionWords,
      headings,
      text: () => labels.map((label) => passages[label]!.text).join('\n'),
    });
    bySource.set(source, language);
  }
  const of = passages.map((passage, label) => languageOfFunctionWords(words[label]!) ?? bySource.get(passage.source)!);
  return { of, bySource };
}

/**
 * Each distinct [source, personId, person] once, with its document's language fourth when that is
 * not English, and each passage's position among them.
 */
function ownersOf(
  passages: readonly Passage[],
  languages: ReadonlyMap<string, TextLanguage>,
): { owners: Buffer; count: number; passageOwner: Uint32Array } {
  const passageOwner = new Uint32Array(passages.length);
  const seen = new Map<string, number>();
  const owners: unknown[] = [];
  passages.forEach((passage, label) => {
    const owner = [passage.source, passage.personId, passage.person];
    const language = languages.get(passage.source);
    if (language !== undefined && language !== 'en') owner.push(language);
    const key = JSON.stringify(owner);
    let at = seen.get(key);
    if (at === undefined) {
      at = owners.length;
      seen.set(key, at);
      owners.push(owner);
    }
    passageOwner[label] = at;
  });
  return { owners: Buffer.from(JSON.stringify(owners)), count: owners.length, passageOwner };
}

/** The passages' bytes (text and meta side by side), their token counts and each term's postings. */
interface Tokenised {
  readonly passageSection: Buffer;
  readonly passageStarts: Uint32Array;
  readonly bodyLength: Uint32Array;
  readonly headLength: Uint32Array;
  readonly postings: TermPostings;
}

/** Tokenised for BM25 as the reader scores (text and heading line counted apart), each passage stemmed in `languages[label]`. */
function tokenisePassages(passages: readonly Passage[], languages: readonly TextLanguage[]): Tokenised {
  const n = passages.length;
  const passageParts: Uint8Array[] = [];
  const passageStarts = new Uint32Array(2 * n + 1);
  const bodyLength = new Uint32Array(n);
  const headLength = new Uint32Array(n);
  let passageBytes = 0;
  const postings = new TermPostings();
  // Passages of one section share their heading line: tokenise it once.
  let heading = '';
  let headTerms = 0;
  for (let label = 0; label < n; label++) {
    const passage = passages[label]!;
    const text = utf8.encode(passage.text);
    const thisHeading = passageHeading(passage.person, passage.sectionPath);
    const meta = utf8.encode(JSON.stringify(metaOf(passage, thisHeading)));
    // Text and meta side by side: decoding a passage is one read.
    passageParts.push(text, meta);
    passageStarts[2 * label] = passageBytes;
    passageStarts[2 * label + 1] = passageBytes + text.length;
    passageBytes += text.length + meta.length;
    if (thisHeading !== heading || label === 0) {
      heading = thisHeading;
      const terms = tokenize(heading);
      headTerms = terms.length;
      postings.setHeading(terms);
    }
    // passageTerms' terms, word by word: its words' terms (BM25's length) then its stems.
    const words = wordTerms(passage.text);
    let length = 0;
    for (const word of words) length += word.length;
    bodyLength[label] = length;
    headLength[label] = headTerms;
    postings.post(label, words, passageStemsIn(passage.text, languages[label]!));
  }
  passageStarts[2 * n] = passageBytes;
  return { passageSection: Buffer.concat(passageParts), passageStarts, bodyLength, headLength, postings };
}

/** The term dictionary and each term's postings as varints, terms sorted by bytes. */
function termTables(postings: TermPostings) {
  // Labels rise within each posting because passages were visited in label order.
  const terms = postings.terms
    .map((term, number) => ({ number, bytes: utf8.encode(term) }))
    .sort((a, b) => compareBytes(a.bytes, b.bytes));
  const t = terms.length;
  const termStarts = new Uint32Array(t + 1);
  const postingStarts = new Uint32Array(t + 1);
  const postingByteStarts = new Uint32Array(t + 1);
  const data = new VarintWriter();
  const byTerm = postings.byTerm();
  const entries = byTerm.entries;
  let p = 0;
  let termBytes = 0;
  for (let i = 0; i < t; i++) {
    termStarts[i] = termBytes;
    postingStarts[i] = p;
    postingByteStarts[i] = data.length;
    termBytes += terms[i]!.bytes.length;
    const { number } = terms[i]!;
    let previous = 0;
    for (let at = 3 * byTerm.starts[number]!; at < 3 * byTerm.starts[number + 1]!; at += 3) {
      data.write(entries[at]! - previous);
      previous = entries[at]!;
      data.write(entries[at + 1]!);
      data.write(entries[at + 2]!);
    }
    p += postings.counts[number]!;
  }
  termStarts[t] = termBytes;
  postingStarts[t] = p;
  postingByteStarts[t] = data.length;
  return {
    terms: Buffer.concat(terms.map((term) => term.bytes)),
    t,
    p,
    termStarts,
    postingStarts,
    postingByteStarts,
    postingData: data.result(),
  };
}

/** Each key's lines as gaps, varints: they rise, and most keys' lines are close together. */
function keyLineTables(keyPostingStarts: Uint32Array, keyLines: Uint32Array) {
  const keyLineByteStarts = new Uint32Array(keyPostingStarts.length);
  const data = new VarintWriter();
  for (let k = 0; k + 1 < keyPostingStarts.length; k++) {
    keyLineByteStarts[k] = data.length;
    let previous = 0;
    for (let i = keyPostingStarts[k]!; i < keyPostingStarts[k + 1]!; i++) {
      data.write(keyLines[i]! - previous);
      previous = keyLines[i]!;
    }
  }
  keyLineByteStarts[keyPostingStarts.length - 1] = data.length;
  return { keyLineByteStarts, keyLineData: data.result() };
}

/** The sections back to back, each 8-byte aligned; offsets relative to the end of the header. */
function layOut(bodies: Record<SectionName, Uint8Array[]>) {
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
  return { order, relative, pieces };
}

/** The passages deflated PASSAGE_BLOCK bytes at a time, where each block starts, and each one's CRC-32 as stored. */
function deflateBlocks(bytes: Buffer) {
  const count = Math.ceil(bytes.length / PASSAGE_BLOCK);
  const blocks: Buffer[] = [];
  const starts = new Uint32Array(count + 1);
  const crcs = new Uint32Array(count);
  for (let b = 0; b < count; b++) {
    const block = deflateRawSync(bytes.subarray(b * PASSAGE_BLOCK, (b + 1) * PASSAGE_BLOCK));
    blocks.push(block);
    crcs[b] = crc32(block);
    starts[b + 1] = starts[b]! + block.length;
  }
  return { blocks, starts, crcs };
}

/** CRC-32 of each SECTION_BLOCK bytes of a section's pieces (a section is one piece but for tests' hand-made ones). */
function blockCrcsOf(pieces: readonly Uint8Array[]): number[] {
  const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  const crcs: number[] = [];
  for (let at = 0; at < bytes.length; at += SECTION_BLOCK) crcs.push(crc32(bytes.subarray(at, at + SECTION_BLOCK)));
  return crcs;
}

function lineCounts(lines: LineTables) {
  return {
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
}

/** The magic, the header's length and the header JSON, padded with spaces so the sections after it stay aligned. */
function leadFor(headerFor: (base: number) => string): Buffer {
  // The header's length shifts every offset; pad it so sections stay aligned.
  let base = align8(12 + utf8.encode(headerFor(0)).length + 64);
  let header = utf8.encode(headerFor(base));
  while (12 + header.length > base) {
    base = align8(12 + header.length + 64);
    header = utf8.encode(headerFor(base));
  }
  const lead = Buffer.alloc(base, 0x20); // spaces pad the header JSON
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(base - 12, 8);
  lead.set(header, 12);
  return lead;
}

/**
 * The bytes of a segment holding `passages` (label = position here), tokenised for BM25 with text
 * and heading line counted apart. Returned as a list of buffers for writeFile, so no copy of the
 * whole segment is made.
 */
export function encodeSegment(passages: readonly Passage[]): Buffer[] {
  const n = passages.length;
  const languages = passageLanguages(passages);
  const tokenised = tokenisePassages(passages, languages.of);
  const { passageSection } = tokenised;
  const deflated = deflateBlocks(passageSection);
  const terms = termTables(tokenised.postings);
  const { keyLines, ...lines } = postLines(passages);
  const keyed = keyLineTables(lines.keyPostingStarts, keyLines);
  const owners = ownersOf(passages, languages.bySource);
  const bodies: Record<SectionName, Uint8Array[]> = {
    // One buffer each: hundreds of thousands of small writes cost more than one copy.
    passageStarts: [bytesOf(tokenised.passageStarts)],
    passageOwner: [bytesOf(owners.passageOwner)],
    owners: [owners.owners],
    bodyLength: [bytesOf(tokenised.bodyLength)],
    headLength: [bytesOf(tokenised.headLength)],
    terms: [terms.terms],
    termStarts: [bytesOf(terms.termStarts)],
    postingStarts: [bytesOf(terms.postingStarts)],
    postingByteStarts: [bytesOf(terms.postingByteStarts)],
    postingData: [terms.postingData],
    // Every who-knows table, under its own name.
    ...(Object.fromEntries(
      Object.entries(lines).map(([name, table]) => [name, [bytesOf(table as Uint8Array)]]),
    ) as Record<Exclude<keyof LineTables, 'keyLines' | 'loadKey' | 'loadLineWords'>, Uint8Array[]>),
    keyLineByteStarts: [bytesOf(keyed.keyLineByteStarts)],
    keyLineData: [keyed.keyLineData],
    passageBlockStarts: [bytesOf(deflated.starts)],
    blockCrcs: [bytesOf(deflated.crcs)],
    // Last, so opening a segment reads one stretch of the file: everything before this.
    passages: deflated.blocks,
  };
  const { order, relative, pieces } = layOut(bodies);
  const sectionCrcs = Object.fromEntries(
    order.filter((name) => name !== 'passages').map((name) => [name, blockCrcsOf(bodies[name])]),
  );
  const headerFor = (base: number): string => {
    const sections = Object.fromEntries(order.map((name) => [name, [base + relative[name][0], relative[name][1]]]));
    const header: SegmentHeader = {
      version: VERSION,
      passages: n,
      terms: terms.t,
      postings: terms.p,
      ...lineCounts({ ...lines, keyLines }),
      owners: owners.count,
      passageBytes: passageSection.length,
      sectionCrcs,
      sections: sections as SegmentHeader['sections'],
    };
    return JSON.stringify(header);
  };
  return [leadFor(headerFor), ...pieces.map((piece) => Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))];
}
