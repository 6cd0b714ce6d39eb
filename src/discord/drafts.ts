/**
 * A reply that is still being written, shown as it grows: the message is edited with the latest
 * text at most once per interval (Discord rate-limits edits, and a message that changes more often
 * is unreadable anyway), never two edits at once. The interval counts from the end of the previous
 * edit, so Discord receives them at least that far apart however slow one request was. `close`
 * waits for the edit in flight and for the interval to pass, so the final edit keeps the same pace.
 */
import { log } from '../log.js';

export const DRAFT_INTERVAL_MS = 1000;

export class DraftEdits {
  private latest: string | undefined;
  private lastDone = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private closed = false;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly edit: (text: string) => Promise<unknown>,
    private readonly intervalMs = DRAFT_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The text so far; shown at the next allowed moment unless newer text arrives first. */
  readonly push = (text: string): void => {
    if (this.closed) return;
    this.latest = text;
    if (!this.timer && !this.busy) this.schedule();
  };

  private schedule(): void {
    const wait = Math.max(0, this.lastDone + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.fire(), wait);
  }

  private fire(): void {
    this.timer = undefined;
    const text = this.latest;
    this.latest = undefined;
    if (text === undefined || this.closed) return;
    this.busy = true;
    this.current = this.edit(text)
      .then(() => undefined)
      .catch((error: unknown) => {
        // A lost draft costs nothing: the final edit replaces it.
        log.debug(`A draft edit failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        this.busy = false;
        this.lastDone = this.now();
        if (this.latest !== undefined && !this.closed) this.schedule();
      });
  }

  /** Stops drafting: waits for the edit in flight, then until the next edit is allowed. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
    const wait = this.lastDone + this.intervalMs - this.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
