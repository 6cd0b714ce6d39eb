import type { ReadOutcome } from './types.js';
export function readLatex(_text: string): ReadOutcome {
  return { kind: 'skipped', reason: 'LaTeX not read yet (this version reads Markdown, text and PDF)' };
}
