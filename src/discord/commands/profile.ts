/** `/profile person:<name>`: one person's overview with citations; names autocomplete from the index. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { InputError, withSharedSettings, type Answered, type CommandContext } from '../command.js';
import { editPayload } from '../render/delivery.js';
import { LIMITS } from '../render/limits.js';
import { inlineText, safeClip } from '../render/text.js';
import { renderChoices } from '../render/views/choices.js';
import { replyTo } from '../replyTo.js';

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

function unknownPerson(person: string): InputError {
  const name = safeClip(inlineText(person), LIMITS.choiceValue);
  return new InputError(
    `Nobody called "${name}" is in the profiles. Pick a name from the suggestions, or run /sources to see who is.`,
  );
}

/** The name list is in memory: an unknown name is refused before the public "thinking…". */
export async function check(interaction: ChatInputCommandInteraction, { answerer }: CommandContext): Promise<void> {
  const person = interaction.options.getString('person', true);
  if (!(await answerer.profile(person))) throw unknownPerson(person);
}

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<Answered> {
  const person = interaction.options.getString('person', true);
  const scope = { command: '/profile', server: interaction.guildId };
  const reply = await replyTo({ kind: 'profile', person }, scope, context.visibility, context);
  // Named in check(); gone only if the index was swapped since.
  if (!reply.viewKey) throw unknownPerson(person);
  await interaction.editReply(editPayload(reply.payload));
  return { asked: reply.asked, people: reply.people };
}
