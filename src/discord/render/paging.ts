/**
 * Long lists page: a "More sources" button whose customId names the next page of the stored view
 * (see customIds.ts). Without a page key the list is trimmed with a count of what was left out.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { feedbackButtonId, pageButtonId } from './customIds.js';
import { PAGE_SIZE } from './limits.js';

export interface RenderOptions {
  /** 0-based page of the source list. */
  readonly page?: number;
  /** Key under which the view is stored for the "More sources" button; absent: trim instead of paging. */
  readonly pageKey?: string;
  /** Key of the stored answer the helpful / not helpful buttons vote on; absent: no feedback buttons. */
  readonly feedbackKey?: string;
}

export interface PageWindow<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pages: number;
  readonly first: number;
  readonly total: number;
}

/** The items of one page; a page past either end shows the nearest one. */
export function pageOf<T>(all: readonly T[], page: number, size = PAGE_SIZE): PageWindow<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const first = current * size;
  return { items: all.slice(first, first + size), page: current, pages, first, total: all.length };
}

function feedbackRow(key: string | undefined): APIActionRowComponent<APIButtonComponent>[] {
  if (!key) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Helpful',
          emoji: { name: '👍' },
          custom_id: feedbackButtonId(key, 'helpful'),
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Not helpful',
          emoji: { name: '👎' },
          custom_id: feedbackButtonId(key, 'not-helpful'),
        },
      ],
    },
  ];
}

/** Previous / More buttons when the view is stored and longer than a page, then the feedback row. */
export function pageButtons(
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
export function windowLabel(noun: string, window: PageWindow<unknown>, paged: boolean): string {
  if (window.total <= PAGE_SIZE) return noun;
  const last = window.first + window.items.length;
  if (paged) return `${noun} ${window.first + 1}–${last} of ${window.total}`;
  return `${noun} (first ${window.items.length} of ${window.total})`;
}

/** "…and 7 more sources not shown." when the list is trimmed rather than paged. */
export function trimmedNote(window: PageWindow<unknown>, paged: boolean, noun: string): string | undefined {
  if (paged) return undefined;
  const left = window.total - window.items.length;
  return left > 0 ? `…and ${left} more ${noun} not shown.` : undefined;
}
