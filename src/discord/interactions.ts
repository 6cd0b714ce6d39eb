/**
 * Routes every interaction: slash commands, autocomplete, and "More sources" buttons.
 *
 * Every interaction first passes the access preconditions (access/: DMs, server, channel, role);
 * a refusal is answered at once, ephemerally, and logged. A slash command then goes: known
 * command? -> options within the registered limits? -> cooldown -> take the current Answerer ->
 * deferReply at once (ephemeral when `private`) -> the command's execute (which ends with
 * editReply) -> one audit line. The quick refusals before the defer are answered at once,
 * ephemerally.
 *
 * Failures never escape: user mistakes (`WhoKnowsError`, `InputError`) are shown as they are;
 * anything else is logged to stderr with a short reference id, and the user gets an ephemeral
 * message carrying that id. The deferred public "thinking…" message is deleted first so the
 * error is not left hanging in the channel.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import { isWhoKnowsError } from '../errors.js';
import { log } from '../log.js';
import { accessRequestOf } from './access/fromDiscord.js';
import { checkAccess } from './access/index.js';
import { InputError, PRIVATE_OPTION, type Answered, type Command, type CommandContext, type MenuCommand } from './command.js';
import { editPayload, replyPayload } from './commands/reply.js';
import { cooldownMessage, type Cooldown } from './cooldown.js';
import type { AnswererSource } from './liveAnswerer.js';
import type { PageStore } from './pageStore.js';
import { FeedbackLog, voterHash } from '../feedback/feedbackLog.js';
import { parseFeedbackButtonId, parsePageButtonId, renderNotice, renderView, type PagedView, type ReplyPayload } from './render.js';

export interface InteractionDeps {
  readonly config: Config;
  readonly feedback: FeedbackLog;
  readonly answerers: AnswererSource;
  readonly commands: readonly Command[];
  readonly menus?: readonly MenuCommand[];
  readonly cooldown: Cooldown;
  readonly pages: PageStore;
}

interface Registered {
  readonly command: Command;
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** A short id users can quote and operators can grep for in the logs. */
export function referenceId(): string {
  return randomBytes(4).toString('hex');
}

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

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const registry = new Map<string, Registered>();
  for (const command of deps.commands) {
    const definition = command.data(deps.config).toJSON();
    registry.set(definition.name, { command, definition });
  }
  const known = [...registry.keys()].map((name) => `/${name}`).join(', ');
  const menus = new Map((deps.menus ?? []).map((menu) => [menu.data(deps.config).name, menu]));

  async function onMenu(interaction: MessageContextMenuCommandInteraction): Promise<void> {
    const menu = menus.get(interaction.commandName);
    if (!menu) {
      await interaction.reply(replyPayload(renderNotice(`I don't know "${interaction.commandName}" (it may have been removed).`, { ephemeral: true })));
      return;
    }
    const verdict = deps.cooldown.take(interaction.user.id);
    if (!verdict.ok) {
      await interaction.reply(replyPayload(renderNotice(cooldownMessage(verdict.retryAfterSeconds), { ephemeral: true })));
      return;
    }
    const context: CommandContext = { answerer: deps.answerers.current(), config: deps.config, pages: deps.pages };
    // Always private: the point is to find a colleague quietly.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const answered = await menu.execute(interaction, context);
    if (deps.config.access.auditLog) audit(interaction, interaction.commandName, answered, true);
  }

  /** Runs the access preconditions; on a refusal answers ephemerally, logs why, and returns false. */
  async function admitted(interaction: Interaction): Promise<boolean> {
    const verdict = checkAccess(accessRequestOf(interaction, interaction.user.id, deps.config.access), deps.config.access);
    if (verdict.ok) return true;
    log.info(`Refused ${describe(interaction)}: ${verdict.reason}.`, { ...fieldsOf(interaction), refused: verdict.rule });
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) await interaction.reply(replyPayload(renderNotice(verdict.message, { ephemeral: true })));
    return false;
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const entry = registry.get(interaction.commandName);
    if (!entry) {
      await interaction.reply(
        replyPayload(
          renderNotice(`I don't know /${interaction.commandName} (it may have been removed). I answer ${known}.`, { ephemeral: true }),
        ),
      );
      return;
    }
    const problem = checkOptions(entry.definition, interaction.options.data);
    if (problem) {
      await interaction.reply(replyPayload(renderNotice(problem, { ephemeral: true })));
      return;
    }
    const verdict = deps.cooldown.take(interaction.user.id);
    if (!verdict.ok) {
      await interaction.reply(replyPayload(renderNotice(cooldownMessage(verdict.retryAfterSeconds), { ephemeral: true })));
      return;
    }
    const context: CommandContext = { answerer: deps.answerers.current(), config: deps.config, pages: deps.pages };
    await entry.command.check?.(interaction, context);
    const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? deps.config.access.privateByDefault;
    // Private from the first moment: even the "thinking…" message is visible to the asker only.
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const answered = await entry.command.execute(interaction, context);
    if (deps.config.access.auditLog) audit(interaction, `/${interaction.commandName}`, answered, ephemeral);
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const entry = registry.get(interaction.commandName);
    if (!entry?.command.autocomplete) {
      await interaction.respond([]);
      return;
    }
    const context: CommandContext = { answerer: deps.answerers.current(), config: deps.config, pages: deps.pages };
    await entry.command.autocomplete(interaction, context);
  }

  async function onFeedback(interaction: ButtonInteraction, key: string, verdict: 'helpful' | 'not-helpful'): Promise<void> {
    const entry = deps.pages.entry(key);
    if (!entry?.asked) {
      await interaction.reply(replyPayload(renderNotice('This answer is no longer kept (answers are kept for 15 minutes), so the vote was not recorded.', { ephemeral: true })));
      return;
    }
    const facts = citedIn(entry.view);
    const outcome = await deps.feedback.record({
      server: entry.asked.server,
      command: entry.asked.command,
      question: entry.asked.question,
      people: facts.people,
      citations: facts.citations,
      verdict,
      voter: voterHash(key, interaction.user.id),
    });
    const message =
      outcome === 'recorded'
        ? `Thanks: recorded as ${verdict === 'helpful' ? 'helpful' : 'not helpful'}.${verdict === 'not-helpful' ? ' It helps improve the answers.' : ''}`
        : 'You already voted on this answer; one vote per answer.';
    log.info(`Feedback ${outcome === 'recorded' ? verdict : 'repeat vote ignored'} on ${entry.asked.command}.`, { ...fieldsOf(interaction), feedback: verdict });
    await interaction.reply(replyPayload(renderNotice(message, { ephemeral: true })));
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const vote = parseFeedbackButtonId(interaction.customId);
    if (vote) {
      await onFeedback(interaction, vote.key, vote.verdict);
      return;
    }
    const target = parsePageButtonId(interaction.customId);
    if (!target) {
      await interaction.reply(replyPayload(renderNotice('This button is not one of mine any more.', { ephemeral: true })));
      return;
    }
    const entry = deps.pages.entry(target.pageKey);
    if (!entry) {
      await interaction.reply(
        replyPayload(renderNotice('These sources are no longer kept (they expire after 15 minutes). Run the command again.', { ephemeral: true })),
      );
      return;
    }
    await interaction.deferUpdate();
    const feedback = entry.asked ? { feedbackKey: target.pageKey } : {};
    await interaction.editReply(editPayload(renderView(entry.view, { page: target.page, pageKey: target.pageKey, ...feedback })));
  }

  return async function handle(interaction: Interaction): Promise<void> {
    try {
      if (!(await admitted(interaction))) return;
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isMessageContextMenuCommand()) await onMenu(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isRepliable()) {
        await interaction.reply(replyPayload(renderNotice('I only answer slash commands.', { ephemeral: true })));
      }
    } catch (error) {
      await fail(interaction, error);
    }
  };
}

/** People and cited lines of a stored answer, for its feedback record. */
function citedIn(view: PagedView): { people: string[]; citations: string[] } {
  const cited =
    view.kind === 'answer'
      ? view.answer.citations
      : view.kind === 'whoKnows'
        ? view.result.people.flatMap((match) => match.evidence)
        : view.kind === 'profile'
          ? view.profile.citations
          : [];
  const people = view.kind === 'whoKnows' ? view.result.people.map((match) => match.person) : [...new Set(cited.map((c) => c.person))];
  return { people, citations: cited.map((c) => `${c.source}:L${c.startLine}${c.endLine !== c.startLine ? `-L${c.endLine}` : ''}`) };
}

/** The fields every structured log line about an interaction carries. */
export function fieldsOf(interaction: Interaction): Record<string, string | null> {
  return { interaction: interaction.id, server: interaction.guildId, channel: interaction.channelId, user: interaction.user.id };
}

/** One audit record: who asked what, where, and whom the answer named. */
export function audit(interaction: Interaction, command: string, answered: Answered, ephemeral: boolean): void {
  log.audit({ ...fieldsOf(interaction), command, ...answered.asked, people: answered.people, private: ephemeral });
}

function describe(interaction: Interaction): string {
  const what = interaction.isChatInputCommand() || interaction.isAutocomplete()
    ? `/${interaction.commandName}${interaction.isAutocomplete() ? ' autocomplete' : ''}`
    : interaction.isContextMenuCommand()
      ? `menu "${interaction.commandName}"`
      : interaction.isButton()
      ? `button ${interaction.customId}`
      : `interaction type ${interaction.type}`;
  return `${what} by user ${interaction.user.id} (interaction ${interaction.id})`;
}

/** Logs and answers a failure ephemerally; never throws. */
async function fail(interaction: Interaction, error: unknown): Promise<void> {
  let message: string;
  if (isWhoKnowsError(error) || error instanceof InputError) {
    message = error.message;
    log.debug(`${describe(interaction)}: ${message}`, fieldsOf(interaction));
  } else {
    const ref = referenceId();
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log.error(`[ref ${ref}] ${describe(interaction)} failed: ${detail}`, { ...fieldsOf(interaction), ref });
    message = `Sorry, something went wrong while answering (reference \`${ref}\`). Please try again; if it keeps happening, pass the reference on to whoever runs this bot.`;
  }
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    await sendEphemeral(interaction, renderNotice(message, { ephemeral: true }));
  } catch (deliveryError) {
    const detail = deliveryError instanceof Error ? deliveryError.message : String(deliveryError);
    log.error(`Could not deliver the error reply for ${describe(interaction)}: ${detail}`, fieldsOf(interaction));
  }
}

async function sendEphemeral(
  interaction: Exclude<Interaction, AutocompleteInteraction>,
  payload: ReplyPayload,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(replyPayload(payload));
    return;
  }
  // A deferred public "thinking…" message would stay forever; remove it (not a button's message).
  if (interaction.isChatInputCommand() && interaction.deferred && !interaction.replied && !interaction.ephemeral) {
    await interaction.deleteReply().catch(() => undefined);
  }
  await interaction.followUp(replyPayload(payload));
}
