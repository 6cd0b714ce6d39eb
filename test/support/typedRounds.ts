/**
 * What the typed-question rounds share: how a question is typed wrong once, and how an answer is
 * judged as realcv's typed set judges it (right people, the fact in the quoted lines, "nobody" when
 * nobody).
 */
import path from 'node:path';
import type { Answer } from '../../src/answer/types.js';

import type { TextLanguage as Lang } from '../../src/text/language.js';

export type { Lang };
export type Judge =
  | { kind: 'fact'; person: string; any: string[] }
  | {
      kind: 'people';
      files: string[];
      mode: 'exact' | 'includes';
      /** Files an exact answer may also cite. */
      optional?: string[];
      evidence?: Record<string, string[]>;
    }
  | { kind: 'count'; n: number; files?: string[] }
  | { kind: 'nobody'; personName?: string }
  /** A negative of a rule: the question must not be read as this intent ("who's from Lisbon?" is no school). */
  | { kind: 'not'; intent: string };

/** Swaps two inner letters of the longest word of 5+ letters that `keep` does not hold (names): one typo a person makes. */
export function typo(question: string, keep: RegExp): string | undefined {
  const words = question.split(/\s+/);
  let best = -1;
  words.forEach((w, i) => {
    const bare = w.replace(/[^\p{L}'-]/gu, '');
    if (
      bare.length >= 5 &&
      /^\p{Ll}+$/u.test(bare) &&
      !keep.test(bare) &&
      (best < 0 || bare.length > words[best]!.length)
    )
      best = i;
  });
  if (best < 0) return undefined;
  const w = words[best]!;
  const at = Math.floor(w.length / 2);
  words[best] = w.slice(0, at - 1) + w[at] + w[at - 1] + w.slice(at + 1);
  return words.join(' ');
}

export const fold = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const holds = (text: string, list: readonly string[]): boolean => list.some((x) => fold(text).includes(fold(x)));
const fileOf = (source: string): string => path.basename(source);
export const headline = (a: Answer): string => a.answer.split('\n').find((l) => l.trim()) ?? '';
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const NOBODY =
  /(^|[^\p{L}])(nobody|no one|none of|no profile (mentions|names|lists|says|gives|has|answers|shows)|no role|no school)|\b(gives|lists|has|shows|names|states|mentions) no\b|\b(does not|doesn't|did not) (list|give|mention|name|say|include|state|show|have)\b|\bnot (listed|given|mentioned|stated|found)\b/iu;

/** Why the answer fails its judge (as the typed set's judge reads it), or undefined. */
export function verdict(a: Answer, judge: Judge): string | undefined {
  const files = [...new Set(a.citations.map((c) => fileOf(c.source)))];
  const first = a.citations[0] ? fileOf(a.citations[0].source) : undefined;
  const got = `"${headline(a).slice(0, 90)}" (${a.intent}) cites [${files.join(', ')}]`;
  switch (judge.kind) {
    case 'fact': {
      const held = holds(a.answer, judge.any) || a.citations.slice(0, 3).some((c) => holds(c.text, judge.any));
      return !a.noAnswer && first === judge.person && held ? undefined : `want ${judge.person} ${judge.any[0]}: ${got}`;
    }
    case 'people': {
      const missing = judge.files.filter((f) => !files.includes(f));
      const extra = files.filter((f) => !judge.files.includes(f) && !judge.optional?.includes(f));
      const noEvidence = Object.entries(judge.evidence ?? {}).filter(
        ([f, list]) => files.includes(f) && !a.citations.some((c) => fileOf(c.source) === f && holds(c.text, list)),
      );
      const ok = !a.noAnswer && !missing.length && (judge.mode === 'includes' || !extra.length) && !noEvidence.length;
      return ok ? undefined : `want [${judge.files.join(', ')}]: ${got}`;
    }
    case 'count': {
      const line = headline(a).toLowerCase();
      const word = /^\s*(nobody|no one|none)\b/.test(line)
        ? '0'
        : /\b(\d+|one|two|three|four|five|six|seven)\b/.exec(line)?.[1];
      const n = a.noAnswer ? 0 : word === undefined ? undefined : (NUMBERS[word] ?? Number(word));
      const setOk =
        !judge.files || (files.length === judge.files.length && judge.files.every((f) => files.includes(f)));
      return n === judge.n && setOk ? undefined : `want ${judge.n}: ${got}`;
    }
    case 'not':
      return a.intent === judge.intent ? `want no ${judge.intent}: ${got}` : undefined;
    case 'nobody': {
      const neg = a.noAnswer || NOBODY.test(headline(a));
      const named =
        !judge.personName ||
        (fold(a.answer).includes(fold(judge.personName)) && !/no profile is named/i.test(a.answer));
      return neg && named ? undefined : `want nobody: ${got}`;
    }
  }
}
