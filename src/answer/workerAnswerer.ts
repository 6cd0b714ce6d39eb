/**
 * Answers in a worker thread. Answering one question is synchronous work that grows with the
 * index, and on the thread that also serves Discord a burst of questions would hold its event loop
 * for the sum of their times. Here a worker owns the model and the loaded index; the main thread only sends questions and receives
 * answers (small: answers quote a page of people, never thousands), so its loop is never held by
 * answering. Questions still run one after another inside the worker.
 */
import type { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import { createError, WhoKnowsError } from '../errors.js';
import { log, usesStructuredLogs } from '../log.js';
import { startWorker } from '../workerEntry.js';
import type { Answer, Answerer, IndexSummary, PeoplePage, ProfileOverview, WhoKnowsResult } from './types.js';
import type { Call, Open, Reply, Request } from './workerProtocol.js';

/** The answering thread (answerWorker.ts), told whether logs are structured. */
function startAnswerWorker(): Worker {
  return startWorker(import.meta.url, 'answerWorker', { workerData: { structuredLogs: usesStructuredLogs() } });
}

/** One answering thread, with every index generation it has opened. */
export class AnswerWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private nextGeneration = 1;
  private stopped: Error | undefined;

  constructor(private readonly warn: (message: string) => void = log.warn) {
    this.worker = startAnswerWorker();
    // The bot's lifetime is its main thread's: an idle answering thread keeps nothing alive.
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.receive(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the answering thread exited (code ${code})`)));
  }

  /** Loads the index as it is on disk now, in the worker, and returns an Answerer for it. */
  async open(config: Config): Promise<Answerer> {
    const generation = this.nextGeneration++;
    // The Discord token stays on the thread that uses it.
    const safe = { ...config, discord: { ...config.discord, token: undefined } };
    const opened = (await this.request({ op: 'open', generation, config: safe })) as {
      people: string[];
      summary: IndexSummary;
    };
    return new WorkerAnswerer(this, generation, opened.people, opened.summary);
  }

  call<T>(generation: number, call: Call): Promise<T> {
    return this.request({ ...call, generation }) as Promise<T>;
  }

  async stop(): Promise<void> {
    this.stopped ??= new Error('the answering thread was stopped');
    await this.worker.terminate();
  }

  private request(body: { readonly generation: number } & (Call | Open)): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref(); // a question in flight keeps the process alive until answered
      this.worker.postMessage({ ...body, id } as Request);
    });
  }

  private receive(reply: Reply): void {
    if (reply.kind === 'warn') {
      this.warn(reply.message);
      return;
    }
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.kind === 'result') waiting.resolve(reply.value);
    else waiting.reject(new WhoKnowsError(reply.code, reply.message));
  }

  private fail(error: Error): void {
    const stoppedOnPurpose = this.stopped !== undefined;
    this.stopped ??= error;
    if (!stoppedOnPurpose) log.error(`The answering thread stopped: ${error.message}`);
    for (const { reject } of this.pending.values()) reject(createError('UNEXPECTED', error.message));
    this.pending.clear();
  }
}

/** One index generation in the worker, seen from the main thread. */
class WorkerAnswerer implements Answerer {
  constructor(
    private readonly worker: AnswerWorker,
    private readonly generation: number,
    private readonly names: readonly string[],
    private readonly index: IndexSummary,
  ) {}

  ask(question: string): Promise<Answer> {
    return this.worker.call(this.generation, { op: 'ask', question });
  }

  whoKnows(skill: string, page?: PeoplePage): Promise<WhoKnowsResult> {
    return this.worker.call(this.generation, { op: 'whoKnows', skill, page });
  }

  profile(person: string): Promise<ProfileOverview | undefined> {
    return this.worker.call(this.generation, { op: 'profile', person });
  }

  skillsIn(text: string): Promise<readonly string[]> {
    return this.worker.call(this.generation, { op: 'skillsIn', text });
  }

  people(): readonly string[] {
    return this.names;
  }

  summary(): IndexSummary {
    return this.index;
  }
}

/** Like `answererOpener`, but every answerer it opens answers in one shared worker thread. */
export function workerOpener(warn: (message: string) => void = log.warn): {
  open: (config: Config) => Promise<Answerer>;
  stop: () => Promise<void>;
} {
  let worker: AnswerWorker | undefined;
  return {
    open: (config) => (worker ??= new AnswerWorker(warn)).open(config),
    stop: async () => worker?.stop(),
  };
}
