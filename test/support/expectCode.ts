/** The error a user would see, checked as a user meets it: its code, one line, and what it mentions. */
import { expect } from 'vitest';
import { isWhoKnowsError, type ErrorCode, type WhoKnowsError } from '../../src/errors.js';

/**
 * Waits for `work` (a promise, or a function that throws or returns one) to fail with the named
 * error `code`, whose message is one line containing each of `mentions`; returns that error.
 * Any other failure is rethrown as it is, so the test shows it.
 */
export async function expectCode(
  work: Promise<unknown> | (() => unknown),
  code: ErrorCode,
  ...mentions: string[]
): Promise<WhoKnowsError> {
  let caught: unknown;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}`).toBeDefined();
  if (!isWhoKnowsError(caught)) throw caught;
  expect(caught.code).toBe(code);
  expect(caught.message).not.toContain('\n');
  for (const mention of mentions) expect(caught.message).toContain(mention);
  return caught;
}
