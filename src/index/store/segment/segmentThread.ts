/**
 * A thread that writes segments while the build's own thread reads and chunks the next profiles:
 * encoding a full segment (tokenising, postings, line tables, deflate) is about as much work as
 * reading its profiles, and the two share nothing, so on two cores a build takes the longer of the
 * two instead of their sum. Jobs run one after another in the order given; the bytes are those of
 * writeSegmentFile on any thread.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Passage } from '../../../chunking/passage.js';
import { SegmentProblem } from './format.js';
import type { SegmentDone, SegmentJob } from './segmentProtocol.js';

interface Waiting {
  readonly file: string;
  readonly resolve: (bytes: number) => void;
  readonly reject: (error: Error) => void;
}

/** The compiled `.js` beside this file, or from source its `.ts` through a loader (see segmentWorkerFromSource.mjs). */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromSource ? './segmentWorkerFromSource.mjs' : './segmentWorker.js', import.meta.url));
}

/** The failure a job reported, as the build's thread would have thrown it. */
function errorOf(failure: Extract<SegmentDone, { failure: unknown }>['failure']): Error {
  if (failure.problem) return new SegmentProblem(failure.message);
  const error: NodeJS.ErrnoException = new Error(failure.message);
  if (failure.code) error.code = failure.code;
  return error;
}

export class SegmentThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private stopped: Error | undefined;

  /** Writes and checks the segment `file` on the thread; resolves to its size in bytes. */
  write(file: string, passages: readonly Passage[]): Promise<number> {
    if (this.stopped) return Promise.reject(this.stopped);
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { file, resolve, reject });
      // Held while it has work: the build waits for it, with nothing else keeping the process alive.
      worker.ref();
      const job: SegmentJob = { id, file, passages };
      worker.postMessage(job);
    });
  }

  /** Stops the thread (a job still running is dropped, its promise rejected). */
  async close(): Promise<void> {
    this.stopped ??= new Error('the segment-writing thread was stopped');
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.failAll(this.stopped);
  }

  private start(): Worker {
    const worker = startWorker();
    // An idle writing thread keeps nothing alive.
    worker.unref();
    worker.on('message', (done: SegmentDone) => this.receive(done));
    worker.on('error', (error) => this.fail(`failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(`stopped (exit code ${code})`));
    return worker;
  }

  private receive(done: SegmentDone): void {
    const waiting = this.waiting.get(done.id);
    if (!waiting) return;
    this.waiting.delete(done.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if ('bytes' in done) waiting.resolve(done.bytes);
    else waiting.reject(errorOf(done.failure));
  }

  /** The thread is gone: every segment it still held fails, named, and no later one is sent to it. */
  private fail(what: string): void {
    if (this.stopped) return;
    this.worker = undefined;
    const files = [...this.waiting.values()].map((w) => path.basename(w.file)).join(', ');
    this.stopped = new Error(`the segment-writing thread ${what}${files ? ` while writing ${files}` : ''}`);
    this.failAll(this.stopped);
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
