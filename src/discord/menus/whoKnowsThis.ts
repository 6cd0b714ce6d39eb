/**
 * "Who knows this?" (right-click a message → Apps): who-knows for the skills and technologies the
 * message names, answered only to the one who asked, so someone can quietly find the right
 * colleague for a question posted in the channel. Discord sends the message's content with the
 * interaction (no Message Content intent needed).
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Config } from '../../config.js';
import type { Answered, CommandContext } from '../command.js';
import { editPayload } from '../render/delivery.js';
import { replyTo } from '../replyTo.js';

export const NAME = 'Who knows this?';

export function data(config: Config) {
  return new ContextMenuCommandBuilder()
    .setName(NAME)
    .setType(ApplicationCommandType.Message)
    .setContexts(
      config.access.allowDms
        ? [InteractionContextType.Guild, InteractionContextType.BotDM]
        : [InteractionContextType.Guild],
    )
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

export async function execute(
  interaction: MessageContextMenuCommandInteraction,
  context: CommandContext,
): Promise<Answered> {
  const question = { kind: 'message', text: interaction.targetMessage.content } as const;
  const reply = await replyTo(question, { command: NAME, server: interaction.guildId }, context.visibility, context);
  await interaction.editReply(editPayload(reply.payload));
  return { asked: { message: interaction.targetId, ...reply.asked }, people: reply.people };
}
