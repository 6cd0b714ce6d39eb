/** Questions and skills are checked before any work: a clear error beats a confusing answer. */
import { createError } from '../errors.js';

export function validateQuestion(question: string, maxChars: number): string {
  const trimmed = question.trim();
  if (trimmed === '') throw createError('QUESTION_EMPTY');
  if (trimmed.length > maxChars) throw createError('QUESTION_TOO_LONG', trimmed.length, maxChars);
  return trimmed;
}

/** Skills are short by nature; the limit keeps a pasted paragraph from being taken for one. */
export const MAX_SKILL_CHARS = 100;

export function validateSkill(skill: string): string {
  const trimmed = skill.trim();
  if (trimmed === '') throw createError('SKILL_EMPTY');
  if (trimmed.length > MAX_SKILL_CHARS) throw createError('SKILL_TOO_LONG', trimmed.length, MAX_SKILL_CHARS);
  // "++" or "#" alone can never be matched as a word; "c++" and "c#" can.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) throw createError('SKILL_INVALID', trimmed);
  return trimmed;
}
