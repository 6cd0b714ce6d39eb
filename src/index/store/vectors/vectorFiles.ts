/** `vectors.hnsw` (hnswlib's own format, checksummed in the header) and `vector-labels.bin`: their writer and reader. */
import { readFile, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corrupt, firstLine, readIn, sha256 } from '../files.js';
import { FILES, type IndexHeader } from '../manifest/manifest.js';
import { VectorIndex } from './vectorIndex.js';

/** hnswlib writes through a C++ stream that does not report a full disk: read the file back to be sure it is whole. */
async function checkVectorsWritten(file: string, vectors: VectorIndex, hnsw: IndexHeader['hnsw'], dataDir: string): Promise<void> {
  let points = -1;
  try {
    const written = VectorIndex.read(file, vectors.dimension, hnsw, vectors.labels);
    points = written.count + written.deleted;
  } catch {
    // counted as incomplete below
  }
  if (points === vectors.count + vectors.deleted) return;
  const space = await statfs(dataDir).catch(() => undefined);
  if (space && space.bavail * space.bsize < 1024 * 1024) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
  throw new Error(`${FILES.vectors} was written incompletely`);
}

/** Writes the graph and its labels into a generation folder; returns the graph file's sha256 for the header. */
export async function writeVectors(folder: string, vectors: VectorIndex, hnsw: IndexHeader['hnsw'], dataDir: string): Promise<string> {
  const vectorsFile = path.join(folder, FILES.vectors);
  vectors.write(vectorsFile);
  await checkVectorsWritten(vectorsFile, vectors, hnsw, dataDir);
  const vectorsSha256 = sha256(await readFile(vectorsFile));
  const labels = Int32Array.from(vectors.labels);
  await writeFile(path.join(folder, FILES.vectorLabels), new Uint8Array(labels.buffer));
  return vectorsSha256;
}

/** The graph of a generation whose header lists a model. */
export async function readVectors(generation: string, header: IndexHeader, shownAs: string): Promise<VectorIndex> {
  const model = header.model!;
  const passageCount = header.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
  const bytes = await readIn(generation, FILES.vectors, shownAs);
  if (sha256(bytes) !== header.vectorsSha256) throw corrupt(shownAs, `${FILES.vectors} is damaged (checksum mismatch)`);
  const labelBytes = await readIn(generation, FILES.vectorLabels, shownAs);
  if (labelBytes.length !== passageCount * 4) throw corrupt(shownAs, `${FILES.vectorLabels} holds ${Math.floor(labelBytes.length / 4)} labels for ${passageCount} passages`);
  const labels = Array.from(new Int32Array(labelBytes.buffer.slice(labelBytes.byteOffset, labelBytes.byteOffset + labelBytes.length)));
  let vectors: VectorIndex;
  try {
    vectors = VectorIndex.read(path.join(generation, FILES.vectors), model.dimension, header.hnsw, labels);
  } catch (error) {
    throw corrupt(shownAs, `${FILES.vectors} could not be read: ${firstLine(error)}`);
  }
  if (vectors.count !== passageCount) throw corrupt(shownAs, `${FILES.vectors} does not match the index`);
  return vectors;
}
