/**
 * The bot's commands: the one list both the client (to answer) and `npm run register` (to
 * register) use, so they can't drift apart.
 */
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../../config.js';
import type { Command, MenuCommand } from '../command.js';
import * as whoKnowsThis from '../menus/whoKnowsThis.js';
import * as ask from './ask.js';
import * as profile from './profile.js';
import * as sources from './sources.js';
import * as whoKnows from './whoKnows.js';

export const commands: readonly Command[] = [ask, whoKnows, profile, sources];
/** Message context-menu commands, registered beside the slash commands. */
export const menus: readonly MenuCommand[] = [whoKnowsThis];

/** Exactly what gets registered with Discord: the slash commands, then the context-menu commands. */
export function commandDefinitions(
  config: Config,
  list: readonly Command[] = commands,
  menuList: readonly MenuCommand[] = menus,
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [
    ...list.map((command) => command.data(config).toJSON()),
    ...menuList.map((menu) => menu.data(config).toJSON()),
  ];
}
