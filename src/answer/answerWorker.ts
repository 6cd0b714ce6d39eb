/**
 * The answering thread: owns the loaded model and indexes, and answers what the main thread asks
 * (see `workerAnswerer.ts`). Each `open` loads the index as it is on disk now as a new generation,
 * sharing the one model; the main thread keeps its event loop for Discord and nothing else.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { asWhoKnowsError } from '../errors.js';
import { useStructuredLogs } from '../log.js';
import { answererOpener, type ClosableAnswerer } from './answerer.js';
import type { Reply, Request } from './workerProtocol.js';

const port = parentPort!;
// Log lines in the shape the main thread writes them (JSON lines in the bot).
if ((workerData as { structuredLogs?: boolean } | undefined)?.structuredLogs) useStructuredLogs();
const open = answererOpener((message) => port.postMessage({ kind: 'warn', message } satisfies Reply));
const generations = new Map<number, ClosableAnswerer>();
/**
 * Generations kept: the current one, and the one before it for answers that started on it
 * before a swap (a swap follows a rebuild, minutes apart; an answer takes well under a second).
 */
const KEPT = 2;

async function handle(request: Request): Promise<unknown> {
  if (request.op === 'open') {
    const answerer = await open(request.config as Config);
    generations.set(request.generation, answerer);
    // A released generation's index files are closed now, not whenever its memory is collected.
    for (const old of [...generations.keys()].slice(0, -KEPT)) {
      generations.get(old)!.close();
      generations.delete(old);
    }
    return { people: answerer.people(), summary: answerer.summary() };
  }
  const answerer = generations.get(request.generation);
  if (!answerer) throw new Error(`index generation ${request.generation} was released after two newer ones opened`);
  switch (request.op) {
    case 'ask':
      return answerer.ask(request.question);
    case 'whoKnows':
      return answerer.whoKnows(request.skill, request.page);
    case 'profile':
      return answerer.profile(request.person);
    case 'skillsIn':
      return answerer.skillsIn(request.text);
  }
}

port.on('message', (request: Request) => {
  handle(request).then(
    (value) => port.postMessage({ kind: 'result', id: request.id, value } satisfies Reply),
    (error: unknown) => {
      // Named errors cross as code + message, so the main thread throws the same WhoKnowsError.
      const named = asWhoKnowsError(error);
      port.postMessage({ kind: 'error', id: request.id, code: named.code, message: named.message } satisfies Reply);
    },
  );
});
