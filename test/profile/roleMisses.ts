/**
 * Roles judged as realcv's judge matches them (score-profiles.mjs, reproduced): an extracted role
 * pairs with a stated one by the employer's similarity (case and punctuation aside, a trailing legal
 * form dropped; equal, equal without spaces, one holding the other's words, token Jaccard ≥ 0.5, or
 * initials), best pairs first; its dates are right when the start year and the end year (or "open")
 * agree; its title when the tokens' Jaccard is ≥ 0.5. Used by the probes that count roles read wrong.
 */
import type { WorkEntry } from '../../src/profile/types.js';
import { judgeRoles } from './roleJudge.js';

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

/** What `work` gets wrong of `stated`, as the judge pairs them (roleJudge.ts), by kind. */
export function roleMisses(stated: readonly StatedRole[], work: readonly WorkEntry[]): RoleMisses {
  const gold = stated.map((r) => ({ ...r, start: r.start, end: r.end ?? null }));
  const out: RoleMisses = { missed: [], extra: [], dates: [], titles: [] };
  for (const miss of judgeRoles(gold, work)) {
    const shown = miss.kind === 'extra' ? miss.got : `${miss.want} got ${miss.got}`;
    (miss.kind === 'title' ? out.titles : out[miss.kind]).push(shown);
  }
  return out;
}

/** Wrong fields of one CV: each role missed, read in excess, with wrong dates or a wrong title counts one. */
export const wrongCount = (m: RoleMisses) => m.missed.length + m.extra.length + m.dates.length + m.titles.length;
