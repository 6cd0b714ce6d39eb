/** A line that starts with a section's name as a label: "Languages: English, German", "Idiomas: …". */
import { headingKind } from './sections.js';
import type { SectionKind } from './wordLists.js';

export function lineKindLabel(text: string): { kind: SectionKind; rest: string } | undefined {
  const match = /^([^:：]{2,40})[:：]\s*(.+)$/u.exec(text);
  if (!match) return undefined;
  const kind = headingKind(match[1]!);
  return kind ? { kind, rest: match[2]! } : undefined;
}
