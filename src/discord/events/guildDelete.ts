/**
 * The bot is no longer in a server: it left (events/guildCreate.ts), or it was kicked or banned, or
 * the server was deleted. discord.js has already dropped the server from its cache; `servers`
 * remembers it so nothing sent from there before the removal is answered, and the count is right.
 * An outage is not a removal: discord.js reports it as `guildUnavailable`, not here.
 */
import { Events } from 'discord.js';
import { log } from '../../log.js';
import { botEvent } from './context.js';

export default botEvent({
  name: Events.GuildDelete,
  execute({ servers }, guild) {
    const how = servers.markLeft(guild.id) ? 'removed (kicked, banned, or the server was deleted)' : 'left it';
    log.info(`No longer in server ${guild.id}: ${how}; in ${servers.count} server(s) now.`, { server: guild.id });
  },
});
