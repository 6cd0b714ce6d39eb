/** `/ask` (and mentions): the answer in the first embed's description, its sources listed and paged below. */
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../../answer/types.js';
import { payload, totalEmbedChars, type ReplyPayload } from '../fit.js';
import { COLOR, descriptionBudget, LIMITS } from '../limits.js';
import { pageButtons, type RenderOptions } from '../paging.js';
import { sourcesEmbed } from '../sources.js';
import { inlineText, safeClip } from '../text.js';

export function renderAnswer(answer: Answer, options: RenderOptions = {}, hint?: string): ReplyPayload {
  const { embed: sources, window } = sourcesEmbed(answer.citations, options);
  const title = safeClip(inlineText(answer.question) || 'Question', LIMITS.embedTitle);
  const footer = answer.noAnswer
    ? 'Not found in the profiles.'
    : answer.writtenBy
      ? `Written by ${answer.writtenBy} from the sources below; numbers in [brackets] point to them.`
      : 'Numbers in [brackets] point to the sources below.';
  const body = answer.answer.trim() || (answer.noAnswer ? 'I could not find this in the profiles.' : '(empty answer)');
  const note = hint ? `\n\n*${safeClip(hint, 400)}*` : '';
  const main: APIEmbed = {
    title,
    description:
      safeClip(body, descriptionBudget(totalEmbedChars([sources]) + title.length + footer.length + note.length)) + note,
    color: answer.noAnswer ? COLOR.noAnswer : COLOR.answer,
    footer: { text: footer },
  };
  const embeds = answer.citations.length > 0 ? [main, sources] : [main];
  return payload(embeds, pageButtons(window, options));
}
