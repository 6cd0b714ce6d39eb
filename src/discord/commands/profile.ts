/** `/profile person:<name>`: one person's overview with citations; names autocomplete from the index. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { InputError, withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { inlineText, LIMITS, renderChoices, safeClip, type PagedView } from '../render.js';
import { showView } from './reply.js';

export function data(config: Config) {
  const builder = new SlashCommandBuilder()
    .setName('profile')
    .setDescription("Show one person's profile overview, with the lines it comes from.")
    .addStringOption((option) =>
      option
        .setName('person')
        .setDescription('Start typing a name')
        .setRequired(true)
        .setMaxLength(LIMITS.choiceValue)
        .setAutocomplete(true),
    );
  return withSharedSettings(builder, config);
}

export async function autocomplete(interaction: AutocompleteInteraction, { answerer }: CommandContext): Promise<void> {
  await interaction.respond(renderChoices(answerer.people(), interaction.options.getFocused()));
}

async function lookUp(person: string, { answerer }: CommandContext) {
  const profile = await answerer.profile(person);
  if (!profile) {
    const name = safeClip(inlineText(person), LIMITS.choiceValue);
    throw new InputError(`Nobody called "${name}" is in the profiles. Pick a name from the suggestions, or run /sources to see who is.`);
  }
  return profile;
}

/** The name list is in memory: an unknown name is refused before the public "thinking…". */
export async function check(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await lookUp(interaction.options.getString('person', true), context);
}

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<Answered> {
  const person = interaction.options.getString('person', true);
  const profile = await lookUp(person, context);
  const view: PagedView = { kind: 'profile', profile };
  await showView(interaction, view, context.pages, { command: '/profile', question: person, server: interaction.guildId });
  return { asked: { person }, people: [profile.person] };
}
