/**
 * A stand-in for an OpenAI-compatible server on 127.0.0.1: it speaks `POST /v1/chat/completions`,
 * plain JSON or `stream: true` server-sent events, and replies with whatever the test scripts. It is
 * NOT a language model and writes nothing itself: each test decides the reply, the error status,
 * the hang or the broken stream, to see what the bot does with it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Scripted =
  /** Replies with this text (streamed in pieces of `pieceChars`, `pieceDelayMs` apart, when asked to stream). */
  | { readonly text: string; readonly pieceChars?: number; readonly pieceDelayMs?: number }
  /** An HTTP error with an OpenAI-shaped error body. */
  | { readonly status: number; readonly message: string }
  /** Never answers (until the stand-in closes). */
  | { readonly hang: true }
  /** Streams the first `cutAfterChars` characters of `text`, then drops the connection. */
  | { readonly text: string; readonly cutAfterChars: number };

export interface RecordedChat {
  readonly body: {
    readonly model: string;
    readonly stream?: boolean;
    readonly max_tokens?: number;
    readonly messages: readonly { role: string; content: string }[];
  };
  readonly authorization: string | undefined;
}

export interface OpenAIStandIn {
  /** `http://127.0.0.1:<port>/v1`: what LLM_BASE_URL is set to. */
  readonly baseUrl: string;
  readonly requests: RecordedChat[];
  /** What the next requests get; the last entry repeats. */
  script(...replies: Scripted[]): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunk(model: string, content: string | undefined, finish: string | null): string {
  const delta = content === undefined ? {} : { content };
  const body = {
    id: 'standin',
    object: 'chat.completion.chunk',
    created: 0,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

async function stream(response: ServerResponse, model: string, reply: Scripted & { text: string }): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const size = 'pieceChars' in reply && reply.pieceChars ? reply.pieceChars : 8;
  const delay = 'pieceDelayMs' in reply ? (reply.pieceDelayMs ?? 0) : 0;
  const end = 'cutAfterChars' in reply ? reply.cutAfterChars : reply.text.length;
  for (let at = 0; at < end; at += size) {
    response.write(chunk(model, reply.text.slice(at, Math.min(at + size, end)), null));
    if (delay) await sleep(delay);
  }
  if ('cutAfterChars' in reply) {
    // Let the pieces reach the client first: the cut is halfway through a reply, not before it.
    await sleep(100);
    response.socket?.destroy();
    return;
  }
  response.write(chunk(model, undefined, 'stop'));
  response.end('data: [DONE]\n\n');
}

function completion(model: string, text: string): string {
  const message = { role: 'assistant', content: text };
  return JSON.stringify({
    id: 'standin',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message, finish_reason: 'stop' }],
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const piece of request) text += String(piece);
  return text;
}

export async function startOpenAIStandIn(): Promise<OpenAIStandIn> {
  let replies: Scripted[] = [{ status: 500, message: 'nothing scripted' }];
  const requests: RecordedChat[] = [];
  const hanging = new Set<ServerResponse>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const body = JSON.parse(await readBody(request)) as RecordedChat['body'];
    requests.push({ body, authorization: request.headers.authorization });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if ('hang' in reply) {
      hanging.add(response);
      return;
    }
    if ('status' in reply) {
      const error = { error: { message: reply.message, type: 'standin_error', code: null } };
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(error));
      return;
    }
    if (body.stream) return stream(response, body.model, reply);
    response.writeHead(200, { 'content-type': 'application/json' }).end(completion(body.model, reply.text));
  }

  const server: Server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...next) => {
      replies = next;
    },
    close: async () => {
      for (const response of hanging) response.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
