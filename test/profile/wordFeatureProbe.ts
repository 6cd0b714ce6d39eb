/**
 * The Word-features probe: reads the CVs of syntheticWordFeatures.ts (and the pandoc CVs committed in
 * test/fixtures/wordfeatures/) through the real path (the corpus reader, chunking, the profile
 * readers) and counts per class the fields read wrong: the name, e-mail and phone, roles and
 * schools by realcv's matching rules (scoreOffice.ts), languages and skills missed, text shown that
 * the document does not show (deleted text, comments, placeholders) and text shown twice or never
 * that it shows once.
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
import { WRONG_KEYS, wrongOf } from '../fixtures/office/scoreOffice.js';
import type { WordCv } from './syntheticWordFeatures.js';

export const WORD_WRONG_KEYS = ['name', 'email', 'phone', ...WRONG_KEYS, 'shown', 'repeated'] as const;
export type WordWrong = Record<(typeof WORD_WRONG_KEYS)[number], number>;

export interface WordRead {
  readonly cv: WordCv;
  readonly lines: readonly string[];
  readonly profile: Profile;
}

/** Every CV written to a temporary corpus folder and read as `npm run embed` reads it. */
export async function readWordCvs(cvs: readonly WordCv[]): Promise<WordRead[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-word-features-'));
  try {
    await Promise.all(cvs.map((cv) => writeFile(path.join(dir, cv.file), cv.docx)));
    const { documents } = await readCorpus(dir, PROJECT_ROOT);
    const byFile = new Map(documents.map((doc) => [path.basename(doc.source), doc]));
    return cvs.map((cv) => {
      const doc = byFile.get(cv.file);
      if (!doc) throw new Error(`the corpus reader skipped ${cv.file}`);
      const passages = chunkDocument(doc, { countTokens: estimateTokens, maxTokens: ESTIMATE_MAX_TOKENS });
      return { cv, lines: doc.lines, profile: documentProfile(passages, doc, PROJECT_ROOT) };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;
const digits = (text: string) => text.replace(/\D/g, '');

/** What one CV's reading gets wrong, field by field, and the misses in words. */
export function wordWrong(read: WordRead): { wrong: WordWrong; misses: string[] } {
  const { cv, profile, lines } = read;
  const { wrong: fields, misses } = wrongOf(cv.gold, profile);
  const b = profile.basics;
  const emails = b.emails ?? (b.email ? [b.email] : []);
  const phones = (b.phones ?? (b.phone ? [b.phone] : [])).map(digits);
  const text = lines.join('\n');
  const shown = cv.absent.filter((part) => text.includes(part));
  const repeated = cv.once.filter((part) => occurrences(text, part) !== 1);
  const wrong: WordWrong = {
    name: b.name === cv.gold.name ? 0 : 1,
    email: emails.some((e) => e.toLowerCase() === cv.gold.email) ? 0 : 1,
    phone: phones.includes(digits(cv.gold.phone)) ? 0 : 1,
    ...fields,
    shown: shown.length,
    repeated: repeated.length,
  };
  if (wrong.name) misses.unshift(`name: got ${b.name}`);
  if (wrong.email) misses.unshift(`email: got ${emails.join(', ')}`);
  if (wrong.phone) misses.unshift(`phone: got ${phones.join(', ')}`);
  misses.push(...shown.map((part) => `shown: ${part}`), ...repeated.map((part) => `not once: ${part}`));
  return { wrong, misses };
}

/** Wrong fields summed per class. */
export function wordCounts(reads: readonly WordRead[]): Map<string, WordWrong> {
  const counts = new Map<string, WordWrong>();
  for (const read of reads) {
    const { wrong } = wordWrong(read);
    const sum = counts.get(read.cv.className);
    if (!sum) counts.set(read.cv.className, { ...wrong });
    else for (const key of WORD_WRONG_KEYS) sum[key] += wrong[key];
  }
  return counts;
}

export const total = (w: WordWrong) => WORD_WRONG_KEYS.reduce((sum, key) => sum + w[key], 0);

export function wordTable(counts: ReadonlyMap<string, WordWrong>): string {
  const head = `${'class'.padEnd(22)}${WORD_WRONG_KEYS.map((k) => k.slice(0, 8).padStart(9)).join('')}    all`;
  const rows = [...counts].map(
    ([key, w]) =>
      `${key.padEnd(22)}${WORD_WRONG_KEYS.map((k) => String(w[k]).padStart(9)).join('')}${String(total(w)).padStart(7)}`,
  );
  return [head, ...rows].join('\n');
}
