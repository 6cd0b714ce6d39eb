/**
 * Imports follow the data flow: corpus → chunking → embedding → index → retrieval → answer →
 * discord/cli, on top of the shared caches, text analysis, errors, logging and settings. A module may
 * import its own folder or a folder earlier in the flow, never a later one: that is what keeps
 * each stage replaceable (an index backend, a front end) without touching the stages before it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

/** Folders (and top-level files) of src/, earliest first; units on one level may not import each other. */
const FLOW: readonly (readonly string[])[] = [
  // Bounded caches, used at every stage.
  ['caches'],
  ['text', 'types'],
  ['errors'],
  ['log'],
  ['config'],
  ['corpus'],
  ['chunking'],
  // Roles, schools and skills lists are read from passages and stored in the index with their document.
  ['facts'],
  // A structured profile per document (JSON Resume fields), read from its lines and facts; stored by the build step.
  ['profile'],
  ['embedding'],
  ['index'],
  ['retrieval'],
  ['answer'],
  ['feedback'],
  ['evaluation', 'discord', 'cli'],
];

/** Outside src/: which top-level folders each may import from (test/ may import anything). */
const OUTSIDE: Readonly<Record<string, readonly string[]>> = {
  scripts: ['src', 'scripts'],
};

interface Import {
  /** Project-relative path of the importing file. */
  readonly file: string;
  /** Project-relative path the specifier resolves to. */
  readonly target: string;
  readonly line: number;
}

/** Static imports, re-exports and dynamic `import('…')` with a relative specifier. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

export function importsOf(file: string, source: string): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!));
    found.push({ file, target, line: source.slice(0, match.index).split('\n').length });
  }
  return found;
}

/** `src/index/store.ts` → `index`; `src/config.ts` → `config`; outside src/ → undefined. */
function unitOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length === 2 ? parts[1]!.replace(/\.(?:d\.)?[jt]s$/, '') : parts[1];
}

function levelOf(unit: string): number {
  return FLOW.findIndex((level) => level.includes(unit));
}

/** What is wrong with one import, or undefined when it follows the flow. */
export function violation({ file, target, line }: Import): string | undefined {
  const top = file.split('/')[0]!;
  const targetTop = target.split('/')[0]!;
  const where = `${file}:${line} imports ${target}`;
  if (top !== 'src') {
    const allowed = OUTSIDE[top];
    return allowed && !allowed.includes(targetTop) ? `${where}: ${top}/ may import only ${allowed.join(', ')}` : undefined;
  }
  if (targetTop !== 'src') return `${where}: src/ imports only src/`;
  const from = unitOf(file)!;
  const to = unitOf(target)!;
  if (from === to) return undefined;
  const [fromLevel, toLevel] = [levelOf(from), levelOf(to)];
  if (fromLevel < 0) return `${where}: src/${from} has no place in the data flow (add it to FLOW in this test)`;
  if (toLevel < 0) return `${where}: src/${to} has no place in the data flow (add it to FLOW in this test)`;
  if (toLevel >= fromLevel) return `${where}: ${to} comes ${toLevel === fromLevel ? 'beside' : 'after'} ${from} in the data flow`;
  return undefined;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|mts|mjs)$/.test(name))
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`);
}

describe('import direction', () => {
  it('finds static, re-exported and dynamic imports with their line', () => {
    const source = ["import { a } from '../index/a.js';", "export type { B } from './b.js';", 'const c = await import("../retrieval/c.js");'].join('\n');
    expect(importsOf('src/answer/x.ts', source)).toEqual([
      { file: 'src/answer/x.ts', target: 'src/index/a.js', line: 1 },
      { file: 'src/answer/x.ts', target: 'src/answer/b.js', line: 2 },
      { file: 'src/answer/x.ts', target: 'src/retrieval/c.js', line: 3 },
    ]);
  });

  it('refuses an import that points back up the flow, sideways between front ends, or out of src', () => {
    expect(violation({ file: 'src/index/lexical.ts', target: 'src/retrieval/tokenize.js', line: 1 })).toMatch(/retrieval comes after index/);
    expect(violation({ file: 'src/config.ts', target: 'src/retrieval/search.js', line: 1 })).toMatch(/after config/);
    expect(violation({ file: 'src/discord/a.ts', target: 'src/cli/b.js', line: 1 })).toMatch(/beside/);
    expect(violation({ file: 'src/answer/a.ts', target: 'test/support/x.js', line: 1 })).toMatch(/only src/);
    expect(violation({ file: 'scripts/bench.ts', target: 'test/support/x.js', line: 1 })).toMatch(/scripts\/ may import only/);
    expect(violation({ file: 'src/newstage/a.ts', target: 'src/text/b.js', line: 1 })).toMatch(/no place/);
    expect(violation({ file: 'src/answer/a.ts', target: 'src/retrieval/b.js', line: 1 })).toBeUndefined();
    expect(violation({ file: 'src/log.ts', target: 'src/text/visibleText.js', line: 1 })).toBeUndefined();
  });

  it('holds for every import in src/ and scripts/', () => {
    const imports = ['src', 'scripts'].flatMap((folder) =>
      sourceFiles(folder).flatMap((file) => importsOf(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))),
    );
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.map(violation).filter(Boolean)).toEqual([]);
  });
});
