/**
 * Blind paraphrase probe: a team lead asks for a person by what they did, in other words than the CV
 * uses ("who has managed people?" over "Führung von 7 Entwicklern", "anyone run a budget?" over "P&L
 * responsibility"), over twelve invented CVs of twelve professions in five languages
 * (fixtures/paraphraseTeamCvs.ts), often across languages. Questions and CVs were written before the
 * concept map was read (fixtures/paraphraseTeamQuestions.ts). Each question is asked as written and
 * with one typo; a positive must cite exactly the people who did it (people whose lines say
 * something close may be cited too) with a quote that proves it; a negative (nothing in any CV, or a
 * shared word in another sense) must be answered "nobody".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../src/answer/types.js';
import { answererOnCvs } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { CV_LANGUAGE, PARAPHRASE_TEAM } from './fixtures/paraphraseTeamCvs.js';
import { CONCEPTS, NEGATIVES, NOBODY } from './fixtures/paraphraseTeamQuestions.js';
import { type Judge, type Lang, typo, verdict } from './support/typedRounds.js';

interface Row {
  readonly concept: string;
  readonly lang: Lang;
  readonly q: string;
  readonly judge: Judge;
  readonly kind: 'same language' | 'cross language' | 'absent' | 'trap';
  readonly register: 'as written' | 'typo';
}

/** Words never typo'd: the question would then ask for another thing (names, short technical words). */
const KEEP = /^(gdpr|dsgvo|nursing|tableau|figma)$/iu;

function rows(): Row[] {
  const base: Omit<Row, 'register'>[] = [];
  for (const c of CONCEPTS) {
    const langs = c.judge.kind === 'people' ? c.judge.files.map((f) => CV_LANGUAGE[f]) : [];
    for (const [lang, q] of c.questions)
      base.push({
        concept: c.id,
        lang,
        q,
        judge: c.judge,
        kind: langs.includes(lang) ? 'same language' : 'cross language',
      });
  }
  for (const [lang, q, kind] of NEGATIVES) base.push({ concept: 'nobody', lang, q, judge: NOBODY, kind });
  const out: Row[] = [];
  for (const r of base) {
    out.push({ ...r, register: 'as written' });
    const typed = typo(r.q, KEEP);
    if (typed && typed !== r.q) out.push({ ...r, q: typed, register: 'typo' });
  }
  return out;
}

const tempDir = temporaryDirs('whoknows-paraphrase-blind-');
let answerer: Answerer;
const results: { r: Row; why: string | undefined; answer: Answer }[] = [];

beforeAll(async () => {
  answerer = await answererOnCvs(PARAPHRASE_TEAM, tempDir);
  for (const r of rows()) {
    const answer = await answerer.ask(r.q);
    results.push({ r, why: verdict(answer, r.judge), answer });
  }
}, 300_000);

const passed = (list: typeof results): number => list.filter((x) => !x.why).length;

describe('paraphrased questions, written blind', () => {
  it('finds the people who did it, in five languages and across them', () => {
    if (process.env.PARAPHRASE_REPORT) {
      const by = (key: (r: Row) => string) => {
        const m = new Map<string, typeof results>();
        for (const x of results) m.set(key(x.r), [...(m.get(key(x.r)) ?? []), x]);
        return [...m].map(([k, list]) => `${k} ${passed(list)}/${list.length}`).join(' · ');
      };
      console.log(`all ${passed(results)}/${results.length}`);
      console.log(by((r) => r.kind));
      console.log(by((r) => r.lang));
      console.log(by((r) => r.register));
      for (const x of results) if (x.why) console.log(`${x.r.lang} ${x.r.kind} [${x.r.concept}] ${x.r.q} → ${x.why}`);
    }
    const positives = results.filter((x) => x.r.judge.kind === 'people');
    const base = positives.filter((x) => x.r.register === 'as written');
    expect(base.length).toBeGreaterThanOrEqual(280);
    expect(passed(positives)).toBeGreaterThanOrEqual(570);
  });

  it('answers "nobody" when no CV did it, also when a word is shared in another sense', () => {
    const negatives = results.filter((x) => x.r.judge.kind === 'nobody');
    expect(negatives.filter((x) => x.r.register === 'as written').length).toBeGreaterThanOrEqual(60);
    expect(passed(negatives)).toBeGreaterThanOrEqual(152);
  });
});
