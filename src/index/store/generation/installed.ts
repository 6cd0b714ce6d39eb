/** Reading the installed generation: its folder, its header, and a check of its files' sizes. */
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../../../errors.js';
import { corrupt, readFault, readIn } from '../files.js';
import { parseHeaderBytes, readCorpusReadAt } from '../manifest/header.js';
import { FILES, type IndexHeader } from '../manifest/manifest.js';
import { indexPath, isLegacyIndex } from './generations.js';

/** When the installed index's build read its corpus (0 for an index from before this was recorded, or none). */
export async function readInstalledCorpusReadAt(dataDir: string): Promise<number> {
  return readCorpusReadAt(path.join(indexPath(dataDir), FILES.header));
}

/** The installed index's header and the generation folder it is in; INDEX_MISSING / INDEX_CORRUPT otherwise. */
export async function readInstalled(
  dataDir: string,
): Promise<{ readonly generation: string; readonly header: IndexHeader }> {
  const link = indexPath(dataDir);
  if (isLegacyIndex(dataDir)) throw createError('INDEX_OLD_FORMAT', link, 'JSON files');
  if (!existsSync(path.join(link, FILES.header))) throw createError('INDEX_MISSING', link);
  // Resolve the link once: a rebuild may swap it mid-load, and every file must come from one generation.
  let generation: string;
  try {
    generation = await realpath(link);
  } catch (error) {
    throw corrupt(link, readFault('the index link', error));
  }
  const header = parseHeaderBytes(await readIn(generation, FILES.header, link), link);
  return { generation, header };
}

/** The size of a generation's file, or INDEX_CORRUPT naming it when it can't be read. */
async function sizeOf(generation: string, name: string, shownAs: string): Promise<number> {
  return stat(path.join(generation, name)).then(
    (info) => info.size,
    (error: unknown) => {
      throw corrupt(shownAs, readFault(name, error));
    },
  );
}

/**
 * Checks that every segment, the facts and the role terms of a generation are there at their recorded sizes,
 * without reading them: the first of a build's checks (verifyGeneration.ts reads them whole).
 */
export async function checkSegmentSizes(generation: string, header: IndexHeader, shownAs: string): Promise<void> {
  for (const record of header.segments) {
    const name = `${FILES.segments}/${record.file}`;
    const size = await sizeOf(generation, name, shownAs);
    if (size !== record.bytes)
      throw corrupt(shownAs, `${name} is ${size} bytes, not ${record.bytes} (cut short or replaced)`);
  }
  const lineFiles = [
    [FILES.facts, header.facts],
    [FILES.roleTerms, header.roleTerms],
    [FILES.roleTables, header.roleTerms?.tables],
  ] as const;
  for (const [name, record] of lineFiles) {
    if (!record) continue;
    const size = await sizeOf(generation, name, shownAs);
    if (size !== record.bytes)
      throw corrupt(shownAs, `${name} is ${size} bytes, not ${record.bytes} (cut short or replaced)`);
  }
}
