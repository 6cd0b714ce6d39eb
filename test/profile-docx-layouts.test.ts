/**
 * Word and Google Docs layouts (test/profile/syntheticDocx.ts) read through the real path: the DOCX
 * converter, chunking and the profile readers. Every class must read each person's roles (employer,
 * title, start and end) and schools whole. `DOCX_PROBE=1` prints the per-class count of wrong fields.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';
import { benchBeforeAll, benchTable } from './profile/syntheticBench.js';
import { docxProbeCvs, probeCounts, probeTable } from './profile/docxProbe.js';

describe('Word CV layouts', () => {
  const cvs = docxProbeCvs();
  const bench = benchBeforeAll(cvs);

  it('writes nineteen classes of five people each, one per language', () => {
    expect(new Set(cvs.map((cv) => cv.className)).size).toBe(19);
    expect(cvs.length).toBeGreaterThanOrEqual(95);
  });

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads every role and school of the class "%s"', (name) => {
    const counts = probeCounts(bench.profiles);
    if (process.env.DOCX_PROBE && name === cvs[0]!.className) {
      console.log(probeTable(counts));
      console.log(benchTable(bench.scores));
    }
    expect(counts.get(name)).toMatchObject({ employer: 0, title: 0, start: 0, end: 0, school: 0, degree: 0, extra: 0 });
  });
});

describe('a role whose employer and title both hold a title word', () => {
  const roles = (...lines: string[]) =>
    readProfile({ lines: ['Experiencia', ...lines].map((text, i) => ({ line: i + 1, text })) }).work.map((w) => [
      w.name,
      w.position,
    ]);

  it('takes the part carrying its place as the employer, after a comma or beside it', () => {
    expect(roles('Consultora Valdemoro, Lisbon', 'Desarrollador web', 'marzo de 2019 a junio de 2021')).toEqual([
      ['Consultora Valdemoro', 'Desarrollador web'],
    ]);
    expect(roles('Consultora Valdemoro | Lisbon', 'Analista | 2019 – 2021')).toEqual([
      ['Consultora Valdemoro', 'Analista'],
    ]);
  });

  it('leaves a title with its place as the title when the other part holds no title word', () => {
    const [[name, position]] = roles('Ingeniero de datos, Sevilla', 'Grupo Retama SL', '2019 – 2021') as [string[]];
    expect(name).toBe('Grupo Retama SL');
    expect(position).toMatch(/^Ingeniero de datos\b/);
  });
});

describe('heading parts joined by a dash without spaces', () => {
  const roles = (...lines: string[]) =>
    readProfile({ lines: ['EXPERIENCE', ...lines].map((text, i) => ({ line: i + 1, text })) }).work.map((w) => [
      w.name,
      w.position,
    ]);

  it('parts an employer, title and place joined by em dashes, or by an en dash spaced on one side', () => {
    expect(roles('Pinecrest Freight LLC—Delivery Driver—Tacoma, WA—June 2020 - Present')).toEqual([
      ['Pinecrest Freight LLC', 'Delivery Driver'],
    ]);
    expect(roles('Sales Associate– Harlow Market', 'May 2018 – Aug 2019')).toEqual([
      ['Harlow Market', 'Sales Associate'],
    ]);
  });

  it('keeps a hyphenated name and an en dash between two words whole', () => {
    expect(roles('Rolls-Royce Marine | Service Engineer | 2016 – 2019')).toEqual([
      ['Rolls-Royce Marine', 'Service Engineer'],
    ]);
    expect(roles('Service Engineer, Paris–Lyon Rail Services', '2016 – 2019')).toEqual([
      ['Paris–Lyon Rail Services', 'Service Engineer'],
    ]);
  });
});
