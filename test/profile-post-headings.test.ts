/**
 * Roles under headings that qualify or continue the experience heading ("Research Appointments",
 * "Posts Held", "Berufliche Tätigkeit"…) and beside a US "City, ST" (test/profile/syntheticPostHeadings.ts),
 * read through the real corpus and profile readers: every field each class states is read whole.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';
import { sectionOfHeading } from '../src/text/sectionHeadings.js';
import { FIELDS, benchBeforeAll, expectReadWhole } from './profile/syntheticBench.js';
import { postHeadingClasses } from './profile/syntheticPostHeadings.js';

describe('roles under post headings and beside state codes', () => {
  const cvs = postHeadingClasses();
  const bench = benchBeforeAll(cvs);

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" whole', (className) => {
    expectReadWhole(bench.scores.get(className)!, FIELDS, 4);
  });
});

describe('headings that only qualify their posts', () => {
  it('reads positions named beside research or teaching as experience', () => {
    expect(sectionOfHeading('Research Appointments')).toBe('experience');
    expect(sectionOfHeading('Teaching & Research Positions')).toBe('experience');
  });

  it('keeps research and teaching headings that name no posts', () => {
    expect(sectionOfHeading('Research')).toBe('research');
    expect(sectionOfHeading('Research and Teaching')).toBe('research');
    expect(sectionOfHeading('Teaching')).toBe('teaching');
  });
});

describe('numbered lists', () => {
  it('reads an all-capitals first item of a numbered skills list as a skill, not a heading', () => {
    const text = [
      '# Ola Brenn',
      '## Web Developer',
      '',
      '------',
      '',
      '### Profile {#profile}',
      '',
      'Developer of shops on the web for many clients.',
      '',
      '------',
      '',
      '### Tooling {#tooling}',
      '',
      '1. XHTML',
      '1. Ruby',
      '1. Sass',
      '1. Perl / Bash',
      '1. Linux',
      '1. Vim',
      '',
      '------',
      '',
      '### Education {#education}',
      '',
      'BSc, Uni X, 2015',
    ];
    const profile = readProfile({ lines: text.map((t, i) => ({ line: i + 1, text: t })) });
    expect(profile.skills.flatMap((s) => [s.name, ...(s.keywords ?? [])])).toEqual(
      expect.arrayContaining(['XHTML', 'Ruby', 'Sass', 'Linux']),
    );
  });
});
