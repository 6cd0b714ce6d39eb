/**
 * The false roles probe (test/profile/syntheticFalseRoles.ts): lines that look like roles but are
 * none (dated achievements, projects, clients and awards inside a role; references, talks,
 * projects, volunteering and hobbies after the roles, under headings known, unknown or in another
 * language; one role written twice; schools, certificates and courses under mixed headings; prose
 * and definition lists after undated roles), in five languages and six formats, read through the
 * real corpus and profile readers and judged as realcv's judge judges them. Each CV's real roles
 * must stay and no other role may be read. `FALSE_ROLES_PROBE=1` prints the counts per variant.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../src/profile/types.js';
import { runBench } from './profile/syntheticBench.js';
import type { SyntheticCv } from './profile/syntheticCvs.js';
import { type RoleMisses, roleMisses } from './profile/roleMisses.js';
import { type FalseRoleCv, falseRoleCvs } from './profile/syntheticFalseRoles.js';

const asBench = (cv: FalseRoleCv): SyntheticCv => ({
  className: cv.className,
  file: cv.file,
  text: cv.text,
  expected: { name: '', email: '', phone: '', work: [], education: [], skills: [], languages: [] },
});

describe('the false roles probe', () => {
  const cvs = falseRoleCvs();
  const benchCvs = cvs.map(asBench);
  const misses = new Map<FalseRoleCv, RoleMisses>();
  beforeAll(async () => {
    const { profiles } = await runBench(benchCvs);
    cvs.forEach((cv, i) => misses.set(cv, roleMisses(cv.roles, (profiles.get(benchCvs[i]!) as Profile).work)));
    if (process.env.FALSE_ROLES_PROBE) {
      const variants = [...new Set(cvs.map((cv) => `${cv.className} | ${cv.variant}`))];
      const sum = { extra: 0, missed: 0, dates: 0, titles: 0 };
      for (const name of variants) {
        const mine = cvs.filter((cv) => `${cv.className} | ${cv.variant}` === name);
        const count = (k: keyof RoleMisses) => mine.reduce((n, cv) => n + misses.get(cv)![k].length, 0);
        const row = { extra: count('extra'), missed: count('missed'), dates: count('dates'), titles: count('titles') };
        for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += row[k];
        console.log(`${JSON.stringify(row)}  ${mine.length} CVs  ${name}`);
        if (process.env.FALSE_ROLES_PROBE === '2')
          for (const cv of mine) {
            const m = misses.get(cv)!;
            if (m.extra.length + m.missed.length + m.dates.length + m.titles.length)
              console.log(`      ${cv.lang} ${cv.format} ${JSON.stringify(m)}`);
          }
      }
      console.log(`total ${JSON.stringify(sum)} over ${cvs.length} CVs`);
    }
  }, 300_000);

  it('writes every variant in five languages', () => {
    for (const variant of new Set(cvs.map((cv) => cv.variant)))
      expect(new Set(cvs.filter((cv) => cv.variant === variant).map((cv) => cv.lang)).size, variant).toBe(5);
  });

  it.each([...new Set(cvs.map((cv) => cv.className))])('"%s": no false role, every real one kept', (className) => {
    const wrong = cvs
      .filter((cv) => cv.className === className)
      .map((cv) => ({ cv: `${cv.variant} ${cv.lang} ${cv.format}`, ...misses.get(cv)! }))
      .filter((m) => m.extra.length + m.missed.length + m.dates.length + m.titles.length > 0);
    expect(wrong).toEqual([]);
  });
});
