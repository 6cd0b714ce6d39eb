/** `/who-knows skill:<text>`: the people whose profiles show a skill, with the lines that show it. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_SKILL_CHARS, validateSkill } from '../../answer/validateInput.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { editPayload } from '../render/delivery.js';
import { replyTo } from '../replyTo.js';

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

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<Answered> {
  const skill = interaction.options.getString('skill', true);
  const scope = { command: '/who-knows', server: interaction.guildId };
  const reply = await replyTo({ kind: 'whoKnows', skill }, scope, context.visibility, context);
  await interaction.editReply(editPayload(reply.payload));
  return { asked: reply.asked, people: reply.people };
}
