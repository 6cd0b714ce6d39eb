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
import { sectionOfHeading } from '../src/text/sectionHeadings.js';
import { runBench } from './profile/syntheticBench.js';
import type { SyntheticCv } from './profile/syntheticCvs.js';
import { type RoleMisses, roleMisses, wrongCount } from './profile/roleMisses.js';
import { FORMATS, LANGS, type StackedProbe, stackedRoleProbes } from './profile/syntheticStackedRoles.js';
import { profileOfText } from './profile/profileOfText.js';

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

  it('holds the CVs only words could tell to a town read as a town or a title, never a role lost', () => {
    const held = probes.filter((p) => p.wordsNeeded);
    expect(held.length).toBeLessThan(probes.length / 10);
    for (const p of held) {
      const m = misses.get(p)!;
      expect([m.missed, m.extra, m.dates], `${p.className} ${p.lang} ${p.format}`).toEqual([[], [], []]);
    }
  });

  it('writes every class in five languages and five formats', () => {
    for (const name of classes) {
      const mine = probes.filter((p) => p.className === name);
      expect(new Set(mine.map((p) => p.lang)), name).toEqual(new Set(LANGS));
      expect(new Set(mine.map((p) => p.format)), name).toEqual(new Set(FORMATS));
    }
  });

  it.each(classes)('reads "%s" without a wrong role', (name) => {
    const wrong = probes
      .filter((p) => p.className === name && !p.wordsNeeded)
      .flatMap((p) => (wrongCount(misses.get(p)!) ? [`${p.lang} ${p.format} ${JSON.stringify(misses.get(p))}`] : []));
    expect(wrong).toEqual([]);
  });
});

const rolesOf = (text: string) => profileOfText(text).work.map((w) => [w.position ?? null, w.name ?? null]);

describe('what the stacked role rules leave alone', () => {
  it.each([
    ['Percurso académico', undefined],
    ['Parcours universitaire', undefined],
    ['Medical History', undefined],
    ['Leadership Roles', undefined],
    ['Programming Experience', 'skills'],
    ['Board Positions', undefined],
    ['Work Experience & Projects', 'experience'],
    ['Research and Teaching Experience', 'experience'],
    ['Projets académiques', 'projects'],
    ['Experiencia de voluntariado', 'volunteering'],
    ['Ehrenamtliche Erfahrung', 'volunteering'],
  ])('reads the heading "%s" as %s', (heading, section) => {
    expect(sectionOfHeading(heading)).toBe(section);
  });

  it('keeps an employer alone on its line after a role an employer when it names an organisation', () => {
    const text = [
      'Rowan Ashby',
      '',
      'EXPERIENCE',
      '',
      'Kettle Yard Coffee',
      'Barista',
      'May 2021 – Present',
      '',
      'Oakmere Freight Ltd   Feb 2018 – Apr 2021',
    ].join('\n');
    expect(rolesOf(text)).toEqual([
      ['Barista', 'Kettle Yard Coffee'],
      [null, 'Oakmere Freight Ltd'],
    ]);
  });

  it('keeps a bracket after a title the title’s, and a bracket naming the employer the employer', () => {
    const text = [
      'Rowan Ashby',
      '',
      'EXPERIENCE',
      '',
      'Software Engineer (backend, payments)',
      'Harwick Labs',
      'Mar 2021 – Present',
      '',
      'Data Engineer (Quillon Systems)',
      'Sep 2017 – Feb 2021',
    ].join('\n');
    expect(rolesOf(text)).toEqual([
      ['Software Engineer (backend, payments)', 'Harwick Labs'],
      ['Data Engineer', 'Quillon Systems'],
    ]);
  });

  it('reads a place with a state after it as a place, not an employer', () => {
    const text = ['Rowan Ashby', '', 'EXPERIENCE', '', 'Harwick Labs', 'San Mateo, CA', 'Mar 2021 – Present'].join(
      '\n',
    );
    expect(profileOfText(text).work.map((w) => w.name)).toEqual(['Harwick Labs']);
  });
});
