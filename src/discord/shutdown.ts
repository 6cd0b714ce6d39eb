/**
 * What the bot does on a stop signal (SIGINT: Ctrl-C; SIGTERM: a service stop).
 *
 * The first signal stops it gently: new questions are turned away, answers in progress get up to
 * SHUTDOWN_GRACE_MS to finish, then the gateway is closed cleanly and the process exits 0.
 *
 * One Ctrl-C can reach the bot more than once: from the terminal, and again from every wrapper that
 * passes signals on (npm, tsx). It can also arrive once, because the kernel merges a signal that is
 * still pending with its copy. So copies cannot be counted; only time tells them apart: every signal
 * within SAME_REQUEST_MS of the first is the same request, and any signal after that means "now": the
 * process exits at once with 128 + the signal's number (130 for SIGINT). A person reads the first
 * message before pressing again, which takes longer than a wrapper takes to pass a signal on.
 * A signal before the bot is up finds nothing to finish, and exits 0 at once.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { log } from '../log.js';

/** Signals this close to the first are copies of it (a wrapper passes on what the terminal sent). */
export const SAME_REQUEST_MS = 1000;

export interface StopTarget {
  /** Lets answers in progress finish (within the grace period), then disconnects. */
  stop(): Promise<void>;
}

export interface StopSignalOptions {
  /** The running bot, or undefined while it is starting. */
  readonly running: () => StopTarget | undefined;
  readonly exit: (code: number) => void;
  readonly now?: () => number;
}

/** The handler to give `process.on('SIGINT' | 'SIGTERM')`. */
export function stopOnSignals(options: StopSignalOptions): (signal: NodeJS.Signals) => void {
  // Monotonic: a wall-clock step (NTP) must not turn a copy into a new press.
  const now = options.now ?? (() => performance.now());
  let firstAt: number | undefined;
  let copySeen = false;
  return (signal) => {
    if (firstAt === undefined) {
      firstAt = now();
      const bot = options.running();
      if (!bot) {
        log.warn(`${signal} received during start-up; nothing to finish, exiting now.`);
        options.exit(0);
        return;
      }
      log.info(
        `${signal} received; finishing answers in progress (SHUTDOWN_GRACE_MS), then disconnecting. ` +
          'Press Ctrl-C again to exit at once.',
      );
      bot.stop().then(
        () => {
          log.info('Disconnected.');
          options.exit(0);
        },
        (error: unknown) => {
          log.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
          options.exit(1);
        },
      );
      return;
    }
    if (now() - firstAt <= SAME_REQUEST_MS) {
      if (!copySeen) {
        const within = SAME_REQUEST_MS / 1000;
        log.info(`${signal} received again within ${within} s: the same stop request (npm passes signals on too).`);
      }
      copySeen = true;
      return;
    }
    log.warn(`${signal} received again; exiting now, without waiting for answers in progress.`);
    options.exit(128 + (os.constants.signals[signal] ?? 0));
  };
}
