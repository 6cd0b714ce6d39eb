/**
 * The stacked roles probe (test/profile/syntheticStackedRoles.ts): roles whose title, employer, dates
 * and place stand on lines of their own in every order, employers written with a descriptor or a
 * place, and work headings a qualifier and a work noun make, in five languages, as plain text,
 * Markdown, DOCX and PDF in one or two columns; read through the real corpus and profile readers and
 * judged as realcv's judge judges them (roleMisses.ts). Education, projects and volunteering entries
 * stacked the same way must give no role. `STACKED_PROBE=1` prints each class's wrong fields.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../src/profile/types.js';
import { runBench } from './profile/syntheticBench.js';
import type { SyntheticCv } from './profile/syntheticCvs.js';
import { type RoleMisses, roleMisses, wrongCount } from './profile/roleMisses.js';
import { FORMATS, LANGS, type StackedProbe, stackedRoleProbes } from './profile/syntheticStackedRoles.js';

const asBench = (p: StackedProbe): SyntheticCv => ({
  className: p.className,
  file: p.file,
  text: p.text,
  expected: { name: '', email: '', phone: '', work: [], education: [], skills: [], languages: [] },
});

describe('the stacked roles probe', () => {
  const probes = stackedRoleProbes();
  const classes = [...new Set(probes.map((p) => p.className))];
  const misses = new Map<StackedProbe, RoleMisses>();
  beforeAll(async () => {
    const cvs = probes.map(asBench);
    const { profiles } = await runBench(cvs);
    probes.forEach((p, i) => misses.set(p, roleMisses(p.roles, (profiles.get(cvs[i]!) as Profile).work)));
    if (process.env.STACKED_PROBE) {
      let total = 0;
      for (const name of classes) {
        const mine = probes.filter((p) => p.className === name);
        const wrong = mine.reduce((n, p) => n + wrongCount(misses.get(p)!), 0);
        const stated = mine.reduce((n, p) => n + p.roles.length, 0);
        total += wrong;
        const byFormat = FORMATS.map(
          (f) => `${f} ${mine.filter((p) => p.format === f).reduce((n, p) => n + wrongCount(misses.get(p)!), 0)}`,
        );
        console.log(`${String(wrong).padStart(3)} wrong / ${stated} roles  ${name}  (${byFormat.join(', ')})`);
        if (process.env.STACKED_PROBE === 'all')
          for (const p of mine) {
            const m = misses.get(p)!;
            if (wrongCount(m)) console.log(`      ${p.lang} ${p.format} [${p.note ?? ''}] ${JSON.stringify(m)}`);
          }
      }
      console.log(`total wrong: ${total}`);
    }
  }, 600_000);

  it('writes every class in five languages and five formats', () => {
    for (const name of classes) {
      const mine = probes.filter((p) => p.className === name);
      expect(new Set(mine.map((p) => p.lang)), name).toEqual(new Set(LANGS));
      expect(new Set(mine.map((p) => p.format)), name).toEqual(new Set(FORMATS));
    }
  });

  it.each(classes)('reads "%s" without a wrong role', (name) => {
    const wrong = probes
      .filter((p) => p.className === name)
      .flatMap((p) => (wrongCount(misses.get(p)!) ? [`${p.lang} ${p.format} ${JSON.stringify(misses.get(p))}`] : []));
    expect(wrong).toEqual([]);
  });
});
