/**
 * Wrong fields per class of the school and skills probe (syntheticEduProbe.ts), read through the real
 * path (runBench: corpus readers, chunking, profile readers): a school not found, its degree or
 * dates wrong, a school read that the CV does not state, a skill missed or one read that it does not
 * list. Schools match as realcv's judge matches them: equal, or one's words holding the other's
 * ("ENSIB" in "ENSIB Lyon"); degrees by their words, dots and commas aside.
 */
import type { Profile } from '../../src/profile/types.js';
import type { ProbeCv } from './syntheticEduProbe.js';

export type ProbeField = 'school' | 'degree' | 'dates' | 'extra school' | 'skill missed' | 'extra skill';

export interface ProbeMiss {
  readonly className: string;
  readonly field: ProbeField;
  readonly want: string;
  readonly got: string;
}

const words = (text: string | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[.,;:()'’]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['in', 'em', 'en', 'of', 'de', 'd', 'the'].includes(w));

const sameSchool = (want: string, got: string | undefined) => {
  const [a, b] = [words(want), words(got)];
  if (b.length === 0) return false;
  const holds = (x: string[], y: string[]) => y.every((w) => x.includes(w));
  return holds(a, b) || holds(b, a);
};

const sameWords = (want: string, got: string) => {
  const [a, b] = [new Set(words(want)), new Set(words(got))];
  return a.size === b.size && [...a].every((w) => b.has(w));
};

/** A skill as the judge compares it: a trailing "(…)" dropped. */
const skillKey = (text: string) =>
  text
    .replace(/\s*\([^()]*\)\s*$/, '')
    .toLowerCase()
    .trim();

function schoolMisses(cv: ProbeCv, profile: Profile, out: ProbeMiss[]): void {
  const used = new Set<number>();
  const miss = (field: ProbeField, want: string, got: string) =>
    out.push({ className: cv.className, field, want, got });
  for (const school of cv.schools ?? []) {
    const at = profile.education.findIndex((e, i) => !used.has(i) && sameSchool(school.institution, e.institution));
    if (at < 0) {
      miss('school', school.institution, profile.education.map((e) => e.institution ?? '∅').join(' / '));
      continue;
    }
    used.add(at);
    const got = profile.education[at]!;
    const degree = [got.studyType, got.area].filter(Boolean).join(' ');
    if (school.degree && !sameWords(school.degree, degree)) miss('degree', school.degree, degree || '∅');
    const end = got.endDate ?? (got.startDate ? 'present' : undefined);
    if (got.startDate !== school.start || end !== school.end) {
      miss('dates', `${school.start ?? ''}–${school.end ?? ''}`, `${got.startDate ?? ''}–${got.endDate ?? ''}`);
    }
  }
  if (!cv.schools) return;
  profile.education.forEach((e, i) => {
    if (!used.has(i)) miss('extra school', '', `${e.institution ?? '∅'} | ${e.studyType ?? '∅'}`);
  });
}

function skillMisses(cv: ProbeCv, profile: Profile, out: ProbeMiss[]): void {
  if (cv.schools) return;
  const read = profile.skills.flatMap((group) => group.keywords);
  const named = new Set([...read, ...profile.skills.map((group) => group.name)].map(skillKey));
  const wanted = new Set(cv.expected.skills.map(skillKey));
  for (const skill of cv.expected.skills) {
    if (!named.has(skillKey(skill))) {
      out.push({ className: cv.className, field: 'skill missed', want: skill, got: read.join(', ') });
    }
  }
  for (const item of read) {
    if (!wanted.has(skillKey(item))) out.push({ className: cv.className, field: 'extra skill', want: '', got: item });
  }
}

/** Every wrong field of every probe CV. */
export function probeMisses(cvs: readonly ProbeCv[], profiles: ReadonlyMap<ProbeCv, Profile>): ProbeMiss[] {
  const out: ProbeMiss[] = [];
  for (const cv of cvs) {
    const profile = profiles.get(cv)!;
    schoolMisses(cv, profile, out);
    skillMisses(cv, profile, out);
  }
  return out;
}

/** Wrong fields counted per class, one line per class, as the report gives them. */
export function probeTable(cvs: readonly ProbeCv[], misses: readonly ProbeMiss[]): string {
  const classes = [...new Set(cvs.map((cv) => cv.className))];
  const fields: ProbeField[] = ['school', 'degree', 'dates', 'extra school', 'skill missed', 'extra skill'];
  const rows = classes.map((name) => {
    const n = cvs.filter((cv) => cv.className === name).length;
    const counts = fields.map((f) => String(misses.filter((m) => m.className === name && m.field === f).length));
    return `${name.padEnd(46)} ${String(n).padStart(3)} ${counts.map((c) => c.padStart(6)).join(' ')}`;
  });
  return [`${'class'.padEnd(46)} cvs ${fields.map((f) => f.slice(0, 6).padStart(6)).join(' ')}`, ...rows].join('\n');
}
