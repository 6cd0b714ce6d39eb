/**
 * Runs the synthetic layout bench through the real path (the corpus readers on files written to a
 * temporary folder, chunking, the profile readers) and scores each class field by field: name,
 * email, phone, employer F1, employer-with-dates F1, title accuracy, school F1, degree accuracy,
 * skills recall, languages F1. Matching is stricter than realcv's judge: equal after case folding,
 * accents kept.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chunkDocument } from '../../src/chunking/chunkDocument.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import { ESTIMATE_MAX_TOKENS, estimateTokens } from '../../src/embedding/tokenEstimate.js';
import { documentProfile } from '../../src/profile/storeProfile.js';
import type { Profile } from '../../src/profile/types.js';
import type { Expected, SyntheticCv } from './syntheticCvs.js';
import { beforeAll, expect } from 'vitest';

export const FIELDS = [
  'name',
  'email',
  'phone',
  'employer',
  'dates',
  'title',
  'school',
  'degree',
  'skills',
  'langs',
] as const;
export type Field = (typeof FIELDS)[number];

/** Right and total per field (F1 fields keep true positives, extracted and expected counts). */
interface Tally {
  right: number;
  got: number;
  want: number;
}
export type ClassScores = Record<Field, number | undefined>;

const norm = (text: string | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const STOP = new Set(['in', 'em', 'en', 'of', 'de', 'the']);
const degreeWords = (text: string) =>
  new Set(
    norm(text)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );
const sameDegree = (want: string, got: string) => {
  const a = degreeWords(want);
  const b = degreeWords(got);
  return a.size === b.size && [...a].every((w) => b.has(w));
};

function f1(t: Tally): number | undefined {
  if (t.got + t.want === 0) return undefined;
  return t.got + t.want === 0 ? 1 : (2 * t.right) / (t.got + t.want);
}

function add(tallies: Record<Field, Tally>, field: Field, right: number, got: number, want: number): void {
  const t = tallies[field];
  t.right += right;
  t.got += got;
  t.want += want;
}

export function scoreOne(expected: Expected, profile: Profile, tallies: Record<Field, Tally>): void {
  const b = profile.basics;
  add(tallies, 'name', norm(b.name) === norm(expected.name) ? 1 : 0, 1, 1);
  const emails = b.emails ?? (b.email ? [b.email] : []);
  add(tallies, 'email', emails.some((e) => norm(e) === norm(expected.email)) ? 1 : 0, emails.length, 1);
  const phones = (b.phones ?? (b.phone ? [b.phone] : [])).map((x) => x.replace(/\D/g, ''));
  // A CV that gives no phone number states none: any number read from it is a wrong one.
  const wanted = expected.phone ? 1 : 0;
  add(tallies, 'phone', wanted && phones.includes(expected.phone.replace(/\D/g, '')) ? 1 : 0, phones.length, wanted);
  const used = new Set<number>();
  let employers = 0;
  let dated = 0;
  let titled = 0;
  for (const role of expected.work) {
    const at = profile.work.findIndex((w, i) => !used.has(i) && norm(w.name) === norm(role.employer));
    if (at < 0) continue;
    used.add(at);
    const got = profile.work[at]!;
    employers++;
    if (got.startDate === role.start && got.endDate === role.end) dated++;
    if (norm(got.position) === norm(role.title)) titled++;
  }
  add(tallies, 'employer', employers, profile.work.length, expected.work.length);
  add(tallies, 'dates', dated, profile.work.length, expected.work.length);
  if (expected.work.length) add(tallies, 'title', titled, employers, employers);
  const schoolsUsed = new Set<number>();
  let schools = 0;
  let degrees = 0;
  for (const school of expected.education) {
    const at = profile.education.findIndex(
      (e, i) => !schoolsUsed.has(i) && norm(e.institution) === norm(school.institution),
    );
    if (at < 0) continue;
    schoolsUsed.add(at);
    schools++;
    const got = profile.education[at]!;
    if (sameDegree(school.degree, [got.studyType, got.area].filter(Boolean).join(' '))) degrees++;
  }
  add(tallies, 'school', schools, profile.education.length, expected.education.length);
  if (expected.education.length) add(tallies, 'degree', degrees, schools, schools);
  const skills = new Set(profile.skills.flatMap((s) => [s.name, ...s.keywords]).map(norm));
  const found = expected.skills.filter((s) => skills.has(norm(s))).length;
  if (expected.skills.length) add(tallies, 'skills', found, expected.skills.length, expected.skills.length);
  const langs = new Set(profile.languages.map((l) => norm(l.language)));
  const langRight = expected.languages.filter((l) => langs.has(norm(l))).length;
  add(tallies, 'langs', langRight, langs.size, expected.languages.length);
}

const ACCURACY: ReadonlySet<Field> = new Set(['title', 'degree', 'skills']);

/**
 * The bench over `cvs`, run once before the calling file's tests: its fields are filled by then, so
 * tests read `bench.scores` and `bench.profiles`. Hundreds of CVs through every reader take minutes
 * on a loaded machine, hence the long hook timeout.
 */
export function benchBeforeAll(cvs: readonly SyntheticCv[], timeoutMs = 300_000): BenchRun {
  const bench: BenchRun = { scores: new Map(), profiles: new Map() };
  beforeAll(async () => {
    Object.assign(bench, await runBench(cvs));
  }, timeoutMs);
  return bench;
}

export interface BenchRun {
  scores: Map<string, ClassScores>;
  profiles: Map<SyntheticCv, Profile>;
}

/** Reads every CV through the corpus readers and scores each class; also returns each CV's profile. */
export async function runBench(cvs: readonly SyntheticCv[]): Promise<BenchRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-profile-bench-'));
  try {
    await Promise.all(
      cvs.map((cv, i) => writeFile(path.join(dir, `${String(i).padStart(4, '0')}-${cv.file}`), cv.text)),
    );
    const { documents } = await readCorpus(dir, PROJECT_ROOT);
    const bySource = new Map(documents.map((doc) => [path.basename(doc.source), doc]));
    const tallies = new Map<string, Record<Field, Tally>>();
    const profiles = new Map<SyntheticCv, Profile>();
    cvs.forEach((cv, i) => {
      const doc = bySource.get(`${String(i).padStart(4, '0')}-${cv.file}`);
      if (!doc) throw new Error(`the corpus reader skipped synthetic CV ${i} (${cv.className})`);
      const passages = chunkDocument(doc, { countTokens: estimateTokens, maxTokens: ESTIMATE_MAX_TOKENS });
      const profile = documentProfile(
        passages,
        { ...doc, source: path.join(dir, path.basename(doc.source)) },
        PROJECT_ROOT,
      );
      profiles.set(cv, profile);
      const t =
        tallies.get(cv.className) ??
        (Object.fromEntries(FIELDS.map((f) => [f, { right: 0, got: 0, want: 0 }])) as Record<Field, Tally>);
      tallies.set(cv.className, t);
      scoreOne(cv.expected, profile, t);
    });
    const scores = new Map<string, ClassScores>();
    for (const [name, t] of tallies) {
      scores.set(
        name,
        Object.fromEntries(
          FIELDS.map((f) => [f, ACCURACY.has(f) ? (t[f].want ? t[f].right / t[f].want : undefined) : f1(t[f])]),
        ) as ClassScores,
      );
    }
    return { scores, profiles };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A class's scores on those of `fields` it states (a field it does not state has no score). */
export function statedScores(row: ClassScores, fields: readonly Field[]): Partial<Record<Field, number>> {
  return Object.fromEntries(fields.filter((f) => row[f] !== undefined).map((f) => [f, row[f]]));
}

/** Every one of `fields` a class states is read whole (1.00), and it states more than `moreThan` of them. */
export function expectReadWhole(row: ClassScores, fields: readonly Field[], moreThan: number): void {
  const stated = statedScores(row, fields);
  expect(Object.keys(stated).length).toBeGreaterThan(moreThan);
  expect(stated).toEqual(Object.fromEntries(Object.keys(stated).map((f) => [f, 1])));
}

/** The per-class table, one row per class, as the final report shows it. */
export function benchTable(scores: Map<string, ClassScores>): string {
  const cell = (v: number | undefined) => (v === undefined ? '   - ' : v.toFixed(2).padStart(5));
  const rows = [...scores].map(([name, s]) => `${name.padEnd(52)} ${FIELDS.map((f) => cell(s[f])).join(' ')}`);
  return [`${'class'.padEnd(52)} ${FIELDS.map((f) => f.padStart(5).slice(0, 5)).join(' ')}`, ...rows].join('\n');
}
