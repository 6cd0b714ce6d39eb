/**
 * `npm run register`: registers the bot's slash commands, to DISCORD_GUILD_ID when set (instant),
 * globally otherwise (up to an hour to appear everywhere).
 */
import { loadConfig } from '../src/config.js';
import { registerCommands } from '../src/discord/register.js';
import { isWhoKnowsError } from '../src/errors.js';
import { log } from '../src/log.js';

try {
  const done = await registerCommands(loadConfig());
  const where = done.scope === 'guild' ? `guild ${done.guildId}` : 'all guilds (global; may take up to an hour to appear)';
  log.info(`Registered ${done.names.length} commands for application ${done.applicationId} in ${where}: ${done.names.map((name) => `/${name}`).join(', ')}.`);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  log.error(isWhoKnowsError(error) ? reason : `Could not register the commands: ${reason}. Check the network and the DISCORD_* settings.`);
  process.exit(1);
}
