/** A degree's own text cut into its type and its subject. */
import { namesDegree } from './wordLists.js';

/** "Master of Science in Physics" → type and subject; "BSc, Computer Science" → the same. */
export function splitDegree(text: string): { studyType: string; area?: string } {
  const match = /^(.{2,60}?)(?:\s+(?:in|en|em|im|in the field of)\s+|\s*[,:]\s+|\s+-\s+)(.{2,})$/iu.exec(text);
  if (match && namesDegree(match[1]!)) return { studyType: match[1]!.trim(), area: match[2]!.trim() };
  return { studyType: text.trim() };
}
