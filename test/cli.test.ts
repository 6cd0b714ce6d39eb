import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Citation, WhoKnowsResult } from '../src/answer/types.js';
import { PROJECT_ROOT } from '../src/config.js';
import { tokenize } from '../src/text/terms.js';
import { startOpenAIStandIn } from './support/openaiStandin.js';
import { temporaryDirs } from './support/temporaryDirs.js';

/** Each command is a real child process (a tsx start is about half a second to a second). */
const TIMEOUT_MS = 120_000;
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const IPLAYER_QUESTION = 'Who worked on the BBC iPlayer CDN?';
const KURA = 'corpus/002_9a63d334eb8a7d54.txt';

const temporaryDataDir = temporaryDirs('whoknows-cli-test-');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a user running the CLI on the real corpus, lexically, with the index in `dataDir`.
 * Every setting the commands read is set here, so neither the developer's shell nor a `.env` leaks in;
 * Discord settings are dropped altogether.
 */
function environment(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCORD')));
  return {
    ...inherited,
    WHOKNOWS_ROOT: PROJECT_ROOT,
    CORPUS_DIR: 'corpus',
    DATA_DIR: dataDir,
    USE_MODEL: 'false',
    MAX_QUESTION_CHARS: '500',
    RETRIEVAL_MODE: 'hybrid',
    LOG_LEVEL: 'info',
    NO_COLOR: '1',
    LLM_BASE_URL: '',
    ...extra,
  };
}

function run(
  command: string,
  args: readonly string[],
  options: { dataDir: string; input?: string; env?: Record<string, string> },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: environment(options.dataDir, options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** `npm run <script> -- args`, without npm's start-up cost: the scripts run `tsx scripts/<script>.ts`. */
function script(
  name: 'ask' | 'who-knows' | 'embed' | 'people' | 'eval' | 'bench' | 'profileMisses',
  args: readonly string[],
  options: { dataDir: string; input?: string; env?: Record<string, string> },
): Promise<Run> {
  return run(TSX, [`scripts/${name}.ts`, ...args], options);
}

function jsonLines(stdout: string): unknown[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

/** A stack trace, which a user should never see for an error they can fix. */
const STACK_LINE = /^\s+at /m;

const fileLines = new Map<string, Promise<string[]>>();
async function linesOf(source: string): Promise<string[]> {
  if (!fileLines.has(source))
    fileLines.set(
      source,
      readFile(path.join(PROJECT_ROOT, source), 'utf8').then((text) =>
        text.split('\n').map((l) => l.replace(/\r$/, '')),
      ),
    );
  return fileLines.get(source)!;
}

/** Every citation quotes exactly the lines it names, as a reader checking the file would find them. */
async function expectQuotesMatchFiles(citations: readonly Citation[]): Promise<void> {
  expect(citations.length).toBeGreaterThan(0);
  for (const citation of citations) {
    expect(citation.source).toMatch(/^corpus\/[^/]+\.txt$/);
    const lines = await linesOf(citation.source);
    expect(citation.text, `${citation.source}:L${citation.startLine}-L${citation.endLine}`).toBe(
      lines.slice(citation.startLine - 1, citation.endLine).join('\n'),
    );
  }
}

describe('ask and who-knows on a shared index', () => {
  let dataDir: string;
  let firstAsk: Run;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    // The very first question a user asks, before any `npm run embed`.
    firstAsk = await script('ask', ['--json', IPLAYER_QUESTION], { dataDir });
  }, TIMEOUT_MS);

  it('builds the index first when there is none, and says so on stderr', () => {
    expect(firstAsk.code).toBe(0);
    expect(firstAsk.stderr).toMatch(/No index at .* yet: building it now/);
    expect(firstAsk.stderr).toMatch(/Indexed 3 documents as \d+ passages/);
    expect(existsSync(path.join(dataDir, 'index', 'index.json'))).toBe(true);
  });

  it('prints exactly one JSON answer on stdout, citing the lines that answer it', async () => {
    const [answer, ...rest] = jsonLines(firstAsk.stdout) as Answer[];
    expect(rest).toEqual([]);
    expect(Object.keys(answer!).sort()).toEqual(['answer', 'citations', 'intent', 'noAnswer', 'people', 'question']);
    expect(answer).toMatchObject({ intent: 'search', people: [] });
    expect(answer).toMatchObject({ question: IPLAYER_QUESTION, noAnswer: false });
    for (const citation of answer!.citations) {
      expect(Object.keys(citation).sort()).toEqual([
        'endLine',
        'id',
        'match',
        'person',
        'score',
        'section',
        'source',
        'startLine',
        'text',
      ]);
      // `match` points at a word of the cited text that the question asked for.
      const matched = tokenize(citation.text.slice(citation.match!.start, citation.match!.end));
      expect(matched.some((term) => tokenize(IPLAYER_QUESTION).includes(term))).toBe(true);
    }
    expect(answer!.citations.map((citation) => citation.id)).toEqual(answer!.citations.map((_, i) => i + 1));
    const [first] = answer!.citations;
    expect(first).toMatchObject({ id: 1, person: 'kura (profile 002)', source: KURA });
    expect(first!.text).toContain('BBC iPlayer');
    expect(answer!.answer).toContain('kura (profile 002)');
    expect(answer!.answer).toContain('[1]');
    await expectQuotesMatchFiles(answer!.citations);
  });

  it('keeps logs off stdout', () => {
    expect(firstAsk.stdout).not.toContain('No index');
    expect(firstAsk.stdout).not.toContain('warn');
  });

  it(
    'words the answer with the model at LLM_BASE_URL (here the OpenAI-compatible stand-in), unless --no-llm',
    async () => {
      const extractive = jsonLines(firstAsk.stdout)[0] as Answer;
      const reply = `${extractive.citations[0]!.person} built and maintained it [1].`;
      const standin = await startOpenAIStandIn();
      try {
        standin.script({ text: reply });
        const env = { LLM_BASE_URL: standin.baseUrl, LLM_MODEL: 'standin-model' };
        const worded = await script('ask', ['--json', IPLAYER_QUESTION], { dataDir, env });
        expect(worded.code).toBe(0);
        expect(jsonLines(worded.stdout)).toEqual([{ ...extractive, answer: reply, writtenBy: 'standin-model' }]);
        const text = await script('ask', [IPLAYER_QUESTION], { dataDir, env });
        expect(text.stdout).toContain(`${reply}\n\n(Written by standin-model from the sources below.)\n\nSources:`);
        const asked = standin.requests.length;
        const plain = await script('ask', ['--json', '--no-llm', IPLAYER_QUESTION], { dataDir, env });
        expect(jsonLines(plain.stdout)).toEqual([extractive]);
        expect(standin.requests.length).toBe(asked);
        standin.script({ status: 500, message: 'boom' });
        const failed = await script('ask', ['--json', IPLAYER_QUESTION], { dataDir, env });
        expect(jsonLines(failed.stdout)).toEqual([extractive]);
        expect(failed.stderr).toMatch(/reply was not used \(server-error: the server answered HTTP 500/);
      } finally {
        await standin.close();
      }
    },
    TIMEOUT_MS,
  );

  it(
    'reuses the index once built',
    async () => {
      const again = await script('ask', ['--json', IPLAYER_QUESTION], { dataDir });
      expect(again.code).toBe(0);
      expect(again.stderr).not.toContain('building it now');
      expect(jsonLines(again.stdout)).toEqual(jsonLines(firstAsk.stdout));
    },
    TIMEOUT_MS,
  );

  it(
    'answers each stdin line with exactly one line, in order, blank ones and a bad one included, without stopping',
    async () => {
      const tooLong = `who knows ${'terraform '.repeat(60)}`.trim();
      const input = [IPLAYER_QUESTION, '', '   ', tooLong, 'Who has used Terraform?', ''].join('\n');
      const result = await script('ask', ['--json'], { dataDir, input });
      expect(result.code).toBe(0);
      const [iplayer, blank, spaces, error, terraform, ...rest] = jsonLines(result.stdout) as Record<string, unknown>[];
      expect(rest).toEqual([]);
      expect(iplayer).toMatchObject({ question: IPLAYER_QUESTION, noAnswer: false });
      expect(blank).toEqual({
        question: '',
        error: { code: 'QUESTION_EMPTY', message: 'The question is empty. Ask something, e.g. "who has run a CDN?".' },
      });
      expect(spaces).toMatchObject({ question: '   ', error: { code: 'QUESTION_EMPTY' } });
      expect(error).toEqual({
        question: tooLong,
        error: {
          code: 'QUESTION_TOO_LONG',
          message: `The question is ${tooLong.length} characters long; the limit is 500. Shorten it.`,
        },
      });
      expect(terraform).toMatchObject({ question: 'Who has used Terraform?', noAnswer: false });
      await expectQuotesMatchFiles((terraform as unknown as Answer).citations);
    },
    TIMEOUT_MS,
  );

  it(
    'who-knows terraform: exactly the two people whose profiles name it, with the lines',
    async () => {
      const result = await script('who-knows', ['--json', 'terraform'], { dataDir });
      expect(result.code).toBe(0);
      const [found, ...rest] = jsonLines(result.stdout) as WhoKnowsResult[];
      expect(rest).toEqual([]);
      expect(found).toMatchObject({ skill: 'terraform', noAnswer: false });
      expect(found!.people.map((person) => person.person).sort()).toEqual(['Apple SRE (profile 001)', 'Phil Kershaw']);
      const evidence = found!.people.flatMap((person) => person.evidence);
      for (const citation of evidence) expect(citation.text).toMatch(/terraform/i);
      await expectQuotesMatchFiles(evidence);
    },
    TIMEOUT_MS,
  );

  it(
    'who-knows a skill nobody has: no answer and nobody listed',
    async () => {
      const result = await script('who-knows', ['--json', 'deep-sea welding'], { dataDir });
      expect(result.code).toBe(0);
      const [found] = jsonLines(result.stdout) as WhoKnowsResult[];
      expect(found).toMatchObject({ skill: 'deep-sea welding', noAnswer: true, people: [] });
    },
    TIMEOUT_MS,
  );

  it(
    'prints a readable answer with the person, Sources: and file:line references',
    async () => {
      const result = await script('ask', [IPLAYER_QUESTION], { dataDir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Q: ${IPLAYER_QUESTION}`);
      expect(result.stdout).toContain('kura (profile 002)');
      expect(result.stdout).toContain('Sources:');
      expect(result.stdout).toMatch(/\[1\] kura \(profile 002\) · .* · corpus\/002_9a63d334eb8a7d54\.txt:L\d+/);
      expect(result.stdout).toContain('Building and maintaining the BIDI CDN for BBC iPlayer.');
    },
    TIMEOUT_MS,
  );

  it(
    'prints a readable who-knows list with its sources',
    async () => {
      const result = await script('who-knows', ['terraform'], { dataDir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Phil Kershaw');
      expect(result.stdout).toContain('Apple SRE (profile 001)');
      expect(result.stdout).toContain('Sources:');
      expect(result.stdout).toMatch(/corpus\/001_ef5c355ba2137431\.txt:L6\b/);
    },
    TIMEOUT_MS,
  );
});

describe('embed', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
  });

  const summary = (stderr: string) => stderr.trimEnd().split('\n').at(-1) ?? '';

  it(
    'builds the index and ends with a one-line summary of what changed',
    async () => {
      const result = await script('embed', [], { dataDir });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(summary(result.stderr)).toMatch(
        /^Indexed 3 documents as \d+ passages \(added 3, updated 0, removed 0, unchanged 0\); lexical only \(no model\)/,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'says the index is up to date when nothing changed',
    async () => {
      const result = await script('embed', [], { dataDir });
      expect(result.code).toBe(0);
      expect(summary(result.stderr)).toMatch(
        /^Index is up to date: 3 documents, \d+ passages \(added 0, updated 0, removed 0, unchanged 3\)/,
      );
    },
    TIMEOUT_MS,
  );

  it(
    're-indexes everything with `npm run embed -- --full`',
    async () => {
      const result = await run('npm', ['run', '--silent', 'embed', '--', '--full'], { dataDir });
      expect(result.code).toBe(0);
      expect(summary(result.stderr)).toMatch(
        /^Indexed 3 documents as \d+ passages \(added 3, updated 0, removed 0, unchanged 0\)/,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'rejects an unknown flag with its usage and exit code 2',
    async () => {
      const result = await script('embed', ['--fulll'], { dataDir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('usage: npm run embed [-- --full]');
      expect(result.stderr).not.toMatch(STACK_LINE);
    },
    TIMEOUT_MS,
  );
});

describe('developer scripts (eval, bench, profile-misses)', () => {
  const dataDir = path.join(os.tmpdir(), 'whoknows-cli-dev-scripts-unused');
  it.each([
    ['eval', ['--mode', 'all', '--falures'], 'usage: npm run eval'],
    ['eval', ['--mode', 'semantic'], '--mode is one of hybrid, lexical, dense, all'],
    ['bench', ['--profile', '1000'], 'usage: npm run bench'],
    ['bench', ['--profiles', 'ten'], '--profiles takes a whole number'],
    ['profileMisses', ['--realvc', 'x'], 'usage: npm run profile-misses'],
  ] as const)(
    '%s %j ends in one error line and its usage, exit code 2, no stack trace',
    async (name, args, shown) => {
      const result = await script(name, args, { dataDir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(shown);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).toBe('');
    },
    TIMEOUT_MS,
  );
});

describe('npm run people', () => {
  it(
    'lists every profile of the index with its name, where the name came from, format and passages',
    async () => {
      const dataDir = await temporaryDataDir();
      const result = await script('people', ['--json'], { dataDir });
      expect(result.code).toBe(0);
      const profiles = jsonLines(result.stdout) as {
        person: string;
        nameFrom: string;
        source: string;
        format: string;
        passages: number;
      }[];
      expect(profiles.map(({ person, nameFrom, source, format }) => [person, nameFrom, source, format])).toEqual([
        ['Phil Kershaw', 'front-matter', 'corpus/000_db1e1783ac94410d.txt', 'text'],
        ['Apple SRE (profile 001)', 'people.json', 'corpus/001_ef5c355ba2137431.txt', 'text'],
        ['kura (profile 002)', 'people.json', KURA, 'text'],
      ]);
      for (const profile of profiles) expect(profile.passages).toBeGreaterThan(0);

      const table = await script('people', [], { dataDir });
      expect(table.code).toBe(0);
      expect(table.stdout.split('\n')[0]).toMatch(/^person\s+name from\s+format\s+passages\s+source$/);
      expect(table.stdout).toMatch(/Phil Kershaw\s+front matter\s+text\s+\d+\s+corpus\/000_db1e1783ac94410d\.txt/);
    },
    TIMEOUT_MS,
  );

  it(
    'shows a profile with no name in its text as unnamed, and embed says how to name it',
    async () => {
      const dataDir = await temporaryDataDir();
      const corpus = path.join(dataDir, 'team');
      await mkdir(path.join(corpus, 'cvs'), { recursive: true });
      await writeFile(path.join(corpus, 'ada.md'), '# Ada Lovelace\n\n## Skills\n\nAnalytical engines.\n');
      await writeFile(path.join(corpus, 'cvs', 'jane_cv.txt'), 'Software Engineer\n\nBuilt payment systems at Acme.\n');
      const embed = await script('embed', [], { dataDir, env: { CORPUS_DIR: corpus } });
      expect(embed.code).toBe(0);
      const warning = embed.stderr.split('\n').find((line) => line.includes('jane_cv.txt'));
      expect(warning).toContain('unnamed (jane_cv.txt)');
      expect(warning).toContain('people.json');
      expect(warning).toContain('"cvs/jane_cv.txt"');
      expect(embed.stderr).not.toMatch(/ada\.md/);

      const people = await script('people', ['--json'], { dataDir, env: { CORPUS_DIR: corpus } });
      const names = (jsonLines(people.stdout) as { person: string; nameFrom: string }[]).map(({ person, nameFrom }) => [
        person,
        nameFrom,
      ]);
      expect(names).toEqual([
        ['Ada Lovelace', 'heading'],
        ['unnamed (jane_cv.txt)', 'file-name'],
      ]);
    },
    TIMEOUT_MS,
  );
});

describe('mistakes a user can make', () => {
  it(
    'shows the usage when no question is given at all',
    async () => {
      const dataDir = await temporaryDataDir();
      const result = await script('ask', [], { dataDir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('usage: npm run ask');
    },
    TIMEOUT_MS,
  );

  it(
    'refuses an empty question in one line, before building anything',
    async () => {
      const dataDir = await temporaryDataDir();
      for (const question of ['', '   ']) {
        const result = await script('ask', [question], { dataDir });
        expect(result.code, JSON.stringify(question)).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('error: The question is empty. Ask something, e.g. "who has run a CDN?".\n');
      }
      expect(existsSync(path.join(dataDir, 'index'))).toBe(false);
    },
    TIMEOUT_MS,
  );

  it(
    'answers an explicit empty argument with --json as a question: one QUESTION_EMPTY line, stdin left unread',
    async () => {
      const dataDir = await temporaryDataDir();
      const ask = await script('ask', ['--json', ''], { dataDir, input: `${IPLAYER_QUESTION}\n` });
      expect(ask.code).toBe(1);
      expect(jsonLines(ask.stdout)).toEqual([
        {
          question: '',
          error: {
            code: 'QUESTION_EMPTY',
            message: 'The question is empty. Ask something, e.g. "who has run a CDN?".',
          },
        },
      ]);
      const whoKnows = await script('who-knows', ['--json', ''], { dataDir, input: 'terraform\n' });
      expect(whoKnows.code).toBe(1);
      expect(jsonLines(whoKnows.stdout)).toEqual([
        { skill: '', error: { code: 'SKILL_EMPTY', message: 'The skill is empty. Name one, e.g. "terraform".' } },
      ]);
      expect(existsSync(path.join(dataDir, 'index'))).toBe(false);
    },
    TIMEOUT_MS,
  );

  it(
    'refuses LOG_LEVEL=loud as an invalid setting',
    async () => {
      const dataDir = await temporaryDataDir();
      const result = await script('ask', [IPLAYER_QUESTION], { dataDir, env: { LOG_LEVEL: 'loud' } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'Setting LOG_LEVEL is invalid: expected one of debug, info, warn, error, got "loud"',
      );
      expect(result.stderr).not.toMatch(STACK_LINE);
    },
    TIMEOUT_MS,
  );

  it(
    'says clearly, without a stack trace, when there is no corpus to build from',
    async () => {
      const dataDir = await temporaryDataDir();
      const result = await script('ask', ['--json', IPLAYER_QUESTION], {
        dataDir,
        env: { CORPUS_DIR: path.join(dataDir, 'no-such-corpus') },
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`No corpus folder at ${path.join(dataDir, 'no-such-corpus')}`);
      expect(result.stderr).not.toMatch(STACK_LINE);
    },
    TIMEOUT_MS,
  );

  it(
    'names a bad setting, without a stack trace',
    async () => {
      const dataDir = await temporaryDataDir();
      const result = await script('embed', [], { dataDir, env: { MODEL_LOAD_TIMEOUT_MS: 'abc' } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Setting MODEL_LOAD_TIMEOUT_MS is invalid');
      expect(result.stderr).not.toMatch(STACK_LINE);
    },
    TIMEOUT_MS,
  );
});

describe('control characters in profiles', () => {
  /** A profile line that would clear the screen, retitle the window and overwrite itself. */
  const HOSTILE = 'Ran Zookeeper clusters \u001b[2J\u001b]0;pwned\u0007 at scale\rand \u009b31mmore';

  let dataDir: string;
  let corpusDir: string;
  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    corpusDir = await temporaryDataDir('corpus-');
    await writeFile(path.join(corpusDir, 'mallory\u001b[2J.md'), `# Mallory Evans\n\n## Experience\n\n${HOSTILE}\n`);
  });

  /** ESC, BEL, CR, DEL or a C1 control: anything a terminal might act on. */
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it(
    'shows them as visible symbols in readable answers, file names included',
    async () => {
      const result = await script('ask', ['who ran zookeeper clusters?'], { dataDir, env: { CORPUS_DIR: corpusDir } });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Mallory Evans');
      expect(result.stdout).not.toMatch(CONTROL);
      expect(result.stderr).not.toMatch(CONTROL);
      expect(result.stdout).toContain(
        'Ran Zookeeper clusters \u241b[2J\u241b]0;pwned\u2407 at scale\u240dand \ufffd31mmore',
      );
      expect(result.stdout).toContain('mallory\u241b[2J.md:L5');
      const who = await script('who-knows', ['zookeeper'], { dataDir, env: { CORPUS_DIR: corpusDir } });
      expect(who.code).toBe(0);
      expect(who.stdout).toContain('Mallory Evans');
      expect(who.stdout).not.toMatch(CONTROL);
    },
    TIMEOUT_MS,
  );

  it(
    'keeps them exactly as written in --json output',
    async () => {
      const result = await script('ask', ['--json', 'who ran zookeeper clusters?'], {
        dataDir,
        env: { CORPUS_DIR: corpusDir },
      });
      expect(result.code).toBe(0);
      const [answer] = jsonLines(result.stdout) as Answer[];
      expect(answer!.citations[0]!.text).toBe(HOSTILE);
      expect(answer!.citations[0]!.source).toMatch(/mallory\u001b\[2J\.md$/);
    },
    TIMEOUT_MS,
  );
});
