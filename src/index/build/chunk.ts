/** The chunk step: a changed or new document → its passages, pointed at the text their citations quote. */
import path from 'node:path';
import { chunkDocument } from '../../chunking/chunkDocument.js';
import type { Passage } from '../../chunking/passage.js';
import type { Config } from '../../config.js';
import type { ProfileDocument } from '../../corpus/document.js';
import { indexPath } from '../store/generation/generations.js';
import { FILES } from '../store/manifest/manifest.js';
import type { BuildInputs } from './inputs.js';

/** Where a converted document's text is reached through the index link, relative to the project root. */
function textSourceOf(doc: ProfileDocument, config: Config): string | undefined {
  if (!doc.textName) return undefined;
  const file = path.join(indexPath(config.dataDir), FILES.texts, doc.textName);
  return path.relative(config.projectRoot, file).split(path.sep).join('/');
}

/** Points a converted document's passages at its text file, and gives PDF passages their pages. */
function inTextFile(passage: Passage, doc: ProfileDocument, textSource: string | undefined): Passage {
  if (!textSource) return passage;
  const pages = doc.pages?.slice(passage.startLine - 1, passage.endLine);
  return { ...passage, textSource, ...(pages ? { pages } : {}) };
}

export function chunk(doc: ProfileDocument, config: Config, inputs: BuildInputs): Passage[] {
  const textSource = textSourceOf(doc, config);
  const { count: countTokens, maxTokens } = inputs.tokens;
  const options = { countTokens, maxTokens, forModel: inputs.embedder !== null };
  return chunkDocument(doc, options).map((passage) => inTextFile(passage, doc, textSource));
}
