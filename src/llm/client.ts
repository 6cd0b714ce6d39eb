/**
 * The one module that talks to a language model: any OpenAI-compatible `/v1/chat/completions`
 * server (Ollama, llama.cpp, vLLM, a hosted API) through the official `openai` client. Every way a
 * call can go wrong ends as an `LlmFailure` with a short reason, so the writer can fall back to the
 * extractive answer and say why.
 */
import type OpenAI from 'openai';
import type { LlmConfig } from '../config.js';

type Sdk = typeof import('openai');
/** The `openai` package, loaded at the first call: its hundred modules are no part of an answer without a model. */
let sdk: Sdk | undefined;
async function loadSdk(): Promise<Sdk> {
  sdk ??= await import('openai');
  return sdk;
}

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Why a call gave no usable text. */
export type FailureReason =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'refused'
  | 'unreachable'
  | 'stream-cut'
  | 'too-long'
  | 'empty';

export class LlmFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'LlmFailure';
  }
}

export interface LlmClient {
  /** The model's name as configured: shown as "written by <model>". */
  readonly model: string;
  /** The whole reply; with `onText`, streamed, and `onText` gets the text so far after each piece. */
  complete(messages: readonly ChatMessage[], onText?: (textSoFar: string) => void): Promise<string>;
}

export function openaiClient(settings: LlmConfig): LlmClient {
  let opened: OpenAI | undefined;
  const openClient = async (): Promise<OpenAI> =>
    (opened ??= new (await loadSdk()).default({
      baseURL: settings.baseUrl,
      // Local servers (Ollama, llama.cpp) ignore the key, but the client insists on one.
      apiKey: settings.apiKey ?? 'no-key',
      // A retry makes the asker wait twice as long for an answer the citations already give.
      maxRetries: 0,
      timeout: settings.timeoutMs,
    }));
  const redact = (text: string) => (settings.apiKey ? text.split(settings.apiKey).join('[key]') : text);
  const request = { model: settings.model, max_tokens: settings.maxTokens, temperature: 0 } as const;
  const tooLong = () => new LlmFailure('too-long', `the reply reached LLM_MAX_TOKENS (${settings.maxTokens})`);

  async function plain(messages: readonly ChatMessage[], signal: AbortSignal): Promise<string> {
    const client = await openClient();
    const reply = await client.chat.completions.create({ ...request, messages: [...messages] }, { signal });
    const choice = reply.choices[0];
    if (choice?.finish_reason === 'length') throw tooLong();
    return choice?.message.content ?? '';
  }

  async function streamed(
    messages: readonly ChatMessage[],
    signal: AbortSignal,
    onText: (text: string) => void,
  ): Promise<string> {
    const body = { ...request, messages: [...messages], stream: true as const };
    const client = await openClient();
    const stream = await client.chat.completions.create(body, { signal });
    let text = '';
    let finish: string | null | undefined;
    try {
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        const piece = choice?.delta?.content ?? '';
        if (piece) onText((text += piece));
        finish = choice?.finish_reason ?? finish;
      }
    } catch (error) {
      // An error event the server sent has a status; a dropped connection has none.
      if (signal.aborted || (sdk && error instanceof sdk.APIError && error.status !== undefined)) throw error;
      throw new LlmFailure('stream-cut', `the stream broke after ${text.length} characters (${messageOf(error)})`);
    }
    // A server that closes the connection early ends the stream cleanly, but never says it finished.
    if (!finish) {
      throw new LlmFailure('stream-cut', `the stream ended after ${text.length} characters without finishing`);
    }
    if (finish === 'length') throw tooLong();
    return text;
  }

  return {
    model: settings.model,
    async complete(messages, onText) {
      // The client's own timeout stops at the response headers; this one covers a slow stream too.
      const signal = AbortSignal.timeout(settings.timeoutMs);
      try {
        const text = onText ? await streamed(messages, signal, onText) : await plain(messages, signal);
        if (text.trim() === '') throw new LlmFailure('empty', 'the reply was empty');
        return text;
      } catch (error) {
        const failure = error instanceof LlmFailure ? error : failureOf(error, signal, settings.timeoutMs);
        throw new LlmFailure(failure.reason, redact(`${failure.message} (${settings.baseUrl})`));
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The library's errors, as reasons a log reader understands. */
export function failureOf(error: unknown, signal: AbortSignal, timeoutMs: number): LlmFailure {
  // Without the package loaded no call was made, so no error can be one of its classes.
  if (signal.aborted) return new LlmFailure('timeout', `no complete reply within LLM_TIMEOUT_MS (${timeoutMs} ms)`);
  if (!sdk) return new LlmFailure('unreachable', messageOf(error));
  const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, RateLimitError } = sdk;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new LlmFailure('timeout', `no complete reply within LLM_TIMEOUT_MS (${timeoutMs} ms)`);
  }
  if (error instanceof RateLimitError) return new LlmFailure('rate-limited', `the server said 429 Too Many Requests`);
  if (error instanceof APIConnectionError) {
    return new LlmFailure('unreachable', `could not connect: ${messageOf(error)}`);
  }
  if (error instanceof APIError && error.status !== undefined) {
    const reason = error.status >= 500 ? 'server-error' : 'refused';
    return new LlmFailure(reason, `the server answered HTTP ${error.status}: ${messageOf(error).slice(0, 200)}`);
  }
  return new LlmFailure('unreachable', messageOf(error));
}
