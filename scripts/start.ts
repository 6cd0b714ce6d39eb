/**
 * `npm start`: the Discord bot. Reads `.env`, loads the model and the index once (building the
 * index when missing), logs in, and follows index rebuilds until stopped with Ctrl-C.
 */
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig, type Config } from '../src/config.js';
import { runBot } from '../src/discord/client.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { isWhoKnowsError } from '../src/errors.js';
import { log } from '../src/log.js';

/** The model is loaded once and kept across index swaps; each (re)open loads the index afresh. */
let model: Promise<ModelSession> | undefined;
async function open(config: Config): Promise<Answerer> {
  if (!model) {
    model = openModel(config);
    const session = await model;
    if (session.warning) log.warn(session.warning);
  }
  return openAnswerer(config, { model: await model });
}

try {
  const running = await runBot(loadConfig(), open);
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
