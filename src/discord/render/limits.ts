/** Discord's documented message limits, and how much of them each reply uses. */

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

/** Citations (or people, for who-knows) shown per page. */
export const PAGE_SIZE = 5;

/** Profiles listed per page of `/sources`. */
export const SUMMARY_PAGE_SIZE = 15;

/**
 * People a Discord reply keeps (ten pages of PAGE_SIZE) out of everyone who names a skill: a common
 * skill can name a large part of the team, and quoting (and storing for the page buttons) every one
 * of them costs time and memory for pages nobody opens. The count of the rest is shown.
 */
export const PEOPLE_KEPT = 50;

/** Up to this much of the 6,000 total goes to the source list; the answer text gets the rest. */
export const SOURCES_BUDGET = 2200;

/** Embed colours by what the embed shows. */
export const COLOR = { answer: 0x5865f2, noAnswer: 0x99aab5, sources: 0x2b2d31, error: 0xed4245 } as const;

/** Remaining budget for a main description, given the other embeds' characters. */
export function descriptionBudget(otherChars: number): number {
  return Math.max(100, Math.min(LIMITS.embedDescription, LIMITS.embedTotal - otherChars - 50));
}
