/** A short text reply (errors, cooldowns, notices): mentions neutralised, clipped to 2,000. */
import { MessageFlags } from 'discord.js';
import { visibleLines } from '../../../text/visibleText.js';
import type { ReplyPayload } from '../fit.js';
import { LIMITS } from '../limits.js';
import { clip, neutraliseMentions } from '../text.js';

export function renderNotice(text: string, options: { ephemeral?: boolean } = {}): ReplyPayload {
  const out: ReplyPayload = {
    content: clip(neutraliseMentions(visibleLines(text)), LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: { parse: [] },
  };
  if (options.ephemeral) out.flags = MessageFlags.Ephemeral;
  return out;
}
