/**
 * The shape of one slash command: its definition beside its handler (discord.js guide style), so
 * what `npm run register` sends and what the bot answers come from the same module.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Config } from '../config.js';
import type { PageStore } from './pageStore.js';

export interface CommandContext {
  /** Taken once when the interaction arrived; an index swap mid-answer does not change it. */
  readonly answerer: Answerer;
  readonly config: Config;
  readonly pages: PageStore;
}

/** Anything with `toJSON()` giving a slash command definition (SlashCommandBuilder and friends). */
export interface CommandDefinition {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export interface Command {
  /** The definition Discord registers. Built from the config so option limits match what the bot enforces. */
  data(config: Config): CommandDefinition;
  /** Runs after the reply was deferred; ends with `editReply`. Throws `InputError`/`WhoKnowsError` for user mistakes. */
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

/** A mistake in what the user typed: shown to them (ephemeral) as it is, with no reference id. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
