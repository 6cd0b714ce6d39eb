/**
 * `npm start`: the Discord bot. Reads `.env`, opens the model and index once (building the index
 * when missing), logs in, and follows index rebuilds until stopped with Ctrl-C.
 */
import type { Answerer } from '../src/answer/types.js';
import { loadConfig, type Config } from '../src/config.js';
import { runBot } from '../src/discord/client.js';
import { isWhoKnowsError } from '../src/errors.js';
import { log } from '../src/log.js';

/** The answering core's opener (src/answer/answerer.ts), loaded only when the bot starts. */
async function openAnswerer(config: Config): Promise<Answerer> {
  const core = (await import('../src/answer/answerer.js' as string)) as { openAnswerer(config: Config): Promise<Answerer> };
  return core.openAnswerer(config);
}

try {
  const running = await runBot(loadConfig(), openAnswerer);
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
  log.error(isWhoKnowsError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}
