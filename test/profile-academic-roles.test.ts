/**
 * Roles of academics, surgeons, economists, historians and technical writers in plain lines
 * (test/profile/syntheticAcademicRoles.ts), scored as realcv's judge scores them
 * (test/profile/roleJudge.ts): positions lists with dates first or last, a department between
 * title and university, hospital posts with their grades, one employer over several titles,
 * seasons, single years, two-digit end years, "since" in five languages, and two-line heads only
 * title words tell apart. Education, publications, awards, talks and committees give no role.
 * `ROLE_PROBE=1` prints every miss.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';
import { judgeRoles } from './profile/roleJudge.js';
import { academicDocxProbes, academicRoleProbes } from './profile/syntheticAcademicRoles.js';
import { benchBeforeAll } from './profile/syntheticBench.js';
import type { SyntheticCv } from './profile/syntheticCvs.js';

const numbered = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

describe('academic, medical and dates-first role layouts', () => {
  const probes = academicRoleProbes();
  const results = probes.map((probe) => ({
    probe,
    misses: judgeRoles(probe.gold, readProfile({ lines: numbered(probe.text) }).work),
  }));
  const classes = [...new Set(probes.map((p) => p.className))];
  if (process.env.ROLE_PROBE) {
    for (const name of classes) {
      const mine = results.filter((r) => r.probe.className === name);
      const roles = mine.reduce((n, r) => n + r.probe.gold.length, 0);
      const wrong = mine.reduce((n, r) => n + r.misses.length, 0);
      console.log(`probe ${name}: ${wrong} wrong of ${roles} roles`);
    }
  }

  it('writes every class in five languages', () => {
    for (const name of classes) {
      const langs = new Set(probes.filter((p) => p.className === name).map((p) => p.lang));
      expect(name === 'medical: one heading' ? 1 : langs.size, name).toBe(name === 'medical: one heading' ? 1 : 5);
    }
  });

  it.each(classes)('reads every role of "%s" and nothing else', (name) => {
    const mine = results.filter((r) => r.probe.className === name);
    if (process.env.ROLE_PROBE) {
      for (const { probe, misses } of mine)
        for (const m of misses) console.log(`${name} [${probe.lang}] ${m.kind}: want ${m.want} | got ${m.got}`);
    }
    expect(mine.flatMap((r) => r.misses.map((m) => `${r.probe.lang} ${m.kind}: ${m.want} | ${m.got}`))).toEqual([]);
  });
});

describe('the same classes written as Word files', () => {
  const probes = academicDocxProbes();
  // The bench reads the files through the real path (DOCX converter, chunking, profile readers); only
  // the profiles it returns are judged here, with realcv's rules.
  const none = { name: '', email: '', phone: '', work: [], education: [], skills: [], languages: [] };
  const cvs: SyntheticCv[] = probes.map((p) => ({
    className: p.className,
    file: 'cv.docx',
    text: p.docx,
    expected: none,
  }));
  const bench = benchBeforeAll(cvs);

  it.each([...new Set(probes.map((p) => p.className))])('reads every role of "%s" and nothing else', (name) => {
    const misses = probes.flatMap((probe, i) =>
      probe.className !== name
        ? []
        : judgeRoles(probe.gold, bench.profiles.get(cvs[i]!)?.work ?? []).map(
            (m) => `${probe.lang} ${m.kind}: ${m.want} | ${m.got}`,
          ),
    );
    if (process.env.ROLE_PROBE) console.log(`probe ${name}: ${misses.length} wrong\n${misses.join('\n')}`);
    expect(misses).toEqual([]);
  });
});
