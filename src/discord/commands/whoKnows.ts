/** `/who-knows skill:<text>`: the people whose profiles show a skill, with the lines that show it. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_SKILL_CHARS, validateSkill } from '../../answer/validateInput.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { PEOPLE_KEPT, type PagedView } from '../render.js';
import { showView } from './reply.js';

export function data(config: Config) {
  const builder = new SlashCommandBuilder()
    .setName('who-knows')
    .setDescription('Find the people whose profiles show a skill, e.g. terraform.')
    .addStringOption((option) =>
      option
        .setName('skill')
        .setDescription('One skill or technology, e.g. terraform')
        .setRequired(true)
        .setMaxLength(MAX_SKILL_CHARS),
    );
  return withSharedSettings(builder, config);
}

export async function check(interaction: ChatInputCommandInteraction): Promise<void> {
  validateSkill(interaction.options.getString('skill', true));
}

export async function execute(interaction: ChatInputCommandInteraction, { answerer, pages }: CommandContext): Promise<Answered> {
  const skill = interaction.options.getString('skill', true);
  const result = await answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT });
  const view: PagedView = { kind: 'whoKnows', result };
  await showView(interaction, view, pages, { command: '/who-knows', question: skill, server: interaction.guildId });
  return { asked: { skill }, people: result.people.map((match) => match.person) };
}
