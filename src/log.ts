/**
 * Logs go to stderr so stdout stays machine-readable (`--json`). Nothing here ever prints a secret:
 * callers pass messages, never config objects.
 */
import { visibleLines } from './visibleText.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = (process.env.LOG_LEVEL ?? 'info').toLowerCase() as LogLevel;
  return ORDER[wanted] ?? ORDER.info;
}

function write(level: LogLevel, message: string): void {
  if (ORDER[level] < threshold()) return;
  const prefix = level === 'info' ? '' : `${level}: `;
  // Messages name files and echo questions: their control characters must not drive the terminal.
  process.stderr.write(`${prefix}${visibleLines(message)}\n`);
}

export const log = {
  debug: (message: string) => write('debug', message),
  info: (message: string) => write('info', message),
  warn: (message: string) => write('warn', message),
  error: (message: string) => write('error', message),
};
