/**
 * The customIds of the bot's buttons: `wk:more:<key>:<page>` (a page of a stored view) and
 * `wk:fb:<key>:y|n` (a vote on a stored answer). Both well under Discord's 100 characters, and read
 * back strictly: anything else is not one of ours.
 */

/** Prefix of every button customId this bot creates. */
export const BUTTON_PREFIX = 'wk';

export type Verdict = 'helpful' | 'not-helpful';

/** `wk:more:<key>:<page>`: which stored view, which page to show. Always well under 100 chars. */
export function pageButtonId(pageKey: string, page: number): string {
  return `${BUTTON_PREFIX}:more:${pageKey}:${page}`;
}

/** Reads a customId made by `pageButtonId`; undefined for anything else. */
export function parsePageButtonId(customId: string): { pageKey: string; page: number } | undefined {
  const match = /^wk:more:([A-Za-z0-9_-]{1,40}):(\d{1,4})$/.exec(customId);
  if (!match?.[1] || !match[2]) return undefined;
  return { pageKey: match[1], page: Number(match[2]) };
}

/** `wk:fb:<key>:y|n`: a vote on the stored answer `key`. */
export function feedbackButtonId(key: string, verdict: Verdict): string {
  return `${BUTTON_PREFIX}:fb:${key}:${verdict === 'helpful' ? 'y' : 'n'}`;
}

/** Reads a customId made by `feedbackButtonId`; undefined for anything else. */
export function parseFeedbackButtonId(customId: string): { key: string; verdict: Verdict } | undefined {
  const match = /^wk:fb:([A-Za-z0-9_-]{1,40}):([yn])$/.exec(customId);
  if (!match?.[1]) return undefined;
  return { key: match[1], verdict: match[2] === 'y' ? 'helpful' : 'not-helpful' };
}
