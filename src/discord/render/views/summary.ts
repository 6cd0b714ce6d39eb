/** `/sources`: what the index holds, with the profiles listed and paged. */
import type { APIEmbed } from 'discord.js';
import type { IndexSummary } from '../../../answer/types.js';
import { payload, type ReplyPayload } from '../fit.js';
import { COLOR, LIMITS, SUMMARY_PAGE_SIZE } from '../limits.js';
import { pageButtons, pageOf, type PageWindow, type RenderOptions } from '../paging.js';
import { joinLines } from '../sources.js';
import { clip, codePath, inlineText, safeClip } from '../text.js';

/** A Discord timestamp that each reader sees in their own time zone, or the raw text. */
function when(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return safeClip(iso, 100) || 'unknown';
  const seconds = Math.floor(ms / 1000);
  return `<t:${seconds}:f> (<t:${seconds}:R>)`;
}

function profilesTitle(window: PageWindow<unknown>, paged: boolean): string {
  if (window.total <= SUMMARY_PAGE_SIZE) return 'Profiles';
  if (paged) return `Profiles ${window.first + 1}–${window.first + window.items.length} of ${window.total}`;
  return `Profiles (first ${window.items.length} of ${window.total})`;
}

export function renderSummary(summary: IndexSummary, options: RenderOptions = {}): ReplyPayload {
  const sorted = [...summary.people].sort((a, b) => a.name.localeCompare(b.name));
  const window = pageOf(sorted, options.page ?? 0, SUMMARY_PAGE_SIZE);
  const people = window.items.map(
    (person) =>
      `${safeClip(inlineText(person.name), 80)} · ${codePath(clip(person.source, 150))} · ` +
      `${person.passages} ${person.passages === 1 ? 'passage' : 'passages'}`,
  );
  const embed: APIEmbed = {
    title: 'What I can answer from',
    color: COLOR.sources,
    fields: [
      { name: 'Documents', value: String(summary.documents), inline: true },
      { name: 'People', value: String(summary.people.length), inline: true },
      { name: 'Passages', value: String(summary.passages), inline: true },
      {
        name: 'Model',
        value: summary.model ? safeClip(summary.model, 200) : 'none (keyword search only)',
        inline: true,
      },
      { name: 'Built', value: when(summary.builtAt), inline: true },
      {
        name: profilesTitle(window, Boolean(options.pageKey)),
        value: people.length > 0 ? joinLines(people, LIMITS.fieldValue) : 'none',
      },
    ],
  };
  const unnamed = summary.people.filter((person) => person.unnamed).map((person) => codePath(clip(person.source, 150)));
  if (unnamed.length > 0) {
    embed.fields!.push({
      name: 'No name in the text (name them in corpus/people.json)',
      value: joinLines(unnamed, LIMITS.fieldValue),
    });
  }
  return payload([embed], pageButtons(window, { ...options, feedbackKey: undefined }, 'profiles'));
}
