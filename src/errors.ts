/**
 * Every error a user can meet, with its code and what to do about it. Tests assert on `code`;
 * users read `message`. Keep messages to one line that names the fix.
 */
const MESSAGES = {
  INDEX_MISSING: 'No index found at %s. Run `npm run embed` first.',
  INDEX_CORRUPT: 'The index at %s is unreadable (%s). Run `npm run embed -- --full` to rebuild it.',
  INDEX_MODEL_MISMATCH: 'The index at %s was built with model %s, but MODEL_NAME is %s. Run `npm run embed -- --full` to rebuild it, or set MODEL_NAME back.',
  INDEX_DIMENSION_MISMATCH: 'The index at %s holds %s-dimensional vectors, but model %s produces %s. Run `npm run embed -- --full`.',
  CORPUS_MISSING: 'No corpus folder at %s. Create it and put profile files (.md or .txt) in it, or set CORPUS_DIR.',
  CORPUS_EMPTY: 'No readable profiles (.md or .txt) under %s. Add at least one profile, then run `npm run embed`.',
  PEOPLE_FILE_INVALID: '%s is not valid: %s. Fix it or delete it; it maps file names to display names.',
  QUESTION_EMPTY: 'The question is empty. Ask something, e.g. "who has run a CDN?".',
  QUESTION_TOO_LONG: 'The question is %s characters long; the limit is %s. Shorten it.',
  SKILL_EMPTY: 'The skill is empty. Name one, e.g. "terraform".',
  SKILL_INVALID: 'The skill "%s" has no letters or digits. Name one, e.g. "terraform" or "c++".',
  SKILL_TOO_LONG: 'The skill is %s characters long; the limit is %s. Name one skill, e.g. "terraform".',
  CONFIG_INVALID: 'Setting %s is invalid: %s. See .env.example.',
  TOKEN_MISSING: '%s is not set. Copy .env.example to .env and fill it in (see "Run it in your server" in the README).',
} as const;

export type ErrorCode = keyof typeof MESSAGES;

export class WhoKnowsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WhoKnowsError';
  }
}

export function createError(code: ErrorCode, ...args: (string | number)[]): WhoKnowsError {
  let i = 0;
  const message = MESSAGES[code].replace(/%s/g, () => String(args[i++] ?? ''));
  return new WhoKnowsError(code, message);
}

export function isWhoKnowsError(error: unknown): error is WhoKnowsError {
  return error instanceof WhoKnowsError;
}
