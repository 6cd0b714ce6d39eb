/**
 * Events the bot only logs: client errors and warnings, the gateway connection going and coming
 * back, and discord.js's debug lines. Every library message passes `say` first, which takes the
 * token out. A reconnect after `stop()` is expected and not worth a warning. A gateway closed for
 * good while starting (a refused intent or token) fails `start()` with the named error instead, so
 * the operator reads one line that says what to do rather than the library's two.
 */
import { Events } from 'discord.js';
import { log } from '../../log.js';
import { closeCodeError } from '../loginErrors.js';
import { botEvent } from './context.js';

export const error = botEvent({
  name: Events.Error,
  execute: ({ say }, failure) => log.error(say(`Discord client error: ${failure.message}`)),
});

export const warn = botEvent({
  name: Events.Warn,
  execute: ({ say }, message) => log.warn(say(`Discord: ${message}`)),
});

export const shardReconnecting = botEvent({
  name: Events.ShardReconnecting,
  execute: ({ stopping }, id) => {
    if (!stopping()) log.warn(`Gateway connection ${id} lost; reconnecting…`);
  },
});

export const shardResume = botEvent({
  name: Events.ShardResume,
  execute: (_context, id, replayed) => log.info(`Gateway connection ${id} resumed (${replayed} events replayed).`),
});

export const shardError = botEvent({
  name: Events.ShardError,
  execute: ({ say, starting }, failure, id) => {
    const line = say(`Gateway connection ${id} error: ${failure.message}`);
    if (starting()) log.debug(line);
    else log.warn(line);
  },
});

export const shardDisconnect = botEvent({
  name: Events.ShardDisconnect,
  execute: ({ starting, started }, event, id) => {
    const named = closeCodeError(event.code);
    if (starting()) {
      log.debug(`Gateway connection ${id} closed for good (code ${event.code}) while starting.`);
      started.reject(named ?? new Error(`Discord closed the gateway for good (close code ${event.code})`));
      return;
    }
    log.error(`Gateway connection ${id} closed for good (code ${event.code})${named ? `: ${named.message}` : '.'}`);
  },
});

export const debug = botEvent({
  name: Events.Debug,
  execute: ({ say }, message) => log.debug(say(message)),
});
