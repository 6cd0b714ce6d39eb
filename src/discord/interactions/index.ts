/**
 * Routes every interaction: slash commands (slashCommands.ts), message context-menu commands
 * (menus.ts), autocomplete, and the bot's buttons (buttons.ts).
 *
 * Every interaction first passes the access preconditions (access/: DMs, server, channel, role);
 * a refusal is answered at once, ephemerally, and logged. Failures never escape (failures.ts).
 */
import type { Interaction } from 'discord.js';
import { log } from '../../log.js';
import { accessRequestOf } from '../access/fromDiscord.js';
import { checkAccess } from '../access/index.js';
import { onButton } from './buttons.js';
import { routesFor, type InteractionDeps, type Routes } from './deps.js';
import { fail, replyPrivately } from './failures.js';
import { describe, fieldsOf } from './logFields.js';
import { onMenu } from './menus.js';
import { onAutocomplete, onCommand } from './slashCommands.js';

export type { InteractionDeps } from './deps.js';
export { checkOptions } from './slashCommands.js';

/** Runs the access preconditions; on a refusal answers ephemerally, logs why, and returns false. */
async function admitted(interaction: Interaction, { deps }: Routes): Promise<boolean> {
  const access = deps.config.access;
  const verdict = checkAccess(accessRequestOf(interaction, interaction.user.id, access), access);
  if (verdict.ok) return true;
  log.info(`Refused ${describe(interaction)}: ${verdict.reason}.`, { ...fieldsOf(interaction), refused: verdict.rule });
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable()) await replyPrivately(interaction, verdict.message);
  return false;
}

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const routes = routesFor(deps);
  return async function handle(interaction: Interaction): Promise<void> {
    try {
      if (!(await admitted(interaction, routes))) return;
      if (interaction.isChatInputCommand()) await onCommand(interaction, routes);
      else if (interaction.isMessageContextMenuCommand()) await onMenu(interaction, routes);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction, routes);
      else if (interaction.isButton()) await onButton(interaction, routes);
      else if (interaction.isRepliable()) await replyPrivately(interaction, 'I only answer slash commands.');
    } catch (error) {
      await fail(interaction, error);
    }
  };
}
