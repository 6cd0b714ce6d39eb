/** What can be paged with buttons: the whole result is stored, so any page can be rendered again. */
import type { Answer, IndexSummary, ProfileOverview, WhoKnowsResult } from '../../answer/types.js';
import type { ReplyPayload } from './fit.js';
import { PAGE_SIZE, SUMMARY_PAGE_SIZE } from './limits.js';
import type { RenderOptions } from './paging.js';
import { renderAnswer } from './views/answer.js';
import { renderProfile } from './views/profile.js';
import { renderSummary } from './views/summary.js';
import { renderWhoKnows } from './views/whoKnows.js';

export type PagedView =
  | { readonly kind: 'answer'; readonly answer: Answer; readonly hint?: string }
  | { readonly kind: 'whoKnows'; readonly result: WhoKnowsResult }
  | { readonly kind: 'profile'; readonly profile: ProfileOverview }
  | { readonly kind: 'summary'; readonly summary: IndexSummary };

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
  switch (view.kind) {
    case 'answer':
      return view.answer.citations.length > PAGE_SIZE;
    case 'whoKnows':
      return view.result.people.length > PAGE_SIZE;
    case 'profile':
      return view.profile.citations.length > PAGE_SIZE;
    case 'summary':
      return view.summary.people.length > SUMMARY_PAGE_SIZE;
  }
}
