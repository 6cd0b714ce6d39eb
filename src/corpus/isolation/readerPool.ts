/**
 * Reads untrusted formats in a worker thread with a time and a memory limit per file. One thread
 * is kept for the whole build and reused file after file (starting one costs far more than
 * reading a CV); a file that breaks a limit gets the thread stopped, is skipped with the limit
 * named, and the next file starts a fresh thread.
 *
 * Memory is watched two ways: the thread's own heap is capped by V8 (`resourceLimits`), and what a
 * heap cap does not see (buffers a decompressor fills) by the process's resident size, sampled
 * while a file is read and compared with what it was when the file started.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../workerEntry.js';
import type { ReadOutcome } from '../formats/types.js';
import type { ReadReply, ReadRequest } from './readerProtocol.js';
import type { ReadLimits } from './readLimits.js';

/** How often the process's resident size is sampled while a file is read. */
const MEMORY_SAMPLE_MS = 50;
const MB = 1024 * 1024;

interface Thread {
  readonly worker: Worker;
  /** Settles when the thread has loaded its readers (or failed to). */
  readonly ready: Promise<void>;
}

interface Job {
  readonly id: number;
  readonly finish: (outcome: ReadOutcome) => void;
}

export class ReaderPool {
  private thread: Thread | undefined;
  private job: Job | undefined;
  private nextId = 1;

  constructor(private readonly limits: ReadLimits) {}

  /**
   * One file at a time: the build reads in order, and a second thread would compete with
   * embedding for the cores.
   */
  async read(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
    if (this.job) throw new Error('ReaderPool reads one file at a time');
    const id = this.nextId++;
    const done = new Promise<ReadOutcome>((resolve) => {
      this.job = {
        id,
        finish: (outcome) => {
          if (this.isReading(id)) this.job = undefined;
          resolve(outcome);
        },
      };
    });
    const thread = this.ensureThread();
    // Referenced while a file is being read (and the thread starts): the build waits on it.
    thread.worker.ref();
    await thread.ready;
    // The thread failed while starting: the file was settled with the reason.
    if (!this.isReading(id)) return done;
    const { worker } = thread;
    const baseline = process.memoryUsage.rss();
    const skip = (reason: string) => {
      this.stop();
      this.job?.finish({ kind: 'skipped', reason });
    };
    const { timeoutMs } = this.limits;
    const late = `took longer than ${timeoutMs / 1000} s to read (limit READ_TIMEOUT_MS)`;
    const timer = setTimeout(() => skip(late), timeoutMs);
    const sampler = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > this.limits.memoryMb * MB) skip(this.memoryReason());
    }, MEMORY_SAMPLE_MS);
    // A copy, not a transfer: the caller still hashes the bytes.
    worker.postMessage({ id, file, bytes, limits: this.limits } satisfies ReadRequest);
    try {
      return await done;
    } finally {
      clearTimeout(timer);
      clearInterval(sampler);
      if (this.isReading(id)) this.job = undefined;
      // An idle thread keeps nothing alive: a build that stops reading early still exits.
      if (this.thread?.worker === worker) worker.unref();
    }
  }

  /** Stops the thread; the next read starts a new one. */
  close(): void {
    this.stop();
  }

  private isReading(id: number): boolean {
    return this.job?.id === id;
  }

  private memoryReason(): string {
    return `used more than ${this.limits.memoryMb} MB of memory to read (limit READ_MEMORY_MB)`;
  }

  private ensureThread(): Thread {
    if (this.thread) return this.thread;
    const worker = startWorker(import.meta.url, 'readerWorker', {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
    });
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    // The thread's end settles the file being read (and a thread that never got ready).
    const ended = (reason: string) => {
      markReady();
      if (this.thread?.worker !== worker) return;
      this.thread = undefined;
      this.job?.finish({ kind: 'skipped', reason });
    };
    worker.on('message', (reply: ReadReply) => {
      if ('ready' in reply) markReady();
      else if (this.job?.id === reply.id) this.job.finish(reply.outcome);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const failed = `the reading thread failed (${error.message.split('\n')[0]})`;
      ended(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.memoryReason() : failed);
    });
    worker.on('exit', (code) => ended(`the reading thread stopped (exit code ${code})`));
    worker.unref();
    this.thread = { worker, ready };
    return this.thread;
  }

  private stop(): void {
    const thread = this.thread;
    this.thread = undefined;
    if (thread) void thread.worker.terminate();
  }
}
