/**
 * Registers the bot's commands through discord.js's REST client: to one guild when
 * DISCORD_GUILD_ID is set (shows up at once), globally otherwise (can take up to an hour).
 * PUT replaces the whole list, so commands removed from the code disappear from Discord too.
 *
 * ALLOW_DMS with DISCORD_GUILD_ID: Discord offers a server's commands in that server only, never
 * in DMs, so the operator who allowed DMs would silently get none. The same commands are then also
 * registered globally for the bot's DMs only (context BotDM): DMs work as asked, and the server
 * does not show every command twice, which global commands for every context would cause.
 */
import { InteractionContextType, REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Command } from './command.js';
import { requireToken } from './client.js';
import { commandDefinitions, commands as allCommands } from './commands/index.js';
import { loginError } from './loginErrors.js';

/** A registered command as Discord returns it: type 1 slash command, 2 user menu, 3 message menu. */
export interface RegisteredCommand {
  readonly name: string;
  readonly type: number;
}

export interface Registration {
  readonly scope: 'guild' | 'global';
  readonly applicationId: string;
  readonly guildId: string | undefined;
  readonly names: readonly string[];
  readonly commands: readonly RegisteredCommand[];
  /** With ALLOW_DMS and a guild: the commands registered globally for the bot's DMs only. */
  readonly dmCommands?: readonly RegisteredCommand[];
}

/** The same definitions, offered only where `contexts` says. */
function inContexts(body: RESTPostAPIApplicationCommandsJSONBody[], contexts: InteractionContextType[]) {
  return body.map((definition) => ({ ...definition, contexts }));
}

async function put(rest: REST, route: `/${string}`, body: unknown): Promise<RegisteredCommand[]> {
  try {
    const registered = (await rest.put(route, { body })) as { name: string; type?: number }[];
    return registered.map((command) => ({ name: command.name, type: command.type ?? 1 }));
  } catch (error) {
    throw loginError(error);
  }
}

async function currentApplicationId(rest: REST): Promise<string> {
  try {
    return ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  } catch (error) {
    throw loginError(error);
  }
}

export async function registerCommands(config: Config, list: readonly Command[] = allCommands): Promise<Registration> {
  const token = requireToken(config);
  const rest = new REST({ version: '10', api: config.discord.apiBase }).setToken(token);
  const applicationId = config.discord.applicationId ?? (await currentApplicationId(rest));
  const body = commandDefinitions(config, list);
  const guildId = config.discord.guildId;
  if (!guildId) {
    const commands = await put(rest, Routes.applicationCommands(applicationId), body);
    return { scope: 'global', applicationId, guildId, names: commands.map((c) => c.name), commands };
  }
  const guildBody = config.access.allowDms ? inContexts(body, [InteractionContextType.Guild]) : body;
  const commands = await put(rest, Routes.applicationGuildCommands(applicationId, guildId), guildBody);
  const names = commands.map((c) => c.name);
  const registration = { scope: 'guild', applicationId, guildId, names, commands } as const;
  if (!config.access.allowDms) return registration;
  const dmBody = inContexts(body, [InteractionContextType.BotDM]);
  const dmCommands = await put(rest, Routes.applicationCommands(applicationId), dmBody);
  return { ...registration, dmCommands };
}

/** How a command reads in Discord: `/ask` for a slash command, `Who knows this? (message menu)` for a menu. */
export function commandLabel(command: RegisteredCommand): string {
  if (command.type === 3) return `${command.name} (message menu)`;
  if (command.type === 2) return `${command.name} (user menu)`;
  return `/${command.name}`;
}

/** The lines `npm run register` prints: what was registered, where, and how soon it shows. */
export function registrationSummary(done: Registration): string[] {
  const list = (commands: readonly RegisteredCommand[]) => commands.map(commandLabel).join(', ');
  const where =
    done.scope === 'guild' ? `server ${done.guildId}` : 'every server (global; may take up to an hour to appear)';
  const count = `${done.commands.length} commands for application ${done.applicationId}`;
  const lines = [`Registered ${count} in ${where}: ${list(done.commands)}.`];
  if (done.dmCommands) {
    lines.push(
      `ALLOW_DMS is on and Discord never offers a server's commands in DMs, so the same ${done.dmCommands.length} ` +
        `commands were also registered globally for the bot's DMs only (may take up to an hour to appear): ` +
        `${list(done.dmCommands)}.`,
    );
  }
  return lines;
}
