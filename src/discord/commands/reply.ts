/** Small adapters from render payloads to discord.js option objects. */
import type { ChatInputCommandInteraction, InteractionEditReplyOptions, InteractionReplyOptions } from 'discord.js';
import type { PageStore } from '../pageStore.js';
import { isPaged, renderView, type PagedView, type ReplyPayload } from '../render.js';

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

/** Replaces the deferred reply with a view; a view too long for one page is kept so "More sources" can page it. */
export async function showView(interaction: ChatInputCommandInteraction, view: PagedView, pages: PageStore): Promise<void> {
  await interaction.editReply(editPayload(renderView(view, isPaged(view) ? { pageKey: pages.put(view) } : {})));
}
