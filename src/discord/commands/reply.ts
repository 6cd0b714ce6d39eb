/** Small adapters from render payloads to discord.js option objects. */
import type { ChatInputCommandInteraction, InteractionEditReplyOptions, InteractionReplyOptions } from 'discord.js';
import type { AskedFor, PageStore } from '../pageStore.js';
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

/**
 * The view stored (for its buttons) and rendered: paging buttons when it is longer than a page,
 * helpful / not helpful buttons when `asked` says what it answered.
 */
export function storedView(view: PagedView, pages: PageStore, asked?: AskedFor): ReplyPayload {
  const paged = isPaged(view);
  if (!paged && !asked) return renderView(view);
  const key = pages.put(view, asked);
  return renderView(view, { ...(paged ? { pageKey: key } : {}), ...(asked ? { feedbackKey: key } : {}) });
}

/** Replaces the deferred reply with a view (see `storedView`). */
export async function showView(interaction: ChatInputCommandInteraction, view: PagedView, pages: PageStore, asked?: AskedFor): Promise<void> {
  await interaction.editReply(editPayload(storedView(view, pages, asked)));
}

/** For a channel or thread message (a mention's answer): no flags, mentions off. */
export function messagePayload(payload: ReplyPayload): { content?: string; embeds: ReplyPayload['embeds']; components: ReplyPayload['components']; allowedMentions: { parse: [] } } {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
  };
}
