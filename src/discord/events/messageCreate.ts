/** Messages go to the conversation handler (conversation/), which reads only those addressed to the bot. */
import { Events } from 'discord.js';
import { botEvent } from './context.js';

export default botEvent({
  name: Events.MessageCreate,
  execute({ inFlight, onMessage }, message) {
    if (!inFlight.draining) void inFlight.track(onMessage(message));
  },
});
