/**
 * A worker thread that runs one kind of job, one after another in the order sent, each answered
 * by a promise: what a build hands off (writing segments, reading profiles' facts) so that its
 * own thread goes on reading the corpus meanwhile. A failure comes back as the job's rejection,
 * named as the build's thread would have thrown it; a thread that dies fails every job it held.
 */
import path from 'node:path';
import { parentPort, type Worker } from 'node:worker_threads';

/** A job's failure as plain fields (an Error's own fields do not cross threads). */
export interface JobFailure {
  readonly message: string;
  /** A system error's code (ENOSPC, EACCES…), for the build to name it. */
  readonly code?: string;
  /** What the job's own handler says the error was (see `serveJobs`). */
  readonly kind?: string;
}

type Reply<R> = { readonly id: number; readonly result: R } | { readonly id: number; readonly failure: JobFailure };

interface Waiting<R> {
  readonly label: string;
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
}

export class JobThread<J, R> {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting<R>>();
  private nextId = 1;
  private stopped: Error | undefined;

  /** `name`: what the thread does, for messages ("segment-writing"); `errorOf` rebuilds a job's failure. */
  constructor(
    private readonly startThread: () => Worker,
    private readonly name: string,
    private readonly errorOf: (failure: JobFailure) => Error = plainError,
  ) {}

  /** Runs `job` on the thread; `label` names it if the thread dies while holding it. */
  run(job: J, label: string): Promise<R> {
    if (this.stopped) return Promise.reject(this.stopped);
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.waiting.set(id, { label, resolve, reject });
      // Held while it has work: the build waits for it, with nothing else keeping the process alive.
      worker.ref();
      worker.postMessage({ id, job });
    });
  }

  /** Stops the thread (a job still running is dropped, its promise rejected). */
  async close(): Promise<void> {
    this.stopped ??= new Error(`the ${this.name} thread was stopped`);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.failAll(this.stopped);
  }

  private start(): Worker {
    const worker = this.startThread();
    // An idle thread keeps nothing alive.
    worker.unref();
    worker.on('message', (reply: Reply<R>) => this.receive(reply));
    worker.on('error', (error) => this.fail(`failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(`stopped (exit code ${code})`));
    return worker;
  }

  private receive(reply: Reply<R>): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if ('failure' in reply) waiting.reject(this.errorOf(reply.failure));
    else waiting.resolve(reply.result);
  }

  /** The thread is gone: every job it still held fails, named, and no later one is sent to it. */
  private fail(what: string): void {
    if (this.stopped) return;
    this.worker = undefined;
    const labels = [...this.waiting.values()].map((w) => w.label).join(', ');
    this.stopped = new Error(`the ${this.name} thread ${what}${labels ? ` while working on ${labels}` : ''}`);
    this.failAll(this.stopped);
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

function plainError(failure: JobFailure): Error {
  const error: NodeJS.ErrnoException = new Error(failure.message);
  if (failure.code) error.code = failure.code;
  return error;
}

/** The worker's side: answers each job with `handle`'s result, or its failure (`kindOf` naming what it was). */
export function serveJobs<J, R>(handle: (job: J) => R | Promise<R>, kindOf?: (error: unknown) => string | undefined) {
  parentPort!.on('message', async ({ id, job }: { id: number; job: J }) => {
    let reply: Reply<R>;
    try {
      reply = { id, result: await handle(job) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const kind = kindOf?.(error);
      reply = {
        id,
        failure: {
          message: error instanceof Error ? error.message : String(error),
          ...(typeof code === 'string' ? { code } : {}),
          ...(kind ? { kind } : {}),
        },
      };
    }
    parentPort!.postMessage(reply);
  });
}

/** A file's name as a job's label. */
export const fileLabel = (file: string) => path.basename(file);
