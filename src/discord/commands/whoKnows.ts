/** `/who-knows skill:<text>`: the people whose profiles show a skill, with the lines that show it. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_SKILL_CHARS } from '../../answer/validateInput.js';
import type { CommandContext } from '../command.js';
import type { PagedView } from '../render.js';
import { showView } from './reply.js';

export function data() {
  return new SlashCommandBuilder()
    .setName('who-knows')
    .setDescription('Find the people whose profiles show a skill, e.g. terraform.')
    .addStringOption((option) =>
      option
        .setName('skill')
        .setDescription('One skill or technology, e.g. terraform')
        .setRequired(true)
        .setMaxLength(MAX_SKILL_CHARS),
    );
}

export async function execute(interaction: ChatInputCommandInteraction, { answerer, pages }: CommandContext): Promise<void> {
  const skill = interaction.options.getString('skill', true);
  const result = await answerer.whoKnows(skill);
  const view: PagedView = { kind: 'whoKnows', result };
  await showView(interaction, view, pages);
}
