import type { ReadOutcome } from './types.js';
export function readJsonResume(_text: string): ReadOutcome {
  return { kind: 'skipped', reason: 'JSON Resume not read yet (this version reads Markdown, text and PDF)' };
}
