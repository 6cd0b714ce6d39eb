/**
 * Answers worded by a language model, held to their citations. The server is the OpenAI-compatible
 * stand-in (test/support/openaiStandin.ts): it is not a model, each test scripts its reply.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Answer, Citation } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { checkReply, numbersIn, sentencesOf } from '../src/llm/checks.js';
import { groundedPrompt } from '../src/llm/prompt.js';
import { auditOf, createWriter, type AnswerWriter } from '../src/llm/writer.js';
import { startOpenAIStandIn, type OpenAIStandIn } from './support/openaiStandin.js';

const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'];

function citation(id: number, person: string, text: string): Citation {
  return {
    id,
    person,
    source: `corpus/${person.split(' ')[0]!.toLowerCase()}.md`,
    section: 'Experience',
    startLine: 3,
    endLine: 4,
    text,
    score: 1,
  };
}

const ANSWER: Answer = {
  question: 'Who has run Kubernetes in production?',
  answer:
    'Two people: Ada Lovelace and Grace Hopper.\nAda Lovelace: Ran Kubernetes clusters in production for 4 years [1]\n' +
    'Grace Hopper: Migrated 30 services to Kubernetes in 2019 [2]',
  noAnswer: false,
  intent: 'search',
  citations: [
    citation(1, 'Ada Lovelace', 'Ran Kubernetes clusters in production for 4 years at Acme.'),
    citation(2, 'Grace Hopper', 'Migrated 30 services to Kubernetes in 2019.'),
  ],
};

const FAITHFUL =
  'Two people have. Ada Lovelace ran Kubernetes in production for 4 years [1]. Grace Hopper moved 30 services to it in 2019 [2].';
const facts = { answer: ANSWER, people: PEOPLE };

describe('checking a reply against the citations', () => {
  it('passes a reply whose every sentence cites an existing source with the facts as stated', () => {
    // "Two people have." cites nothing: the strict rule refuses it; the cited version passes.
    expect(checkReply(FAITHFUL, facts)?.reason).toBe('uncited-sentence');
    expect(checkReply(FAITHFUL.replace('Two people have.', 'Two people have [1][2].'), facts)).toBeUndefined();
  });

  it('refuses a marker for a source that does not exist, naming it', () => {
    expect(checkReply('Ada Lovelace ran Kubernetes [3].', facts)).toEqual({
      reason: 'unknown-source',
      detail: 'cites [3]; the sources are [1], [2]',
    });
    expect(checkReply('Ada Lovelace ran Kubernetes [1, 4].', facts)?.reason).toBe('unknown-source');
  });

  it('refuses a person of the index who is in none of the citations, by full name or first name', () => {
    expect(checkReply('Alan Turing ran Kubernetes too [1].', facts)?.detail).toMatch(/Alan Turing/);
    expect(checkReply('Ada ran it, and so did Alan [1].', facts)?.reason).toBe('absent-person');
    // A cited person by first name is fine.
    expect(checkReply('Ada ran Kubernetes in production [1].', facts)).toBeUndefined();
  });

  it('lets a name through when the cited lines themselves name that person', () => {
    const withMention = {
      ...ANSWER,
      citations: [citation(1, 'Ada Lovelace', 'Paired with Alan Turing on Kubernetes.')],
    };
    expect(
      checkReply('Ada Lovelace paired with Alan Turing on Kubernetes [1].', { answer: withMention, people: PEOPLE }),
    ).toBeUndefined();
  });

  it('refuses a year or a count that neither the citations nor the draft state, in digits or words', () => {
    expect(checkReply('Ada Lovelace ran Kubernetes for 5 years [1].', facts)).toEqual({
      reason: 'wrong-number',
      detail: 'states 5, which no source or draft states',
    });
    expect(checkReply('Grace Hopper migrated services in 2018 [2].', facts)?.reason).toBe('wrong-number');
    expect(checkReply('Three people ran Kubernetes [1][2].', facts)?.reason).toBe('wrong-number');
    expect(checkReply('Two people ran Kubernetes [1][2].', facts)).toBeUndefined();
  });

  it('treats a reply of "nobody" as the model finding no answer in the chosen sources', () => {
    expect(checkReply('Nobody.', facts)?.reason).toBe('said-nobody');
  });

  it('reads sentences per line and keeps a trailing marker with its sentence', () => {
    expect(sentencesOf('Ada ran it. [1]\n- Grace moved 30 services [2]')).toEqual([
      'Ada ran it. [1]',
      '- Grace moved 30 services [2]',
    ]);
    expect([...numbersIn('In 2,019 [3] or three, 05 and 4.5')].sort()).toEqual(['2019', '3', '4.5', '5']);
  });
});

describe('the prompt', () => {
  it('gives the rules, the question, the intent, the draft and the numbered sources with person, section and lines', () => {
    const [system, user] = groundedPrompt(ANSWER, [{ question: 'who knows Go?', people: ['Alan Turing'] }]);
    expect(system!.content).toMatch(/ONLY the numbered sources/);
    expect(system!.content).toMatch(/nobody/);
    expect(user!.content).toContain('Question: Who has run Kubernetes in production?');
    expect(user!.content).toContain('Taken to ask: search');
    expect(user!.content).toContain(
      '[2] Grace Hopper · Experience · lines 3-4\nMigrated 30 services to Kubernetes in 2019.',
    );
    expect(user!.content).toContain('"who knows Go?" (answered with Alan Turing)');
  });
});

describe('settings', () => {
  it('leave the model off unless LLM_BASE_URL is set', () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(createWriter(loadConfig({}))).toBeUndefined();
  });

  it('refuse a base URL without a model, and a base URL that is not http(s)', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'http://localhost:11434/v1' })).toThrow(/LLM_MODEL/);
    expect(() => loadConfig({ LLM_BASE_URL: 'localhost:11434', LLM_MODEL: 'm' })).toThrow(/LLM_BASE_URL/);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: '5' })).toThrow(/LLM_TIMEOUT_MS/);
  });
});

describe('the writer against the OpenAI-compatible stand-in', () => {
  let standin: OpenAIStandIn;
  let stderr = '';
  let spy: MockInstance;
  const KEY = 'sk-test-secret-never-logged';
  const writerWith = (env: Record<string, string> = {}): AnswerWriter =>
    createWriter(loadConfig({ LLM_BASE_URL: standin.baseUrl, LLM_MODEL: 'standin-model', LLM_API_KEY: KEY, ...env }))!;
  const write = (writer: AnswerWriter, onText?: (text: string) => void) =>
    writer.write(ANSWER, { people: PEOPLE, onText });

  beforeAll(async () => {
    standin = await startOpenAIStandIn();
  });
  afterAll(() => standin.close());
  afterEach(() => {
    spy?.mockRestore();
    expect(stderr).not.toContain(KEY);
    stderr = '';
  });
  const capture = () => {
    spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((stderr += String(chunk)), true));
  };

  const faithful = FAITHFUL.replace('Two people have.', 'Two people have [1][2].');

  it("shows a faithful reply, names the model, and keeps the retriever's citations as they were", async () => {
    standin.script({ text: faithful });
    const written = await write(writerWith());
    expect(written.outcome).toBe('written');
    expect(written.answer.answer).toBe(faithful);
    expect(written.answer.writtenBy).toBe('standin-model');
    expect(written.answer.citations).toBe(ANSWER.citations);
    const sent = standin.requests.at(-1)!;
    expect(sent.authorization).toBe(`Bearer ${KEY}`);
    expect(sent.body).toMatchObject({ model: 'standin-model', max_tokens: 400 });
    expect(sent.body.stream).toBeFalsy();
  });

  it('streams a faithful reply piece by piece when asked to', async () => {
    standin.script({ text: faithful, pieceChars: 10 });
    const seen: string[] = [];
    const written = await write(writerWith(), (text) => seen.push(text));
    expect(written.outcome).toBe('written');
    expect(standin.requests.at(-1)!.body.stream).toBe(true);
    expect(seen.length).toBe(Math.ceil(faithful.length / 10));
    expect(seen.at(-1)).toBe(faithful);
  });

  const refusals = [
    ['a source that does not exist', 'Ada Lovelace ran Kubernetes [3].', 'unknown-source'],
    ['someone absent from the citations', 'Alan Turing ran Kubernetes [1].', 'absent-person'],
    ['a wrong number', 'Ada Lovelace ran Kubernetes for 7 years [1].', 'wrong-number'],
  ] as const;
  for (const [what, text, reason] of refusals) {
    it(`falls back to the extractive answer for a reply citing ${what}, and logs why`, async () => {
      standin.script({ text });
      capture();
      const written = await write(writerWith());
      expect(written).toMatchObject({ outcome: 'fallback', reason, answer: ANSWER });
      expect(auditOf(written)).toBe(`fallback: ${reason}`);
      expect(stderr).toMatch(
        new RegExp(`reply was not used \\(${reason}: .+\\); showing the answer built from the citations`),
      );
    });
  }

  const failures = [
    ['a server that never answers in time', { hang: true }, 'timeout', /LLM_TIMEOUT_MS \(300 ms\)/],
    ['a 429', { status: 429, message: 'slow down' }, 'rate-limited', /429/],
    ['a 500', { status: 500, message: 'boom' }, 'server-error', /HTTP 500/],
  ] as const;
  for (const [what, scripted, reason, detail] of failures) {
    it(`falls back at once on ${what}, and logs why`, async () => {
      standin.script(scripted);
      capture();
      const before = standin.requests.length;
      const written = await write(writerWith({ LLM_TIMEOUT_MS: '300' }));
      expect(written).toMatchObject({ outcome: 'fallback', reason, answer: ANSWER });
      expect(standin.requests.length - before).toBe(1); // no retries: the asker would wait for each
      expect(stderr).toMatch(new RegExp(`not used \\(${reason}: `));
      expect(stderr).toMatch(detail);
    });
  }

  it('falls back when the stream is cut halfway, after showing what had arrived', async () => {
    standin.script({ text: faithful, cutAfterChars: 40 });
    capture();
    const seen: string[] = [];
    const written = await write(writerWith(), (text) => seen.push(text));
    expect(written).toMatchObject({ outcome: 'fallback', reason: 'stream-cut', answer: ANSWER });
    expect(seen.at(-1)).toBe(faithful.slice(0, 40));
    expect(stderr).toMatch(/not used \(stream-cut: /);
  });

  it('does not ask the model when no source answers', async () => {
    const before = standin.requests.length;
    const nobody: Answer = { question: 'Who speaks Klingon?', answer: 'Nobody.', noAnswer: true, citations: [] };
    const written = await writerWith().write(nobody, { people: PEOPLE });
    expect(written).toEqual({ outcome: 'skipped', answer: nobody });
    expect(standin.requests.length).toBe(before);
  });
});
