/**
 * The bot's buttons: "More sources" / "Previous" re-render a page of a stored view in place;
 * helpful / not helpful record one vote per user on a stored answer.
 */
import type { ButtonInteraction } from 'discord.js';
import { log } from '../../log.js';
import { voterHash } from '../../feedback/feedbackLog.js';
import { parseFeedbackButtonId, parsePageButtonId, type Verdict } from '../render/customIds.js';
import { editPayload } from '../render/delivery.js';
import { renderView, type PagedView } from '../render/view.js';
import type { Routes } from './deps.js';
import { replyPrivately } from './failures.js';
import { fieldsOf } from './logFields.js';

/** People and cited lines of a stored answer, for its feedback record. */
function citedIn(view: PagedView): { people: string[]; citations: string[] } {
  const cited =
    view.kind === 'answer'
      ? view.answer.citations
      : view.kind === 'whoKnows'
        ? view.result.people.flatMap((match) => match.evidence)
        : view.kind === 'profile'
          ? view.profile.citations
          : [];
  const people =
    view.kind === 'whoKnows'
      ? view.result.people.map((match) => match.person)
      : [...new Set(cited.map((c) => c.person))];
  const lines = (c: (typeof cited)[number]) => `L${c.startLine}${c.endLine !== c.startLine ? `-L${c.endLine}` : ''}`;
  return { people, citations: cited.map((c) => `${c.source}:${lines(c)}`) };
}

async function onFeedback(
  interaction: ButtonInteraction,
  key: string,
  verdict: Verdict,
  { deps }: Routes,
): Promise<void> {
  const entry = deps.pages.entry(key);
  if (!entry?.asked) {
    await replyPrivately(
      interaction,
      'This answer is no longer kept (answers are kept for 15 minutes), so the vote was not recorded.',
    );
    return;
  }
  const facts = citedIn(entry.view);
  const outcome = await deps.feedback.record({
    server: entry.asked.server,
    command: entry.asked.command,
    question: entry.asked.question,
    people: facts.people,
    citations: facts.citations,
    verdict,
    voter: voterHash(key, interaction.user.id),
  });
  const message =
    outcome === 'recorded'
      ? `Thanks: recorded as ${verdict === 'helpful' ? 'helpful' : 'not helpful'}.` +
        (verdict === 'not-helpful' ? ' It helps improve the answers.' : '')
      : 'You already voted on this answer; one vote per answer.';
  const logged = outcome === 'recorded' ? verdict : 'repeat vote ignored';
  log.info(`Feedback ${logged} on ${entry.asked.command}.`, { ...fieldsOf(interaction), feedback: verdict });
  await replyPrivately(interaction, message);
}

export async function onButton(interaction: ButtonInteraction, routes: Routes): Promise<void> {
  const vote = parseFeedbackButtonId(interaction.customId);
  if (vote) {
    await onFeedback(interaction, vote.key, vote.verdict, routes);
    return;
  }
  const target = parsePageButtonId(interaction.customId);
  if (!target) {
    await replyPrivately(interaction, 'This button is not one of mine any more.');
    return;
  }
  const entry = routes.deps.pages.entry(target.pageKey);
  if (!entry) {
    await replyPrivately(
      interaction,
      'These sources are no longer kept (they expire after 15 minutes). Run the command again.',
    );
    return;
  }
  await interaction.deferUpdate();
  const feedback = entry.asked ? { feedbackKey: target.pageKey } : {};
  const page = renderView(entry.view, { page: target.page, pageKey: target.pageKey, ...feedback });
  await interaction.editReply(editPayload(page));
}
