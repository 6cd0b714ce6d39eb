/**
 * The reading thread: converts one untrusted file at a time (PDF, DOCX, JSON, LaTeX, HTML) and
 * sends back its lines. Whatever a reader throws (a stack overflow on deep nesting, a limit it
 * checks itself, a library's own error) becomes a skip with a reason; the limits the thread can't
 * check on itself (time, memory) are kept by the build's side (readerPool.ts), which stops it.
 */
import { parentPort } from 'node:worker_threads';
import { readFormat } from '../formats/readFormat.js';
import type { ReadOutcome } from '../formats/types.js';
import type { ReadReply, ReadRequest } from './readerProtocol.js';
import { LimitExceeded } from './readLimits.js';

const port = parentPort!;

function reasonOf(error: unknown): string {
  if (error instanceof LimitExceeded) return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'nested too deeply to read (stack limit)';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the reader failed (${message.split('\n')[0]!.slice(0, 200)})`;
}

port.on('message', (request: ReadRequest) => {
  readFormat(request.file, request.bytes, request.limits)
    .catch((error: unknown): ReadOutcome => ({ kind: 'skipped', reason: reasonOf(error) }))
    .then((outcome) => port.postMessage({ id: request.id, outcome } satisfies ReadReply));
});
// Loaded and listening: the first file's time limit starts now, not while the thread starts.
port.postMessage({ ready: true });
