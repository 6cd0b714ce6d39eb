import type { ReadOutcome } from './types.js';
export async function readDocx(_bytes: Uint8Array): Promise<ReadOutcome> {
  return { kind: 'skipped', reason: 'DOCX not read yet (this version reads Markdown, text and PDF)' };
}
