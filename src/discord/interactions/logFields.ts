/** What log and audit lines say about an interaction: its ids, a short description, the audit record. */
import type { Interaction } from 'discord.js';
import { log } from '../../log.js';
import type { Answered } from '../command.js';

/** The fields every structured log line about an interaction carries. */
export function fieldsOf(interaction: Interaction): Record<string, string | null> {
  return {
    interaction: interaction.id,
    server: interaction.guildId,
    channel: interaction.channelId,
    user: interaction.user.id,
  };
}

/** One audit record: who asked what, where, and whom the answer named. */
export function audit(interaction: Interaction, command: string, answered: Answered, ephemeral: boolean): void {
  const { asked, people, llm } = answered;
  log.audit({ ...fieldsOf(interaction), command, ...asked, people, private: ephemeral, ...(llm ? { llm } : {}) });
}

/** `/ask by user 123 (interaction 456)`, for log lines. */
export function describe(interaction: Interaction): string {
  const what =
    interaction.isChatInputCommand() || interaction.isAutocomplete()
      ? `/${interaction.commandName}${interaction.isAutocomplete() ? ' autocomplete' : ''}`
      : interaction.isContextMenuCommand()
        ? `menu "${interaction.commandName}"`
        : interaction.isButton()
          ? `button ${interaction.customId}`
          : `interaction type ${interaction.type}`;
  return `${what} by user ${interaction.user.id} (interaction ${interaction.id})`;
}
