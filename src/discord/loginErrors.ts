/**
 * Discord's refusals at log-in, as named errors that say what to do. discord.js reports them in
 * its own words ("An invalid token was provided.", "Used disallowed intents"), which name neither
 * the setting nor the Developer Portal switch that fixes them.
 */
import { createError, type WhoKnowsError } from '../errors.js';

/** Gateway close codes (Discord: Opcodes and Status Codes). */
export const CLOSE_CODES = { authenticationFailed: 4004, disallowedIntents: 4014 } as const;

/** The named error for a gateway close code that ends the connection for good; undefined for others. */
export function closeCodeError(code: number): WhoKnowsError | undefined {
  if (code === CLOSE_CODES.disallowedIntents) return createError('DISCORD_INTENTS_DISALLOWED');
  if (code === CLOSE_CODES.authenticationFailed) return createError('DISCORD_TOKEN_INVALID', 'gateway close code 4004');
  return undefined;
}

/**
 * What a failed `client.login()` or REST call means for the operator: a 401 (discord.js's
 * `TokenInvalid`, or a REST error with status 401) is the token; a refused intent is the portal
 * switch. Anything else is passed on unchanged.
 */
export function loginError(error: unknown): unknown {
  const failure = error as { code?: unknown; status?: unknown; message?: unknown } | undefined;
  if (failure?.code === 'TokenInvalid' || failure?.status === 401) {
    return Object.assign(createError('DISCORD_TOKEN_INVALID', '401 Unauthorized'), { cause: error });
  }
  if (typeof failure?.message === 'string' && /disallowed intents/i.test(failure.message)) {
    return Object.assign(createError('DISCORD_INTENTS_DISALLOWED'), { cause: error });
  }
  return error;
}
