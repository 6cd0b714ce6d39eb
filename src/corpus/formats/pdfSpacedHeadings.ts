/**
 * Headings set with character spacing ("W O R K   E X P E R I E N C E"): pdfjs gives such a run as
 * its letters one space apart, and the wider space between its words is lost among them.
 */
import { sectionOfHeading } from '../../text/sectionHeadings.js';

const SPACED_LETTERS = /^(?:\p{L}\p{M}* )+\p{L}\p{M}*$/u;
/** Letters a letter-spaced run must hold before its words are looked for: "C V" is no heading. */
const MIN_SPACED_LETTERS = 4;

/**
 * A run set with character spacing reaches pdfjs as its letters one space apart, the space between
 * its words lost among them ("F o r m a ç ã o a c a d ê m i c a"). When the letters, with the
 * words split in one or two places, make a section heading, that heading is the run's text; any
 * other letter-spaced run stays as it was, since nothing tells where its words end.
 */
export function headingWords(text: string): string {
  if (!SPACED_LETTERS.test(text)) return text;
  const letters = text.split(' ');
  if (letters.length < MIN_SPACED_LETTERS) return text;
  const joined = (cuts: readonly number[]) =>
    [0, ...cuts].map((from, i) => letters.slice(from, cuts[i] ?? letters.length).join('')).join(' ');
  if (sectionOfHeading(joined([])) !== undefined) return joined([]);
  for (let a = 2; a < letters.length - 1; a++) {
    if (sectionOfHeading(joined([a])) !== undefined) return joined([a]);
    for (let b = a + 2; b < letters.length - 1; b++)
      if (sectionOfHeading(joined([a, b])) !== undefined) return joined([a, b]);
  }
  return text;
}
