/**
 * Front matter at the top of a profile: TOML between `+++` lines or YAML between `---` lines.
 * Only flat `key = "value"` / `key: value` pairs are read: names and titles are all we need, and a
 * full TOML/YAML parser would turn a typo in a CV into a failed build.
 */
export interface FrontMatter {
  /** 1-based line numbers of the opening and closing fence. */
  readonly startLine: number;
  readonly endLine: number;
  readonly fields: Readonly<Record<string, string>>;
}

const FENCES: Record<string, RegExp> = {
  '+++': /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/,
  '---': /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/,
};

/** A quoted front-matter value ("Jane Doe" or 'Jane Doe') without its quotes. */
export function unquote(value: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(value);
  if (!quoted) return value;
  if (quoted[2] !== undefined) return quoted[2];
  return (quoted[1] ?? '').replace(/\\(["\\])/g, '$1');
}

/** Finds front matter that opens on the first non-blank line; undefined when there is none. */
export function parseFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  const fence = lines[open]?.trim();
  if (fence === undefined || !(fence in FENCES)) return undefined;
  const pair = FENCES[fence]!;
  const fields: Record<string, string> = {};
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === fence) return { startLine: open + 1, endLine: i + 1, fields };
    const match = pair.exec(line);
    if (match) fields[match[1]!.toLowerCase()] = unquote(match[2]!);
  }
  // No closing fence: a `---` at the top is then a horizontal rule, not front matter.
  return undefined;
}
