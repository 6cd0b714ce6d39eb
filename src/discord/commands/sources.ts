/** `/sources`: what the index holds (documents, people, passages, model, when it was built). */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { renderSummary } from '../render.js';
import { editPayload } from './reply.js';

export function data(config: Config) {
  const builder = new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Show what the bot answers from: documents, people, passages, model, build time.');
  return withSharedSettings(builder, config);
}

export async function execute(interaction: ChatInputCommandInteraction, { answerer }: CommandContext): Promise<Answered> {
  await interaction.editReply(editPayload(renderSummary(answerer.summary())));
  return { asked: {}, people: [] };
}
