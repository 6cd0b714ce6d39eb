/**
 * Messages go to the conversation handler (conversation/), which reads only those addressed to the
 * bot. One from a server the bot is no longer in (sent just before it left or was removed) is
 * dropped: Discord would refuse the answer there.
 */
import { Events } from 'discord.js';
import { log } from '../../log.js';
import { botEvent } from './context.js';

export default botEvent({
  name: Events.MessageCreate,
  execute({ inFlight, onMessage, servers }, message) {
    if (message.guildId !== null && !servers.has(message.guildId)) {
      log.debug(`Ignored message ${message.id} from server ${message.guildId}: the bot is no longer there.`);
      return;
    }
    if (!inFlight.draining) void inFlight.track(onMessage(message));
  },
});
