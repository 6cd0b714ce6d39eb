/**
 * JSON Resume entries cite their own object in the file: a promotion that repeats the employer,
 * a title that is part of the previous one's ("Product Manager" in "Senior Product Manager") and a
 * summary that names the employer must not move an entry's lines. Invented people only.
 */
import { describe, expect, it } from 'vitest';
import { profileFromJsonResume } from '../src/profile/jsonResume.js';
import { person } from './profile/syntheticCvs.js';
import { jsonPromotionCv } from './profile/syntheticSections.js';

describe('JSON Resume entry lines', () => {
  it.each([11, 12, 13, 14])('cites each work entry of person %i with the lines of its own object', (seed) => {
    const cv = jsonPromotionCv(person(seed));
    const json = JSON.parse(String(cv.text)) as { basics: Record<string, string> };
    json.basics.summary = `Spent years at ${cv.expected.work[0]!.employer} as ${cv.expected.work[1]!.title}.`;
    const text = JSON.stringify(json, null, 2);
    const lines = text.split('\n');
    const profile = profileFromJsonResume(json, text);
    expect(profile.work).toHaveLength(cv.expected.work.length);
    for (const [k, role] of profile.work.entries()) {
      const [from, to] = role.lines;
      const cited = lines.slice(from - 1, to);
      expect(cited[0]!.trim()).toBe('{');
      expect(cited.at(-1)!.trim()).toMatch(/^\},?$/);
      expect(cited).toContain(`      "position": ${JSON.stringify(cv.expected.work[k]!.title)},`);
      expect(cited.some((l) => l.includes('"summary"'))).toBe(false);
    }
  });

  it('keeps one line per entry when each entry is written on one line', () => {
    const text = [
      '{',
      '  "basics": { "name": "Tove Anselm" },',
      '  "work": [',
      '    { "name": "Kettlestone Labs", "position": "Senior Analyst" },',
      '    { "name": "Kettlestone Labs", "position": "Analyst" }',
      '  ]',
      '}',
    ].join('\n');
    const profile = profileFromJsonResume(JSON.parse(text), text);
    expect(profile.work.map((w) => w.lines)).toEqual([
      [4, 4],
      [5, 5],
    ]);
  });
});
