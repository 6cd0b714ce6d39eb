/**
 * `npm start`: the Discord bot. Reads `.env`, loads the model and the index once (building the
 * index when missing), logs in, and follows index rebuilds until stopped. Logs are JSON lines on
 * stderr (pino). On SIGTERM or SIGINT it lets answers in progress finish (SHUTDOWN_GRACE_MS), then
 * disconnects and exits 0; a signal more than 2 s after the first exits at once (src/discord/shutdown.ts).
 *
 * `npm start` runs the compiled copy (dist/scripts/start.js, built by `npm run build`) through
 * `exec node scripts/launch.mjs start`, which imports it in the same process: this process is the
 * one a service manager signals, nothing sits in between.
 */
import { workerOpener } from '../src/answer/workerAnswerer.js';
import { loadConfig } from '../src/config.js';
import { runBot, type RunningBot } from '../src/discord/client.js';
import { stopOnSignals } from '../src/discord/shutdown.js';
import { asWhoKnowsError } from '../src/errors.js';
import { removeThisProcessBuild } from '../src/index/build/interruptedBuild.js';
import { log, useStructuredLogs } from '../src/log.js';

useStructuredLogs();
let running: RunningBot | undefined;
let dataDir: string | undefined;
// Signals: see src/discord/shutdown.ts (the first stops gently; npm's copy of it within 2 s is the
// same request; a later one exits at once).
const onSignal = stopOnSignals({ running: () => running, exit: (code) => process.exit(code) });
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
// A signal during start-up may come while the bot builds a missing index: its folder and lock go too.
process.on('exit', () => dataDir && removeThisProcessBuild(dataDir));
process.on('unhandledRejection', (reason) => {
  log.error(
    `Unhandled rejection (the bot keeps running): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  );
});

try {
  const config = loadConfig();
  dataDir = config.dataDir;
  // Answers are worked out in a worker thread that loads the model once and each index afresh on
  // every swap: this thread's event loop serves Discord only, however many questions arrive at once.
  running = await runBot(config, workerOpener().open);
} catch (error) {
  const named = asWhoKnowsError(error);
  if (named.code !== 'UNEXPECTED') log.error(named.message, { code: named.code });
  else {
    // Startup failures are almost always the outside world (network, a revoked token): say what
    // failed in one line; the stack is there for LOG_LEVEL=debug.
    // Library messages end with their own full stop ("An invalid token was provided."): one is enough.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '');
    log.error(`Could not start the bot: ${reason}. Check the network and the DISCORD_* settings.`);
    if (error instanceof Error && error.stack) log.debug(error.stack);
  }
  process.exit(1);
}
