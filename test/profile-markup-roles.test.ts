/**
 * The markup roles probe (test/profile/syntheticMarkupRoles.ts): roles written in LaTeX macros and
 * tables, DOCX heading styles, text boxes, merged cells and tabbed lines, and Markdown/HTML lines,
 * in five languages, read through the real corpus and profile readers and judged as realcv's judge
 * judges them. Every class must give each role it states (employer, title, years) and no role from
 * its education or projects sections. `ROLES_PROBE=1` prints what each class gets wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../src/profile/types.js';
import { runBench } from './profile/syntheticBench.js';
import type { SyntheticCv } from './profile/syntheticCvs.js';
import { type RoleMisses, roleMisses, wrongCount } from './profile/roleJudge.js';
import { markupRoleProbes, type RoleProbeCv } from './profile/syntheticMarkupRoles.js';

const asBench = (cv: RoleProbeCv): SyntheticCv => ({
  className: cv.className,
  file: cv.file,
  text: cv.text,
  expected: { name: '', email: '', phone: '', work: [], education: [], skills: [], languages: [] },
});

describe('the markup roles probe', () => {
  const cvs = markupRoleProbes();
  const benchCvs = cvs.map(asBench);
  const misses = new Map<RoleProbeCv, RoleMisses>();
  beforeAll(async () => {
    const { profiles } = await runBench(benchCvs);
    cvs.forEach((cv, i) => misses.set(cv, roleMisses(cv.roles, (profiles.get(benchCvs[i]!) as Profile).work)));
    if (process.env.ROLES_PROBE) {
      const classes = [...new Set(cvs.map((cv) => cv.className))];
      let total = 0;
      for (const name of classes) {
        const mine = cvs.filter((cv) => cv.className === name);
        const wrong = mine.reduce((sum, cv) => sum + wrongCount(misses.get(cv)!), 0);
        const stated = mine.reduce((sum, cv) => sum + cv.roles.length, 0);
        total += wrong;
        console.log(`${String(wrong).padStart(3)} wrong / ${stated} roles  ${name}`);
        for (const cv of mine) {
          const m = misses.get(cv)!;
          if (wrongCount(m)) console.log(`      ${cv.file} ${JSON.stringify(m)}`);
        }
      }
      console.log(`total wrong: ${total}`);
    }
  }, 300_000);

  it('holds every class in five languages, in LaTeX, DOCX, Markdown and HTML', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cvs.map((cv) => cv.file.split('.').pop()))).toEqual(new Set(['tex', 'docx', 'md', 'html']));
  });

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" without a wrong role', (className) => {
    const wrong = cvs.filter((cv) => cv.className === className).map((cv) => misses.get(cv)!);
    expect(wrong.filter((m) => wrongCount(m) > 0)).toEqual([]);
  });
});
