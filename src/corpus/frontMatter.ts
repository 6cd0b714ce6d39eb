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
  /** 1-based line number of each top-level field. */
  readonly fieldLines: Readonly<Record<string, number>>;
}

const FENCES: Record<string, RegExp> = {
  '+++': /^([A-Za-z_][\w.-]*)\s*=\s*(.*?)\s*$/,
  '---': /^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*?))?\s*$/,
};

/**
 * Lines that may sit inside front matter besides `key: value` pairs: indented lines (nested values,
 * block scalars), list items, comments, TOML tables and the end of a TOML array. A line of prose
 * is none of these, so `---` rules around a CV's opening lines are not mistaken for front matter.
 */
const STRUCTURE_LINE: Record<string, RegExp> = {
  '+++': /^(?:[ \t]|#|\[|\])/,
  '---': /^(?:[ \t]|#|- |-$)/,
};

/** A quoted front-matter value ("Jane Doe" or 'Jane Doe') without its quotes. */
export function unquote(value: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(value);
  if (!quoted) return value;
  if (quoted[2] !== undefined) return quoted[2];
  return (quoted[1] ?? '').replace(/\\(["\\])/g, '$1');
}

/**
 * Finds front matter that opens on the first non-blank line; undefined when there is none. It is
 * front matter only when every line inside is a key/value pair or YAML/TOML structure around one.
 * Nested keys one level down are read as `parent.key` (`author:` / `  name: Jane` → `author.name`).
 */
export function parseFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  const fence = lines[open]?.trim();
  if (fence === undefined || !(fence in FENCES)) return undefined;
  const pair = FENCES[fence]!;
  const structure = STRUCTURE_LINE[fence]!;
  const fields: Record<string, string> = {};
  const fieldLines: Record<string, number> = {};
  let parent: string | undefined;
  let pairs = 0;
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === fence)
      return pairs > 0 ? { startLine: open + 1, endLine: i + 1, fields, fieldLines } : undefined;
    if (line.trim() === '') continue;
    const top = pair.exec(line);
    if (top) {
      const key = top[1]!.toLowerCase();
      fields[key] = unquote(top[2] ?? '');
      fieldLines[key] = i + 1;
      parent = key;
      pairs++;
      continue;
    }
    if (!structure.test(line)) return undefined;
    const nested = pair.exec(line.trim());
    if (nested && parent !== undefined && /^[ \t]{1,4}[A-Za-z_]/.test(line)) {
      const key = `${parent}.${nested[1]!.toLowerCase()}`;
      if (!(key in fields)) fields[key] = unquote(nested[2] ?? '');
    }
  }
  // No closing fence: a `---` at the top is then a horizontal rule, not front matter.
  return undefined;
}
