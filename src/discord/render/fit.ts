/**
 * The final limit guard and the payload every view returns: whatever a view built, `fitEmbeds`
 * clips it to Discord's limits with "…" rather than letting Discord refuse the message.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { LIMITS } from './limits.js';
import { clip, ZWSP } from './text.js';

/** A message body discord.js accepts for reply/editReply/followUp/update, as plain JSON. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: number;
}

function embedChars(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += embed.footer?.text.length ?? 0;
  total += embed.author?.name.length ?? 0;
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Characters Discord counts towards the 6,000 total across a message's embeds. */
export function totalEmbedChars(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedChars(embed), 0);
}

/** One embed with every text within its own limit and at most 25 fields. */
function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: clip(field.name, LIMITS.fieldName) || ZWSP,
      value: clip(field.value, LIMITS.fieldValue) || ZWSP,
    }));
  }
  return out;
}

/** The longest shrinkable text (a description or a field value) among the embeds, if any. */
interface Longest {
  readonly embed: APIEmbed;
  readonly key: 'description' | number;
  readonly length: number;
}

function longestText(embeds: readonly APIEmbed[]): Longest | undefined {
  let best: Longest | undefined;
  for (const embed of embeds) {
    const length = embed.description?.length ?? 0;
    if (length > (best?.length ?? 1)) best = { embed, key: 'description', length };
    (embed.fields ?? []).forEach((field, index) => {
      if (field.value.length > (best?.length ?? 1)) best = { embed, key: index, length: field.value.length };
    });
  }
  return best;
}

/**
 * Makes any list of embeds fit every Discord limit, clipping with "…" rather than failing:
 * at most 10 embeds and 25 fields each, every text within its own limit, 6,000 in total.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted: APIEmbed[] = embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  let overflow = totalEmbedChars(fitted) - LIMITS.embedTotal;
  while (overflow > 0) {
    // Shrink the longest shrinkable text; the answer description usually goes first.
    const best = longestText(fitted);
    if (!best) {
      // Nothing long left: drop the last embed (titles and footers alone are tiny, so this is rare).
      fitted.pop();
      if (fitted.length === 0) break;
    } else if (best.key === 'description') {
      best.embed.description = clip(best.embed.description ?? '', Math.max(1, best.length - overflow));
    } else {
      const fields = [...(best.embed.fields ?? [])];
      const field = fields[best.key];
      if (field) fields[best.key] = { ...field, value: clip(field.value, Math.max(1, best.length - overflow)) };
      best.embed.fields = fields;
    }
    overflow = totalEmbedChars(fitted) - LIMITS.embedTotal;
  }
  return fitted;
}

/** Embeds fitted to the limits, with buttons, and mentions always off. */
export function payload(
  embeds: APIEmbed[],
  components: APIActionRowComponent<APIButtonComponent>[] = [],
): ReplyPayload {
  return { embeds: fitEmbeds(embeds), components, allowedMentions: { parse: [] } };
}
