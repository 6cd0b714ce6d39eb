/**
 * `npm start`: the Discord bot. Reads `.env`, loads the model and the index once (building the
 * index when missing), logs in, and follows index rebuilds until stopped with Ctrl-C.
 */
import { answererOpener } from '../src/answer/answerer.js';
import { loadConfig } from '../src/config.js';
import { runBot } from '../src/discord/client.js';
import { asWhoKnowsError } from '../src/errors.js';
import { log } from '../src/log.js';

try {
  // The model is loaded once and kept across index swaps; each (re)open loads the index afresh.
  const running = await runBot(loadConfig(), answererOpener());
  const shutdown = (signal: string) => {
    log.info(`${signal} received; disconnecting.`);
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.on('unhandledRejection', (reason) => {
    log.error(`Unhandled rejection (the bot keeps running): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
} catch (error) {
  const named = asWhoKnowsError(error);
  if (named.code !== 'UNEXPECTED') log.error(named.message);
  else {
    // Startup failures are almost always the outside world (network, a revoked token): say what
    // failed in one line; the stack is there for LOG_LEVEL=debug.
    log.error(`Could not start the bot: ${error instanceof Error ? error.message : String(error)}. Check the network and the DISCORD_* settings.`);
    if (error instanceof Error && error.stack) log.debug(error.stack);
  }
  process.exit(1);
}
