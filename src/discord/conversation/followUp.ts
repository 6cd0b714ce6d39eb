/**
 * Reads a short message in a thread as a follow-up to the thread's earlier question:
 * "and who else?" (the next people), "what about Go?" (same question, new skill), "tell me more
 * about the second one" (that person's profile), "only Phil" (the question about one person).
 * Anything else is a new question.
 */
export type FollowUp =
  | { readonly kind: 'more' }
  | { readonly kind: 'switch'; readonly topic: string }
  | { readonly kind: 'person'; readonly ordinal: number }
  | { readonly kind: 'person'; readonly name: string }
  | { readonly kind: 'only'; readonly name: string }
  | { readonly kind: 'question' };

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
  seventh: 7,
  '7th': 7,
  eighth: 8,
  '8th': 8,
  ninth: 9,
  '9th': 9,
  tenth: 10,
  '10th': 10,
  last: -1,
};

const clean = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[?.!]+$/, '')
    .trim();

export function readFollowUp(text: string): FollowUp {
  const said = clean(text);
  if (
    /^(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:who|anyone|anybody|someone)\s+else$|^(?:any\s*|some\s*)?more(?:\s+people)?$|^(?:and\s+)?(?:the\s+)?others$|^next$/i.test(
      said,
    )
  ) {
    return { kind: 'more' };
  }
  let match = /^(?:(?:tell|show)\s+me\s+)?more\s+about\s+(?:the\s+)?(\w+)(?:\s+(?:one|person|guy|profile))?$/i.exec(
    said,
  );
  const ordinal = match?.[1]
    ? (ORDINALS[match[1].toLowerCase()] ?? (/^\d{1,2}$/.test(match[1]) ? Number(match[1]) : undefined))
    : undefined;
  if (ordinal !== undefined) return { kind: 'person', ordinal };
  match = /^(?:(?:tell|show)\s+me\s+)?more\s+about\s+(.{2,80})$/i.exec(said);
  if (match?.[1]) return { kind: 'person', name: match[1] };
  match = /^(?:only|just)\s+(.{2,80})$/i.exec(said);
  if (match?.[1]) return { kind: 'only', name: match[1] };
  match =
    /^(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:what|how)\s+about\s+(.{1,80})$/i.exec(said) ??
    /^and\s+(\S+(?:\s+\S+){0,2})$/i.exec(said);
  if (match?.[1]) return { kind: 'switch', topic: match[1] };
  return { kind: 'question' };
}

/** The person an ordinal or a name points at among `people` (earlier answer first, then everyone). */
export function pickPerson(
  followUp: { ordinal: number } | { name: string },
  earlier: readonly string[],
  everyone: readonly string[],
): string | undefined {
  if ('ordinal' in followUp) return followUp.ordinal === -1 ? earlier.at(-1) : earlier[followUp.ordinal - 1];
  const wanted = followUp.name.toLowerCase().trim();
  const byWord = (name: string) => name.toLowerCase() === wanted || name.toLowerCase().split(/\s+/).includes(wanted);
  return earlier.find(byWord) ?? everyone.find(byWord) ?? everyone.find((name) => name.toLowerCase().includes(wanted));
}
