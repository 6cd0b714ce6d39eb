/**
 * Answers in progress, so a shutdown can let them finish (up to a grace period) before the client
 * disconnects, instead of leaving users with a "thinking…" that never ends.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private closing = false;

  /** True once `drain` was called: new work should be turned away. */
  get draining(): boolean {
    return this.closing;
  }

  get size(): number {
    return this.running.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /** Stops taking work and waits for what runs, at most `graceMs`. Resolves to how many were left unfinished. */
  async drain(graceMs: number): Promise<number> {
    this.closing = true;
    if (this.running.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
    return this.running.size;
  }
}
