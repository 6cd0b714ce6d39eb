/** `/sources`: what the index holds (documents, people, passages, model, when it was built). */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../command.js';
import { renderSummary } from '../render.js';
import { editPayload } from './reply.js';

export function data() {
  return new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Show what the bot answers from: documents, people, passages, model, build time.');
}

export async function execute(interaction: ChatInputCommandInteraction, { answerer }: CommandContext): Promise<void> {
  await interaction.editReply(editPayload(renderSummary(answerer.summary())));
}
