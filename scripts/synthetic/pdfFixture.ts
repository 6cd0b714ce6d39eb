/**
 * Writes small PDFs byte by byte for the format tests: text placed at given positions in
 * Helvetica (a standard font every reader knows the widths of), image-only pages, and an
 * "encrypted" PDF whose user password is not empty. No library: the format is simple enough, and
 * the tests then control exactly where every run of text sits.
 */

export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly text: string;
  /** Set a quarter turn, reading upwards (a vertical sidebar label). */
  readonly vertical?: boolean;
  /** Extra space after every character, in points (PDF `Tc`): letter-spaced capitals. */
  readonly charSpacing?: number;
  /**
   * Sets each word as a run of its own, this many thousandths of an em apart instead of a space
   * (PDF `TJ` offsets), as Word and Canva exports place text: one line, several runs, odd spacing.
   */
  readonly wordGap?: number;
}

export interface FixturePage {
  readonly texts?: readonly PlacedText[];
  /** Draws a small grey image filling the page: what a scanned page looks like to a reader. */
  readonly image?: boolean;
}

/** WinAnsi's bytes for the punctuation CVs use outside latin-1: dashes, bullets, quotes. */
const WIN_ANSI: Readonly<Record<string, string>> = {
  '–': '\x96',
  '—': '\x97',
  '•': '\x95',
  '’': '\x92',
  '‘': '\x91',
  '“': '\x93',
  '”': '\x94',
  '€': '\x80',
};

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[–—•’‘“”€]/g, (char) => WIN_ANSI[char]!);
}

/** The show operator for a run: one string, or its words apart by `wordGap` (see PlacedText). */
function shown(run: PlacedText): string {
  if (!run.wordGap) return `(${escapePdfString(run.text)}) Tj`;
  const words = run.text.split(' ').map((word) => `(${escapePdfString(word)})`);
  return `[${words.join(` -${run.wordGap} `)}] TJ`;
}

function contentStream(page: FixturePage): string {
  const parts: string[] = [];
  if (page.image) parts.push('q 612 0 0 792 0 0 cm /Im1 Do Q');
  for (const run of page.texts ?? []) {
    const place = run.vertical ? `0 1 -1 0 ${run.x} ${run.y} Tm` : `${run.x} ${run.y} Td`;
    // Character spacing is graphics state: set back to none after the run, so later runs are not spaced.
    const [spaced, unspaced] = run.charSpacing ? [`${run.charSpacing} Tc `, ' 0 Tc'] : ['', ''];
    parts.push(`BT /F1 ${run.size} Tf ${spaced}${place} ${shown(run)}${unspaced} ET`);
  }
  return parts.join('\n');
}

export interface PdfOptions {
  /** Adds a Standard security handler with a non-empty user password: readers must ask for it. */
  readonly passwordProtected?: boolean;
}

/** A complete PDF (latin-1 text and WinAnsi's punctuation only) with one page per entry of `pages`. */
export function makePdf(pages: readonly FixturePage[], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObject = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const image = add(
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream',
  );
  const kids: number[] = [];
  for (const page of pages) {
    const stream = contentStream(page);
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt: number | undefined;
  if (options.passwordProtected) {
    const hex = (seed: number): string =>
      Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(53)}> /P -44 >>`);
  }

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Lines of text stacked down a column, `leading` points apart. */
export function column(x: number, top: number, lines: readonly string[], size = 10, leading = 14): PlacedText[] {
  return lines.map((text, i) => ({ x, y: top - i * leading, size, text }));
}

/** Helvetica's advance widths in thousandths of an em (its AFM), for the characters CVs use. */
const HELVETICA: Readonly<Record<string, number>> = {
  ...Object.fromEntries([...'0123456789'].map((c) => [c, 556])),
  ...Object.fromEntries([...'abdeghnopqu'].map((c) => [c, 556])),
  ...Object.fromEntries([...'cksvxyz'].map((c) => [c, 500])),
  ...Object.fromEntries([...'fjilrtm'].map((c, i) => [c, [278, 222, 222, 222, 333, 278, 833][i]!])),
  w: 722,
  ...Object.fromEntries([...'ABEKPSVXY'].map((c) => [c, 667])),
  ...Object.fromEntries([...'CDHNRU'].map((c) => [c, 722])),
  ...Object.fromEntries([...'FTZ'].map((c) => [c, 611])),
  ...Object.fromEntries([...'GOQ'].map((c) => [c, 778])),
  I: 278,
  J: 500,
  L: 556,
  M: 833,
  W: 944,
  ' ': 278,
  '.': 278,
  ',': 278,
  ':': 278,
  '/': 278,
  "'": 191,
  '-': 333,
  '–': 556,
  '—': 1000,
  '(': 333,
  ')': 333,
  '|': 260,
  '&': 667,
  '@': 1015,
  '+': 584,
  '•': 350,
};

/** The width of `text` set in Helvetica at `size`, to set text flush right as a template does. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, '')) width += HELVETICA[char] ?? 556;
  return (width * size) / 1000;
}
