/**
 * Roles matched as realcv's judge matches them (score-profiles.mjs, the work part, its rules
 * reproduced): employers similar when equal, equal without spaces, one holding the other's words,
 * token Jaccard ≥ 0.5 or initials; pairs chosen greedily, best first; dates compared by year (an
 * absent or present end is "open"); titles right at token Jaccard ≥ 0.5.
 */
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

const STOP = new Set(
  'and of the for at in on a an with to und de del la le du der die des et y e da do für fur'.split(' '),
);
const LEGAL = new Set(
  'inc incorporated ltd limited llc llp lp gmbh mbh ag kg plc co corp corporation company pvt private pty sa sas sarl srl spa bv nv oy ab as asa aps kk sl ug se'.split(
    ' ',
  ),
);

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const deaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '');
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

function orgSim(a: string, b: string): number {
  const ta = orgTokens(a);
  const tb = orgTokens(b);
  if (!ta.length || !tb.length) return 0;
  if (ta.join(' ') === tb.join(' ')) return 3;
  if (ta.join('') === tb.join('')) return 2.5;
  const core = (t: string[]) => t.filter((x) => !STOP.has(x));
  const meaningful = (t: string[]) => t.some((x) => !STOP.has(x));
  if (ta.length <= tb.length ? meaningful(ta) && containsWords(tb, ta) : meaningful(tb) && containsWords(ta, tb))
    return 2;
  const j = jaccard(core(ta), core(tb));
  if (j >= 0.5) return 1 + j;
  return acronymOf(ta, tb) || acronymOf(tb, ta) ? 1.5 : 0;
}

const titleTokens = (s: string) => tokens(s).filter((x) => !STOP.has(x));
const titleOk = (g: string, e: string) => jaccard(titleTokens(g), titleTokens(e)) >= 0.5;

function yearOf(v: string | null | undefined): string {
  const m = /(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/.exec(String(v ?? ''));
  return m ? m[1]! : 'open';
}
const startYear = (v: string | null | undefined) => {
  const y = yearOf(v);
  return y === 'open' ? null : y;
};

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
