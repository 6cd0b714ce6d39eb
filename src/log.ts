/**
 * Logs go to stderr so stdout stays machine-readable (`--json`). Nothing here ever prints a secret:
 * callers pass messages, never config objects.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = (process.env.LOG_LEVEL ?? 'info').toLowerCase() as Level;
  return ORDER[wanted] ?? ORDER.info;
}

function write(level: Level, message: string): void {
  if (ORDER[level] < threshold()) return;
  const prefix = level === 'info' ? '' : `${level}: `;
  process.stderr.write(`${prefix}${message}\n`);
}

export const log = {
  debug: (message: string) => write('debug', message),
  info: (message: string) => write('info', message),
  warn: (message: string) => write('warn', message),
  error: (message: string) => write('error', message),
};
