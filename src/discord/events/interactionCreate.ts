/** Every interaction goes to the router (interactions/), unless the bot is shutting down. */
import { Events } from 'discord.js';
import { replyPayload } from '../render/delivery.js';
import { renderNotice } from '../render/views/notice.js';
import { botEvent } from './context.js';

export default botEvent({
  name: Events.InteractionCreate,
  execute({ inFlight, onInteraction }, interaction) {
    if (inFlight.draining) {
      if (interaction.isRepliable()) {
        const notice = renderNotice('I am restarting; ask again in a minute.', { ephemeral: true });
        void interaction.reply(replyPayload(notice)).catch(() => undefined);
      }
      return;
    }
    void inFlight.track(onInteraction(interaction));
  },
});
