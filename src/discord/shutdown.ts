/**
 * What the bot does on a stop signal (SIGINT: Ctrl-C; SIGTERM: a service stop).
 *
 * The first signal stops it gently: new questions are turned away, answers in progress get up to
 * SHUTDOWN_GRACE_MS to finish, then the gateway is closed cleanly and the process exits 0. Under
 * `npm start` one Ctrl-C arrives twice, from the terminal and again from npm, which passes every
 * signal on to the bot: so one more signal within 2 s of the first is the same request. Any other
 * signal (a third one, or a second after 2 s) means "now": the process exits at once with 128 + the
 * signal's number (130 for SIGINT), so a user who presses Ctrl-C again is never ignored.
 * A signal before the bot is up finds nothing to finish, and exits 0 at once.
 */
import os from 'node:os';
import { log } from '../log.js';

/** Signals this close to the first are one request (npm forwards the signal the terminal sent). */
export const SAME_REQUEST_MS = 2000;

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
  const now = options.now ?? Date.now;
  let firstAt: number | undefined;
  let echoSeen = false;
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
    if (!echoSeen && now() - firstAt <= SAME_REQUEST_MS) {
      echoSeen = true;
      const within = SAME_REQUEST_MS / 1000;
      log.info(`${signal} received again within ${within} s: the same stop request (npm passes signals on too).`);
      return;
    }
    log.warn(`${signal} received again; exiting now, without waiting for answers in progress.`);
    options.exit(128 + (os.constants.signals[signal] ?? 0));
  };
}
