/**
 * Logs go to stderr so stdout stays machine-readable (`--json`). Nothing here ever prints a secret:
 * callers pass messages, never config objects.
 *
 * Two shapes: the terminal commands print plain one-line messages; the bot (`npm start`) switches
 * to structured JSON lines (pino) with `useStructuredLogs()`, so fields such as the interaction id,
 * the server and an error's reference id can be searched for. Audit records (`log.audit`) are JSON
 * lines in either shape.
 */
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { visibleLines } from './text/visibleText.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Extra fields for a structured line (ids, codes); the plain shape leaves them out. */
export type LogFields = Readonly<Record<string, unknown>>;

function threshold(): number {
  const wanted = (process.env.LOG_LEVEL ?? 'info').toLowerCase() as LogLevel;
  return ORDER[wanted] ?? ORDER.info;
}

function levelName(): LogLevel {
  const wanted = (process.env.LOG_LEVEL ?? 'info').toLowerCase() as LogLevel;
  return wanted in ORDER ? wanted : 'info';
}

interface Sink {
  write(text: string): unknown;
}

let structured: Logger | undefined;
let auditLogger: Logger | undefined;

// pino and the modules it requires load with the first JSON line: the terminal commands write
// plain lines and never need them, and loading them is a share of a CLI question's start-up.
let pinoModule: typeof import('pino') | undefined;

function jsonLogger(level: string, stream: Sink): Logger {
  pinoModule ??= createRequire(import.meta.url)('pino') as typeof import('pino');
  const { pino, stdTimeFunctions } = pinoModule;
  return pino(
    {
      level,
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

/** From now on every log line is one JSON object (pino): time, level, msg and the given fields. */
export function useStructuredLogs(stream: Sink = process.stderr): void {
  structured = jsonLogger(levelName(), stream);
  auditLogger = jsonLogger('info', stream);
}

/** Whether log lines are JSON now (a worker thread starts its own logger the same way). */
export function usesStructuredLogs(): boolean {
  return structured !== undefined;
}

/** Back to plain one-line messages (the terminal commands' shape; tests switch back with it). */
export function usePlainLogs(): void {
  structured = undefined;
  auditLogger = undefined;
}

function write(level: LogLevel, message: string, fields?: LogFields): void {
  if (structured) {
    // JSON escapes control characters itself, so the message stays exact here.
    structured[level](fields ?? {}, message);
    return;
  }
  if (ORDER[level] < threshold()) return;
  const prefix = level === 'info' ? '' : `${level}: `;
  // Messages name files and echo questions: their control characters must not drive the terminal.
  process.stderr.write(`${prefix}${visibleLines(message)}\n`);
}

export const log = {
  debug: (message: string, fields?: LogFields) => write('debug', message, fields),
  info: (message: string, fields?: LogFields) => write('info', message, fields),
  warn: (message: string, fields?: LogFields) => write('warn', message, fields),
  error: (message: string, fields?: LogFields) => write('error', message, fields),
  /** A JSON line with `"audit": true` and the record's fields, whatever LOG_LEVEL says. */
  audit: (record: LogFields) => {
    // process.stderr is looked up per call so a test's stderr capture sees plain-shape records too.
    (auditLogger ?? jsonLogger('info', process.stderr)).info({ audit: true, ...record }, 'answered');
  },
};
