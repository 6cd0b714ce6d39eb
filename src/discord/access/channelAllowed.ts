import { ALLOWED, type Precondition } from './types.js';

/** With ALLOWED_CHANNEL_IDS set, only those channels and the threads under them. */
export const channelAllowed: Precondition = (request, settings) => {
  const allowed = settings.allowedChannelIds;
  if (allowed.length === 0) return ALLOWED;
  const inAllowed = [request.channelId, request.parentChannelId].some((id) => id !== null && allowed.includes(id));
  if (inAllowed) return ALLOWED;
  // Channel links (<#id>) show only channels the reader can see, and never ping anyone.
  const where =
    request.allowedChannelsHere.length > 0
      ? `in ${request.allowedChannelsHere.map((id) => `<#${id}>`).join(', ')}`
      : "in the channels this server's admins chose for it";
  return {
    ok: false,
    rule: 'channelAllowed',
    message: `I answer only ${where}. Ask me there.`,
    reason: `channel ${request.channelId ?? 'none'} is not in ALLOWED_CHANNEL_IDS (server ${request.guildId ?? 'DM'}, user ${request.userId})`,
  };
};
