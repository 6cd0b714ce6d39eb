/**
 * The layout the HTML and LaTeX readers share: every piece of text goes on the line of the file it
 * stands on, so the converted text keeps the file's line numbers and a citation points at the
 * file's own lines too. Block breaks within one line of the file become ` · `.
 */

export interface Piece {
  readonly text: string;
  /**
   * 0-based line of the file; negative for a piece that goes wherever the visible text before it
   * went (a separator between table cells). A `\n` piece is a block break, and goes there too.
   */
  readonly line: number;
}

/** `tidy`: the format's own clean-up of one block's text (whitespace, dangling separators). */
export function alignedLines(pieces: readonly Piece[], lineCount: number, tidy: (text: string) => string): string[] {
  const byLine: string[][] = Array.from({ length: lineCount }, () => []);
  let last = 0;
  for (const piece of pieces) {
    const line = piece.line < 0 || piece.text === '\n' ? last : Math.min(piece.line, lineCount - 1);
    byLine[line]!.push(piece.text);
    if (piece.text.trim() !== '') last = line;
  }
  return byLine.map((parts) =>
    parts
      .join('')
      .split('\n')
      .map(tidy)
      .filter((part) => part !== '')
      .join(' · '),
  );
}
