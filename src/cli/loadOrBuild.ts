/** The index a terminal command reads: the installed one, built first (with a log line) when there is none. */
import type { Config } from '../config.js';
import { openModel } from '../embedding/openModel.js';
import { buildIndex } from '../index/build/buildIndex.js';
import { type LoadedIndex, loadIndex } from '../index/read/loadIndex.js';
import { indexExists } from '../index/store/generation/generations.js';
import { log } from '../log.js';

export async function loadOrBuildIndex(config: Config): Promise<LoadedIndex> {
  if (!indexExists(config.dataDir)) {
    log.info('No index yet: building it now.');
    const model = await openModel(config);
    if (model.warning) log.warn(model.warning);
    await buildIndex(config, { embedder: model.embedder, tokens: model.tokens, warn: log.warn });
  }
  return loadIndex(config.dataDir);
}
