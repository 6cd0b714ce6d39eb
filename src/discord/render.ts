/**
 * Answers -> Discord message payloads. Pure: no client, no I/O, so every limit is unit-tested.
 *
 * Layout (readable on desktop and mobile): the first embed carries the answer in its description;
 * a second embed lists the sources, numbered like the `[n]` markers in the answer:
 *
 *   **[1]** Phil Kershaw · Recent Experience › AstraZeneca · `corpus/000_x.txt:L24-L30`
 *   > Ensured testability of all infrastructure as code…
 *
 * Long source lists page: a "More sources" button whose customId names the next page (see
 * `pageButtonId`). Without a page key the list is trimmed with a count of what was left out.
 *
 * Safety, belt and braces: every payload carries `allowedMentions: { parse: [] }`, every piece of
 * quoted text (profiles, questions) has its markdown escaped and its mentions broken with a
 * zero-width space, and `fitEmbeds` clips whatever still exceeds a Discord limit with "…".
 */
import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer, Citation, IndexSummary, PersonMatch, ProfileOverview, WhoKnowsResult } from '../answer/types.js';
import { readableLine, type TextRange } from '../text/markup.js';
import { ELLIPSIS, quoteAround, quoteText } from '../text/quote.js';
import { visibleLines, visibleText } from '../text/visibleText.js';

/** Discord's documented message limits (characters), checked by the e2e stand-in too. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Sum of titles, descriptions, field names and values, footers and author names over all embeds. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export { ELLIPSIS };
const ZWSP = '\u200B';

/** Citations (or people, for who-knows) shown per page. */
export const PAGE_SIZE = 5;

/**
 * People a Discord reply keeps (ten pages of PAGE_SIZE) out of everyone who names a skill: at 10k
 * profiles a common skill names thousands, and quoting (and storing for the page buttons) every one
 * of them costs seconds and megabytes for pages nobody opens. The count of the rest is shown.
 */
export const PEOPLE_KEPT = 50;
/** Prefix of every button customId this bot creates. */
export const BUTTON_PREFIX = 'wk';

const COLOR = { answer: 0x5865f2, noAnswer: 0x99aab5, sources: 0x2b2d31, error: 0xed4245 } as const;

/** What can be paged with buttons: the whole result, so any page can be rendered again. */
export type PagedView =
  | { readonly kind: 'answer'; readonly answer: Answer; readonly hint?: string }
  | { readonly kind: 'whoKnows'; readonly result: WhoKnowsResult }
  | { readonly kind: 'profile'; readonly profile: ProfileOverview }
  | { readonly kind: 'summary'; readonly summary: IndexSummary };

/** A message body discord.js accepts for reply/editReply/followUp/update, as plain JSON. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: number;
}

export interface RenderOptions {
  /** 0-based page of the source list. */
  readonly page?: number;
  /** Key under which the view is stored for the "More sources" button; absent: trim instead of paging. */
  readonly pageKey?: string;
  /** Key of the stored answer the helpful / not helpful buttons vote on; absent: no feedback buttons. */
  readonly feedbackKey?: string;
}

export interface Choice {
  readonly name: string;
  readonly value: string;
}

// ---------------------------------------------------------------------------------------------
// Text safety and clipping
// ---------------------------------------------------------------------------------------------

/** Breaks `@everyone`, `@here` and `<@…>` user/role mentions so they cannot ping or even look like one. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<@/g, `<@${ZWSP}`);
}

/** Quoted text (profiles, questions, names): control characters shown, markdown escaped, mentions neutralised. */
export function safeText(text: string): string {
  const escaped = escapeMarkdown(visibleLines(text), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return neutraliseMentions(escaped);
}

/** One line of quoted text: whitespace collapsed, leading markdown markers of each line dropped. */
export function inlineText(text: string): string {
  return readableLine(text, 'quote').text;
}

/**
 * Cuts `text` to at most `limit` UTF-16 units (Discord counts no more than that), ending in "…".
 * Never splits a surrogate pair and never leaves a dangling markdown escape (`\`).
 */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 0) return '';
  if (limit === 1) return ELLIPSIS;
  let cut = text.slice(0, limit - ELLIPSIS.length);
  // Cut between words ("…colleagues" not "…colle…") unless that would lose much of the room.
  if (/[\p{L}\p{N}]$/u.test(cut) && /^[\p{L}\p{N}]/u.test(text.slice(cut.length))) {
    const space = cut.search(/\s\S*$/);
    if (space >= Math.floor(cut.length * 0.6)) cut = cut.slice(0, space);
  }
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  cut = cut.replace(/\s+$/, '');
  // An odd run of trailing backslashes would escape our ellipsis or leave half an escape.
  const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  // Don't leave an unclosed inline-code span open.
  if (((cut.match(/(?<!\\)`/g) ?? []).length) % 2 === 1) cut = cut.replace(/`[^`]*$/, '').replace(/\s+$/, '');
  return `${cut}${ELLIPSIS}`;
}

/** Escapes raw quoted text, then clips it to `limit` (the escaped form is what counts). */
export function safeClip(raw: string, limit: number): string {
  // Escaping only lengthens text, so anything past limit + 1 is cut anyway: don't escape it
  // (escapeMarkdown is slow on very long input).
  return clip(safeText(raw.length > limit + 1 ? raw.slice(0, limit + 1) : raw), limit);
}

/** A file path inside inline code: backticks can't be escaped there, so they are dropped. */
function codePath(source: string, startLine?: number, endLine?: number): string {
  const file = visibleText(source).replace(/`/g, '');
  if (startLine === undefined) return `\`${file}\``;
  const range = endLine !== undefined && endLine !== startLine ? `L${startLine}-L${endLine}` : `L${startLine}`;
  return `\`${file}:${range}\``;
}

/** Where a citation points: `file:L1-L2`, or for a PDF the original file and its page. */
function citationPath(citation: Citation): string {
  if (citation.page === undefined) return codePath(clip(citation.source, 200), citation.startLine, citation.endLine);
  return `\`${clip(citation.source, 200).replace(/`/g, '')}\` p. ${citation.page}`;
}

// ---------------------------------------------------------------------------------------------
// Budgets and the final limit guard
// ---------------------------------------------------------------------------------------------

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

/**
 * Makes any list of embeds fit every Discord limit, clipping with "…" rather than failing:
 * at most 10 embeds and 25 fields each, every text within its own limit, 6,000 in total.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted: APIEmbed[] = embeds.slice(0, LIMITS.embeds).map((embed) => {
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
  });

  let overflow = totalEmbedChars(fitted) - LIMITS.embedTotal;
  while (overflow > 0) {
    // Shrink the longest shrinkable text; the answer description usually goes first.
    let best: { embed: APIEmbed; key: 'description' | number; length: number } | undefined;
    for (const embed of fitted) {
      const length = embed.description?.length ?? 0;
      if (length > (best?.length ?? 1)) best = { embed, key: 'description', length };
      (embed.fields ?? []).forEach((field, index) => {
        if (field.value.length > (best?.length ?? 1)) best = { embed, key: index, length: field.value.length };
      });
    }
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

function payload(embeds: APIEmbed[], components: APIActionRowComponent<APIButtonComponent>[] = []): ReplyPayload {
  return { embeds: fitEmbeds(embeds), components, allowedMentions: { parse: [] } };
}

// ---------------------------------------------------------------------------------------------
// Paging
// ---------------------------------------------------------------------------------------------

/** `wk:more:<key>:<page>`: which stored view, which page to show. Always well under 100 chars. */
export function pageButtonId(pageKey: string, page: number): string {
  return `${BUTTON_PREFIX}:more:${pageKey}:${page}`;
}

export type Verdict = 'helpful' | 'not-helpful';

/** `wk:fb:<key>:y|n`: a vote on the stored answer `key`. */
export function feedbackButtonId(key: string, verdict: Verdict): string {
  return `${BUTTON_PREFIX}:fb:${key}:${verdict === 'helpful' ? 'y' : 'n'}`;
}

export function parseFeedbackButtonId(customId: string): { key: string; verdict: Verdict } | undefined {
  const match = /^wk:fb:([A-Za-z0-9_-]{1,40}):([yn])$/.exec(customId);
  if (!match?.[1]) return undefined;
  return { key: match[1], verdict: match[2] === 'y' ? 'helpful' : 'not-helpful' };
}

function feedbackRow(key: string | undefined): APIActionRowComponent<APIButtonComponent>[] {
  if (!key) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Helpful', emoji: { name: '👍' }, custom_id: feedbackButtonId(key, 'helpful') },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Not helpful', emoji: { name: '👎' }, custom_id: feedbackButtonId(key, 'not-helpful') },
      ],
    },
  ];
}

/** Reads a customId made by `pageButtonId`; undefined for anything else. */
export function parsePageButtonId(customId: string): { pageKey: string; page: number } | undefined {
  const match = /^wk:more:([A-Za-z0-9_-]{1,40}):(\d{1,4})$/.exec(customId);
  if (!match?.[1] || !match[2]) return undefined;
  return { pageKey: match[1], page: Number(match[2]) };
}

interface PageWindow<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pages: number;
  readonly first: number;
  readonly total: number;
}

function pageOf<T>(all: readonly T[], page: number, size = PAGE_SIZE): PageWindow<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const first = current * size;
  return { items: all.slice(first, first + size), page: current, pages, first, total: all.length };
}

/** Profiles listed per page of `/sources`. */
export const SUMMARY_PAGE_SIZE = 15;

function pageButtons(
  window: PageWindow<unknown>,
  options: RenderOptions,
  noun = 'sources',
): APIActionRowComponent<APIButtonComponent>[] {
  const pageKey = options.pageKey;
  if (!pageKey || window.pages <= 1) return feedbackRow(options.feedbackKey);
  const buttons: APIButtonComponent[] = [];
  if (window.page > 0) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Previous',
      custom_id: pageButtonId(pageKey, window.page - 1),
    });
  }
  if (window.page < window.pages - 1) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: `More ${noun}`,
      custom_id: pageButtonId(pageKey, window.page + 1),
    });
  }
  return [{ type: ComponentType.ActionRow, components: buttons }, ...feedbackRow(options.feedbackKey)];
}

/** "Sources 6–10 of 12" (paged), "Sources" (all fit), or a note of what was trimmed. */
function windowLabel(noun: string, window: PageWindow<unknown>, paged: boolean): string {
  if (window.total <= PAGE_SIZE) return noun;
  const last = window.first + window.items.length;
  if (paged) return `${noun} ${window.first + 1}–${last} of ${window.total}`;
  return `${noun} (first ${window.items.length} of ${window.total})`;
}

function trimmedNote(window: PageWindow<unknown>, paged: boolean, noun: string): string | undefined {
  if (paged) return undefined;
  const left = window.total - window.items.length;
  return left > 0 ? `…and ${left} more ${noun} not shown.` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------

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
function joinEntries(entries: readonly string[], limit: number, note?: string): string {
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

/** Up to this much of the 6,000 total goes to the source list; the answer text gets the rest. */
const SOURCES_BUDGET = 2200;

function sourcesEmbed(citations: readonly Citation[], options: RenderOptions): { embed: APIEmbed; window: PageWindow<Citation> } {
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

/** Remaining budget for a main description, given the other embeds' characters. */
function descriptionBudget(otherChars: number): number {
  return Math.max(100, Math.min(LIMITS.embedDescription, LIMITS.embedTotal - otherChars - 50));
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

/** `/ask`: the answer in the description, its sources listed and paged below. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}, hint?: string): ReplyPayload {
  const { embed: sources, window } = sourcesEmbed(answer.citations, options);
  const title = safeClip(inlineText(answer.question) || 'Question', LIMITS.embedTitle);
  const footer = answer.noAnswer ? 'Not found in the profiles.' : 'Numbers in [brackets] point to the sources below.';
  const body = answer.answer.trim() || (answer.noAnswer ? 'I could not find this in the profiles.' : '(empty answer)');
  const note = hint ? `\n\n*${safeClip(hint, 400)}*` : '';
  const main: APIEmbed = {
    title,
    description: safeClip(body, descriptionBudget(totalEmbedChars([sources]) + title.length + footer.length + note.length)) + note,
    color: answer.noAnswer ? COLOR.noAnswer : COLOR.answer,
    footer: { text: footer },
  };
  const embeds = answer.citations.length > 0 ? [main, sources] : [main];
  return payload(embeds, pageButtons(window, options));
}

/** A quote escaped for Discord, its match (the words that made it evidence) in bold. */
function highlighted(text: string, match: TextRange | undefined, room: number): string {
  const quote = quoteAround(text, match, room);
  if (!quote.match || quote.text.slice(quote.match.start, quote.match.end).trim() === '') return safeText(quote.text);
  const { start, end } = quote.match;
  // Each part escaped on its own, so no markup can reach across the bold markers.
  return `${safeText(quote.text.slice(0, start))}**${safeText(quote.text.slice(start, end))}**${safeText(quote.text.slice(end))}`;
}

/**
 * A short one-line quote of `text`, cut around `match` (where the evidence sits in `text`) and
 * showing it in bold, so the line shows why it was cited; escaped for Discord and within `max`
 * characters after escaping.
 */
export function excerpt(text: string, match: TextRange | undefined, max: number): string {
  let room = max;
  for (let attempt = 0; attempt < 3 && room > 20; attempt++) {
    const escaped = highlighted(text, match, room);
    if (escaped.length <= max) return escaped;
    // Escapes lengthened it: cut the quote shorter (around the match again) rather than clip its end.
    room -= escaped.length - max;
  }
  return safeClip(quoteText(text, match, max), max);
}

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

/** `/who-knows`: people ranked, each with the lines that show the skill; near matches apart. */
export function renderWhoKnows(result: WhoKnowsResult, options: RenderOptions = {}): ReplyPayload {
  const skill = safeClip(inlineText(result.skill) || 'that', 120);
  const window = pageOf(result.people, options.page ?? 0);
  const paged = Boolean(options.pageKey);
  const fields: APIEmbedField[] = [];
  if (result.related.length > 0) {
    const related = result.related.map(
      (match) => `${safeClip(inlineText(match.term), 60)} — ${safeClip(inlineText(match.person), 80)}`,
    );
    fields.push({
      name: clip(`Related, but not ${skill}`, LIMITS.fieldName),
      value: joinLines(related, LIMITS.fieldValue),
    });
  }
  let description: string;
  if (result.noAnswer || result.people.length === 0) {
    description = `Nobody in the profiles mentions **${skill}**.`;
  } else {
    // The answerer may have quoted only the strongest people of many (see PEOPLE_KEPT): count them all.
    const unquoted = Math.max(0, (result.totalPeople ?? result.people.length) - result.people.length);
    const all = { ...window, total: window.total + unquoted };
    const title = windowLabel('People', all, paged);
    const lastPage = window.page === window.pages - 1;
    const beyond = unquoted > 0 && (lastPage || !paged) ? `…and ${unquoted} more people whose profiles show it, not listed here.` : undefined;
    description = joinEntries(
      window.items.map((match, index) => personEntry(match, window.first + index + 1)),
      descriptionBudget(fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0) + 300),
      [trimmedNote(window, paged, 'people'), beyond].filter(Boolean).join('\n') || undefined,
    );
    if (all.total > PAGE_SIZE) description = `${title}\n\n${description}`;
  }
  const nobody = result.noAnswer || result.people.length === 0;
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

function joinLines(lines: readonly string[], limit: number): string {
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

/** `/profile`: headline and cited lines about one person, sources paged below. */
export function renderProfile(profile: ProfileOverview, options: RenderOptions = {}): ReplyPayload {
  const { embed: sources, window } = sourcesEmbed(profile.citations, options);
  const title = safeClip(inlineText(profile.person) || 'Profile', LIMITS.embedTitle);
  // The headline shows once, on top, with its citation; the other lines follow under their labels.
  const headlineLine = profile.lines.find((line) => line.label === 'Headline' && line.text === profile.headline);
  const lines = profile.lines
    .filter((line) => line !== headlineLine)
    .map((line) => `**${safeClip(inlineText(line.label), 100)}:** ${safeClip(inlineText(line.text), 300)} [${line.citation}]`);
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

/** Any paged view, at any page: what the "More sources" button re-renders. */
export function renderView(view: PagedView, options: RenderOptions = {}): ReplyPayload {
  switch (view.kind) {
    case 'answer':
      return renderAnswer(view.answer, options, view.hint);
    case 'whoKnows':
      return renderWhoKnows(view.result, options);
    case 'profile':
      return renderProfile(view.profile, options);
    case 'summary':
      return renderSummary(view.summary, options);
  }
}

/** Whether a view has more than one page (and so is worth storing for its buttons). */
export function isPaged(view: PagedView): boolean {
  const count =
    view.kind === 'answer'
      ? view.answer.citations.length
      : view.kind === 'whoKnows'
        ? view.result.people.length
        : view.kind === 'profile'
          ? view.profile.citations.length
          : 0;
  if (view.kind === 'summary') return view.summary.people.length > SUMMARY_PAGE_SIZE;
  return count > PAGE_SIZE;
}

/** A Discord timestamp that each reader sees in their own time zone, or the raw text. */
function when(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return safeClip(iso, 100) || 'unknown';
  const seconds = Math.floor(ms / 1000);
  return `<t:${seconds}:f> (<t:${seconds}:R>)`;
}

/** `/sources`: what the index holds. */
export function renderSummary(summary: IndexSummary, options: RenderOptions = {}): ReplyPayload {
  const sorted = [...summary.people].sort((a, b) => a.name.localeCompare(b.name));
  const window = pageOf(sorted, options.page ?? 0, SUMMARY_PAGE_SIZE);
  const paged = Boolean(options.pageKey);
  const people = window.items.map(
    (person) => `${safeClip(inlineText(person.name), 80)} · ${codePath(clip(person.source, 150))} · ${person.passages} ${person.passages === 1 ? 'passage' : 'passages'}`,
  );
  const profilesTitle =
    window.total <= SUMMARY_PAGE_SIZE ? 'Profiles' : paged ? `Profiles ${window.first + 1}–${window.first + window.items.length} of ${window.total}` : `Profiles (first ${window.items.length} of ${window.total})`;
  const embed: APIEmbed = {
    title: 'What I can answer from',
    color: COLOR.sources,
    fields: [
      { name: 'Documents', value: String(summary.documents), inline: true },
      { name: 'People', value: String(summary.people.length), inline: true },
      { name: 'Passages', value: String(summary.passages), inline: true },
      { name: 'Model', value: summary.model ? safeClip(summary.model, 200) : 'none (keyword search only)', inline: true },
      { name: 'Built', value: when(summary.builtAt), inline: true },
      { name: profilesTitle, value: people.length > 0 ? joinLines(people, LIMITS.fieldValue) : 'none' },
    ],
  };
  const unnamed = summary.people.filter((person) => person.unnamed).map((person) => codePath(clip(person.source, 150)));
  if (unnamed.length > 0) {
    embed.fields!.push({ name: 'No name in the text (name them in corpus/people.json)', value: joinLines(unnamed, LIMITS.fieldValue) });
  }
  return payload([embed], pageButtons(window, { ...options, feedbackKey: undefined }, 'profiles'));
}

/** A short text reply (errors, cooldowns, notices): mentions neutralised, clipped to 2,000. */
export function renderNotice(text: string, options: { ephemeral?: boolean } = {}): ReplyPayload {
  const out: ReplyPayload = {
    content: clip(neutraliseMentions(visibleLines(text)), LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: { parse: [] },
  };
  if (options.ephemeral) out.flags = EPHEMERAL;
  return out;
}

/** MessageFlags.Ephemeral. */
export const EPHEMERAL = 64;

/** Autocomplete: names containing what was typed (prefix matches first), at most 25. */
export function renderChoices(names: readonly string[], typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  const fits = names.filter((name) => name.length > 0 && name.length <= LIMITS.choiceValue);
  const starts = fits.filter((name) => name.toLowerCase().startsWith(needle));
  const contains = fits.filter((name) => !name.toLowerCase().startsWith(needle) && name.toLowerCase().includes(needle));
  return [...starts.sort(), ...contains.sort()]
    .slice(0, LIMITS.choices)
    .map((name) => ({ name: clip(visibleText(name), LIMITS.choiceName), value: name }));
}
