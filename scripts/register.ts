/**
 * `npm run register`: registers the bot's commands, to DISCORD_GUILD_ID when set (instant),
 * globally otherwise (up to an hour to appear everywhere); with ALLOW_DMS and a guild, globally for
 * DMs too (src/discord/register.ts says why).
 */
import { loadConfig } from '../src/config.js';
import { registerCommands, registrationSummary } from '../src/discord/register.js';
import { isWhoKnowsError } from '../src/errors.js';
import { log } from '../src/log.js';

try {
  const done = await registerCommands(loadConfig());
  for (const line of registrationSummary(done)) log.info(line);
} catch (error) {
  if (isWhoKnowsError(error)) log.error(error.message, { code: error.code });
  else {
    // Library messages end with their own full stop: one is enough.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '');
    log.error(`Could not register the commands: ${reason}. Check the network and the DISCORD_* settings.`);
  }
  process.exit(1);
}
