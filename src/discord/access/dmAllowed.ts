import { ALLOWED, type Precondition } from './types.js';

/** DMs and group DMs are refused unless ALLOW_DMS is on: profiles are read where a server's rules apply. */
export const dmAllowed: Precondition = (request, settings) => {
  if (request.guildId !== null || settings.allowDms) return ALLOWED;
  return {
    ok: false,
    rule: 'dmAllowed',
    message: "I only answer inside the team's server, not in direct messages. Ask me there.",
    reason: `direct message from user ${request.userId} (ALLOW_DMS is off)`,
  };
};
