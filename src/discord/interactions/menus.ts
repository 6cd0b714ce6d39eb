/** A message context-menu command: known? -> cooldown -> ephemeral defer -> execute -> audit. */
import { MessageFlags, type MessageContextMenuCommandInteraction } from 'discord.js';
import { cooldownMessage } from '../cooldown.js';
import { contextFor, type Routes } from './deps.js';
import { replyPrivately } from './failures.js';
import { audit } from './logFields.js';

export async function onMenu(
  interaction: MessageContextMenuCommandInteraction,
  { deps, menus }: Routes,
): Promise<void> {
  const menu = menus.get(interaction.commandName);
  if (!menu) {
    await replyPrivately(interaction, `I don't know "${interaction.commandName}" (it may have been removed).`);
    return;
  }
  const verdict = deps.cooldown.take(interaction.user.id);
  if (!verdict.ok) {
    await replyPrivately(interaction, cooldownMessage(verdict.retryAfterSeconds));
    return;
  }
  // Always private: the point is to find a colleague quietly.
  const context = contextFor(deps, 'private');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const answered = await menu.execute(interaction, context);
  if (deps.config.access.auditLog) audit(interaction, interaction.commandName, answered, true);
}
