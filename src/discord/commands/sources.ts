/** `/sources`: what the index holds (documents, people, passages, model, when it was built). */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { showView } from './reply.js';

export function data(config: Config) {
  const builder = new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Show what the bot answers from: documents, people, passages, model, build time.');
  return withSharedSettings(builder, config);
}

export async function execute(interaction: ChatInputCommandInteraction, { answerer, pages }: CommandContext): Promise<Answered> {
  await showView(interaction, { kind: 'summary', summary: answerer.summary() }, pages);
  return { asked: {}, people: [] };
}
