/**
 * Every error a user can meet, with its code and what to do about it. Tests assert on `code`;
 * users read `message`. Keep messages to one line that names the fix.
 */
const MESSAGES = {
  INDEX_MISSING: 'No index found at %s. Run `npm run embed` first.',
  INDEX_CORRUPT: 'The index at %s is unreadable (%s). Run `npm run embed -- --full` to rebuild it.',
  INDEX_OLD_FORMAT:
    'The index at %s was written by an older version of whoknows (%s). Run `npm run embed` to rebuild it.',
  INDEX_MODEL_MISMATCH:
    'The index at %s was built with model %s, but MODEL_NAME is %s. Run `npm run embed -- --full` to rebuild it, or set MODEL_NAME back.',
  INDEX_BUSY:
    'Another index build (pid %s, lock %s) did not finish within %s s. Let it finish or stop it, then run `npm run embed` again.',
  DATA_DIR_NOT_WRITABLE:
    'Cannot write to the data folder %s (%s). Make it writable by this user, or set DATA_DIR to a folder that is.',
  DATA_DIR_NOT_A_FOLDER:
    'The data folder %s is not a folder (a file is in the way). Move that file, or set DATA_DIR to a folder.',
  DISK_FULL:
    'The disk holding %s is full; nothing was changed (any previous index stays in use). Free some space, then run the command again.',
  FILE_ACCESS_DENIED:
    'Permission denied for %s (%s). Give this user access to it, or point the setting that names it elsewhere.',
  UNEXPECTED: 'Unexpected error: %s. Run again with LOG_LEVEL=debug to see where it happened.',
  INDEX_DIMENSION_MISMATCH:
    'The index at %s holds %s-dimensional vectors, but model %s produces %s. Run `npm run embed -- --full`.',
  CORPUS_MISSING:
    'No corpus folder at %s. Create it and put profile files (Markdown, text, PDF, DOCX, JSON Resume, LaTeX or HTML) in it, or set CORPUS_DIR.',
  CORPUS_EMPTY:
    'No readable profiles under %s. Add at least one profile (Markdown, text, PDF, DOCX, JSON Resume, LaTeX or HTML), then run `npm run embed`.',
  PEOPLE_FILE_INVALID: '%s is not valid: %s. Fix it or delete it; it maps file names to display names.',
  QUESTION_EMPTY: 'The question is empty. Ask something, e.g. "who has run a CDN?".',
  QUESTION_TOO_LONG: 'The question is %s characters long; the limit is %s. Shorten it.',
  SKILL_EMPTY: 'The skill is empty. Name one, e.g. "terraform".',
  SKILL_INVALID: 'The skill "%s" has no letters or digits. Name one, e.g. "terraform" or "c++".',
  SKILL_TOO_LONG: 'The skill is %s characters long; the limit is %s. Name one skill, e.g. "terraform".',
  CONFIG_INVALID: 'Setting %s is invalid: %s. See .env.example.',
  TOKEN_MISSING: '%s is not set. Copy .env.example to .env and fill it in (see "Run it in your server" in the README).',
  DISCORD_TOKEN_INVALID:
    'Discord refused DISCORD_TOKEN (%s). Copy the current token from the Developer Portal (Bot → Reset Token) into DISCORD_TOKEN.',
  DISCORD_INTENTS_DISALLOWED:
    'Discord refused the Message Content intent (gateway close code 4014). Switch it on in the Developer Portal (Bot → Privileged Gateway Intents → Message Content Intent), or set MESSAGE_CONTENT_INTENT=false.',
} as const;

export type ErrorCode = keyof typeof MESSAGES;

export class WhoKnowsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'WhoKnowsError';
  }
}

export function createError(code: ErrorCode, ...args: (string | number)[]): WhoKnowsError {
  return new WhoKnowsError(code, messageOf(code, args));
}

/** `createError` for an error caught on the way: the caught one stays as `cause`, for LOG_LEVEL=debug. */
export function wrapError(cause: unknown, code: ErrorCode, ...args: (string | number)[]): WhoKnowsError {
  return new WhoKnowsError(code, messageOf(code, args), { cause });
}

function messageOf(code: ErrorCode, args: readonly (string | number)[]): string {
  let i = 0;
  return MESSAGES[code].replace(/%s/g, () => String(args[i++] ?? ''));
}

export function isWhoKnowsError(error: unknown): error is WhoKnowsError {
  return error instanceof WhoKnowsError;
}

/** A Node system error (`fs`, `net`): its errno code and, for file operations, the path. */
export interface SystemError extends Error {
  readonly code?: string;
  readonly path?: string;
}

export function systemCode(error: unknown): string | undefined {
  const code = (error as SystemError | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

const PERMISSION_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
};

/** First line of a message, so a library's multi-line text never breaks the one-line promise. */
function oneLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]!.trim();
  return line === '' ? 'no message' : line;
}

/**
 * What every entry point does with an error it caught: named errors pass through; file-system
 * faults become the coded error that says what to do; anything else becomes UNEXPECTED, one line.
 * The original stays as `cause`, for LOG_LEVEL=debug.
 */
export function asWhoKnowsError(error: unknown): WhoKnowsError {
  if (isWhoKnowsError(error)) return error;
  const code = systemCode(error);
  const where = (error as SystemError | undefined)?.path;
  if (code === 'ENOSPC' || code === 'EDQUOT') return wrapError(error, 'DISK_FULL', where ?? 'the data folder');
  if (code && where && code in PERMISSION_REASONS)
    return wrapError(error, 'FILE_ACCESS_DENIED', where, PERMISSION_REASONS[code]!);
  return wrapError(error, 'UNEXPECTED', oneLine(error instanceof Error ? error.message : String(error)));
}

/** Why a write under DATA_DIR failed, as the error that names the folder and the fix; undefined when it is no file-system fault of the folder. */
export function dataDirError(error: unknown, dataDir: string): WhoKnowsError | undefined {
  const code = systemCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return wrapError(error, 'DISK_FULL', dataDir);
  if (code && code in PERMISSION_REASONS)
    return wrapError(error, 'DATA_DIR_NOT_WRITABLE', dataDir, PERMISSION_REASONS[code]!);
  if (code === 'ENOTDIR' || code === 'EEXIST') return wrapError(error, 'DATA_DIR_NOT_A_FOLDER', dataDir);
  return undefined;
}
