/**
 * The stored profile as people read it: `npm run people` and Discord's `/profile` show what the
 * person does now first, then roles with dates, schools, languages and skills, each with the lines
 * it was read from. Synthetic profiles and passages only.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { profileOverview } from '../src/answer/profile.js';
import { formatProfiles, type ProfileListing } from '../src/cli/peopleCommand.js';
import { renderProfile, type ReplyPayload } from '../src/discord/render/index.js';
import { overviewOf } from '../src/profile/overview.js';
import type { Profile } from '../src/profile/types.js';
import { validateMessage } from './discord-standin/validate.js';

const SOURCE = 'corpus/ana.md';

/** Ana's CV: an open role, a past one, a school, two languages and a skills line. */
const TEXT = [
  '# Ana Ruiz', // 1
  '## Experience', // 2
  '### Staff Engineer, Acme', // 3
  'Mar 2019 – present', // 4
  '### Engineer, Initech', // 5
  '2015 – 2019', // 6
  '## Education', // 7
  'MSc Computer Science, Universidad de Sevilla, 2013 – 2015', // 8
  '## Languages', // 9
  'Spanish (native)', // 10
  'English (fluent)', // 11
  '## Skills', // 12
  'Cloud: Terraform, AWS, Kubernetes', // 13
];

const PROFILE: Profile = {
  basics: { name: 'Ana Ruiz' },
  work: [
    { name: 'Initech', position: 'Engineer', startDate: '2015', endDate: '2019', lines: [5, 6] },
    { name: 'Acme', position: 'Staff Engineer', startDate: '2019-03', lines: [3, 4] },
  ],
  education: [
    {
      institution: 'Universidad de Sevilla',
      studyType: 'MSc',
      area: 'Computer Science',
      startDate: '2013',
      endDate: '2015',
      lines: [8, 8],
    },
  ],
  skills: [{ name: 'Cloud', keywords: ['Terraform', 'AWS', 'Kubernetes'], lines: [13, 13] }],
  languages: [
    { language: 'Spanish', fluency: 'native', lines: [10, 10] },
    { language: 'English', fluency: 'fluent', lines: [11, 11] },
  ],
  certificates: [],
};

function passage(startLine: number, endLine: number, sectionPath: string[]): Passage {
  const text = TEXT.slice(startLine - 1, endLine).join('\n');
  return {
    id: `${SOURCE}#L${startLine}-L${endLine}`,
    source: SOURCE,
    personId: 'ana',
    person: 'Ana Ruiz',
    sectionPath,
    startLine,
    endLine,
    text,
    embedText: text,
  };
}

const PASSAGES = [passage(1, 6, ['Experience']), passage(7, 11, ['Education']), passage(12, 13, ['Skills'])];
const ENTRY = { personId: 'ana', name: 'Ana Ruiz', aliases: [], source: SOURCE };

describe('a profile overview', () => {
  it('puts the open role first, then every role with its dates, schools, languages and skills', () => {
    expect(overviewOf(PROFILE).map((line) => [line.label, line.text, line.lines])).toEqual([
      ['Now', 'Staff Engineer at Acme', [3, 4]],
      ['Role', 'Engineer — Initech (2015 – 2019)', [5, 6]],
      ['Role', 'Staff Engineer — Acme (2019-03 – present)', [3, 4]],
      ['Education', 'MSc, Computer Science — Universidad de Sevilla (2013 – 2015)', [8, 8]],
      ['Language', 'Spanish (native)', [10, 10]],
      ['Language', 'English (fluent)', [11, 11]],
      ['Skills', 'Cloud: Terraform, AWS, Kubernetes', [13, 13]],
    ]);
  });

  it('calls the last role "Latest", not "Now", when every role has ended', () => {
    const ended: Profile = { ...PROFILE, work: [{ ...PROFILE.work[1]!, endDate: '2024-01' }, PROFILE.work[0]!] };
    expect(overviewOf(ended)[0]).toMatchObject({ label: 'Latest', text: 'Staff Engineer at Acme' });
  });
});

describe('npm run people, as text', () => {
  it("shows each person's profile under the table, every line with the file and lines it was read from", () => {
    const listing: ProfileListing = {
      person: 'Ana Ruiz',
      nameFrom: 'heading',
      source: SOURCE,
      format: 'markdown',
      passages: 3,
      profile: PROFILE,
    };
    const text = formatProfiles([listing]);
    const block = text.split('\n').slice(text.split('\n').indexOf('Ana Ruiz'));
    expect(block[1]).toMatch(/^ {2}Now\s+Staff Engineer at Acme {2}\(corpus\/ana\.md:L3-L4\)$/);
    expect(block[2]).toMatch(/^ {2}Role\s+Engineer — Initech \(2015 – 2019\) {2}\(corpus\/ana\.md:L5-L6\)$/);
    expect(text).toMatch(/Language\s+Spanish \(native\) {2}\(corpus\/ana\.md:L10\)/);
    expect(text).toMatch(/Skills\s+Cloud: Terraform, AWS, Kubernetes {2}\(corpus\/ana\.md:L13\)/);
  });

  it('prints the saved text file for a converted document, where its line numbers point', () => {
    const listing: ProfileListing = {
      person: 'Ana Ruiz',
      nameFrom: 'heading',
      source: 'corpus/ana.pdf',
      format: 'pdf',
      passages: 3,
      profile: PROFILE,
    };
    expect(formatProfiles([listing], () => 'data/index/text/ana.pdf.txt')).toContain(
      '(data/index/text/ana.pdf.txt:L3-L4)',
    );
  });
});

/** Runs the Discord stand-in's checks on a payload, as discord.js would send it. */
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

describe('/profile', () => {
  it('leads with the current title and employer, then cites each role, school, language and skill', () => {
    const overview = profileOverview(ENTRY, PASSAGES, PROFILE);
    expect(overview.headline).toBe('Staff Engineer at Acme');
    const payload = renderProfile(overview);
    const description = payload.embeds[0]?.description ?? '';
    expect(description.startsWith('Staff Engineer at Acme [1]')).toBe(true);
    expect(description).toContain('**Role:** Engineer — Initech (2015 – 2019) [2]');
    expect(description).toContain('**Education:** MSc, Computer Science — Universidad de Sevilla (2013 – 2015) [4]');
    expect(description).toContain('**Language:** English (fluent) [6]');
    expect(description).toContain('**Skills:** Cloud: Terraform, AWS, Kubernetes [7]');
    // Each citation quotes the very lines the value was read from.
    expect(overview.citations[0]).toMatchObject({
      startLine: 3,
      endLine: 4,
      text: '### Staff Engineer, Acme\nMar 2019 – present',
    });
    expect(overview.citations[6]).toMatchObject({
      startLine: 13,
      endLine: 13,
      text: 'Cloud: Terraform, AWS, Kubernetes',
    });
    expect(discordProblems(payload)).toEqual([]);
  });

  it("keeps within Discord's limits for a profile with very many long entries", () => {
    const long = 'Principal Distinguished Engineer for Platform Reliability '.repeat(6);
    const many: Profile = {
      ...PROFILE,
      work: Array.from({ length: 60 }, (_, i) => ({
        name: `Employer ${i} ${long}`,
        position: long,
        startDate: '2001',
        lines: [3, 4] as const,
      })),
      skills: Array.from({ length: 40 }, (_, i) => ({
        name: `Group ${i}`,
        keywords: Array.from({ length: 30 }, (_, k) => `skill${k} ${long}`),
        lines: [13, 13] as const,
      })),
    };
    expect(discordProblems(renderProfile(profileOverview(ENTRY, PASSAGES, many)))).toEqual([]);
  });

  it('falls back to reading the passages when the stored profile has nothing to cite', () => {
    const empty: Profile = { basics: {}, work: [], education: [], skills: [], languages: [], certificates: [] };
    const overview = profileOverview(ENTRY, PASSAGES, empty);
    expect(overview).toEqual(profileOverview(ENTRY, PASSAGES));
    expect(overview.lines.map((line) => line.label)).toContain('Skills');
  });
});
