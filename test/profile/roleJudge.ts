/**
 * Roles matched as realcv's judge matches them (score-profiles.mjs, the work part, its rules
 * reproduced): employers similar when equal, equal without spaces, one holding the other's words,
 * token Jaccard ≥ 0.5 or initials; pairs chosen greedily, best first; dates compared by year (an
 * absent or present end is "open"); titles right at token Jaccard ≥ 0.5.
 */
import { jaccard, orgSim, startYear, titleOk, titleTokens, yearOf } from './judgeMatching.js';

export interface GoldRole {
  readonly employer: string;
  readonly title: string;
  readonly start: string | null;
  readonly end: string | null;
}

export interface ReadRole {
  readonly name?: string;
  readonly position?: string;
  readonly startDate?: string;
  readonly endDate?: string;
}

export interface RoleMiss {
  readonly kind: 'missed' | 'extra' | 'dates' | 'title';
  readonly want: string;
  readonly got: string;
}

/** What the judge counts wrong in one CV's roles: gold roles missed, roles read that it has no gold for, wrong dates and titles. */
export function judgeRoles(gold: readonly GoldRole[], read: readonly ReadRole[]): RoleMiss[] {
  const got = read.map((w) => ({
    employer: w.name ?? '',
    title: w.position ?? '',
    start: w.startDate ?? null,
    end: w.endDate ?? null,
  }));
  const datesOk = (a: GoldRole, b: GoldRole) =>
    startYear(a.start) === startYear(b.start) && yearOf(a.end) === yearOf(b.end);
  const cands: { i: number; j: number; s: number; order: number }[] = [];
  gold.forEach((g, i) =>
    got.forEach((e, j) => {
      const s = orgSim(g.employer, e.employer);
      if (s <= 0) return;
      const tie =
        (datesOk(g, e) ? 0.4 : startYear(g.start) === startYear(e.start) ? 0.2 : 0) +
        jaccard(titleTokens(g.title), titleTokens(e.title)) * 0.3;
      cands.push({ i, j, s: s + tie, order: i * 1000 + j });
    }),
  );
  cands.sort((a, b) => b.s - a.s || a.order - b.order);
  const gi = new Set<number>();
  const ej = new Set<number>();
  const misses: RoleMiss[] = [];
  const show = (r: GoldRole) => `${r.title} @ ${r.employer} ${r.start ?? '?'}–${r.end ?? 'open'}`;
  for (const c of cands) {
    if (gi.has(c.i) || ej.has(c.j)) continue;
    gi.add(c.i);
    ej.add(c.j);
    const [g, e] = [gold[c.i]!, got[c.j]!];
    if (!datesOk(g, e)) misses.push({ kind: 'dates', want: show(g), got: show(e) });
    if (!titleOk(g.title, e.title)) misses.push({ kind: 'title', want: show(g), got: show(e) });
  }
  gold.forEach((g, i) => {
    if (!gi.has(i)) misses.push({ kind: 'missed', want: show(g), got: got.map(show).join(' / ') || '∅' });
  });
  got.forEach((e, j) => {
    if (!ej.has(j)) misses.push({ kind: 'extra', want: '', got: show(e) });
  });
  return misses;
}
