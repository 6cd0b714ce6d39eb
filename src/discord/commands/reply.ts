/** Small adapters from render payloads to discord.js option objects. */
import type { InteractionEditReplyOptions, InteractionReplyOptions } from 'discord.js';
import type { ReplyPayload } from '../render.js';

/** For editReply: flags can't change on edit, so they are left out. */
export function editPayload(payload: ReplyPayload): InteractionEditReplyOptions {
  return {
    content: payload.content ?? '',
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
  };
}

/** For reply/followUp: everything, including the ephemeral flag. */
export function replyPayload(payload: ReplyPayload): InteractionReplyOptions {
  const options: InteractionReplyOptions = {
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
  };
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.flags !== undefined) options.flags = payload.flags;
  return options;
}
