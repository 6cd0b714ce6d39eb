/**
 * Sections under headings no list knows, read by what they hold: the unnamed-heading classes of the
 * synthetic bench on their own (the full bench is slow), and the contrast that makes them mean
 * something: the same CVs' headings are unknown to the lists, and the decoy lists stay out of work.
 */
import { describe, expect, it } from 'vitest';
import { contentKind } from '../src/profile/sectionContent.js';
import { FIELDS, benchBeforeAll } from './profile/syntheticBench.js';
import { syntheticClasses } from './profile/syntheticClasses.js';
import { knownHeadings } from './profile/syntheticUnnamed.js';

const FLOOR = 0.9;
const lines = (...texts: string[]) =>
  texts.map((text, i) => ({ line: i + 1, raw: text, text: text.replace(/^- /, '') }));

describe('sections read by their content', () => {
  const cvs = syntheticClasses().filter((cv) => cv.className.startsWith('unnamed headings'));
  const bench = benchBeforeAll(cvs, 600_000);

  it('writes headings that no list knows', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(60);
    expect(knownHeadings()).toEqual([]);
  });

  it('reads every unnamed-heading class at the floor', () => {
    const below = [...bench.scores].flatMap(([name, row]) =>
      FIELDS.filter((f) => row[f] !== undefined && row[f]! < FLOOR).map((f) => `${name}: ${f} ${row[f]!.toFixed(2)}`),
    );
    expect(below).toEqual([]);
  });

  it('tells each kind by its lines', () => {
    expect(contentKind(lines('Data Engineer – Norvell GmbH', 'Mar 2019 - Present', '- Built things.'))).toBe('work');
    expect(contentKind(lines('MSc Physics', 'University of Tarnwick', '2012 – 2014'))).toBe('education');
    expect(contentKind(lines('Python, Go, Docker, PostgreSQL, Terraform'))).toBe('skills');
    expect(contentKind(lines('Deutsch (Muttersprache), Englisch (C1), Französisch (B2)'))).toBe('languages');
  });

  it('keeps publications, references and awards out of work', () => {
    const pubs = lines('- Okafor, B. et al. (2019 – 2020). Sparse joins. Journal of Data Systems, pp. 4–9.');
    expect(contentKind(pubs)).toBeUndefined();
    expect(
      contentKind(lines('Best Engineer Award, Quillon Labs, 2018', 'Winner, Data Prize 2015 – 2016')),
    ).toBeUndefined();
    expect(
      contentKind(lines('Dr. Mira Castel, Head of Engineering, Veltra, 2016 – 2020', 'Available upon request.')),
    ).toBeUndefined();
  });
});
