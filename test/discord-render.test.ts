import { describe, expect, it } from 'vitest';
import type { Answer, Citation, IndexSummary, ProfileOverview, WhoKnowsResult } from '../src/answer/types.js';
import {
  clip,
  ELLIPSIS,
  excerpt,
  fitEmbeds,
  LIMITS,
  neutraliseMentions,
  PAGE_SIZE,
  pageButtonId,
  parsePageButtonId,
  renderAnswer,
  renderChoices,
  renderNotice,
  renderProfile,
  renderSummary,
  renderWhoKnows,
  totalEmbedChars,
  type ReplyPayload,
} from '../src/discord/render/index.js';
import { validateMessage } from './discord-standin/validate.js';

// --- helpers -----------------------------------------------------------------------------------

function cite(id: number, overrides: Partial<Citation> = {}): Citation {
  return {
    id,
    person: 'Ada Lovelace',
    source: 'corpus/000_ada.txt',
    section: 'Recent Experience › Acme',
    startLine: 10 * id,
    endLine: 10 * id + 2,
    text: `Built Terraform modules for service ${id}.`,
    score: 1,
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'Who knows Terraform?',
    answer: 'Ada built Terraform modules [1] and Grace reviewed them [2].',
    noAnswer: false,
    citations: [cite(1), cite(2, { person: 'Grace Hopper', source: 'corpus/001_grace.txt' })],
    ...overrides,
  };
}

/** Runs the stand-in's Discord checks on a payload, as discord.js would send it. */
function discordProblems(payload: ReplyPayload): string[] {
  const body = {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowed_mentions: payload.allowedMentions,
    flags: payload.flags,
  };
  return validateMessage(body, { partial: false }).flatten();
}

/** Every string Discord would display from a payload. */
function allText(payload: ReplyPayload): string {
  const parts: string[] = [payload.content ?? ''];
  for (const embed of payload.embeds) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

const PINGS = '@everyone @here <@&123> <@456> <@!789>';

/** True when some text could still ping: an intact @everyone/@here or <@id>/<@&id>/<@!id>. */
function canPing(text: string): boolean {
  return /@(everyone|here)/.test(text) || /<@[!&]?\d+>/.test(text);
}

const huge = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// --- tests ---------------------------------------------------------------------------------------

describe('rendering an answer', () => {
  it('puts the answer in the first embed and lists sources as person · section · file:Lstart-Lend · quote', () => {
    const payload = renderAnswer(answer());
    expect(payload.embeds).toHaveLength(2);
    const [main, sources] = payload.embeds;
    expect(main?.title).toBe('Who knows Terraform?');
    expect(main?.description).toContain('Ada built Terraform modules [1]');
    expect(sources?.title).toBe('Sources');
    expect(sources?.description).toContain(
      '**[1]** Ada Lovelace · Recent Experience › Acme · `corpus/000_ada.txt:L10-L12`\n> Built Terraform modules for service 1.',
    );
    expect(sources?.description).toContain('**[2]** Grace Hopper');
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.components).toEqual([]);
    expect(discordProblems(payload)).toEqual([]);
  });

  it('shows a single embed when the answer has no sources', () => {
    const payload = renderAnswer(answer({ answer: '', noAnswer: true, citations: [] }));
    expect(payload.embeds).toHaveLength(1);
    expect(payload.embeds[0]?.description).toMatch(/could not find/i);
  });

  it('keeps every Discord limit when every text is far too long, clipping with "…"', () => {
    const long = answer({
      question: huge('Why? ', 10_000),
      answer: huge('Very long answer text [1]. ', 50_000),
      citations: Array.from({ length: 40 }, (_, i) =>
        cite(i + 1, {
          person: huge('Name ', 500),
          section: huge('Section › ', 900),
          source: `${huge('deep/', 700)}file.txt`,
          text: huge('quoted *text* _here_ ', 5000),
        }),
      ),
    });
    for (const page of [0, 3, 7]) {
      const payload = renderAnswer(long, { page, pageKey: 'abc' });
      expect(discordProblems(payload)).toEqual([]);
      expect(totalEmbedChars(payload.embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(payload.embeds[0]?.title?.endsWith(ELLIPSIS)).toBe(true);
      expect(payload.embeds[0]?.description?.endsWith(ELLIPSIS)).toBe(true);
    }
  });

  it('pages long source lists with a "More sources" button whose customId names the next page', () => {
    const many = answer({ citations: Array.from({ length: 12 }, (_, i) => cite(i + 1)) });
    const first = renderAnswer(many, { pageKey: 'k1' });
    expect(first.embeds[1]?.title).toBe(`Sources 1–${PAGE_SIZE} of 12`);
    const buttons = first.components[0]?.components ?? [];
    expect(buttons.map((button) => ('label' in button ? button.label : undefined))).toEqual(['More sources']);
    const next = buttons[0] && 'custom_id' in buttons[0] ? buttons[0].custom_id : '';
    expect(parsePageButtonId(next)).toEqual({ pageKey: 'k1', page: 1 });

    const last = renderAnswer(many, { pageKey: 'k1', page: 2 });
    expect(last.embeds[1]?.title).toBe('Sources 11–12 of 12');
    expect(last.embeds[1]?.description).toContain('**[11]**');
    expect(last.embeds[1]?.description).not.toContain('**[10]**');
    const lastLabels = (last.components[0]?.components ?? []).map((button) => ('label' in button ? button.label : ''));
    expect(lastLabels).toEqual(['Previous']);
    expect(discordProblems(last)).toEqual([]);
  });

  it('trims long source lists with a count of what was left out when there is nowhere to page', () => {
    const many = answer({ citations: Array.from({ length: 12 }, (_, i) => cite(i + 1)) });
    const payload = renderAnswer(many);
    expect(payload.components).toEqual([]);
    expect(payload.embeds[1]?.description).toContain(`…and ${12 - PAGE_SIZE} more sources not shown.`);
  });

  it('escapes markdown in quoted text so a profile cannot break the layout', () => {
    const payload = renderAnswer(
      answer({
        citations: [cite(1, { text: '**bold** `code` ~~strike~~ ||spoiler|| [link](http://x)', person: '_Ada_' })],
      }),
    );
    const sources = payload.embeds[1]?.description ?? '';
    expect(sources).toContain('\\*\\*bold\\*\\*');
    expect(sources).toContain('\\`code\\`');
    expect(sources).toContain('\\_Ada\\_');
    expect(sources).toContain('\\|\\|spoiler\\|\\|');
  });
});

describe('control characters', () => {
  const CONTROLS = 'clear\u001b[2J title\u001b]0;pwned\u0007 over\rwrite csi\u009b2J';
  /** Any C0 control but tab and newline, DEL or C1 control: what a terminal or client might obey. */
  const hasControl = (text: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text);

  it('shows control characters from profiles, names, questions and file names as visible symbols', () => {
    const payload = renderAnswer(
      answer({
        question: CONTROLS,
        answer: CONTROLS,
        citations: [cite(1, { person: CONTROLS, section: CONTROLS, source: `corpus/${CONTROLS}.txt`, text: CONTROLS })],
      }),
    );
    const text = allText(payload);
    expect(hasControl(text)).toBe(false);
    expect(text).toContain('clear\u241b[2J');
    expect(text).toContain('`corpus/clear\u241b[2J');
    const who = renderWhoKnows({
      skill: CONTROLS,
      noAnswer: true,
      people: [],
      related: [{ term: CONTROLS, person: CONTROLS, source: CONTROLS }],
    });
    const profile = renderProfile({
      person: CONTROLS,
      source: CONTROLS,
      headline: CONTROLS,
      lines: [{ label: CONTROLS, text: CONTROLS, citation: 1 }],
      citations: [cite(1)],
    });
    for (const other of [who, profile, renderNotice(CONTROLS)]) expect(hasControl(allText(other))).toBe(false);
    expect(renderChoices([`Ada${CONTROLS}`], 'ada')[0]!.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('mention safety', () => {
  it('neutralises @everyone, @here, role and user mentions in the question, answer and sources', () => {
    const payload = renderAnswer(
      answer({
        question: `ping ${PINGS}`,
        answer: `answer ${PINGS}`,
        citations: [cite(1, { person: `Eve ${PINGS}`, section: PINGS, text: PINGS })],
      }),
    );
    expect(payload.allowedMentions).toEqual({ parse: [] });
    const text = allText(payload);
    expect(text).toContain('everyone'); // still readable…
    expect(canPing(text)).toBe(false); // …but cannot ping
  });

  it('neutralises mentions in notices, who-knows and profiles too', () => {
    const notice = renderNotice(`oops ${PINGS}`, { ephemeral: true });
    expect(canPing(notice.content ?? '')).toBe(false);
    expect(notice.flags).toBe(64);
    const who = renderWhoKnows({
      skill: PINGS,
      noAnswer: true,
      people: [],
      related: [{ term: PINGS, person: PINGS, source: 'x' }],
    });
    expect(canPing(allText(who))).toBe(false);
    const profile = renderProfile({
      person: PINGS,
      source: 'corpus/x.md',
      headline: PINGS,
      lines: [{ label: PINGS, text: PINGS, citation: 1 }],
      citations: [cite(1, { text: PINGS })],
    });
    expect(canPing(allText(profile))).toBe(false);
  });

  it('inserts a zero-width space rather than removing text', () => {
    expect(neutraliseMentions('@everyone and <@&1>')).toBe('@\u200Beveryone and <@\u200B&1>');
  });
});

describe('clipping', () => {
  it('leaves short text alone and ends cut text with a single "…" within the limit', () => {
    expect(clip('short', 10)).toBe('short');
    const cut = clip('a'.repeat(50), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
  });

  it('never splits an emoji or leaves half a markdown escape', () => {
    const emoji = clip('😀'.repeat(10), 6);
    expect(emoji.length).toBeLessThanOrEqual(6);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const escaped = clip('abc\\*def', 5);
    expect(escaped).toBe('abc…');
  });

  it('fits any embeds into 10 embeds, 25 fields and 6,000 characters', () => {
    const embeds = Array.from({ length: 12 }, () => ({
      title: 'x'.repeat(400),
      description: 'y'.repeat(5000),
      fields: Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(2000) })),
      footer: { text: 'f'.repeat(3000) },
    }));
    const fitted = fitEmbeds(embeds);
    expect(fitted.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(totalEmbedChars(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
    const body = { embeds: fitted, allowed_mentions: { parse: [] } };
    expect(validateMessage(body, { partial: false }).flatten()).toEqual([]);
  });

  it('clips notices to the 2,000-character content limit', () => {
    const notice = renderNotice('z'.repeat(5000));
    expect(notice.content).toHaveLength(LIMITS.content);
    expect(notice.content?.endsWith(ELLIPSIS)).toBe(true);
  });
});

describe('rendering who-knows, profiles and the index summary', () => {
  const result: WhoKnowsResult = {
    skill: 'terraform',
    noAnswer: false,
    people: [
      { person: 'Ada Lovelace', source: 'corpus/000_ada.txt', score: 1, evidence: [cite(1), cite(2)] },
      {
        person: 'Grace Hopper',
        source: 'corpus/001_grace.txt',
        score: 0.9,
        evidence: [cite(3, { person: 'Grace Hopper' })],
      },
    ],
    related: [{ term: 'terragrunt', person: 'Alan Turing', source: 'corpus/002_alan.txt' }],
  };

  it('lists each person with the lines that show the skill, and near matches apart', () => {
    const payload = renderWhoKnows(result);
    const embed = payload.embeds[0];
    expect(embed?.title).toBe('Who knows terraform?');
    expect(embed?.description).toContain('**1. Ada Lovelace** · `corpus/000_ada.txt`');
    expect(embed?.description).toContain('**[1]** Recent Experience › Acme · `corpus/000_ada.txt:L10-L12`');
    expect(embed?.fields?.[0]?.name).toBe('Related, but not terraform');
    expect(embed?.fields?.[0]?.value).toContain('terragrunt — Alan Turing');
    expect(discordProblems(payload)).toEqual([]);
  });

  it('quotes the part of a long evidence line that names the skill, the skill in bold', () => {
    const text = `Skills: ${'Lots of other things, '.repeat(10)}and in particular Terraform modules for the platform.`;
    const at = text.indexOf('Terraform');
    const quote = excerpt(text, { start: at, end: at + 'Terraform'.length }, 140);
    expect(quote.startsWith(ELLIPSIS)).toBe(true);
    expect(quote).toContain('**Terraform** modules');
    expect(quote.length).toBeLessThanOrEqual(140);
    expect(excerpt('Terraform first', { start: 0, end: 9 }, 140)).toBe('**Terraform** first');
    expect(excerpt('Terraform first', undefined, 140)).toBe('Terraform first');
  });

  it('says plainly when nobody has the skill', () => {
    const payload = renderWhoKnows({ skill: 'cobol', noAnswer: true, people: [], related: [] });
    expect(payload.embeds[0]?.description).toBe('Nobody in the profiles mentions **cobol**.');
  });

  it('pages many people', () => {
    const many: WhoKnowsResult = {
      ...result,
      people: Array.from({ length: 13 }, (_, i) => ({
        person: `Person ${i + 1}`,
        source: `corpus/${i}.txt`,
        score: 1,
        evidence: [cite(i + 1)],
      })),
    };
    const payload = renderWhoKnows(many, { pageKey: 'w', page: 1 });
    expect(payload.embeds[0]?.description).toContain('People 6–10 of 13');
    expect(payload.embeds[0]?.description).toContain('**6. Person 6**');
    expect(payload.components[0]?.components).toHaveLength(2);
  });

  it('renders a profile with cited lines and its sources', () => {
    const profile: ProfileOverview = {
      person: 'Ada Lovelace',
      source: 'corpus/000_ada.txt',
      headline: 'Lead engineer',
      lines: [{ label: 'Skills', text: 'Terraform, AWS', citation: 1 }],
      citations: [cite(1)],
    };
    const payload = renderProfile(profile);
    expect(payload.embeds[0]?.title).toBe('Ada Lovelace');
    expect(payload.embeds[0]?.description).toContain('**Skills:** Terraform, AWS [1]');
    expect(payload.embeds[1]?.description).toContain('`corpus/000_ada.txt:L10-L12`');
  });

  it('shows a cited headline once, on top with its marker, not again as a line', () => {
    const profile: ProfileOverview = {
      person: 'Ada Lovelace',
      source: 'corpus/000_ada.txt',
      headline: 'Lead engineer who builds platforms',
      lines: [
        { label: 'Headline', text: 'Lead engineer who builds platforms', citation: 1 },
        { label: 'Role', text: 'Acme — Engineer', citation: 2 },
      ],
      citations: [cite(1), cite(2)],
    };
    const description = renderProfile(profile).embeds[0]?.description ?? '';
    expect(description.startsWith('Lead engineer who builds platforms [1]')).toBe(true);
    expect(description.match(/Lead engineer who builds platforms/g)).toHaveLength(1);
    expect(description).toContain('**Role:** Acme — Engineer [2]');
  });

  it('cuts a long quote between words, never inside one', () => {
    const quote = clip('Worked closely with colleagues across several departments on platform work', 40);
    expect(quote).toBe('Worked closely with colleagues across…');
  });

  it('says "line" for one more line and leaves the brackets footer off a "nobody" reply', () => {
    const nobody = renderWhoKnows({ skill: 'cobol', noAnswer: true, people: [], related: [] });
    expect(nobody.embeds[0]?.footer).toBeUndefined();
    const evidence = [cite(1), cite(2), cite(3)];
    const one = renderWhoKnows({
      skill: 'terraform',
      noAnswer: false,
      people: [{ person: 'Ada', source: 'corpus/a.md', score: 1, evidence }],
      related: [],
    });
    expect(one.embeds[0]?.description).toContain('…and 1 more line.');
  });

  it('labels the paging button of people "More people"', () => {
    const people = Array.from({ length: 7 }, (_, i) => ({
      person: `P${i}`,
      source: `corpus/${i}.md`,
      score: 1,
      evidence: [cite(i + 1)],
    }));
    const payload = renderWhoKnows({ skill: 'go', noAnswer: false, people, related: [] }, { pageKey: 'k' });
    expect(payload.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['More people']);
  });

  it('summarises the index: documents, people, passages, model, build time', () => {
    const summary: IndexSummary = {
      documents: 3,
      people: [{ name: 'Ada Lovelace', source: 'corpus/000_ada.txt', passages: 7 }],
      passages: 42,
      model: 'Xenova/all-MiniLM-L6-v2',
      builtAt: '2024-05-01T12:00:00.000Z',
    };
    const fields = renderSummary(summary).embeds[0]?.fields ?? [];
    const byName = Object.fromEntries(fields.map((field) => [field.name, field.value]));
    expect(byName).toMatchObject({ Documents: '3', People: '1', Passages: '42', Model: 'Xenova/all-MiniLM-L6-v2' });
    expect(byName.Built).toContain(`<t:${Date.parse(summary.builtAt) / 1000}:f>`);
    expect(byName.Profiles).toContain('Ada Lovelace · `corpus/000_ada.txt` · 7 passages');
    expect(
      renderSummary({ ...summary, model: null }).embeds[0]?.fields?.find((f) => f.name === 'Model')?.value,
    ).toMatch(/keyword/);
  });

  it('lists the profiles whose text names nobody, saying where to name them', () => {
    const summary: IndexSummary = {
      documents: 2,
      people: [
        { name: 'Ada Lovelace', source: 'corpus/ada.md', passages: 3 },
        { name: 'unnamed (cv.pdf)', source: 'corpus/cv.pdf', passages: 4, unnamed: true },
      ],
      passages: 7,
      model: null,
      builtAt: '2024-05-01T12:00:00.000Z',
    };
    const field = renderSummary(summary).embeds[0]?.fields?.find((f) => f.name.includes('people.json'));
    expect(field?.value).toBe('`corpus/cv.pdf`');
    expect(
      renderSummary({ ...summary, people: [summary.people[0]!] }).embeds[0]?.fields?.some((f) =>
        f.name.includes('people.json'),
      ),
    ).toBe(false);
  });

  it('keeps the summary within limits for hundreds of people', () => {
    const people = Array.from({ length: 400 }, (_, i) => ({
      name: `Person number ${i}`,
      source: `corpus/${i}.txt`,
      passages: i,
    }));
    const payload = renderSummary({ documents: 400, people, passages: 9999, model: null, builtAt: 'not a date' });
    expect(discordProblems(payload)).toEqual([]);
    expect(
      payload.embeds[0]?.fields?.find((f) => f.name === 'Profiles (first 15 of 400)')?.value.split('\n'),
    ).toHaveLength(15);
  });

  it('pages the profiles of /sources, 15 a page, with a "More profiles" button', () => {
    const people = Array.from({ length: 40 }, (_, i) => ({
      name: `Person ${String(i).padStart(2, '0')}`,
      source: `corpus/${i}.txt`,
      passages: i === 1 ? 1 : 3,
    }));
    const summary = { documents: 40, people, passages: 119, model: null, builtAt: '2024-01-01T00:00:00.000Z' };
    const second = renderSummary(summary, { page: 1, pageKey: 'abc' });
    const field = second.embeds[0]?.fields?.find((f) => f.name.startsWith('Profiles'));
    expect(field?.name).toBe('Profiles 16–30 of 40');
    expect(field?.value.split('\n')[0]).toMatch(/^Person 15 · /);
    const labels = second.components.flatMap((row) =>
      row.components.map((button) => ('label' in button ? button.label : '')),
    );
    expect(labels).toEqual(['Previous', 'More profiles']);
    expect(
      renderSummary(summary, { pageKey: 'abc' }).embeds[0]?.fields?.find((f) => f.name.startsWith('Profiles'))?.value,
    ).toMatch(/Person 01 · .* · 1 passage$/m);
  });
});

describe('autocomplete choices and button ids', () => {
  it('offers names starting with what was typed first, then names containing it, at most 25', () => {
    const names = ['Grace Hopper', 'Ada Lovelace', 'Agnes Grace', ...Array.from({ length: 40 }, (_, i) => `Gr ${i}`)];
    const choices = renderChoices(names, 'gr');
    expect(choices).toHaveLength(25);
    expect(choices[0]?.value).toMatch(/^Gr/);
    expect(renderChoices(names, 'ada')).toEqual([{ name: 'Ada Lovelace', value: 'Ada Lovelace' }]);
    expect(renderChoices(['x'.repeat(150)], '')).toEqual([]);
  });

  it('round-trips page button ids and refuses anything else', () => {
    const id = pageButtonId('abc_DEF-12', 3);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(parsePageButtonId(id)).toEqual({ pageKey: 'abc_DEF-12', page: 3 });
    expect(parsePageButtonId('something:else')).toBeUndefined();
    expect(parsePageButtonId('wk:more:abc:-1')).toBeUndefined();
  });
});
