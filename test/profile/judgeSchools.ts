/**
 * Schools and degrees compared as realcv's judge compares them (its rules, written again here for
 * the probes): institutions equal, equal without spaces, one holding the other's words, token
 * Jaccard ≥ 0.5 with generic school words left out, or initials; degrees by tokens with
 * abbreviations folded to their level, right when Jaccard ≥ 0.5 or one token set holds the other,
 * never when both name a level and the levels differ. Pairs are chosen greedily, best first.
 */
import type { EducationEntry } from '../../src/profile/types.js';

const STOP = new Set(
  'and of the for at in on a an with to und de del la le du der die des et y e da do für fur'.split(' '),
);
const GENERIC = new Set(
  (
    'university universitat universitaet universidad universidade universite universita univ college institute ' +
    'institut instituto school academy technology technical state national hochschule escuela ecole faculty ' +
    'department dept'
  ).split(' '),
);
const deaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '');
const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const tokens = (s: string) =>
  deaccent(fold(s))
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

function orgTokens(s: string): string[] {
  const t: string[] = [];
  let run = false;
  for (const x of tokens(s)) {
    if (x.length === 1 && run) t[t.length - 1] += x;
    else {
      t.push(x);
      run = x.length === 1;
    }
  }
  return t;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const [A, B] = [new Set(a), new Set(b)];
  if (!A.size || !B.size) return 0;
  let i = 0;
  for (const x of A) if (B.has(x)) i++;
  return i / (A.size + B.size - i);
}
const containsWords = (hay: string[], needle: string[]) =>
  needle.length > 0 && ` ${hay.join(' ')} `.includes(` ${needle.join(' ')} `);

function acronymOf(short: string[], long: string[]): boolean {
  const [acr, ...rest] = short;
  if (!acr || acr.length < 3 || long.length < acr.length) return false;
  for (let k = 2; k <= long.length - rest.length; k++) {
    if (long.slice(k).join(' ') !== rest.join(' ')) continue;
    const run = long.slice(0, k);
    if (
      run.map((x) => x[0]).join('') === acr ||
      run
        .filter((x) => !STOP.has(x))
        .map((x) => x[0])
        .join('') === acr
    )
      return true;
  }
  return false;
}

/** 0 (different) … 3 (equal), as the judge scores two schools. */
export function schoolSim(a: string, b: string): number {
  const [ta, tb] = [orgTokens(a), orgTokens(b)];
  if (!ta.length || !tb.length) return 0;
  if (ta.join(' ') === tb.join(' ')) return 3;
  if (ta.join('') === tb.join('')) return 2.5;
  const core = (t: string[]) => {
    const c = t.filter((x) => !STOP.has(x) && !GENERIC.has(x));
    return c.length ? c : t.filter((x) => !STOP.has(x));
  };
  const meaningful = (t: string[]) => t.some((x) => !STOP.has(x) && !GENERIC.has(x));
  if (ta.length <= tb.length ? meaningful(ta) && containsWords(tb, ta) : meaningful(tb) && containsWords(ta, tb))
    return 2;
  const j = jaccard(core(ta), core(tb));
  if (j >= 0.5) return 1 + j;
  return acronymOf(ta, tb) || acronymOf(tb, ta) ? 1.5 : 0;
}

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
