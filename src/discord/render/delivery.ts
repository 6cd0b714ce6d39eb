/**
 * Rendered payloads -> the option objects discord.js's reply, editReply and send take: what each
 * way of delivering a message may carry (an edit can't change flags; a channel message has none).
 */
import type { InteractionEditReplyOptions, InteractionReplyOptions } from 'discord.js';
import type { ReplyPayload } from './fit.js';

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

/** What a channel or thread message (a mention's answer) carries. */
export interface MessagePayload {
  content?: string;
  embeds: ReplyPayload['embeds'];
  components: ReplyPayload['components'];
  allowedMentions: { parse: [] };
}

/** For a channel or thread message (a mention's answer): no flags, mentions off. */
export function messagePayload(payload: ReplyPayload): MessagePayload {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
  };
}
