/**
 * Passages as they are sent to the segment-writing thread: a passage's embedded form is usually
 * its heading line, a line break, then its text, and its heading and text are sent anyway. Sent
 * without it, a segment's passages copy to the thread in about half the bytes (the heading's ›
 * makes the embedded form a two-byte string, the largest thing copied) and half the time, and the
 * thread puts the same string back before encoding, so the segment's bytes are the same.
 */
import { passageHeading, type Passage } from '../../../chunking/passage.js';

/** A passage as sent: its embedded form left out (undefined) when it is its heading line then its text. */
export type SentPassage = Omit<Passage, 'embedText'> & { readonly embedText: string | undefined };

/** Whether `embedText` is `heading`, a line break, then `text`: compared in place, not built again to compare. */
export function isHeadingThenText(embedText: string, heading: string, text: string): boolean {
  return (
    typeof embedText === 'string' &&
    embedText.length === heading.length + 1 + text.length &&
    embedText.charCodeAt(heading.length) === 0x0a &&
    embedText.startsWith(heading) &&
    embedText.endsWith(text)
  );
}

/** Only a plain passage (as the chunker makes them) is sent without it: any other is sent as it is. */
function headingOf(passage: Omit<Passage, 'embedText'>): string | undefined {
  const { person, sectionPath, text } = passage;
  const plain = typeof person === 'string' && Array.isArray(sectionPath) && typeof text === 'string';
  return plain ? passageHeading(person, sectionPath) : undefined;
}

export function toSend(passages: readonly Passage[]): SentPassage[] {
  return passages.map((passage) => {
    const heading = headingOf(passage);
    const repeats = heading !== undefined && isHeadingThenText(passage.embedText, heading, passage.text);
    return repeats ? { ...passage, embedText: undefined } : passage;
  });
}

export function received(passages: readonly SentPassage[]): Passage[] {
  return passages.map((passage) =>
    passage.embedText === undefined
      ? { ...passage, embedText: `${headingOf(passage)}\n${passage.text}` }
      : (passage as Passage),
  );
}
