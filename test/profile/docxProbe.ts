/**
 * The DOCX layout probe: every class of syntheticDocx.ts written for one invented person in each of
 * five languages, and a count per class of the role and school fields read wrong (an employer
 * missed, a title, start or end date wrong; a school missed or its degree wrong; an entry read that
 * the CV does not hold). `DOCX_PROBE=1 npx vitest run test/profile-docx-layouts.test.ts` prints it.
 */
import type { Profile } from '../../src/profile/types.js';
import { DOCX_LANGS, DOCX_LAYOUTS } from './syntheticDocx.js';
import { person, type SyntheticCv } from './syntheticCvs.js';

/** One CV per language for each class; the seeds keep every run's people the same. */
export function docxProbeCvs(): SyntheticCv[] {
  return DOCX_LAYOUTS.flatMap((make, c) => DOCX_LANGS.map((lang, k) => make(person(9100 + c * 10 + k, lang), lang, k)));
}

export interface WrongFields {
  employer: number;
  title: number;
  start: number;
  end: number;
  school: number;
  degree: number;
  /** Roles and schools read that the CV does not hold. */
  extra: number;
  /** Fields stated: four a role, two a school. */
  stated: number;
}

const norm = (text: string | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The fields of one CV read wrong. */
export function wrongFields(cv: SyntheticCv, profile: Profile): WrongFields {
  const wrong: WrongFields = { employer: 0, title: 0, start: 0, end: 0, school: 0, degree: 0, extra: 0, stated: 0 };
  const used = new Set<number>();
  for (const role of cv.expected.work) {
    wrong.stated += 4;
    const at = profile.work.findIndex((w, i) => !used.has(i) && norm(w.name) === norm(role.employer));
    const got = at >= 0 ? profile.work[at]! : undefined;
    if (at >= 0) used.add(at);
    if (!got) wrong.employer++;
    if (norm(got?.position) !== norm(role.title)) wrong.title++;
    if (got?.startDate !== role.start) wrong.start++;
    if (got?.endDate !== role.end) wrong.end++;
  }
  wrong.extra += Math.max(0, profile.work.length - cv.expected.work.length);
  const usedSchools = new Set<number>();
  for (const school of cv.expected.education) {
    wrong.stated += 2;
    const at = profile.education.findIndex(
      (e, i) => !usedSchools.has(i) && norm(e.institution) === norm(school.institution),
    );
    if (at >= 0) usedSchools.add(at);
    const got = at >= 0 ? profile.education[at]! : undefined;
    if (!got) wrong.school++;
    const degree = [got?.studyType, got?.area].filter(Boolean).join(' ');
    if (!got || !norm(degree).includes(norm(school.degree).split(' ').at(-1)!)) wrong.degree++;
  }
  wrong.extra += Math.max(0, profile.education.length - cv.expected.education.length);
  return wrong;
}

/** Wrong fields summed per class. */
export function probeCounts(profiles: ReadonlyMap<SyntheticCv, Profile>): Map<string, WrongFields> {
  const counts = new Map<string, WrongFields>();
  for (const [cv, profile] of profiles) {
    const one = wrongFields(cv, profile);
    const sum = counts.get(cv.className);
    if (!sum) counts.set(cv.className, one);
    else for (const key of Object.keys(one) as (keyof WrongFields)[]) sum[key] += one[key];
  }
  return counts;
}

/** The probe's table: per class the wrong count of each field and in all, over the fields stated. */
export function probeTable(counts: ReadonlyMap<string, WrongFields>): string {
  const keys = ['employer', 'title', 'start', 'end', 'school', 'degree', 'extra'] as const;
  const rows = [...counts].map(([name, c]) => {
    const total = keys.reduce((sum, key) => sum + c[key], 0);
    const cells = keys.map((key) => String(c[key]).padStart(8)).join('');
    return `${name.padEnd(66)} ${cells} ${String(total).padStart(5)}/${c.stated}`;
  });
  return [`${'class'.padEnd(66)} ${keys.map((key) => key.padStart(8)).join('')} wrong/stated`, ...rows].join('\n');
}
