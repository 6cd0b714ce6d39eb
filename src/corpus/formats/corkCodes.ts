/**
 * pdflatex sets T1-encoded text (`\usepackage[T1]{fontenc}`) in bitmap Type 3 fonts when no outline
 * font is installed, and such fonts carry no map to Unicode: pdfjs then passes the font's own codes
 * through, and a CV's "Profissional" reads "Pro\x1Cssional", its "2015 – 2020" "2015 \x15 2020",
 * its "Ł" a control character. Control characters never stand in a page's text otherwise, so each
 * is read as the T1 ("Cork") glyph at its code; the bullet of the companion TS1 font
 * (`\textbullet`, code 0x88) stands alone between spaces, where T1's "Ĺ" never does.
 */

/** T1 codes 0x0E–0x1F: quotes, dashes, dotless i and j, and the ff/fi/fl/ffi/ffl ligatures. */
const LOW = '‹›“”„«»–—\u0000\u0000ıȷ';
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl'];
/** T1 codes 0x80–0x9F: capitals with accents of central European languages, "đ" and "§". */
const HIGH = 'ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§';

function glyph(code: number): string {
  if (code >= 0x80) return HIGH[code - 0x80]!;
  if (code >= 0x1b) return LIGATURES[code - 0x1b]!;
  // The compound-word mark (0x17) and the per-mille zero (0x18) show nothing.
  return LOW[code - 0x0e]!.replace('\u0000', '');
}

/** The text with each T1 code a font without a Unicode map left in it read as its glyph. */
export function fromCorkCodes(text: string): string {
  if (!/[\u000e-\u001f\u0080-\u009f]/.test(text)) return text;
  return text
    .replace(/(^|\s)\u0088(?=\s|$)/g, '$1•')
    .replace(/[\u000e-\u001f\u0080-\u009f]/g, (char) => glyph(char.charCodeAt(0)));
}
