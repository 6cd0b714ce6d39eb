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
import type { WhoKnowsResult } from '../../answer/types.js';
import type { Config } from '../../config.js';
import type { Answered, CommandContext } from '../command.js';
import { editPayload, storedView } from '../commands/reply.js';
import { fitEmbeds, PEOPLE_KEPT, renderNotice, renderWhoKnows, type ReplyPayload } from '../render.js';

export const NAME = 'Who knows this?';
/** Skills answered from one message: the rest are named in a note. */
const MAX_SKILLS = 3;

export function data(config: Config) {
  return new ContextMenuCommandBuilder()
    .setName(NAME)
    .setType(ApplicationCommandType.Message)
    .setContexts(config.access.allowDms ? [InteractionContextType.Guild, InteractionContextType.BotDM] : [InteractionContextType.Guild])
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

/** One who-knows embed per skill, in one message; paging and feedback buttons for the first. */
function combine(results: readonly WhoKnowsResult[], first: ReplyPayload, skipped: readonly string[]): ReplyPayload {
  const rest = results.slice(1).flatMap((result) => renderWhoKnows(result).embeds);
  const note = skipped.length > 0 ? `Also named: ${skipped.join(', ')} (run /who-knows for each).` : undefined;
  return { ...first, embeds: fitEmbeds([...first.embeds, ...rest]), ...(note ? { content: note } : {}) };
}

export async function execute(interaction: MessageContextMenuCommandInteraction, { answerer, pages }: CommandContext): Promise<Answered> {
  const text = interaction.targetMessage.content;
  const skills = await answerer.skillsIn(text);
  if (skills.length === 0) {
    const notice = renderNotice(
      "I found no skill or technology in that message that the profiles know. Try /who-knows with the skill, or /ask with the question.",
    );
    await interaction.editReply(editPayload(notice));
    return { asked: { message: interaction.targetId }, people: [] };
  }
  const asked = skills.slice(0, MAX_SKILLS);
  const results = await Promise.all(asked.map((skill) => answerer.whoKnows(skill, { offset: 0, limit: PEOPLE_KEPT })));
  const first = storedView({ kind: 'whoKnows', result: results[0]! }, pages, {
    command: NAME,
    question: asked[0]!,
    server: interaction.guildId,
  });
  await interaction.editReply(editPayload(combine(results, first, skills.slice(MAX_SKILLS))));
  return {
    asked: { message: interaction.targetId, skills: asked.join(', ') },
    people: [...new Set(results.flatMap((result) => result.people.map((match) => match.person)))],
  };
}
