/**
 * The shape of one slash command: its definition beside its handler (discord.js guide style), so
 * what `npm run register` sends and what the bot answers come from the same module.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandOptionsOnlyBuilder,
} from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Config } from '../config.js';
import type { AnswerWriter } from '../llm/writer.js';
import type { PageStore } from './pageStore.js';
import type { Visibility } from './replyTo.js';

export interface CommandContext {
  /** Taken once when the interaction arrived; an index swap mid-answer does not change it. */
  readonly answerer: Answerer;
  readonly config: Config;
  readonly pages: PageStore;
  /** Who sees the reply: the `private` option, or PRIVATE_BY_DEFAULT; menus are always private. */
  readonly visibility: Visibility;
  /** Words /ask answers from their citations when a language model is configured. */
  readonly writer?: AnswerWriter;
}

/** Anything with `toJSON()` giving a slash command definition (SlashCommandBuilder and friends). */
export interface CommandDefinition {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** What an answered command tells the audit log: what was asked and whom the answer names. */
export interface Answered {
  /** The question, skill or person asked about, under its option's name (`question`, `skill`, `person`). */
  readonly asked: Readonly<Record<string, string>>;
  /** People named in the answer, in its order. */
  readonly people: readonly string[];
  /** With a language model configured: `written`, `fallback: <reason>` or `skipped`. */
  readonly llm?: string;
}

/** A message context-menu command (right-click a message → Apps). */
export interface MenuCommand {
  data(config: Config): { readonly name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  /** Runs after an ephemeral defer; ends with `editReply`. */
  execute(interaction: MessageContextMenuCommandInteraction, context: CommandContext): Promise<Answered>;
}

export interface Command {
  /** The definition Discord registers. Built from the config so option limits match what the bot enforces. */
  data(config: Config): CommandDefinition;
  /**
   * Runs before the reply is deferred: throws `InputError`/`WhoKnowsError` for mistakes that need no
   * answering (an empty question, an unknown name), so the refusal is ephemeral from the start.
   */
  check?(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  /** Runs after the reply was deferred; ends with `editReply`. Throws `InputError`/`WhoKnowsError` for user mistakes. */
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<Answered>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

/** A mistake in what the user typed: shown to them (ephemeral) as it is, with no reference id. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The option every command takes: answer only to the asker. */
export const PRIVATE_OPTION = 'private';

/**
 * What every command shares: the `private` option, and where it may be used (servers only unless
 * ALLOW_DMS; installed to servers, never to a user's account, so a server's rules always apply).
 */
export function withSharedSettings(
  builder: SlashCommandOptionsOnlyBuilder,
  config: Config,
): SlashCommandOptionsOnlyBuilder {
  const byDefault = config.access.privateByDefault;
  return builder
    .addBooleanOption((option) =>
      option
        .setName(PRIVATE_OPTION)
        .setDescription(
          byDefault
            ? 'Only you see the answer (the default here); false shows it to the channel'
            : 'Only you see the answer',
        ),
    )
    .setContexts(
      config.access.allowDms
        ? [InteractionContextType.Guild, InteractionContextType.BotDM]
        : [InteractionContextType.Guild],
    )
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
