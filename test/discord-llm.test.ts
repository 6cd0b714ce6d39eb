/**
 * End to end with a language model configured: the real discord.js client against the Discord
 * stand-in, the canned `fixedAnswerer` for the extractive answer, and the OpenAI-compatible
 * stand-in (not a model: it streams the reply each test scripts, in timed pieces).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../src/discord/client.js';
import { fixedAnswerer } from './discord-standin/fixedAnswerer.js';
import type { StoredMessage } from './discord-standin/fixtures.js';
import type { DiscordStandIn } from './discord-standin/standin.js';
import { captureStderr, startStandinBot } from './support/discordBot.js';
import { startOpenAIStandIn, type OpenAIStandIn } from './support/openaiStandin.js';

interface ApiEmbed {
  title?: string;
  description?: string;
  footer?: { text: string };
}

const embedsIn = (body: { embeds?: unknown }) => (body.embeds ?? []) as ApiEmbed[];

/** Faithful to fixedAnswerer's citations: [1] is Ada's line, [2] Grace's. */
const FAITHFUL = 'Ada Lovelace ran Terraform modules for prod [1]. Grace Hopper ran them as well [2].';
const WRITTEN_BY = 'Written by standin-model from the sources below; numbers in [brackets] point to them.';

async function until<T>(read: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const auditLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.audit === true);

describe('answers worded by a model, in Discord', { timeout: 60_000 }, () => {
  let standin: DiscordStandIn;
  let openai: OpenAIStandIn;
  let bot: Bot;
  let stderr: ReturnType<typeof captureStderr>;

  beforeAll(async () => {
    stderr = captureStderr();
    openai = await startOpenAIStandIn();
    const env = { LLM_BASE_URL: openai.baseUrl, LLM_MODEL: 'standin-model' };
    ({ standin, bot } = await startStandinBot({ answerer: fixedAnswerer(), env }));
  }, 60_000);

  afterAll(async () => {
    await bot?.stop(0);
    await standin?.close();
    await openai?.close();
    stderr?.restore();
  });

  it('/ask streams the reply into the message at most once a second and ends with "written by" under the same sources', async () => {
    openai.script({ text: FAITHFUL, pieceChars: 6, pieceDelayMs: 200 });
    const outcome = await standin.sendCommand('ask', { question: 'who ran terraform?' }, 'llm-user');
    const edits = await until(() => {
      const bodies = outcome.interaction.payloads.filter((p) => p.via === 'edit');
      return bodies.some((p) => embedsIn(p.body)[0]?.description === FAITHFUL) ? bodies : undefined;
    });
    const drafts = edits.slice(0, -1);
    const final = edits.at(-1)!;
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const draft of drafts) {
      const text = embedsIn(draft.body)[0]!.description!;
      expect(text.endsWith(' …')).toBe(true);
      expect(FAITHFUL.startsWith(text.slice(0, -2))).toBe(true);
    }
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    expect(embedsIn(final.body)[0]!.footer!.text).toBe(WRITTEN_BY);
    // The sources are the retriever's in every edit: the model changes the words above them only.
    const sources = edits.map((edit) => JSON.stringify(embedsIn(edit.body)[1]));
    expect(new Set(sources).size).toBe(1);
    expect(embedsIn(final.body)[1]!.description).toMatch(/\*\*\[1\]\*\* Ada Lovelace · .* · `corpus\/ada\.md:L11-L13`/);
    const audit = await until(() =>
      auditLines(stderr.text()).find((line) => line.user === outcome.interaction.user.id),
    );
    expect(audit).toMatchObject({ command: '/ask', question: 'who ran terraform?', llm: 'written' });
  });

  it('/ask shows the extractive answer when the reply states a number the sources do not, and audits why', async () => {
    openai.script({ text: 'Ada Lovelace ran Terraform modules for prod 7 times [1].', pieceChars: 20 });
    const outcome = await standin.sendCommand('ask', { question: 'who else ran terraform?' }, 'llm-user-2');
    const final = await until(() => {
      const last = outcome.interaction.payloads.filter((p) => p.via === 'edit').at(-1);
      const text = last && embedsIn(last.body)[0]?.description;
      return text?.startsWith('You asked:') ? last : undefined;
    });
    expect(embedsIn(final.body)[0]!.footer!.text).toBe('Numbers in [brackets] point to the sources below.');
    const audit = await until(() =>
      auditLines(stderr.text()).find((line) => line.user === outcome.interaction.user.id),
    );
    expect(audit).toMatchObject({ llm: 'fallback: wrong-number' });
    expect(stderr.text()).toMatch(/not used \(wrong-number: states 7, /);
  });

  it('in a thread, edits its one message as the reply streams and gives the model the earlier question', async () => {
    openai.script({ text: FAITHFUL, pieceChars: 10, pieceDelayMs: 150 });
    const from = standin.botMessages.length;
    const asked = standin.postMessage('who ran terraform?', 'thread-user', { mentionBot: true });
    const [first] = (await standin.waitForBotMessages(from, 1)) as [StoredMessage];
    const message = await until(() =>
      standin.messageEdits.some((e) => e.messageId === first.id && embedsIn(e.body)[0]?.description === FAITHFUL)
        ? first
        : undefined,
    );
    expect(standin.botMessages.length - from).toBe(1); // drafts edit the message, never add one
    expect(embedsIn(first)[0]?.description?.endsWith(' …')).toBe(true); // sent as the first draft
    expect(embedsIn(message)[0]?.footer?.text).toBe(WRITTEN_BY);
    const thread = standin.threadFor(asked.id)!.id;

    openai.script({ text: FAITHFUL });
    const next = standin.botMessages.length;
    standin.postMessage('who ran terraform modules?', 'thread-user', { channelId: thread, mentionBot: true });
    await standin.waitForBotMessages(next, 1);
    const asks = (request: (typeof openai.requests)[number]) =>
      request.body.messages.at(-1)?.content.includes('Question: who ran terraform modules?');
    const prompt = await until(() => openai.requests.find(asks));
    expect(prompt!.body.messages.at(-1)!.content).toContain(
      '"who ran terraform?" (answered with Ada Lovelace, Grace Hopper, Alan Turing)',
    );
  });
});
