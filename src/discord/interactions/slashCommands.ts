/**
 * A slash command goes: known command? -> options within the registered limits? -> cooldown ->
 * take the current Answerer -> the command's check -> deferReply at once (ephemeral when
 * `private`) -> the command's execute (which ends with editReply) -> one audit line. The quick
 * refusals before the defer are answered at once, ephemerally.
 */
import {
  ApplicationCommandOptionType,
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { PRIVATE_OPTION } from '../command.js';
import { cooldownMessage } from '../cooldown.js';
import { contextFor, type Routes } from './deps.js';
import { replyPrivately } from './failures.js';
import { audit } from './logFields.js';

/**
 * Checks received options against the registered definition (Discord enforces these too, but a
 * stale registration or a hand-made request can still send anything). Returns a message for the
 * user, or undefined when everything is within limits.
 */
export function checkOptions(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
  given: readonly Pick<CommandInteractionOption, 'name' | 'type' | 'value'>[],
): string | undefined {
  const declared = definition.options ?? [];
  for (const option of given) {
    const spec = declared.find((candidate) => candidate.name === option.name);
    if (!spec) return `/${definition.name} has no option "${option.name}". Run the command again from the list.`;
    if (spec.type === ApplicationCommandOptionType.String) {
      const value = typeof option.value === 'string' ? option.value : String(option.value ?? '');
      if (spec.max_length !== undefined && value.length > spec.max_length) {
        return `The ${option.name} is ${value.length} characters long; the limit is ${spec.max_length}. Shorten it.`;
      }
      if (spec.min_length !== undefined && value.length < spec.min_length) {
        return `The ${option.name} is too short; it needs at least ${spec.min_length} characters.`;
      }
    }
  }
  for (const spec of declared) {
    if ('required' in spec && spec.required && !given.some((option) => option.name === spec.name)) {
      return `/${definition.name} needs the ${spec.name} option.`;
    }
  }
  return undefined;
}

export async function onCommand(
  interaction: ChatInputCommandInteraction,
  { deps, registry, known }: Routes,
): Promise<void> {
  const entry = registry.get(interaction.commandName);
  if (!entry) {
    const name = interaction.commandName;
    await replyPrivately(interaction, `I don't know /${name} (it may have been removed). I answer ${known}.`);
    return;
  }
  const problem = checkOptions(entry.definition, interaction.options.data);
  if (problem) {
    await replyPrivately(interaction, problem);
    return;
  }
  const verdict = deps.cooldown.take(interaction.user.id);
  if (!verdict.ok) {
    await replyPrivately(interaction, cooldownMessage(verdict.retryAfterSeconds));
    return;
  }
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? deps.config.access.privateByDefault;
  const context = contextFor(deps, ephemeral ? 'private' : 'public');
  await entry.command.check?.(interaction, context);
  // Private from the first moment: even the "thinking…" message is visible to the asker only.
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const answered = await entry.command.execute(interaction, context);
  if (deps.config.access.auditLog) audit(interaction, `/${interaction.commandName}`, answered, ephemeral);
}

export async function onAutocomplete(interaction: AutocompleteInteraction, { deps, registry }: Routes): Promise<void> {
  const entry = registry.get(interaction.commandName);
  if (!entry?.command.autocomplete) {
    await interaction.respond([]);
    return;
  }
  await entry.command.autocomplete(interaction, contextFor(deps, 'private'));
}
