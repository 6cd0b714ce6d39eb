/**
 * Roles judged as realcv's judge matches them (score-profiles.mjs, reproduced): an extracted role
 * pairs with a stated one by the employer's similarity (case and punctuation aside, a trailing legal
 * form dropped; equal, equal without spaces, one holding the other's words, token Jaccard ≥ 0.5, or
 * initials), best pairs first; its dates are right when the start year and the end year (or "open")
 * agree; its title when the tokens' Jaccard is ≥ 0.5. Used by the probes that count roles read wrong.
 */
import type { WorkEntry } from '../../src/profile/types.js';

export interface StatedRole {
  readonly employer: string;
  readonly title: string;
  /** "2019" or "2019-03". */
  readonly start: string;
  /** undefined: still held. */
  readonly end?: string;
}

export interface RoleMisses {
  readonly missed: string[];
  readonly extra: string[];
  readonly dates: string[];
  readonly titles: string[];
}

const STOP = new Set(
  'and of the for at in on a an with to und de del la le du der die des et y e da do für fur'.split(' '),
);
const LEGAL = new Set(
  (
    'inc incorporated ltd limited llc llp lp gmbh mbh ag kg plc co corp corporation company pvt private pty sa sas ' +
    'sarl srl spa bv nv oy ab as asa aps kk sl ug se'
  ).split(' '),
);
const fold = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const deaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '');
const tokens = (s: string | undefined) =>
  deaccent(fold(s))
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

function orgTokens(s: string | undefined): string[] {
  const t: string[] = [];
  let run = false;
  for (const x of tokens(s)) {
    if (x.length === 1 && run) t[t.length - 1] += x;
    else {
      t.push(x);
      run = x.length === 1;
    }
  }
  while (t.length > 1 && LEGAL.has(t.at(-1)!)) t.pop();
  return t;
}

const jaccard = (a: readonly string[], b: readonly string[]) => {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size || !B.size) return 0;
  let i = 0;
  for (const x of A) if (B.has(x)) i++;
  return i / (A.size + B.size - i);
};
const containsWords = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && ` ${hay.join(' ')} `.includes(` ${needle.join(' ')} `);

function acronymOf(short: readonly string[], long: readonly string[]): boolean {
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

export function orgSim(a: string | undefined, b: string | undefined): number {
  const ta = orgTokens(a);
  const tb = orgTokens(b);
  if (!ta.length || !tb.length) return 0;
  if (ta.join(' ') === tb.join(' ')) return 3;
  if (ta.join('') === tb.join('')) return 2.5;
  const core = (t: string[]) => {
    const c = t.filter((x) => !STOP.has(x));
    return c.length ? c : t;
  };
  const meaningful = (t: string[]) => t.some((x) => !STOP.has(x));
  if (ta.length <= tb.length ? meaningful(ta) && containsWords(tb, ta) : meaningful(tb) && containsWords(ta, tb))
    return 2;
  const j = jaccard(core(ta), core(tb));
  if (j >= 0.5) return 1 + j;
  return acronymOf(ta, tb) || acronymOf(tb, ta) ? 1.5 : 0;
}

const titleTokens = (s: string | undefined) => tokens(s).filter((x) => !STOP.has(x));
export const titleOk = (a: string | undefined, b: string | undefined) => jaccard(titleTokens(a), titleTokens(b)) >= 0.5;

const yearOf = (v: string | undefined) => /(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/.exec(v ?? '')?.[1] ?? 'open';
const startYear = (v: string | undefined) => (yearOf(v) === 'open' ? undefined : yearOf(v));
const datesOk = (g: StatedRole, e: WorkEntry) =>
  startYear(g.start) === startYear(e.startDate) && yearOf(g.end) === yearOf(e.endDate);

/** What `work` gets wrong of `stated`, as the judge pairs them. */
export function roleMisses(stated: readonly StatedRole[], work: readonly WorkEntry[]): RoleMisses {
  const cands: { i: number; j: number; s: number; order: number }[] = [];
  stated.forEach((g, i) =>
    work.forEach((e, j) => {
      const s = orgSim(g.employer, e.name);
      if (s <= 0) return;
      const tie =
        (datesOk(g, e) ? 0.4 : startYear(g.start) === startYear(e.startDate) ? 0.2 : 0) +
        jaccard(titleTokens(g.title), titleTokens(e.position)) * 0.3;
      cands.push({ i, j, s: s + tie, order: i * 1000 + j });
    }),
  );
  cands.sort((a, b) => b.s - a.s || a.order - b.order);
  const gi = new Set<number>();
  const ej = new Set<number>();
  const out: RoleMisses = { missed: [], extra: [], dates: [], titles: [] };
  for (const c of cands) {
    if (gi.has(c.i) || ej.has(c.j)) continue;
    gi.add(c.i);
    ej.add(c.j);
    const g = stated[c.i]!;
    const e = work[c.j]!;
    if (!datesOk(g, e))
      out.dates.push(`${g.employer} ${g.start}–${g.end ?? 'open'} got ${e.startDate ?? '?'}–${e.endDate ?? 'open'}`);
    if (!titleOk(g.title, e.position)) out.titles.push(`${g.title} got ${e.position ?? '∅'}`);
  }
  stated.forEach((g, i) => {
    if (!gi.has(i)) out.missed.push(`${g.employer} / ${g.title}`);
  });
  work.forEach((e, j) => {
    if (!ej.has(j)) out.extra.push(`${e.name ?? '∅'} / ${e.position ?? '∅'}`);
  });
  return out;
}

/** Wrong fields of one CV: each role missed, read in excess, with wrong dates or a wrong title counts one. */
export const wrongCount = (m: RoleMisses) => m.missed.length + m.extra.length + m.dates.length + m.titles.length;
