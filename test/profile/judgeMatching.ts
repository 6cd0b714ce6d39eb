/**
 * How realcv's judge (score-profiles.mjs) compares names of organisations, titles and years, its
 * rules written again once for the probes that count roles and schools read wrong
 * (roleJudge.ts, roleMisses.ts, judgeSchools.ts): case, accents and punctuation aside, single
 * letters in a row one initialism ("J.P. Morgan" → jp morgan), a trailing legal form dropped.
 */
export const STOP = new Set(
  'and of the for at in on a an with to und de del la le du der die des et y e da do für fur'.split(' '),
);
const LEGAL = new Set(
  (
    'inc incorporated ltd limited llc llp lp gmbh mbh ag kg plc co corp corporation company pvt private pty sa sas ' +
    'sarl srl spa bv nv oy ab as asa aps kk sl ug se'
  ).split(' '),
);

export const fold = (s: string | null | undefined) =>
  (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
export const deaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '');
export const tokens = (s: string | null | undefined) =>
  deaccent(fold(s))
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

function orgTokens(s: string | null | undefined): string[] {
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

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const [A, B] = [new Set(a), new Set(b)];
  if (!A.size || !B.size) return 0;
  let i = 0;
  for (const x of A) if (B.has(x)) i++;
  return i / (A.size + B.size - i);
}
const containsWords = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && ` ${hay.join(' ')} `.includes(` ${needle.join(' ')} `);

/** "IIT Kanpur" / "Indian Institute of Technology Kanpur": the first word is the initials of a run. */
function acronymOf(short: readonly string[], long: readonly string[]): boolean {
  const [acr, ...rest] = short;
  if (!acr || acr.length < 3 || long.length < acr.length) return false;
  for (let k = 2; k <= long.length - rest.length; k++) {
    if (long.slice(k).join(' ') !== rest.join(' ')) continue;
    const run = long.slice(0, k);
    const initials = (words: readonly string[]) => words.map((x) => x[0]).join('');
    if (initials(run) === acr || initials(run.filter((x) => !STOP.has(x))) === acr) return true;
  }
  return false;
}

/**
 * 0 (different) … 3 (equal), as the judge scores two organisations; `generic` words ("university",
 * "institute" …) are left out of the Jaccard, so two universities of one state stay apart.
 */
export function orgSim(a: string | null | undefined, b: string | null | undefined, generic?: ReadonlySet<string>) {
  const [ta, tb] = [orgTokens(a), orgTokens(b)];
  if (!ta.length || !tb.length) return 0;
  if (ta.join(' ') === tb.join(' ')) return 3;
  if (ta.join('') === tb.join('')) return 2.5;
  const plain = (x: string) => !STOP.has(x) && !generic?.has(x);
  const core = (t: string[]) => {
    const c = t.filter(plain);
    return c.length ? c : t.filter((x) => !STOP.has(x));
  };
  const meaningful = (t: string[]) => t.some(plain);
  if (ta.length <= tb.length ? meaningful(ta) && containsWords(tb, ta) : meaningful(tb) && containsWords(ta, tb))
    return 2;
  const j = jaccard(core(ta), core(tb));
  if (j >= 0.5) return 1 + j;
  return acronymOf(ta, tb) || acronymOf(tb, ta) ? 1.5 : 0;
}

export const titleTokens = (s: string | null | undefined) => tokens(s).filter((x) => !STOP.has(x));
export const titleOk = (a: string | null | undefined, b: string | null | undefined) =>
  jaccard(titleTokens(a), titleTokens(b)) >= 0.5;

/** A date's year; no year (absent, "present") is "open". */
export const yearOf = (v: string | null | undefined) =>
  /(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/.exec(String(v ?? ''))?.[1] ?? 'open';
export const startYear = (v: string | null | undefined) => (yearOf(v) === 'open' ? null : yearOf(v));
