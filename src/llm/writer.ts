/**
 * An extractive answer → the same answer in the model's words, or the extractive answer unchanged
 * with the reason it was kept. The citations are never the model's: they stay the retriever's, as
 * they were, and the model's text is shown only when `checkReply` passes it.
 */
import type { Answer } from '../answer/types.js';
import type { Config } from '../config.js';
import { log } from '../log.js';
import { checkReply, type CheckReason } from './checks.js';
import { LlmFailure, openaiClient, type FailureReason, type LlmClient } from './client.js';
import { groundedPrompt, type PriorTurn } from './prompt.js';

export interface WriteOptions {
  /** Display names of everyone in the index: a reply naming one who is not cited is refused. */
  readonly people: readonly string[];
  /** Earlier questions of the conversation, oldest first. */
  readonly history?: readonly PriorTurn[];
  /** Streams the reply: called with the text so far as it is written. */
  readonly onText?: (textSoFar: string) => void;
}

export type Written =
  /** The model's text passed every check; `answer.writtenBy` names the model. */
  | { readonly outcome: 'written'; readonly answer: Answer }
  /** The extractive answer, and why the model's text was not used. */
  | {
      readonly outcome: 'fallback';
      readonly answer: Answer;
      readonly reason: FailureReason | CheckReason;
      readonly detail: string;
    }
  /** Nothing to word: no sources (a "nobody" answer or a question back), so the model was not asked. */
  | { readonly outcome: 'skipped'; readonly answer: Answer };

/** What the audit line records: `written`, `fallback: <reason>`, or `skipped`. */
export function auditOf(written: Written): string {
  return written.outcome === 'fallback' ? `fallback: ${written.reason}` : written.outcome;
}

export class AnswerWriter {
  constructor(private readonly client: LlmClient) {}

  get model(): string {
    return this.client.model;
  }

  async write(answer: Answer, options: WriteOptions): Promise<Written> {
    if (answer.noAnswer || answer.citations.length === 0) return { outcome: 'skipped', answer };
    let reply: string;
    try {
      reply = await this.client.complete(groundedPrompt(answer, options.history), options.onText);
    } catch (error) {
      if (!(error instanceof LlmFailure)) throw error;
      return fallback(answer, error.reason, error.message);
    }
    const failed = checkReply(reply, { answer, people: options.people });
    if (failed) return fallback(answer, failed.reason, failed.detail);
    log.debug(`The answer was written by ${this.model} and passed every check.`, { llm: 'written' });
    return { outcome: 'written', answer: { ...answer, answer: reply.trim(), writtenBy: this.model } };
  }
}

function fallback(answer: Answer, reason: FailureReason | CheckReason, detail: string): Written {
  const message = `The language model's reply was not used (${reason}: ${detail}); `;
  log.warn(`${message}showing the answer built from the citations.`, { llm: `fallback: ${reason}` });
  return { outcome: 'fallback', answer, reason, detail };
}

/** The writer the settings ask for, or undefined when LLM_BASE_URL is not set. */
export function createWriter(config: Pick<Config, 'llm'>): AnswerWriter | undefined {
  return config.llm ? new AnswerWriter(openaiClient(config.llm)) : undefined;
}
