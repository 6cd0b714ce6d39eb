import { ALLOWED, type Precondition } from './types.js';

/**
 * With ALLOWED_ROLE_IDS set, a member needs one of those roles. The refusal names roles by name,
 * and only roles of this server (every member sees a server's role names); ids never appear.
 * Outside a server roles can't be checked, so the rule refuses there.
 */
export const roleAllowed: Precondition = (request, settings) => {
  const allowed = settings.allowedRoleIds;
  if (allowed.length === 0) return ALLOWED;
  if (request.roleIds?.some((id) => allowed.includes(id))) return ALLOWED;
  const names = request.allowedRoleNamesHere;
  const need =
    names.length === 0
      ? "a role this server's admins allowed for this bot"
      : names.length === 1
        ? `the ${names[0]} role`
        : `one of these roles: ${names.join(', ')}`;
  return {
    ok: false,
    rule: 'roleAllowed',
    message: `You need ${need} to ask me. Ask this server's admins if you should have it.`,
    reason: `user ${request.userId} has none of ALLOWED_ROLE_IDS (server ${request.guildId ?? 'DM'})`,
  };
};
