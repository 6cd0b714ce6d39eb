/**
 * The bot's commands: the one list both the client (to answer) and `npm run register` (to
 * register) use, so they can't drift apart.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../../config.js';
import type { Command } from '../command.js';
import * as ask from './ask.js';
import * as profile from './profile.js';
import * as sources from './sources.js';
import * as whoKnows from './whoKnows.js';

export const commands: readonly Command[] = [ask, whoKnows, profile, sources];

/** Exactly what gets registered with Discord. */
export function commandDefinitions(
  config: Config,
  list: readonly Command[] = commands,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return list.map((command) => command.data(config).toJSON());
}
