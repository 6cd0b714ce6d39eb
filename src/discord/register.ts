/**
 * Registers the bot's slash commands through discord.js's REST client: to one guild when
 * DISCORD_GUILD_ID is set (shows up at once), globally otherwise (can take up to an hour).
 * PUT replaces the whole list, so commands removed from the code disappear from Discord too.
 */
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { Command } from './command.js';
import { requireToken } from './client.js';
import { commandDefinitions, commands as allCommands } from './commands/index.js';

export interface Registration {
  readonly scope: 'guild' | 'global';
  readonly applicationId: string;
  readonly guildId: string | undefined;
  readonly names: readonly string[];
}

export async function registerCommands(config: Config, list: readonly Command[] = allCommands): Promise<Registration> {
  const token = requireToken(config);
  const rest = new REST({ version: '10', api: config.discord.apiBase }).setToken(token);
  const applicationId =
    config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const body = commandDefinitions(config, list);
  const guildId = config.discord.guildId;
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body })) as { name: string }[];
  return {
    scope: guildId ? 'guild' : 'global',
    applicationId,
    guildId,
    names: registered.map((command) => command.name),
  };
}
