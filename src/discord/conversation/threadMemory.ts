/**
 * What the bot remembers of each thread it answers in: the earlier questions and whom their answers
 * named, so "and who else?" or "tell me more about the second one" can be understood. Memory only,
 * with a time limit and a size cap: a restart (or a quiet thread) forgets, and the bot says so.
 */
export interface Turn {
  readonly kind: 'ask' | 'whoKnows' | 'profile';
  /** The question, skill or person this turn answered. */
  readonly input: string;
  /** People the answer named, in its order ("the second one"). */
  readonly people: readonly string[];
  /** The stored view (PageStore key) and the page shown last, for "who else?". */
  readonly viewKey: string;
  page: number;
}

export const THREAD_MEMORY = { ttlMs: 30 * 60 * 1000, maxThreads: 500, maxTurns: 10 } as const;

export class ThreadMemory {
  private readonly threads = new Map<string, { turns: Turn[]; expiresAt: number }>();

  constructor(
    private readonly limits: { ttlMs: number; maxThreads: number; maxTurns: number } = THREAD_MEMORY,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.threads.size;
  }

  /** The thread's turns, oldest first; undefined when never seen, expired or evicted. */
  turns(threadId: string): readonly Turn[] | undefined {
    const entry = this.threads.get(threadId);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.threads.delete(threadId);
      return undefined;
    }
    return entry.turns;
  }

  /** Whether the bot answered in this thread and still remembers it. */
  knows(threadId: string): boolean {
    return this.turns(threadId) !== undefined;
  }

  add(threadId: string, turn: Turn): void {
    const entry = this.threads.get(threadId);
    const turns = entry && entry.expiresAt > this.now() ? entry.turns : [];
    turns.push(turn);
    if (turns.length > this.limits.maxTurns) turns.splice(0, turns.length - this.limits.maxTurns);
    // Re-insert so the map's order is least recently used first.
    this.threads.delete(threadId);
    this.threads.set(threadId, { turns, expiresAt: this.now() + this.limits.ttlMs });
    while (this.threads.size > this.limits.maxThreads) {
      const oldest = this.threads.keys().next().value;
      if (oldest === undefined) break;
      this.threads.delete(oldest);
    }
  }

  /** Keeps a thread alive after a "who else?" that changed the page shown. */
  touch(threadId: string): void {
    const entry = this.threads.get(threadId);
    if (entry) entry.expiresAt = this.now() + this.limits.ttlMs;
  }
}
