/** `/who-knows`: people ranked, each with the lines that show the skill; near matches apart. */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { PersonMatch, WhoKnowsResult } from '../../../answer/types.js';
import { payload, type ReplyPayload } from '../fit.js';
import { COLOR, descriptionBudget, LIMITS, PAGE_SIZE } from '../limits.js';
import { pageButtons, pageOf, trimmedNote, windowLabel, type PageWindow, type RenderOptions } from '../paging.js';
import { excerpt } from '../quotes.js';
import { joinEntries, joinLines } from '../sources.js';
import { citationPath, clip, codePath, inlineText, safeClip } from '../text.js';

function personEntry(match: PersonMatch, rank: number): string {
  const head = `**${rank}. ${safeClip(inlineText(match.person), 100)}** · ${codePath(clip(match.source, 200))}`;
  const evidence = match.evidence.slice(0, 2).map((citation) => {
    const where = `**[${citation.id}]** ${safeClip(inlineText(citation.section), 100)} · ${citationPath(citation)}`;
    const quote = excerpt(citation.text, citation.match, 140);
    return quote ? `${where}\n> ${quote}` : where;
  });
  const left = match.evidence.length - 2;
  const more = left > 0 ? [`…and ${left} more ${left === 1 ? 'line' : 'lines'}.`] : [];
  return [head, ...evidence, ...more].join('\n');
}

/** "Related, but not <skill>": near matches, apart from the people who show the skill itself. */
function relatedFields(result: WhoKnowsResult, skill: string): APIEmbedField[] {
  if (result.related.length === 0) return [];
  const related = result.related.map(
    (match) => `${safeClip(inlineText(match.term), 60)} — ${safeClip(inlineText(match.person), 80)}`,
  );
  return [{ name: clip(`Related, but not ${skill}`, LIMITS.fieldName), value: joinLines(related, LIMITS.fieldValue) }];
}

/** The ranked people of one page, with a count of those the answerer did not quote. */
function peopleDescription(
  result: WhoKnowsResult,
  window: PageWindow<PersonMatch>,
  paged: boolean,
  fields: readonly APIEmbedField[],
): string {
  // The answerer may have quoted only the strongest people of many (see PEOPLE_KEPT): count them all.
  const unquoted = Math.max(0, (result.totalPeople ?? result.people.length) - result.people.length);
  const all = { ...window, total: window.total + unquoted };
  const title = windowLabel('People', all, paged);
  const lastPage = window.page === window.pages - 1;
  const shown = unquoted > 0 && (lastPage || !paged);
  const beyond = shown ? `…and ${unquoted} more people whose profiles show it, not listed here.` : undefined;
  const description = joinEntries(
    window.items.map((match, index) => personEntry(match, window.first + index + 1)),
    descriptionBudget(fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0) + 300),
    [trimmedNote(window, paged, 'people'), beyond].filter(Boolean).join('\n') || undefined,
  );
  return all.total > PAGE_SIZE ? `${title}\n\n${description}` : description;
}

export function renderWhoKnows(result: WhoKnowsResult, options: RenderOptions = {}): ReplyPayload {
  const skill = safeClip(inlineText(result.skill) || 'that', 120);
  const window = pageOf(result.people, options.page ?? 0);
  const fields = relatedFields(result, skill);
  const nobody = result.noAnswer || result.people.length === 0;
  const description = nobody
    ? `Nobody in the profiles mentions **${skill}**.`
    : peopleDescription(result, window, Boolean(options.pageKey), fields);
  const embed: APIEmbed = {
    title: clip(`Who knows ${skill}?`, LIMITS.embedTitle),
    description: clip(description, LIMITS.embedDescription),
    color: result.noAnswer ? COLOR.noAnswer : COLOR.answer,
  };
  // A "nobody" reply has no [n] to explain.
  if (!nobody) embed.footer = { text: 'Numbers in [brackets] are the profile lines that show it.' };
  if (fields.length > 0) embed.fields = fields;
  return payload([embed], pageButtons(window, options, 'people'));
}
