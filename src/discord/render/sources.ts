/**
 * The source list under an answer or a profile: one entry per citation, numbered like the `[n]`
 * markers in the text, paged (or trimmed) to fit its share of the message.
 *
 *   **[1]** Phil Kershaw · Recent Experience › AstraZeneca · `corpus/000_x.txt:L24-L30`
 *   > Ensured testability of all infrastructure as code…
 */
import type { APIEmbed } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import { COLOR, LIMITS, SOURCES_BUDGET } from './limits.js';
import { pageOf, trimmedNote, windowLabel, type PageWindow, type RenderOptions } from './paging.js';
import { excerpt } from './quotes.js';
import { citationPath, clip, inlineText, safeClip } from './text.js';

const QUOTE_CHARS = 160;

/** `**[1]** Person · Section · \`file:L1-L2\`` then a short quoted line. */
export function sourceEntry(citation: Citation): string {
  const head = `**[${citation.id}]** ${[
    safeClip(inlineText(citation.person), 80),
    safeClip(inlineText(citation.section), 120),
    citationPath(citation),
  ].join(' · ')}`;
  const quote = excerpt(citation.text, citation.match, QUOTE_CHARS);
  return quote ? `${head}\n> ${quote}` : head;
}

/** Joins entries into a description that fits `limit`, dropping whole entries rather than cutting one. */
export function joinEntries(entries: readonly string[], limit: number, note?: string): string {
  const kept: string[] = [];
  let used = note ? note.length + 2 : 0;
  for (const entry of entries) {
    const cost = entry.length + (kept.length > 0 ? 2 : 0);
    if (used + cost > limit) break;
    kept.push(entry);
    used += cost;
  }
  const dropped = entries.length - kept.length;
  const lines = [...kept];
  if (dropped > 0) lines.push(`…${dropped} more on this page did not fit.`);
  if (note) lines.push(note);
  return clip(lines.join('\n\n'), limit);
}

/** Joins one-line entries within `limit`, ending in "…and N more" when the rest do not fit. */
export function joinLines(lines: readonly string[], limit: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const rest = lines.length - index - 1;
    const reserve = rest > 0 ? 30 : 0;
    if (used + line.length + 1 + reserve > limit) {
      kept.push(`…and ${lines.length - index} more`);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return clip(kept.join('\n'), limit);
}

/** The "Sources" embed for one page of `citations`, and the page window it shows. */
export function sourcesEmbed(
  citations: readonly Citation[],
  options: RenderOptions,
): { embed: APIEmbed; window: PageWindow<Citation> } {
  const window = pageOf(citations, options.page ?? 0);
  const paged = Boolean(options.pageKey);
  const title = windowLabel('Sources', window, paged);
  const description = joinEntries(
    window.items.map(sourceEntry),
    Math.min(LIMITS.embedDescription, SOURCES_BUDGET - title.length),
    trimmedNote(window, paged, 'sources'),
  );
  return { embed: { title, description, color: COLOR.sources }, window };
}
