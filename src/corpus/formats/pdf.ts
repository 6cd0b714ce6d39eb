/**
 * PDF → readable lines in reading order, each with its page, using pdfjs-dist's text layer: each
 * page's runs are laid out again in reading order (pdfLayout.ts), then larger text becomes a
 * `#`/`##` heading line, so the chunker sees the document's sections.
 */
// Before pdfjs (imported on first use, below), so it keeps the engine's own JSON and Array.prototype.push.
import { restoreNativeBuiltins } from './nativeBuiltins.js';
import { DEFAULT_READ_LIMITS } from '../isolation/readLimits.js';
import { checkPdfInflatedSize } from './inflateBudget.js';
import { nameHintFrom } from './nameHint.js';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReadOutcome } from './types.js';
import { sectionOfHeading } from '../../text/sectionHeadings.js';
import { respaced, spacedVocabulary } from './pdfSpacedWords.js';
import { clean, layOut, type Line, maxOf, type Run, segmentsOf } from './pdfLayout.js';

/** The font size most characters are set in: text clearly larger than it is a heading. */
function bodySize(pages: readonly (readonly Line[])[]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat())
    chars.set(Math.round(line.size), (chars.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * The title line: the largest text in the top third of page 1 that reads as a name; failing that,
 * the first line, where CVs set in one size put the name.
 */
function titleHint(firstPage: readonly Line[], pageTop: number, pageHeight: number, body: number): string | undefined {
  const top = firstPage.filter((line) => line.y >= pageTop - pageHeight / 3);
  const large = top.filter((line) => line.peak.size >= body * 1.15).sort((a, b) => b.peak.size - a.peak.size);
  return nameHintFrom([...large.slice(0, 3).map((line) => line.peak.text), top[0]?.text]);
}

/** "Page 2 of 3", "Seite 2 von 3", "2/3", "- 2 -": a page's number, no part of the text ("06/21" is a date). */
const PAGE_NUMBER = new RegExp(
  String.raw`^[-–—\s]*(?:(?:page|seite|página|pagina|pág\.?|p\.)\s*)?[1-9]\d{0,2}\s*` +
    String.raw`(?:(?:of|von|de|sur|di|\/)\s*[1-9]\d{0,2})?[-–—\s]*$`,
  'iu',
);

/** A line's text with its numbers taken out, to find a running head or foot repeated page after page. */
const furnitureKey = (line: Line) => line.text.replace(/\d+/g, '#').toLowerCase();

/**
 * Page furniture goes: page numbers, and from page 2 on a running head or foot (the owner's name,
 * "Jane Doe – CV") repeating a line that opens or closes another page. Read as text, it would
 * stand inside whatever entry a page break cut, as a heading line of it.
 */
function withoutFurniture(pages: readonly (readonly Line[])[]): Line[][] {
  // By height on the page, not reading order: a sidebar read first does not open the page.
  const edges = (lines: readonly Line[], count: number) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return [...byHeight.slice(0, count), ...byHeight.slice(-count)];
  };
  const seen = new Map<string, number>();
  pages.forEach((lines, index) => {
    for (const key of new Set(edges(lines, index === 0 ? 3 : 2).map(furnitureKey)))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  });
  return pages.map((lines, index) => {
    const edge = new Set(edges(lines, 2));
    return lines.filter(
      (line) =>
        !PAGE_NUMBER.test(line.text) && !(index > 0 && edge.has(line) && (seen.get(furnitureKey(line)) ?? 0) >= 2),
    );
  });
}

/**
 * Lines set letter by letter (CSS `letter-spacing`) with their words found again from the
 * document's own words and its title (pdfSpacedWords.ts).
 */
function wordsFound(pages: readonly (readonly Line[])[], body: number, title?: string): (line: Line) => Line {
  const vocabulary = spacedVocabulary(
    pages.flat().map((line) => line.text),
    title,
  );
  return (line) => {
    const large = line.size >= body * 1.15;
    const text = respaced(line.text, vocabulary, large);
    const peak = respaced(line.peak.text, vocabulary, true);
    return text === line.text && peak === line.peak.text ? line : { ...line, text, peak: { ...line.peak, text: peak } };
  };
}

/** A heading cut after a joining word or mark ("EDUCACIÓN Y", "Skills &"): its next row goes on it. */
const OPEN_END = /(?:^|\s)(?:and|und|et|y|e|&)$|[-,&/]$/iu;

/** A heading line that names a CV section. */
const namesSection = (text: string) => text.split(' ').length <= 5 && sectionOfHeading(text) !== undefined;

/** Markdown's own markers at the start of a plain line would be read as structure: escape them. */
function escapeMarkers(text: string): string {
  return /^(#{1,6}\s|[-=+]{3,}\s*$|>\s)/.test(text) ? `\\${text}` : text;
}

/**
 * Lines of text with `#` for the title and `##`/`###` for the two largest heading sizes. A heading
 * wrapped over several rows becomes one line; a blank line marks each block break.
 */
function toMarkdownLines(pages: readonly (readonly Line[])[]): { lines: string[]; pageOf: number[] } {
  const body = bodySize(pages);
  const largest = maxOf(pages.flat(), (line) => line.size);
  const headingSizes = [
    ...new Set(
      pages
        .flat()
        .filter((line) => line.size >= body * 1.15)
        .map((line) => Math.round(line.size)),
    ),
  ].sort((a, b) => b - a);
  // The size section headings ("Work Experience", "Skills") are set in: a heading line smaller than
  // the smallest of them that names no section is an entry's head inside one (a role's title set in
  // bold half a point smaller). One as large is a section the headings list does not know ("Online").
  const sectionLines = pages.flat().filter((line) => line.size >= body * 1.15 && namesSection(line.text));
  const sectionSize = maxOf(sectionLines, (line) => Math.round(line.size));
  const smallestSection = -maxOf(sectionLines, (line) => -line.size);
  // Section names set no larger than the text (in small caps, in bold capitals) on rows of their own,
  // while entries' heads are set large: the sections are `##` and the heads `###` inside them.
  // Only where such a name stands right over an entry's head, the layout that sets them so.
  const isPlainSection = (line: Line) =>
    sectionSize <= 0 &&
    line.size < body * 1.15 &&
    (line.gapBefore || line.text === line.text.toUpperCase()) &&
    namesSection(line.text);
  const headsUnderNames = pages.some((page) =>
    page.some(
      (line, i) =>
        isPlainSection(line) &&
        page[i + 1] !== undefined &&
        page[i + 1]!.size >= body * 1.15 &&
        !namesSection(page[i + 1]!.text),
    ),
  );
  const plainSection = (line: Line) => headsUnderNames && isPlainSection(line);
  let inSection = false;
  const lines: string[] = [];
  const pageOf: number[] = [];
  const push = (text: string, page: number): void => {
    lines.push(text);
    pageOf.push(page);
  };
  const breakBlock = (page: number): void => {
    if (lines.length > 0 && lines.at(-1) !== '') push('', page);
  };
  pages.forEach((pageLines, index) => {
    const page = index + 1;
    let previousHeading: Line | undefined;
    for (const line of pageLines) {
      const isHeading = line.size >= body * 1.15 && line.text.length <= 80;
      if (
        isHeading &&
        previousHeading &&
        !line.gapBefore &&
        Math.round(previousHeading.size) === Math.round(line.size) &&
        // A section's name is whole: the entry's head set right under it at its size is no more of it.
        !(
          namesSection(previousHeading.text) &&
          !namesSection(line.text) &&
          !OPEN_END.test(previousHeading.text) &&
          // A rule typed under it ("=====") stays on it, as before.
          /[\p{L}\p{N}]/u.test(line.text)
        )
      ) {
        lines[lines.length - 1] += ` ${line.text}`;
        continue;
      }
      if (line.gapBefore || isHeading) breakBlock(page);
      if (isHeading) {
        const tier = headingSizes.indexOf(Math.round(line.size));
        let marker = page === 1 && line.size >= largest - 0.5 ? '#' : tier <= 1 ? '##' : '###';
        if (marker !== '#' && sectionSize > 0) {
          if (namesSection(line.text)) marker = '##';
          else if (line.size < smallestSection - 0.25) marker = '###';
        } else if (marker !== '#' && inSection) marker = '###';
        push(`${marker} ${line.text}`, page);
        previousHeading = line;
      } else if (plainSection(line)) {
        breakBlock(page);
        push(`## ${line.text}`, page);
        inSection = true;
        previousHeading = undefined;
      } else {
        push(escapeMarkers(line.text), page);
        previousHeading = undefined;
      }
    }
    breakBlock(page);
  });
  while (lines.at(-1) === '') {
    lines.pop();
    pageOf.pop();
  }
  return { lines, pageOf };
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** A page's lines in reading order, and whether some of its text runs past the page's edge. */
function pageLines(content: TextContent, view: readonly number[]): { lines: Line[]; offEdge: boolean } {
  const runs: Run[] = [];
  const turned: string[] = [];
  const [left = 0, , right = 612] = view;
  let offEdge = false;
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    // Text set at an angle (a vertical sidebar label) has no place among the rows: it is read after them.
    if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01) {
      turned.push(clean(item.str).trim());
      continue;
    }
    // pdfjs drops the glyphs of a run past the page's edge: nobody reading the page sees them either.
    if (x! + item.width > right + 1 || x! < left - 1) offEdge = true;
    runs.push({
      x: x!,
      y: y!,
      width: item.width,
      size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || 10,
      text: item.str,
    });
  }
  const lines = layOut(segmentsOf(runs));
  if (turned.length > 0) {
    const body = lines.at(-1)?.size ?? 10;
    const text = turned.join(' ');
    lines.push({ text, size: body, y: 0, gapBefore: true, peak: { size: body, text } });
  }
  return { lines, offEdge };
}

function offPageNotice(pages: readonly number[]): string {
  const where = pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`;
  return `text runs past the edge of ${where}; what lies beyond the edge is not read`;
}

function failureReason(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return 'password-protected PDF';
  if (name === 'InvalidPDFException') return 'not a readable PDF (damaged or not a PDF)';
  return `unreadable PDF (${(error as Error)?.message ?? String(error)})`;
}

/** `inflatedMb`: what the PDF's compressed streams may inflate to in total (see inflateBudget.ts). */
export async function readPdf(bytes: Uint8Array, inflatedMb = DEFAULT_READ_LIMITS.inflatedMb): Promise<ReadOutcome> {
  checkPdfInflatedSize(bytes, inflatedMb);
  // Imported on first use: a corpus without PDFs never loads it. Its legacy build replaces
  // JSON.parse/stringify with slower polyfills for the whole process: put the engine's back.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  restoreNativeBuiltins();
  // pdfjs takes ownership of the buffer it is given; hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    return { kind: 'skipped', reason: failureReason(error) };
  } finally {
    // The first PDF loads pdfjs's worker code, which brings core-js again.
    restoreNativeBuiltins();
  }
  try {
    const pages: Line[][] = [];
    const offPage: number[] = [];
    let firstPage: { lines: readonly Line[]; top: number; height: number } | undefined;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { lines, offEdge } = pageLines(await page.getTextContent(), page.view);
      if (offEdge) offPage.push(number);
      pages.push(lines);
      if (number === 1) {
        const [, bottom = 0, , top = 792] = page.view;
        firstPage = { lines, top, height: top - bottom };
      }
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      return { kind: 'skipped', reason: 'scanned PDF with no text layer (nothing to read without OCR)' };
    }
    const body = bodySize(pages);
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const respace = wordsFound(pages, body, typeof info?.Title === 'string' ? info.Title : undefined);
    const { lines, pageOf } = toMarkdownLines(withoutFurniture(pages.map((page) => page.map(respace))));
    const hint = firstPage && titleHint(firstPage.lines.map(respace), firstPage.top, firstPage.height, body);
    return {
      kind: 'read',
      text: {
        format: 'pdf',
        lines,
        converted: true,
        pages: pageOf,
        ...(hint ? { nameHint: hint } : {}),
        ...(offPage.length > 0 ? { notice: offPageNotice(offPage) } : {}),
      },
    };
  } catch (error) {
    return { kind: 'skipped', reason: failureReason(error) };
  } finally {
    await pdf.destroy().catch(() => {});
  }
}
