/**
 * Answers -> Discord message payloads. Pure: no client, no I/O, so every limit is unit-tested.
 *
 * Layout (readable on desktop and mobile): the first embed carries the answer in its description;
 * a second embed lists the sources, numbered like the `[n]` markers in the answer (sources.ts).
 * Long lists page with buttons (paging.ts, customIds.ts).
 *
 * Safety, belt and braces: every payload carries `allowedMentions: { parse: [] }`, every piece of
 * quoted text (profiles, questions) has its markdown escaped and its mentions broken with a
 * zero-width space (text.ts), and `fitEmbeds` (fit.ts) clips whatever still exceeds a Discord limit
 * (limits.ts) with "…".
 */
export {
  BUTTON_PREFIX,
  feedbackButtonId,
  pageButtonId,
  parseFeedbackButtonId,
  parsePageButtonId,
  type Verdict,
} from './customIds.js';
export { editPayload, messagePayload, replyPayload, type MessagePayload } from './delivery.js';
export { fitEmbeds, totalEmbedChars, type ReplyPayload } from './fit.js';
export { LIMITS, PAGE_SIZE, PEOPLE_KEPT, SUMMARY_PAGE_SIZE } from './limits.js';
export type { RenderOptions } from './paging.js';
export { excerpt } from './quotes.js';
export { sourceEntry } from './sources.js';
export { clip, ELLIPSIS, inlineText, neutraliseMentions, safeClip, safeText } from './text.js';
export { isPaged, renderView, type PagedView } from './view.js';
export { renderAnswer } from './views/answer.js';
export { renderChoices, type Choice } from './views/choices.js';
export { renderNotice } from './views/notice.js';
export { renderProfile } from './views/profile.js';
export { renderSummary } from './views/summary.js';
export { renderWhoKnows } from './views/whoKnows.js';
