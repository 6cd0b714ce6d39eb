/**
 * `npm run profile-misses [-- --realcv DIR]`: the structured profiles read from realcv's documents
 * (no model, no index: the corpus readers, chunking with the token estimate, the profile readers),
 * judged on the development half only, with every miss per file and field. The holdout half is
 * never shown here: `npm run eval` prints its summary line, which is the only look at it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import { PROJECT_ROOT } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { ESTIMATE_MAX_TOKENS, estimateTokens } from '../src/embedding/tokenEstimate.js';
import { devHalfMisses, halfOf } from '../src/evaluation/profileScores.js';
import { documentProfile } from '../src/profile/storeProfile.js';
import { scriptArgs } from './scriptArgs.js';

const { values } = scriptArgs({ realcv: { type: 'string' } }, 'usage: npm run profile-misses [-- --realcv DIR]');
const realcvDir = path.resolve(values.realcv ?? path.join(PROJECT_ROOT, '..', 'shared', 'realcv'));
if (!existsSync(path.join(realcvDir, 'profiles.jsonl'))) {
  console.error(`No realcv set at ${realcvDir} (profiles.jsonl missing). Pass --realcv DIR.`);
  process.exit(2);
}
const { documents } = await readCorpus(path.join(realcvDir, 'docs'), PROJECT_ROOT);
const people = documents
  .filter((doc) => halfOf(path.basename(doc.source)) === 'dev')
  .map((doc) => {
    const passages = chunkDocument(doc, { countTokens: estimateTokens, maxTokens: ESTIMATE_MAX_TOKENS });
    return {
      person: doc.person.name,
      source: doc.source,
      profile: documentProfile(passages, { ...doc, source: doc.source }, PROJECT_ROOT),
    };
  });
process.stdout.write(devHalfMisses(realcvDir, people));
