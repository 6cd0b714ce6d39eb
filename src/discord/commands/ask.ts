/** `/ask question:<text>`: an answer with numbered citations to the profile lines it used. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { withSharedSettings, type Answered, type CommandContext } from '../command.js';
import type { PagedView } from '../render.js';
import { validateQuestion } from '../../answer/validateInput.js';
import { morePeopleHint } from '../morePeopleHint.js';
import { showView } from './reply.js';

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

export async function execute(interaction: ChatInputCommandInteraction, { answerer, pages }: CommandContext): Promise<Answered> {
  const question = interaction.options.getString('question', true);
  const answer = await answerer.ask(question);
  const hint = await morePeopleHint(answerer, answer);
  const view: PagedView = hint ? { kind: 'answer', answer, hint } : { kind: 'answer', answer };
  await showView(interaction, view, pages, { command: '/ask', question, server: interaction.guildId });
  return { asked: { question }, people: peopleOf(answer.citations) };
}

/** Each person cited, once, in citation order. */
export function peopleOf(citations: readonly { readonly person: string }[]): string[] {
  return [...new Set(citations.map((citation) => citation.person))];
}
