/**
 * Once the client is ready: warn when every server is allowed, leave the servers that added the bot
 * while it was offline and are not allowed (they arrive with READY, not as a join), and log one
 * ready line. `start()` resolves when this is done.
 */
import { Events, type Client } from 'discord.js';
import { log } from '../../log.js';
import { botEvent, type EventContext } from './context.js';
import { leaveIfNotAllowed } from './guildCreate.js';

async function settle(context: EventContext, client: Client<true>): Promise<void> {
  const { config, answerers, servers } = context;
  if (config.access.allowedGuildIds.length === 0) {
    log.warn(
      'ALLOWED_GUILD_IDS is empty: the bot answers in every server it is invited to. ' +
        'List your servers to keep profiles inside them.',
    );
  }
  const guilds = [...client.guilds.cache.values()];
  await Promise.all(guilds.map((guild) => leaveIfNotAllowed(guild, 'found at start-up', context)));
  const passages = answerers.current().summary().passages;
  const user = client.user?.tag ?? 'unknown';
  log.info(`Ready as ${user} in ${servers.count} server(s); ${passages} passages loaded.`);
}

export default botEvent({
  name: Events.ClientReady,
  once: true,
  execute(context, client) {
    settle(context, client).then(context.started.resolve, context.started.reject);
  },
});
