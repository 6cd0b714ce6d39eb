/**
 * The read step: one pass over the corpus. A changed or new profile is chunked, its facts read and
 * its passages put into the segment being filled (written when full), and its text is let go; an
 * unchanged one is only recorded. So the build's memory is one segment's passages plus a record
 * per profile, whatever the corpus size.
 */
import type { Config } from '../../config.js';
import { isUnread, type CorpusDocument } from '../../corpus/document.js';
import { sameStamp, type CorpusStream } from '../../corpus/readCorpus.js';
import { createError } from '../../errors.js';
import { chunk } from './chunk.js';
import { FactsReader } from './factsThread.js';
import { fingerprint, type BuildInputs } from './inputs.js';
import type { Previous } from './previous.js';
import type { Indexed, Output } from './write.js';

export interface CorpusPass {
  readonly indexed: Indexed[];
  /** Converted texts of unchanged profiles, written with the header (changed ones are written at once). */
  readonly keptTexts: Map<string, string>;
  /** …and of unchanged profiles not read again, linked from the previous generation. */
  readonly linkedTexts: string[];
  /** Files read again only because their stamps moved (touched, copied back, checked out again). */
  restamped: number;
  /** With a model, the text to embed of each new passage, in label order. */
  readonly toEmbed: string[];
}

/** Reads the whole corpus; on any failure the generation begun is removed. CORPUS_EMPTY when there is no profile. */
export async function readCorpus(
  corpus: CorpusStream,
  previous: Previous | undefined,
  output: Output,
  config: Config,
  inputs: BuildInputs,
): Promise<CorpusPass> {
  const pass: CorpusPass = { indexed: [], keptTexts: new Map(), linkedTexts: [], restamped: 0, toEmbed: [] };
  const facts = new FactsReader(config.projectRoot, inputs.factsThreadFrom);
  const read: Promise<void>[] = [];
  let failure: { readonly error: unknown } | undefined;
  try {
    for await (const doc of corpus.documents) {
      if (failure) throw failure.error;
      // An unread document's fingerprint was checked against the recorded one when it was offered (see reuseOf).
      const print = isUnread(doc) ? previous!.documents.get(doc.source)!.doc.fingerprint : fingerprint(doc, inputs);
      const prior = previous?.documents.get(doc.source)?.doc;
      if (prior?.fingerprint === print) {
        keep(doc, print, pass, previous!, corpus.stampBasis);
        continue;
      }
      // The stream offers a file unread only when its passages can be kept (see reuseOf).
      if (isUnread(doc)) throw new Error(`${doc.source} was not read but its passages can't be kept`);
      const { writer, filler } = await output.get();
      if (doc.textName) await writer.addText(doc.textName, doc.text);
      const passages = chunk(doc, config, inputs);
      const { line } = await facts.read(passages, doc);
      if (inputs.embedder) for (const passage of passages) pass.toEmbed.push(passage.embedText);
      const placement = await filler.add(passages);
      const fresh = { passageCount: passages.length, placement, facts: typeof line === 'string' ? bytes(line) : NONE };
      const entry: Indexed = { record: recordOf(doc, print), kept: false, fresh, unnamed: isUnnamed(doc) };
      const at = pass.indexed.push(entry) - 1;
      // Read on the facts thread: put in its place once read (the entries keep the corpus's order).
      if (typeof line !== 'string')
        read.push(
          line.then(
            (text) => void (pass.indexed[at] = { ...entry, fresh: { ...fresh, facts: bytes(text) } }),
            (error: unknown) => void (failure ??= { error }),
          ),
        );
    }
    // A full build adds nothing to the last segment after the pass: it is written while the last
    // facts are read (an incremental build may still add kept passages to it, see write.ts).
    if (!previous && pass.indexed.length > 0) await (await output.get()).filler.flush();
    await Promise.all(read);
    if (failure) throw failure.error;
  } catch (error) {
    await facts.close();
    await output.abandon();
    throw error;
  }
  await facts.close();
  if (pass.indexed.length === 0) {
    await output.abandon();
    throw createError('CORPUS_EMPTY', config.corpusDir);
  }
  return pass;
}

const NONE = new Uint8Array(0);

/**
 * A line of facts as it will be written (UTF-8): a build holds every new document's line until the
 * end, and as bytes they stay outside the JavaScript heap, which the garbage collector walks.
 */
const bytes = (line: string): Uint8Array => (line === '' ? NONE : Buffer.from(line));

function recordOf(doc: CorpusDocument, print: string): Indexed['record'] {
  return {
    source: doc.source,
    contentHash: doc.contentHash,
    fingerprint: print,
    person: doc.person,
    format: doc.format,
    ...(doc.textName ? { textName: doc.textName } : {}),
    ...(doc.stamp ? { stamp: doc.stamp } : {}),
  };
}

function isUnnamed(doc: CorpusDocument): boolean {
  return doc.person.nameSource === 'file-name';
}

/** An unchanged profile: only recorded, its converted text kept or linked. */
function keep(doc: CorpusDocument, print: string, pass: CorpusPass, previous: Previous, stampBasis: string): void {
  if (isUnread(doc)) {
    if (doc.textName) pass.linkedTexts.push(doc.textName);
  } else {
    const prior = previous.documents.get(doc.source)!.doc;
    if (doc.textName) pass.keptTexts.set(doc.textName, doc.text);
    const moved = doc.stamp && (previous.header.stampBasis !== stampBasis || !sameStamp(doc.stamp, prior.stamp));
    if (moved) pass.restamped++;
  }
  pass.indexed.push({ record: recordOf(doc, print), kept: true, unnamed: isUnnamed(doc) });
}
