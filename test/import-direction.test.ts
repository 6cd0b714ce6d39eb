/**
 * Imports follow the data flow: corpus → chunking → embedding → index → retrieval → answer → llm →
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
  // Bounded caches, and where a worker thread starts, used at every stage.
  ['caches', 'workerEntry'],
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
  // Optional: a language model words the answer's text from its citations (the only importer of openai).
  ['llm'],
  ['feedback'],
  ['evaluation', 'discord', 'cli'],
];

/**
 * Inside src/discord/, the same rule one level down, from the pure bottom to the client: rendering
 * (render/) imports nothing else of the bot; the stores and access rules; the one path from a
 * question to a reply (replyTo); the command shape; the entry points (menus, commands, mentions in
 * conversation/); the interaction router; the gateway events (events/); the client that attaches
 * them; the registration script's module.
 */
const DISCORD_FLOW: readonly (readonly string[])[] = [
  ['render'],
  ['access', 'cooldown', 'drafts', 'inFlight', 'liveAnswerer', 'pageStore', 'morePeopleHint', 'loginErrors', 'servers'],
  ['replyTo'],
  ['command'],
  // The command list registers the context-menu commands beside the slash commands.
  ['menus'],
  ['commands', 'conversation'],
  ['interactions'],
  ['events'],
  ['client'],
  ['register'],
];
/**
 * Inside src/index/: which rooms each room may import. The store knows bytes and files only (each
 * on-disk structure's writer beside its reader); the reader composes the store's structures to
 * answer questions; the build composes both. So a format change touches store/ alone, and nothing
 * a question runs depends on how an index is built.
 */
const INDEX_ROOMS: Readonly<Record<string, readonly string[]>> = {
  store: ['store'],
  read: ['store', 'read'],
  build: ['store', 'read', 'build'],
};

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

/** `src/index/store/files.ts` → `index`; `src/config.ts` → `config`; outside src/ → undefined. */
function unitOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length === 2 ? parts[1]!.replace(/\.(?:d\.)?[jt]s$/, '') : parts[1];
}

/** `src/index/store/segment/segment.ts` → `store`; a file directly in src/index/ → `(top)`. */
function roomOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 3 ? parts[2]! : '(top)';
}

/** What is wrong with an import from one room of src/index/ into another, or undefined. */
function roomViolation(where: string, file: string, target: string): string | undefined {
  const [from, to] = [roomOf(file), roomOf(target)];
  const allowed = INDEX_ROOMS[from];
  if (!allowed)
    return `${where}: src/index/ keeps its files in ${Object.keys(INDEX_ROOMS).join(', ')} (add the room to INDEX_ROOMS)`;
  return allowed.includes(to) ? undefined : `${where}: index/${from} may import only index/${allowed.join(', index/')}`;
}

function levelOf(unit: string, flow: readonly (readonly string[])[] = FLOW): number {
  return flow.findIndex((level) => level.includes(unit));
}

/** `src/discord/render/fit.ts` → `render`; `src/discord/client.ts` → `client`; elsewhere → undefined. */
function discordUnitOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts[1] !== 'discord' || parts.length < 3) return undefined;
  return parts.length === 3 ? parts[2]!.replace(/\.(?:d\.)?[jt]s$/, '') : parts[2];
}

/** The flow rule inside src/discord/: what is wrong with an import from one of its units to another. */
function discordViolation(file: string, target: string, where: string): string | undefined {
  const [from, to] = [discordUnitOf(file)!, discordUnitOf(target)!];
  if (from === to) return undefined;
  const [fromLevel, toLevel] = [levelOf(from, DISCORD_FLOW), levelOf(to, DISCORD_FLOW)];
  if (fromLevel < 0) return `${where}: src/discord/${from} has no place in DISCORD_FLOW (add it in this test)`;
  if (toLevel < 0) return `${where}: src/discord/${to} has no place in DISCORD_FLOW (add it in this test)`;
  if (toLevel >= fromLevel)
    return `${where}: discord/${to} comes ${toLevel === fromLevel ? 'beside' : 'after'} discord/${from}`;
  return undefined;
}

/** What is wrong with one import, or undefined when it follows the flow. */
export function violation({ file, target, line }: Import): string | undefined {
  const top = file.split('/')[0]!;
  const targetTop = target.split('/')[0]!;
  const where = `${file}:${line} imports ${target}`;
  if (top !== 'src') {
    const allowed = OUTSIDE[top];
    return allowed && !allowed.includes(targetTop)
      ? `${where}: ${top}/ may import only ${allowed.join(', ')}`
      : undefined;
  }
  if (targetTop !== 'src') return `${where}: src/ imports only src/`;
  const from = unitOf(file)!;
  const to = unitOf(target)!;
  if (from === to) {
    if (from === 'discord') return discordViolation(file, target, where);
    return from === 'index' ? roomViolation(where, file, target) : undefined;
  }
  const [fromLevel, toLevel] = [levelOf(from), levelOf(to)];
  if (fromLevel < 0) return `${where}: src/${from} has no place in the data flow (add it to FLOW in this test)`;
  if (toLevel < 0) return `${where}: src/${to} has no place in the data flow (add it to FLOW in this test)`;
  if (toLevel >= fromLevel)
    return `${where}: ${to} comes ${toLevel === fromLevel ? 'beside' : 'after'} ${from} in the data flow`;
  return undefined;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|mts|mjs)$/.test(name))
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`);
}

describe('import direction', () => {
  it('finds static, re-exported and dynamic imports with their line', () => {
    const source = [
      "import { a } from '../index/a.js';",
      "export type { B } from './b.js';",
      'const c = await import("../retrieval/c.js");',
    ].join('\n');
    expect(importsOf('src/answer/x.ts', source)).toEqual([
      { file: 'src/answer/x.ts', target: 'src/index/a.js', line: 1 },
      { file: 'src/answer/x.ts', target: 'src/answer/b.js', line: 2 },
      { file: 'src/answer/x.ts', target: 'src/retrieval/c.js', line: 3 },
    ]);
  });

  it('refuses an import that points back up the flow, sideways between front ends, or out of src', () => {
    expect(violation({ file: 'src/index/lexical.ts', target: 'src/retrieval/tokenize.js', line: 1 })).toMatch(
      /retrieval comes after index/,
    );
    expect(violation({ file: 'src/config.ts', target: 'src/retrieval/search.js', line: 1 })).toMatch(/after config/);
    expect(violation({ file: 'src/discord/a.ts', target: 'src/cli/b.js', line: 1 })).toMatch(/beside/);
    expect(violation({ file: 'src/answer/a.ts', target: 'test/support/x.js', line: 1 })).toMatch(/only src/);
    expect(violation({ file: 'scripts/bench.ts', target: 'test/support/x.js', line: 1 })).toMatch(
      /scripts\/ may import only/,
    );
    expect(violation({ file: 'src/newstage/a.ts', target: 'src/text/b.js', line: 1 })).toMatch(/no place/);
    expect(violation({ file: 'src/answer/a.ts', target: 'src/retrieval/b.js', line: 1 })).toBeUndefined();
    expect(violation({ file: 'src/log.ts', target: 'src/text/visibleText.js', line: 1 })).toBeUndefined();
  });

  it('keeps the answer intents a layer of their own: only the router imports them, and they never import it', () => {
    const imports = sourceFiles('src/answer').flatMap((file) =>
      importsOf(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8')),
    );
    const intoIntents = imports.filter(
      ({ file, target }) => target.startsWith('src/answer/intents/') && !file.startsWith('src/answer/intents/'),
    );
    expect(intoIntents.length).toBeGreaterThan(0);
    expect(intoIntents.filter(({ file }) => file !== 'src/answer/router.ts')).toEqual([]);
    const fromIntents = imports.filter(({ file }) => file.startsWith('src/answer/intents/'));
    expect(fromIntents.filter(({ target }) => target === 'src/answer/router.js')).toEqual([]);
  });

  it('inside src/discord/, keeps rendering pure and the entry points apart, below the events and the client', () => {
    expect(violation({ file: 'src/discord/render/fit.ts', target: 'src/discord/pageStore.js', line: 1 })).toMatch(
      /discord\/pageStore comes after discord\/render/,
    );
    expect(violation({ file: 'src/discord/replyTo.ts', target: 'src/discord/events/index.js', line: 1 })).toMatch(
      /after/,
    );
    expect(
      violation({ file: 'src/discord/commands/ask.ts', target: 'src/discord/conversation/messages.js', line: 1 }),
    ).toMatch(/beside/);
    expect(violation({ file: 'src/discord/events/ready.ts', target: 'src/discord/client.js', line: 1 })).toMatch(
      /after/,
    );
    expect(violation({ file: 'src/discord/newdoor/a.ts', target: 'src/discord/render/fit.js', line: 1 })).toMatch(
      /no place in DISCORD_FLOW/,
    );
    expect(
      violation({ file: 'src/discord/render/views/answer.ts', target: 'src/discord/render/fit.js', line: 1 }),
    ).toBeUndefined();
    expect(
      violation({ file: 'src/discord/conversation/messages.ts', target: 'src/discord/replyTo.js', line: 1 }),
    ).toBeUndefined();
    expect(
      violation({ file: 'src/discord/client.ts', target: 'src/discord/events/index.js', line: 1 }),
    ).toBeUndefined();
  });

  it('keeps the index store free of the reader and the build, and the reader free of the build', () => {
    const within = (file: string, target: string) =>
      violation({ file: `src/index/${file}`, target: `src/index/${target}`, line: 1 });
    expect(within('store/segment/segment.ts', 'read/bm25.js')).toMatch(/index\/store may import only index\/store$/);
    expect(within('store/generation/generationWriter.ts', 'build/buildLock.js')).toMatch(
      /index\/store may import only/,
    );
    expect(within('read/loadIndex.ts', 'build/inputs.js')).toMatch(
      /index\/read may import only index\/store, index\/read$/,
    );
    expect(within('loose.ts', 'store/files.js')).toMatch(/keeps its files in store, read, build/);
    expect(within('build/write.ts', 'read/segmentedIndex.js')).toBeUndefined();
    expect(within('build/buildIndex.ts', 'store/generation/generations.js')).toBeUndefined();
    expect(within('read/loadIndex.ts', 'store/segment/segment.js')).toBeUndefined();
    expect(within('store/segment/encodeSegment.ts', 'store/lines/postLines.js')).toBeUndefined();
    // From outside, any room is reachable: the flow between stages is checked as before.
    expect(violation({ file: 'src/answer/a.ts', target: 'src/index/build/buildIndex.js', line: 1 })).toBeUndefined();
  });

  it('holds for every import in src/ and scripts/', () => {
    const imports = ['src', 'scripts'].flatMap((folder) =>
      sourceFiles(folder).flatMap((file) => importsOf(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))),
    );
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.map(violation).filter(Boolean)).toEqual([]);
  });
});
