/** `vectors.hnsw` (hnswlib's own format, checksummed in the header) and `vector-labels.bin`: their writer and reader. */
import { readFile, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { corrupt, firstLine, readIn, sha256 } from '../files.js';
import { FILES, type IndexHeader } from '../manifest/manifest.js';
import type { VectorIndex } from './vectorIndex.js';

/** The native graph library is loaded when a graph is read: a lexical-only index never loads it. */
const vectorIndex = async () => (await import('./vectorIndex.js')).VectorIndex;

/** hnswlib writes through a C++ stream that does not report a full disk: read the file back to be sure it is whole. */
async function checkVectorsWritten(
  file: string,
  vectors: VectorIndex,
  hnsw: IndexHeader['hnsw'],
  dataDir: string,
): Promise<void> {
  let points = -1;
  const VectorIndex = await vectorIndex();
  try {
    const written = VectorIndex.read(file, vectors.dimension, hnsw, vectors.labels);
    points = written.count + written.deleted;
  } catch {
    // counted as incomplete below
  }
  if (points === vectors.count + vectors.deleted) return;
  const space = await statfs(dataDir).catch(() => undefined);
  if (space && space.bavail * space.bsize < 1024 * 1024)
    throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
  throw new Error(`${FILES.vectors} was written incompletely`);
}

/** What the header records of the graph and its labels. */
export interface VectorsWritten {
  readonly sha256: string;
  readonly labelsCrc32: number;
}

/** Writes the graph and its labels into a generation folder; returns their checksums for the header. */
export async function writeVectors(
  folder: string,
  vectors: VectorIndex,
  hnsw: IndexHeader['hnsw'],
  dataDir: string,
): Promise<VectorsWritten> {
  const vectorsFile = path.join(folder, FILES.vectors);
  vectors.write(vectorsFile);
  await checkVectorsWritten(vectorsFile, vectors, hnsw, dataDir);
  const vectorsSha256 = sha256(await readFile(vectorsFile));
  const labels = new Uint8Array(Int32Array.from(vectors.labels).buffer);
  await writeFile(path.join(folder, FILES.vectorLabels), labels);
  return { sha256: vectorsSha256, labelsCrc32: crc32(labels) };
}

/**
 * Checks the graph's file against its checksum and its labels (count, checksum, each a distinct
 * label ≥ 0), without handing the graph to the native reader: what loading does first, and all
 * `npm run embed` needs to know the files are whole. Returns the labels.
 */
export async function checkVectorFiles(generation: string, header: IndexHeader, shownAs: string): Promise<number[]> {
  const passageCount = header.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
  const bytes = await readIn(generation, FILES.vectors, shownAs);
  if (sha256(bytes) !== header.vectorsSha256) throw corrupt(shownAs, `${FILES.vectors} is damaged (checksum mismatch)`);
  const labelBytes = await readIn(generation, FILES.vectorLabels, shownAs);
  if (labelBytes.length !== passageCount * 4)
    throw corrupt(
      shownAs,
      `${FILES.vectorLabels} holds ${Math.floor(labelBytes.length / 4)} labels for ${passageCount} passages`,
    );
  // Absent in indexes written before it was recorded: the checks below still hold for them.
  if (header.vectorLabelsCrc32 !== undefined && crc32(labelBytes) !== header.vectorLabelsCrc32) {
    throw corrupt(shownAs, `${FILES.vectorLabels} is damaged (checksum mismatch)`);
  }
  const labels = Array.from(
    new Int32Array(labelBytes.buffer.slice(labelBytes.byteOffset, labelBytes.byteOffset + labelBytes.length)),
  );
  // Two passages on one point would answer with each other's vector.
  const seen = new Set<number>();
  for (const label of labels) {
    if (label < 0 || seen.has(label)) {
      const why = label < 0 ? 'is negative' : 'repeats';
      throw corrupt(shownAs, `${FILES.vectorLabels} is damaged (label ${label} ${why})`);
    }
    seen.add(label);
  }
  return labels;
}

/** The graph of a generation whose header lists a model. */
export async function readVectors(generation: string, header: IndexHeader, shownAs: string): Promise<VectorIndex> {
  const model = header.model!;
  const labels = await checkVectorFiles(generation, header, shownAs);
  const VectorIndex = await vectorIndex();
  let vectors: VectorIndex;
  try {
    vectors = VectorIndex.read(path.join(generation, FILES.vectors), model.dimension, header.hnsw, labels);
  } catch (error) {
    throw corrupt(shownAs, `${FILES.vectors} could not be read: ${firstLine(error)}`);
  }
  if (vectors.count !== labels.length) throw corrupt(shownAs, `${FILES.vectors} does not match the index`);
  return vectors;
}
