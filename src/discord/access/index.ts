/**
 * The access preconditions, in the order they are checked, and the one function every entry point
 * calls. Order matters only for which refusal a user reads first: place (DM, server, channel) before
 * person (role), so nobody learns about roles of a server the bot does not serve.
 */
import type { AccessConfig } from '../../config.js';
import { channelAllowed } from './channelAllowed.js';
import { dmAllowed } from './dmAllowed.js';
import { guildAllowed } from './guildAllowed.js';
import { roleAllowed } from './roleAllowed.js';
import { ALLOWED, type AccessRequest, type Precondition, type Verdict } from './types.js';

export const PRECONDITIONS: readonly Precondition[] = [dmAllowed, guildAllowed, channelAllowed, roleAllowed];

/** The first refusal among the preconditions, or ALLOWED. */
export function checkAccess(
  request: AccessRequest,
  settings: AccessConfig,
  rules: readonly Precondition[] = PRECONDITIONS,
): Verdict {
  for (const rule of rules) {
    const verdict = rule(request, settings);
    if (!verdict.ok) return verdict;
  }
  return ALLOWED;
}

export { guildPermitted } from './guildAllowed.js';
export type { AccessRequest, Precondition, Verdict } from './types.js';
