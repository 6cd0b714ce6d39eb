/** `/ask question:<text>`: an answer with numbered citations to the profile lines it used. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { validateQuestion } from '../../answer/validateInput.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { editPayload } from '../render/delivery.js';
import type { ReplyPayload } from '../render/fit.js';
import { replyTo } from '../replyTo.js';

export function data(config: Config) {
  const builder = new SlashCommandBuilder()
    .setName('ask')
    .setDescription("Ask a question about the team's profiles; the answer cites the lines it used.")
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('For example: who has run a CDN in production?')
        .setRequired(true)
        .setMaxLength(config.maxQuestionChars),
    );
  return withSharedSettings(builder, config);
}

export async function check(interaction: ChatInputCommandInteraction, { config }: CommandContext): Promise<void> {
  validateQuestion(interaction.options.getString('question', true), config.maxQuestionChars);
}

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<Answered> {
  const text = interaction.options.getString('question', true);
  const scope = { command: '/ask', server: interaction.guildId };
  const draft = (payload: ReplyPayload) => interaction.editReply(editPayload(payload));
  const reply = await replyTo({ kind: 'ask', text }, scope, context.visibility, { ...context, draft });
  await interaction.editReply(editPayload(reply.payload));
  return { asked: reply.asked, people: reply.people, ...(reply.llm ? { llm: reply.llm } : {}) };
}
