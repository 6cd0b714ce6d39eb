/**
 * Documents' lines of facts read on their own thread while the build's thread reads and chunks
 * the next profiles: reading a profile's facts (its work, schools, skills, languages) is most of
 * the corpus pass's work and needs nothing but the document's passages, so on two cores it no
 * longer waits for the reading. The line is factsOf's on either thread. A build with few
 * documents to read reads their facts at once (starting a thread would cost more than it saves).
 */
import type { Passage } from '../../chunking/passage.js';
import type { ProfileSource } from '../../profile/storeProfile.js';
import { startWorker } from '../../workerEntry.js';
import { JobThread } from '../store/jobThread.js';
import { factsOf } from './facts.js';

/** Documents read before their facts go to the thread. */
const THREAD_FROM = 200;
/** Documents whose facts may be waited for at once: the passages they hold are the memory this costs. */
const IN_FLIGHT = 256;

/**
 * A passage as factsOf reads it: without its embedded form, which repeats its text (half of what
 * would be copied to the thread) and which no fact is read from.
 */
function withoutEmbedText(passage: Passage): Passage {
  const { embedText: _embedded, ...rest } = passage;
  return { ...rest, embedText: '' };
}

export class FactsReader {
  private readonly thread = new JobThread<
    { passages: readonly Passage[]; doc: ProfileSource; projectRoot: string },
    string
  >(() => startWorker(import.meta.url, 'factsWorker'), 'facts-reading');
  private readonly inFlight: Promise<unknown>[] = [];
  private documents = 0;

  /** `threadFrom`: documents read at once before the thread takes the rest (0: all; Infinity: none). */
  constructor(
    private readonly projectRoot: string,
    private readonly threadFrom = THREAD_FROM,
  ) {}

  /**
   * The document's line, read at once or (`line` a promise) on the thread; waits first while
   * IN_FLIGHT are outstanding. The caller handles the promise's failure.
   */
  async read(passages: readonly Passage[], doc: ProfileSource): Promise<{ readonly line: string | Promise<string> }> {
    if (this.documents++ < this.threadFrom || passages.length === 0)
      return { line: factsOf(passages, doc, this.projectRoot) };
    if (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
    // What factsOf reads of the document, and nothing more to copy to the thread.
    const { source, format, person } = doc;
    const only = {
      source,
      ...(format ? { format } : {}),
      person: { name: person.name, nameSource: person.nameSource },
    };
    const job = { passages: passages.map(withoutEmbedText), doc: only, projectRoot: this.projectRoot };
    const line = this.thread.run(job, source);
    // Here it only frees a place.
    this.inFlight.push(line.catch(() => {}));
    return { line };
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
