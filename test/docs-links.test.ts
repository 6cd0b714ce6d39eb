/**
 * The README and docs/ stay navigable and complete: every relative link leads to a file that
 * exists (and a `#anchor` to a heading in it), every setting and every error code a user can meet
 * is documented, and the README stays a short introduction. Links are checked the way GitHub
 * renders them, so a renamed heading or a moved doc fails here rather than in a reader's browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

const DOCS_DIR = path.join(PROJECT_ROOT, 'docs');

function markdownFiles(): string[] {
  const docs = readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(DOCS_DIR, name));
  return [path.join(PROJECT_ROOT, 'README.md'), ...docs];
}

/** The text outside fenced code blocks, line by line (a `#` inside a fence is no heading, a `](` no link). */
function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener !== undefined && (fence === undefined || opener.startsWith(fence))) {
      fence = fence === undefined ? opener : undefined;
      continue;
    }
    if (fence === undefined) lines.push(line);
  }
  return lines;
}

/** GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a Markdown file offers, with GitHub's -1, -2 … for repeated headings. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = headingSlug(heading);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Link targets in prose (inline code spans left out), except web and mail addresses. */
export function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) targets.push(target);
    }
  }
  return targets;
}

/** Why each relative link of `file` (holding `markdown`) leads nowhere; empty when all resolve. */
export function brokenLinks(file: string, markdown: string): string[] {
  const broken: string[] = [];
  for (const target of relativeLinks(markdown)) {
    const [pathPart = '', anchor] = target.split('#', 2);
    const resolved = pathPart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
    if (!existsSync(resolved)) {
      broken.push(`${target}: no file ${path.relative(PROJECT_ROOT, resolved)}`);
      continue;
    }
    if (anchor === undefined) continue;
    const text = resolved === file ? markdown : statSync(resolved).isFile() ? readFileSync(resolved, 'utf8') : '';
    if (!anchorsOf(text).has(anchor))
      broken.push(`${target}: no heading #${anchor} in ${path.relative(PROJECT_ROOT, resolved)}`);
  }
  return broken;
}

function read(relative: string): string {
  return readFileSync(path.join(PROJECT_ROOT, relative), 'utf8');
}

describe('documentation links', () => {
  it('reads headings as GitHub names their anchors', () => {
    const anchors = anchorsOf(
      '# Answers and `--json` output\n## 6. Retrieval (`ask`)\n## Honest "nobody"\n## Notes\n## Notes\n',
    );
    expect([...anchors]).toEqual(['answers-and---json-output', '6-retrieval-ask', 'honest-nobody', 'notes', 'notes-1']);
  });

  it('reports a link to a missing file and to a missing heading, and ignores code and web links', () => {
    const file = path.join(PROJECT_ROOT, 'README.md');
    const markdown = [
      '# Top',
      'See [gone](docs/no-such-file.md), [bad anchor](#nowhere), [fine](#top) and [web](https://example.com).',
      '`[in code](docs/also-gone.md)`',
      '```',
      '[in a fence](docs/fenced-gone.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(file, markdown)).toEqual([
      'docs/no-such-file.md: no file docs/no-such-file.md',
      '#nowhere: no heading #nowhere in README.md',
    ]);
  });

  it('finds every relative link in the README and docs/ leading to an existing file and heading', () => {
    const files = markdownFiles();
    const readmeLinks = relativeLinks(read('README.md'));
    expect(readmeLinks.filter((target) => target.startsWith('docs/')).length).toBeGreaterThanOrEqual(10);
    const broken = files.flatMap((file) =>
      brokenLinks(file, readFileSync(file, 'utf8')).map((why) => `${path.relative(PROJECT_ROOT, file)}: ${why}`),
    );
    expect(broken).toEqual([]);
  });

  it('links every doc in docs/ from the README', () => {
    const linked = new Set(relativeLinks(read('README.md')).map((target) => target.split('#')[0]));
    const docs = readdirSync(DOCS_DIR).filter((name) => name.endsWith('.md'));
    expect(docs.filter((name) => !linked.has(`docs/${name}`))).toEqual([]);
  });
});

describe('documentation completeness', () => {
  it('documents every setting of .env.example and src/config.ts in docs/operations.md', () => {
    const fromExample = [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    const fromConfig = [...read('src/config.ts').matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]!);
    expect(fromExample.length).toBeGreaterThan(20);
    expect(fromConfig.length).toBeGreaterThan(20);
    const operations = read('docs/operations.md');
    const missing = [...new Set([...fromExample, ...fromConfig])].filter((name) => !operations.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('explains every error code of src/errors.ts in docs/errors.md', () => {
    const table = /const MESSAGES = \{([\s\S]*?)\} as const;/.exec(read('src/errors.ts'))?.[1] ?? '';
    const codes = [...table.matchAll(/^\s+([A-Z][A-Z_]+):/gm)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(15);
    const errors = read('docs/errors.md');
    expect(codes.filter((code) => !errors.includes(`\`${code}\``))).toEqual([]);
  });

  it('keeps the README a short introduction (at most 300 lines)', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(300);
  });
});
