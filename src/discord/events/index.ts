/**
 * Every gateway event the bot handles, one module each (discord.js guide: event handling), and the
 * one place that attaches them to the client.
 */
import type { Client } from 'discord.js';
import * as connectionLog from './connectionLog.js';
import type { BotEvent, EventContext } from './context.js';
import guildCreate from './guildCreate.js';
import guildDelete from './guildDelete.js';
import interactionCreate from './interactionCreate.js';
import messageCreate from './messageCreate.js';
import ready from './ready.js';

export type { EventContext } from './context.js';

// Each entry is typed by its own event name; the list only needs to know they are events.
export const events: readonly BotEvent[] = [
  interactionCreate,
  messageCreate,
  guildCreate,
  guildDelete,
  ready,
  ...Object.values(connectionLog),
] as readonly BotEvent[];

export function listen(client: Client, context: EventContext, list: readonly BotEvent[] = events): void {
  for (const event of list) {
    const handler = event.execute as (context: EventContext, ...rest: unknown[]) => void;
    const execute = (...args: unknown[]) => handler(context, ...args);
    if (event.once) client.once(event.name, execute);
    else client.on(event.name, execute);
  }
}
