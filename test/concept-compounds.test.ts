/**
 * German compounds in questions: a joined word no profile holds is read by its head, the last part,
 * when that is an asked wording of the concept map ("Nachtbereitschaft" is a kind of
 * "Bereitschaft", "Kundenbeschwerden" of "Beschwerden"), over the blind probe's CVs
 * (fixtures/paraphraseTeamCvs.ts). Never by its first part: "Kinderbücher" are books, not children;
 * "Schiffsreparaturen" are repairs, not a ship. Whatever the intent a question first looks like
 * (a skill, an employer), the compound sends it to the passages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { answererOnCvs } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { PARAPHRASE_TEAM } from './fixtures/paraphraseTeamCvs.js';
import { type Judge, verdict } from './support/typedRounds.js';

const who = (evidence: Record<string, string[]>, ...maybe: string[]): Judge => ({
  kind: 'people',
  files: Object.keys(evidence),
  mode: 'exact',
  optional: maybe,
  evidence,
});
const NOBODY: Judge = { kind: 'nobody' };

const ONCALL = who({ 'jonas.md': ['Rufbereitschaft'], 'rafael.md': ['sobreaviso'] });
const ROWS: readonly (readonly [string, Judge])[] = [
  ['wer hat schon mal nachtbereitschaft gemacht?', ONCALL],
  ['wer hatte wochenendbereitschaft?', ONCALL],
  ['wer hat hotelreservierungen bearbeitet?', who({ 'carmen.md': ['reservas'] })],
  ['wer hat zimmerreservierungen gemacht?', who({ 'carmen.md': ['reservas'] })],
  ['wer hat lagerinventuren gemacht?', who({ 'kofi.txt': ['stock counts'] })],
  ['wer hat jahresinventuren gemacht?', who({ 'kofi.txt': ['stock counts'] })],
  ['wer hat kundenbeschwerden bearbeitet?', who({ 'carmen.md': ['quejas'] })],
  ['wer hat kundenreklamationen bearbeitet?', who({ 'carmen.md': ['quejas'] })],
  ['wer hat fischerboote gebaut?', NOBODY],
  ['wer hat als feuerwehrmann gearbeitet?', NOBODY],
  ['wer hat lagerhallen gebaut?', NOBODY],
  ['wer hat kinderbücher geschrieben?', NOBODY],
  ['wer hat schiffsreparaturen gemacht?', NOBODY],
  ['wer hat fußballmannschaften trainiert?', NOBODY],
];

const tempDir = temporaryDirs('whoknows-concept-compounds-');
let answerer: Answerer;
const results: { q: string; judge: Judge; why: string | undefined }[] = [];

beforeAll(async () => {
  answerer = await answererOnCvs(PARAPHRASE_TEAM, tempDir);
  for (const [q, judge] of ROWS) results.push({ q, judge, why: verdict(await answerer.ask(q), judge) });
}, 120_000);

describe('German compounds read by their head', () => {
  it('finds the people a compound asks about by its head', () => {
    const wrong = results.filter((r) => r.judge.kind === 'people' && r.why).map((r) => `${r.q} → ${r.why}`);
    expect(wrong).toEqual([]);
  });

  it('keeps a compound whose first part alone is a mapped word "nobody"', () => {
    const wrong = results.filter((r) => r.judge.kind === 'nobody' && r.why).map((r) => `${r.q} → ${r.why}`);
    expect(wrong).toEqual([]);
  });
});
