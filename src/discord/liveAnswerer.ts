/**
 * Swaps to a freshly opened Answerer when the index on disk is rebuilt, without a restart.
 *
 * The index writer replaces `<dataDir>/index` whole (rename), so its `index.json` (the header, written last) changes. We
 * watch the folder above it (fs.watch, when the platform gives events) and also poll the
 * manifest's stat every few seconds (fs.watch misses events on some file systems). A change in
 * stat is confirmed by the manifest's content hash, debounced, and only then `reopen()` is called.
 *
 * - An interaction takes `current()` once at its start and keeps that Answerer to the end, so an
 *   answer in progress finishes on the index it started with.
 * - If `reopen()` throws (a broken new index), the swap is refused with a log line and the old
 *   Answerer stays; the same broken manifest is not retried until it changes again.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Answerer } from '../answer/types.js';
import { log } from '../log.js';

/** Where a command gets the Answerer to use for one interaction. */
export interface AnswererSource {
  current(): Answerer;
}

export interface LiveAnswererOptions {
  /** Opens an Answerer on the index as it is on disk now (e.g. `() => openAnswerer(config)`). */
  readonly reopen: () => Promise<Answerer>;
  /** The file whose change means "the index was rebuilt": `<dataDir>/index/index.json`. */
  readonly watchPath: string;
  /** The Answerer already open; when absent, `open` calls `reopen()` once to get it. */
  readonly initial?: Answerer;
  /** Quiet time after the last change before reopening. Default 500 ms. */
  readonly debounceMs?: number;
  /** Poll interval for the manifest's stat. Default 2000 ms. */
  readonly pollMs?: number;
}

export type SwapEvent =
  | { readonly kind: 'swapped'; readonly generation: number }
  | { readonly kind: 'refused'; readonly error: unknown };

export class LiveAnswerer implements AnswererSource {
  private answerer: Answerer;
  private generationCount = 1;
  private lastStat: string | undefined;
  private loadedHash: string | undefined;
  private refusedHash: string | undefined;
  private debounceTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private watcher: FSWatcher | undefined;
  private reloading: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private readonly listeners = new Set<(event: SwapEvent) => void>();

  private constructor(
    initial: Answerer,
    private readonly options: LiveAnswererOptions,
  ) {
    this.answerer = initial;
  }

  /** Opens (or adopts `initial`), remembers the manifest it came from, and starts watching. */
  static async open(options: LiveAnswererOptions): Promise<LiveAnswerer> {
    // Read the manifest before opening: a rebuild finishing while we open must still count as new.
    const before = await readManifest(options.watchPath);
    const initial = options.initial ?? (await options.reopen());
    const live = new LiveAnswerer(initial, options);
    const seen = before ?? (await readManifest(options.watchPath));
    live.lastStat = seen?.stat;
    live.loadedHash = seen?.hash;
    live.startWatching();
    return live;
  }

  current(): Answerer {
    return this.answerer;
  }

  /** Called after every swap or refused swap (tests wait on it; the bot only logs). */
  onSwap(listener: (event: SwapEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.debounceTimer);
    clearInterval(this.pollTimer);
    this.watcher?.close();
  }

  private startWatching(): void {
    const { watchPath, pollMs = 2000 } = this.options;
    this.pollTimer = setInterval(() => void this.check(), pollMs);
    this.pollTimer.unref();
    // The index folder itself is replaced on rebuild, so watch the folder that holds it.
    const folder = path.dirname(path.dirname(watchPath));
    try {
      this.watcher = watch(folder, { persistent: false }, () => void this.check());
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch {
      // No events here (missing folder, unsupported file system): polling alone still works.
    }
  }

  private async check(): Promise<void> {
    if (this.closed) return;
    let key: string;
    try {
      key = statKey(await stat(this.options.watchPath));
    } catch {
      return;
    }
    if (key === this.lastStat) return;
    this.lastStat = key;
    const seen = await readManifest(this.options.watchPath);
    if (!seen || seen.hash === this.loadedHash || seen.hash === this.refusedHash) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.startReload(), this.options.debounceMs ?? 500);
    this.debounceTimer.unref();
  }

  private startReload(): void {
    if (this.closed) return;
    if (this.reloading) {
      this.again = true;
      return;
    }
    this.reloading = this.reload().finally(() => {
      this.reloading = undefined;
      if (this.again) {
        this.again = false;
        this.startReload();
      }
    });
  }

  private async reload(): Promise<void> {
    const seen = await readManifest(this.options.watchPath);
    if (!seen || seen.hash === this.loadedHash || seen.hash === this.refusedHash) return;
    try {
      const next = await this.options.reopen();
      if (this.closed) return;
      this.answerer = next;
      this.loadedHash = seen.hash;
      this.refusedHash = undefined;
      this.generationCount += 1;
      const summary = next.summary();
      log.info(`Index changed: now answering from ${summary.passages} passages (built ${summary.builtAt}).`);
      this.emit({ kind: 'swapped', generation: this.generationCount });
    } catch (error) {
      this.refusedHash = seen.hash;
      // One line: the log stays greppable even when a library's message spans several.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
      log.warn(
        `Index changed but the new one could not be opened (${reason}); still answering from the previous index.`,
      );
      this.emit({ kind: 'refused', error });
    }
  }

  private emit(event: SwapEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** The manifest's identity (for a cheap "did it change?") and content hash (for "is it really new?"). */
function statKey(info: Stats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`;
}

async function readManifest(file: string): Promise<{ stat: string; hash: string } | undefined> {
  try {
    const info = await stat(file);
    const content = await readFile(file);
    return { stat: statKey(info), hash: createHash('sha256').update(content).digest('hex') };
  } catch {
    return undefined; // missing or mid-swap: keep what we have
  }
}
