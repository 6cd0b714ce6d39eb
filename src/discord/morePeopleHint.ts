/**
 * "/ask names 6 of 30 people": when the skill a question is about is shown by more people than the
 * answer names, say how many and how to see them all (the answer keeps the strongest few).
 */
import type { Answer, Answerer } from '../answer/types.js';

export async function morePeopleHint(answerer: Answerer, answer: Answer): Promise<string | undefined> {
  if (answer.noAnswer) return undefined;
  const named = new Set(answer.citations.map((citation) => citation.person)).size;
  if (named === 0) return undefined;
  let best: { skill: string; total: number } | undefined;
  for (const skill of (await answerer.skillsIn(answer.question)).slice(0, 3)) {
    // Only the count is needed: an empty page skips quoting every person's evidence.
    const result = await answerer.whoKnows(skill, { offset: 0, limit: 0 });
    const total = result.totalPeople ?? result.people.length;
    if (!best || total > best.total) best = { skill, total };
  }
  if (!best || best.total <= named) return undefined;
  return `This answer names ${named} of the ${best.total} people whose profiles show ${best.skill}: /who-knows skill:${best.skill} lists them all.`;
}
