/** `/profile`: headline and cited lines about one person, sources paged below. */
import type { APIEmbed } from 'discord.js';
import type { ProfileOverview } from '../../../answer/types.js';
import { visibleText } from '../../../text/visibleText.js';
import { payload, totalEmbedChars, type ReplyPayload } from '../fit.js';
import { COLOR, descriptionBudget, LIMITS } from '../limits.js';
import { pageButtons, type RenderOptions } from '../paging.js';
import { joinLines, sourcesEmbed } from '../sources.js';
import { clip, inlineText, safeClip } from '../text.js';

export function renderProfile(profile: ProfileOverview, options: RenderOptions = {}): ReplyPayload {
  const { embed: sources, window } = sourcesEmbed(profile.citations, options);
  const title = safeClip(inlineText(profile.person) || 'Profile', LIMITS.embedTitle);
  // The headline shows once, on top, with its citation; the other lines follow under their labels.
  const headlineLine = profile.lines.find((line) => line.label === 'Headline' && line.text === profile.headline);
  const lines = profile.lines
    .filter((line) => line !== headlineLine)
    .map((line) => {
      const label = safeClip(inlineText(line.label), 100);
      return `**${label}:** ${safeClip(inlineText(line.text), 300)} [${line.citation}]`;
    });
  const headline = profile.headline.trim()
    ? `${safeClip(inlineText(profile.headline), 500)}${headlineLine ? ` [${headlineLine.citation}]` : ''}`
    : '';
  const footer = `Profile: ${clip(visibleText(profile.source), 200)}`;
  const budget = descriptionBudget(totalEmbedChars([sources]) + title.length + footer.length);
  const body = joinLines(lines, Math.max(50, budget - headline.length - 2));
  const main: APIEmbed = {
    title,
    description: clip([headline, body].filter(Boolean).join('\n\n') || '(no details)', budget),
    color: COLOR.answer,
    footer: { text: footer },
  };
  const embeds = profile.citations.length > 0 ? [main, sources] : [main];
  return payload(embeds, pageButtons(window, options));
}
