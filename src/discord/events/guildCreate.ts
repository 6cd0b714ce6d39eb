/** The bot leaves a server that ALLOWED_GUILD_IDS does not list as soon as it is added there. */
import { Events, type Guild } from 'discord.js';
import { log } from '../../log.js';
import { guildPermitted } from '../access/index.js';
import { botEvent, type EventContext } from './context.js';

/** Leaves `guild` unless it is allowed; `when` says in the log how the bot found it. */
export async function leaveIfNotAllowed(
  guild: Guild,
  when: string,
  { config, servers }: Pick<EventContext, 'config' | 'servers'>,
): Promise<void> {
  if (guildPermitted(guild.id, config.access)) return;
  log.warn(`Leaving server ${guild.id} (${when}): it is not in ALLOWED_GUILD_IDS.`, { server: guild.id });
  try {
    await guild.leave();
    servers.markLeft(guild.id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error(`Could not leave server ${guild.id}: ${reason}`, { server: guild.id });
  }
}

export default botEvent({
  name: Events.GuildCreate,
  execute(context, guild) {
    context.servers.markJoined(guild.id);
    void leaveIfNotAllowed(guild, 'just joined', context);
  },
});
