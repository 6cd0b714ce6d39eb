/** `/sources`: what the index holds (documents, people, passages, model, when it was built). */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { editPayload } from '../render/delivery.js';
import { storedView } from '../replyTo.js';

export function data(config: Config) {
  const builder = new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Show what the bot answers from: documents, people, passages, model, build time.');
  return withSharedSettings(builder, config);
}

/** Not a question: nothing to vote on, so the view is stored only when it has pages. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  { answerer, pages }: CommandContext,
): Promise<Answered> {
  const { payload } = storedView({ kind: 'summary', summary: answerer.summary() }, pages);
  await interaction.editReply(editPayload(payload));
  return { asked: {}, people: [] };
}
