/**
 * Per-user cooldown between commands. Each user has their own clock, so a busy channel never
 * makes one person wait for another. `seconds = 0` disables it.
 */
export type CooldownVerdict = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export class Cooldown {
  private readonly lastUse = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use by `userId` if allowed; otherwise says how long to wait (whole seconds, at least 1). */
  take(userId: string): CooldownVerdict {
    if (this.seconds <= 0) return { ok: true };
    const now = this.now();
    const windowMs = this.seconds * 1000;
    const last = this.lastUse.get(userId);
    if (last !== undefined && now - last < windowMs) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((last + windowMs - now) / 1000)) };
    }
    this.lastUse.set(userId, now);
    if (this.lastUse.size > 10_000) this.prune(now, windowMs);
    return { ok: true };
  }

  private prune(now: number, windowMs: number): void {
    for (const [user, at] of this.lastUse) if (now - at >= windowMs) this.lastUse.delete(user);
  }
}

/** "Please wait 3 seconds…": the polite ephemeral reply. */
export function cooldownMessage(retryAfterSeconds: number): string {
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return `You're going a little fast: please wait ${retryAfterSeconds} ${unit} before your next command.`;
}
