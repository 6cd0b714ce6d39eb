/** How a terminal command ends on an error: one line on stderr, the stack only at LOG_LEVEL=debug. */
import { asWhoKnowsError, isWhoKnowsError } from '../errors.js';
import { log } from '../log.js';

export function reportError(error: unknown): void {
  const named = asWhoKnowsError(error);
  log.error(named.message);
  const cause = isWhoKnowsError(error) ? error.cause : error;
  if (cause instanceof Error && cause.stack) log.debug(cause.stack);
}
