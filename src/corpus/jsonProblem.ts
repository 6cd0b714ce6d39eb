/**
 * Where a JSON file is broken, without quoting it: V8's parse errors carry a snippet of the input,
 * and a settings file may hold anything (a link to a secret, a pasted CV), so only a position is shown.
 */
export function jsonProblem(error: unknown, raw: string): string {
  const position = /position (\d+)/.exec(String((error as Error)?.message ?? ''));
  if (!position) return 'not valid JSON';
  const offset = Math.min(Number(position[1]), raw.length);
  const before = raw.slice(0, offset).split('\n');
  return `not valid JSON (line ${before.length}, column ${before.at(-1)!.length + 1})`;
}
