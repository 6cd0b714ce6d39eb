/**
 * Results kept in memory for their "More sources" and helpful / not helpful buttons. A button's customId names a stored view
 * and a page (`wk:more:<key>:<page>`), so a click re-renders that page of the very same result,
 * even if the index has been swapped since. Entries live as long as an interaction token (15 min).
 */
import { randomBytes } from 'node:crypto';
import type { PagedView } from './render/view.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** What an answer was asked, kept beside it for feedback records. */
export interface AskedFor {
  /** `/ask`, `/who-knows`, `/profile`, `mention`, `follow-up`, `Who knows this?`. */
  readonly command: string;
  /** The question, skill or person asked about. */
  readonly question: string;
  readonly server: string | null;
}

export class PageStore {
  private readonly views = new Map<string, { view: PagedView; asked: AskedFor | undefined; expiresAt: number }>();

  constructor(
    private readonly maxEntries = 500,
    private readonly ttlMs = FIFTEEN_MINUTES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a view and returns its key (10 url-safe characters). */
  put(view: PagedView, asked?: AskedFor): string {
    const key = randomBytes(8).toString('base64url').slice(0, 10);
    this.views.set(key, { view, asked, expiresAt: this.now() + this.ttlMs });
    while (this.views.size > this.maxEntries) {
      const oldest = this.views.keys().next().value;
      if (oldest === undefined) break;
      this.views.delete(oldest);
    }
    return key;
  }

  /** The stored view, or undefined once it expired or was evicted (e.g. after a restart). */
  get(key: string): PagedView | undefined {
    return this.entry(key)?.view;
  }

  /** The stored view with what it answered, or undefined once it expired or was evicted. */
  entry(key: string): { readonly view: PagedView; readonly asked: AskedFor | undefined } | undefined {
    const entry = this.views.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.views.delete(key);
      return undefined;
    }
    return entry;
  }
}
