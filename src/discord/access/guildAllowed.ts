import { ALLOWED, type Precondition } from './types.js';

/** Only the servers in ALLOWED_GUILD_IDS (plus DISCORD_GUILD_ID); an empty list allows every server. */
export const guildAllowed: Precondition = (request, settings) => {
  if (request.guildId === null || settings.allowedGuildIds.length === 0) return ALLOWED;
  if (settings.allowedGuildIds.includes(request.guildId)) return ALLOWED;
  return {
    ok: false,
    rule: 'guildAllowed',
    message: "This bot isn't set up to answer in this server.",
    reason: `server ${request.guildId} is not in ALLOWED_GUILD_IDS (user ${request.userId})`,
  };
};

/** Whether the bot may stay in a server it is in or has just joined. */
export function guildPermitted(guildId: string, settings: { readonly allowedGuildIds: readonly string[] }): boolean {
  return settings.allowedGuildIds.length === 0 || settings.allowedGuildIds.includes(guildId);
}
