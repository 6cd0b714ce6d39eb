/**
 * Schools and degrees compared as realcv's judge compares them (its rules, written again here for
 * the probes): institutions equal, equal without spaces, one holding the other's words, token
 * Jaccard ≥ 0.5 with generic school words left out, or initials; degrees by tokens with
 * abbreviations folded to their level, right when Jaccard ≥ 0.5 or one token set holds the other,
 * never when both name a level and the levels differ. Pairs are chosen greedily, best first.
 */
import type { EducationEntry } from '../../src/profile/types.js';
import { deaccent, fold, jaccard, orgSim, STOP, tokens } from './judgeMatching.js';

const GENERIC = new Set(
  (
    'university universitat universitaet universidad universidade universite universita univ college institute ' +
    'institut instituto school academy technology technical state national hochschule escuela ecole faculty ' +
    'department dept'
  ).split(' '),
);
/** 0 (different) … 3 (equal), as the judge scores two schools. */
export const schoolSim = (a: string, b: string) => orgSim(a, b, GENERIC);

const ALIAS: Record<string, string> = {
  bachelor: 'bachelor',
  bachelors: 'bachelor',
  ba: 'bachelor',
  bs: 'bachelor',
  bsc: 'bachelor',
  bse: 'bachelor',
  beng: 'bachelor',
  btech: 'bachelor',
  be: 'bachelor',
  bcom: 'bachelor',
  bba: 'bachelor',
  bfa: 'bachelor',
  bed: 'bachelor',
  llb: 'bachelor',
  ab: 'bachelor',
  sb: 'bachelor',
  bachelier: 'bachelor',
  licenciatura: 'bachelor',
  bacharelado: 'bachelor',
  grado: 'bachelor',
  master: 'master',
  masters: 'master',
  ma: 'master',
  ms: 'master',
  msc: 'master',
  meng: 'master',
  mtech: 'master',
  mmath: 'master',
  mphil: 'master',
  mres: 'master',
  mba: 'master',
  mfa: 'master',
  med: 'master',
  llm: 'master',
  mpa: 'master',
  mph: 'master',
  sm: 'master',
  am: 'master',
  maestria: 'master',
  mestrado: 'master',
  magister: 'master',
  phd: 'doctorate',
  dphil: 'doctorate',
  doctor: 'doctorate',
  doctorate: 'doctorate',
  doctoral: 'doctorate',
  doktor: 'doctorate',
  promotion: 'doctorate',
  doctorat: 'doctorate',
  doctorado: 'doctorate',
  doutorado: 'doctorate',
  edd: 'doctorate',
  md: 'doctorate',
  dds: 'doctorate',
  dmd: 'doctorate',
  associate: 'associate',
  associates: 'associate',
  aa: 'associate',
  aas: 'associate',
  pgdip: 'postgraduate',
  pgd: 'postgraduate',
  pgdipl: 'postgraduate',
  pgcert: 'postgraduate',
  postgraduate: 'postgraduate',
  graduate: 'postgraduate',
  '10th': 'x',
  '12th': 'xii',
  tenth: 'x',
  twelfth: 'xii',
  ssc: 'x',
  hsc: 'xii',
  sslc: 'x',
  hssc: 'xii',
};
const LEVEL = new Set([
  'bachelor',
  'master',
  'doctorate',
  'associate',
  'postgraduate',
  'x',
  'xii',
  'xi',
  'ix',
  '10',
  '12',
]);
const DEGREE_STOP = new Set([
  ...STOP,
  ...(
    'degree diploma certificate focus student hons honours honors candidate program programme incomplete in ' +
    'progress part full time parttime fulltime'
  ).split(' '),
]);

function degreeTokens(s: string): string[] {
  const t = deaccent(fold(s))
    .replace(/\b([a-z]{1,3})\.\s?([a-z]{1,4})\b\.?/g, '$1$2')
    .replace(/\b([a-z])\.\s?([a-z])\.\s?([a-z])\b\.?/g, '$1$2$3');
  return tokens(t)
    .map((x) => ALIAS[x] ?? x)
    .filter((x) => !DEGREE_STOP.has(x));
}

/** Whether the judge counts `got` as the degree `want`. */
export function degreeRight(want: string, got: string): boolean {
  const a = [...new Set(degreeTokens(want))];
  const b = [...new Set(degreeTokens(got))];
  if (!a.length || !b.length) return false;
  const la = a.filter((x) => LEVEL.has(x));
  const lb = new Set(b.filter((x) => LEVEL.has(x)));
  if (la.length && lb.size && !la.some((x) => lb.has(x))) return false;
  if (jaccard(a, b) >= 0.5) return true;
  const [A, B] = [new Set(a), new Set(b)];
  return a.every((x) => B.has(x)) || b.every((x) => A.has(x));
}

export interface WantedSchool {
  readonly institution: string;
  /** undefined: the degree is not judged (the judge skips a gold entry with no degree). */
  readonly degree?: string;
}

export interface SchoolMisses {
  readonly missing: string[];
  readonly extra: string[];
  readonly wrongDegree: string[];
}

/** What the judge would count wrong in `got` against `want`: schools missed, read in excess, degrees wrong. */
export function judgeSchools(want: readonly WantedSchool[], got: readonly EducationEntry[]): SchoolMisses {
  const read = got.map((e) => ({
    institution: e.institution ?? '',
    degree: [e.studyType, e.area].filter((x) => x?.trim()).join(' '),
  }));
  const candidates: { i: number; j: number; s: number }[] = [];
  want.forEach((w, i) =>
    read.forEach((r, j) => {
      const s = schoolSim(w.institution, r.institution);
      if (s > 0) candidates.push({ i, j, s: s + (w.degree && degreeRight(w.degree, r.degree) ? 0.3 : 0) });
    }),
  );
  candidates.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const [gi, ej] = [new Set<number>(), new Set<number>()];
  const wrongDegree: string[] = [];
  for (const { i, j } of candidates) {
    if (gi.has(i) || ej.has(j)) continue;
    gi.add(i);
    ej.add(j);
    const degree = want[i]!.degree;
    if (degree && !degreeRight(degree, read[j]!.degree)) wrongDegree.push(`"${degree}" got "${read[j]!.degree}"`);
  }
  return {
    missing: want.filter((_, i) => !gi.has(i)).map((w) => w.institution),
    extra: read.filter((_, j) => !ej.has(j)).map((r) => `${r.institution || '∅'} | ${r.degree || '∅'}`),
    wrongDegree,
  };
}

/** Every miss of one class's probe CVs, each named by its file: what a class's test expects empty. */
export function classMisses<T extends { readonly file: string; readonly className: string }>(
  judged: ReadonlyMap<T, SchoolMisses>,
  className: string,
): string[] {
  return [...judged]
    .filter(([cv]) => cv.className === className)
    .flatMap(([cv, m]) => [...m.missing, ...m.extra, ...m.wrongDegree].map((x) => `${cv.file}: ${x}`));
}
