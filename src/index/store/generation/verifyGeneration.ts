/**
 * Every file of a generation checked whole: what `npm run embed` does before it keeps an index.
 * Loading checks what it reads (the header, each segment's tables, the graph, the size and
 * checksum of the facts) and leaves each passage and each document's facts to their first read,
 * so a damaged one that no answer has met yet would otherwise go unnoticed until a user meets it.
 */
import type { IndexHeader } from '../manifest/manifest.js';
import { verifyFacts } from '../manifest/factsFile.js';
import { verifyRoleTerms } from '../manifest/roleTermsFile.js';
import { verifySegment } from '../segment/openSegment.js';
import { checkVectorFiles } from '../vectors/vectorFiles.js';
import { checkSegmentSizes } from './installed.js';

/** Throws INDEX_CORRUPT naming the first damaged file of the generation (whose header was read and checked). */
export async function verifyGeneration(generation: string, header: IndexHeader, shownAs: string): Promise<void> {
  // Sizes first: a file cut short is named as such, and costs no read.
  await checkSegmentSizes(generation, header, shownAs);
  for (const record of header.segments) verifySegment(generation, record, shownAs);
  await verifyFacts(generation, header, shownAs);
  verifyRoleTerms(generation, header.roleTerms, header.documents, shownAs);
  if (header.model) await checkVectorFiles(generation, header, shownAs);
}
