/**
 * Failures never escape: user mistakes (`WhoKnowsError`, `InputError`) are shown as they are;
 * anything else is logged to stderr with a short reference id, and the user gets an ephemeral
 * message carrying that id. The deferred public "thinking…" message is deleted first so the
 * error is not left hanging in the channel.
 */
import { randomBytes } from 'node:crypto';
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import { isWhoKnowsError } from '../../errors.js';
import { log } from '../../log.js';
import { InputError } from '../command.js';
import { replyPayload } from '../render/delivery.js';
import type { ReplyPayload } from '../render/fit.js';
import { renderNotice } from '../render/views/notice.js';
import { describe, fieldsOf } from './logFields.js';

/** A short id users can quote and operators can grep for in the logs. */
export function referenceId(): string {
  return randomBytes(4).toString('hex');
}

/** Logs and answers a failure ephemerally; never throws. */
export async function fail(interaction: Interaction, error: unknown): Promise<void> {
  let message: string;
  if (isWhoKnowsError(error) || error instanceof InputError) {
    message = error.message;
    log.debug(`${describe(interaction)}: ${message}`, fieldsOf(interaction));
  } else {
    const ref = referenceId();
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log.error(`[ref ${ref}] ${describe(interaction)} failed: ${detail}`, { ...fieldsOf(interaction), ref });
    message =
      `Sorry, something went wrong while answering (reference \`${ref}\`). Please try again; ` +
      'if it keeps happening, pass the reference on to whoever runs this bot.';
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

/** Answers at once with a short notice only the user sees (refusals, stale buttons, cooldowns). */
export async function replyPrivately(
  interaction: Exclude<Interaction, AutocompleteInteraction>,
  text: string,
): Promise<void> {
  await interaction.reply(replyPayload(renderNotice(text, { ephemeral: true })));
}
