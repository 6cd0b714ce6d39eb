/**
 * HTML → the text a reader sees, as Markdown-like lines: `<h1>`–`<h6>` become `#` headings, list
 * items `- ` bullets, table rows one line with ` | ` between cells. Comments, `<script>`, `<style>`,
 * `<template>` and the like are not content, and neither are attributes (link targets, image
 * sources), but for the address of a `mailto:` or `tel:` link its text does not show ("Contact me"):
 * that address is the only place the page gives it, so it is added after the link's text.
 *
 * Two layouts:
 * - `aligned` (an HTML file): line N of the text holds what line N of the file shows, so the
 *   citation's line numbers are the file's own as well;
 * - free (a DOCX converted to HTML, or an HTML file written on a few very long lines): one line
 *   per block.
 */
import { parseDocument } from 'htmlparser2';
import { sectionOfHeading } from '../../text/sectionHeadings.js';
import { MAX_NESTING, LimitExceeded } from '../isolation/readLimits.js';
import { LineBuilder } from './lineBuilder.js';
import { nameHintFrom } from './nameHint.js';
import { endsField, endsTag, inlineFieldMark } from './htmlInline.js';
import { type HtmlElement, type HtmlNode, isElement, textOf } from './htmlNodes.js';
import type { ReadOutcome } from './types.js';

/** Elements whose content is never shown. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'object',
  'iframe',
  'canvas',
  'select',
  'button',
]);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'form',
  'fieldset',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'title',
  'body',
  'html',
]);
const CELLS = new Set(['td', 'th']);

/** An aligned line longer than this means the file was written on few lines: lay it out freely instead. */
const MAX_ALIGNED_LINE = 600;

export function looksLikeHtmlDocument(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i.test(text);
}

export interface HtmlText {
  readonly lines: string[];
  /** `<title>`, the first `<h1>`, and the first Title paragraph (of a DOCX, or a Google Docs export). */
  readonly titles: { readonly title?: string; readonly h1?: string; readonly docTitle?: string };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function elementsIn(node: HtmlNode, name: RegExp): number {
  if (!isElement(node)) return 0;
  return node.children.reduce(
    (count, child) => count + (isElement(child) && name.test(child.name) ? 1 : 0) + elementsIn(child, name),
    0,
  );
}

/**
 * A data table (each cell a few short paragraphs) reads best a row per line; a layout table (a
 * whole CV in cells, with headings and lists inside) reads best as the blocks its cells hold.
 */
function isDataTable(table: HtmlElement): boolean {
  return (
    elementsIn(table, /^(h[1-6]|ul|ol|table)$/) === 0 &&
    elementsIn(table, /^(p|div|br)$/) <= 3 * Math.max(1, elementsIn(table, /^(td|th)$/)) &&
    !headingColumn(table)
  );
}

/** The rows of a table, its own (not a nested table's). */
function rowsOf(node: HtmlElement): HtmlElement[] {
  return node.children.flatMap((child) =>
    !isElement(child) || child.name === 'table' ? [] : child.name === 'tr' ? [child] : rowsOf(child),
  );
}

/**
 * A Word CV laid out as a table whose first column names its sections ("EDUCATION" | the schools,
 * "SKILLS" | the skills): a row whose first cell is a section's heading and whose next cell holds
 * several paragraphs is a section, read as its heading and its blocks, not as one row of data.
 */
function headingColumn(table: HtmlElement): boolean {
  return rowsOf(table).some((row) => {
    const cells = row.children.filter((child): child is HtmlElement => isElement(child) && CELL_NAMES.test(child.name));
    return (
      cells.length >= 2 &&
      sectionOfHeading(textOf(cells[0]!).trim()) !== undefined &&
      cells.slice(1).some((cell) => elementsIn(cell, /^(p|div)$/) >= 2)
    );
  });
}

const TEXT_BLOCKS = /^(?:p|div|h[1-6])$/;

/** Stops counting at `enough`: a long list item is not read twice over. */
function textBlocksIn(node: HtmlElement, enough: number): number {
  let count = 0;
  const stack: HtmlNode[] = [...node.children];
  for (let next = stack.pop(); next && count < enough; next = stack.pop()) {
    if (!isElement(next) || HIDDEN.has(next.name)) continue;
    if (next.name === 'ul' || next.name === 'ol') continue;
    if (
      TEXT_BLOCKS.test(next.name) &&
      next.children.some(
        (c) =>
          (c.type === 'text' && c.data.trim() !== '') ||
          (isElement(c) && !BLOCKS.has(c.name) && textOf(c).trim() !== ''),
      )
    )
      count++;
    stack.push(...next.children);
  }
  return count;
}

/**
 * `<li class="card"><div><p><strong>Designer</strong>, Acme</p><p>2017 – Present</p></div></li>`: a
 * list item laid out as two blocks or more is a card (JSON Resume's kendall theme lists each job
 * so), read as its blocks; a bullet mark would make its heading read as a point under a job.
 */
function isCard(item: HtmlElement): boolean {
  return textBlocksIn(item, 2) >= 2;
}

/**
 * The e-mail address or phone number a `mailto:`/`tel:` link leads to, when its text does not
 * already show it ("<a href="mailto:ana@example.org">Contact me</a>").
 */
function hiddenLinkAddress(element: HtmlElement): string | undefined {
  const target = /^\s*(?:mailto|tel):([^?#]+)/i.exec(element.attribs.href ?? '')?.[1];
  if (!target) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(target).trim();
  } catch {
    address = target.trim();
  }
  const shown = textOf(element);
  const digits = (text: string) => text.replace(/\D/g, '');
  const isPhone = /^\s*tel:/i.test(element.attribs.href ?? '');
  if (!address || shown.toLowerCase().includes(address.toLowerCase())) return undefined;
  if (isPhone && digits(address).length > 0 && digits(shown).includes(digits(address))) return undefined;
  return address;
}

/** The deepest element nesting under `nodes`, found without recursion (the tree may be 100,000 deep). */
function depthOf(nodes: readonly HtmlNode[]): number {
  let deepest = 0;
  const stack = nodes.map((node) => ({ node, depth: 1 }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    deepest = Math.max(deepest, next.depth);
    if (isElement(next.node))
      for (const child of next.node.children) stack.push({ node: child, depth: next.depth + 1 });
  }
  return deepest;
}

/**
 * A DOCX's HTML (from mammoth): its tabs part fields, and a layout table's row is read from the cell
 * holding the title.
 */
export interface DocxReading {
  readonly docx?: boolean;
}

/** A tab, or three spaces or more typed to align a field, in a Word paragraph's text. */
const GAP = /[ \u00a0]*\t[\t \u00a0]*|[ \u00a0]{3,}/;

/**
 * A document's Title paragraph: class `doc-title` (a DOCX read by mammoth), or a Google Docs export's
 * `title` beside its generated `c1`… classes.
 */
function isTitleParagraph(node: HtmlElement): boolean {
  const classes = (node.attribs.class ?? '').split(/\s+/);
  if (classes.includes('doc-title')) return true;
  return (
    node.name === 'p' && classes.includes('title') && classes.every((name) => name === 'title' || /^c\d+$/.test(name))
  );
}

const CELL_NAMES = /^t[dh]$/;
const holdsTitle = (node: HtmlNode): boolean =>
  isElement(node) && (/\bdoc-title\b/.test(node.attribs.class ?? '') || node.children.some(holdsTitle));
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;

/**
 * A Word CV laid out as a table whose sidebar (the name, the contact details) is the row's last cell:
 * the cell holding the document's title (its owner's name) is read first, as the CV's head; with no
 * title, the cell holding an e-mail address is, when the first cell is a column of its own (a few
 * blocks, no address) and not a label beside its value.
 */
function titleCellFirst(row: HtmlElement): readonly HtmlNode[] {
  const cells = row.children.filter((child): child is HtmlElement => isElement(child) && CELL_NAMES.test(child.name));
  if (cells.length < 2) return row.children;
  let head = cells.findIndex(holdsTitle);
  const column = elementsIn(cells[0]!, /^(p|h[1-6]|li)$/) >= 4 && !EMAIL.test(textOf(cells[0]!));
  if (head < 0 && column) head = cells.findIndex((cell) => EMAIL.test(textOf(cell)));
  if (head <= 0) return row.children;
  return [cells[head]!, ...row.children.filter((child) => child !== cells[head])];
}

/**
 * `crammed`: a heading, a term of a definition list or a table row starts on a line of the file
 * that already shows text (a page exported on one line, "<dt>2019</dt><dd>…</dd><dt>2016</dt>…"):
 * kept on the file's lines, its entries would run together on one line.
 */
function convert(html: string, aligned: boolean, reading: DocxReading = {}): HtmlText & { crammed: boolean } {
  const starts = lineStarts(html);
  const out = new LineBuilder(aligned);
  const titles: { title?: string; h1?: string; docTitle?: string } = {};
  let pre = 0;
  /** Inside a data table's cell: blocks are joined on the row's line. */
  let inCell = 0;
  /** The file's line the last visible text stood on, and whether a new entry started on it. */
  let lastTextLine = -1;
  let crammed = false;

  const walk = (node: HtmlNode): void => {
    visit(node);
    if (inCell > 0) return;
    const mark = isElement(node) && (endsField(node) || endsTag(node)) ? ' · ' : inlineFieldMark(node);
    if (mark) out.text(mark, -2);
  };
  const visit = (node: HtmlNode): void => {
    if (node.type === 'text') {
      if (reading.docx && !aligned && GAP.test(node.data)) {
        const parts = node.data.split(GAP);
        parts.forEach((part, i) => {
          if (i > 0) out.gap(part.trim() || (parts[i + 1] ?? '').trim());
          out.text(part, -2);
        });
        return;
      }
      const first = lineAt(starts, node.startIndex ?? 0);
      const parts = node.data.split('\n');
      parts.forEach((part, i) => {
        if (pre > 0 && i > 0) out.breakBlock();
        out.text(i < parts.length - 1 ? `${part} ` : part, first + i);
        if (part.trim() !== '') lastTextLine = first + i;
      });
      return;
    }
    if (!isElement(node) || HIDDEN.has(node.name)) return;
    const { name } = node;
    if (name === 'title' && titles.title === undefined) titles.title = textOf(node);
    if (name === 'h1' && titles.h1 === undefined) titles.h1 = textOf(node);
    if (isTitleParagraph(node) && titles.docTitle === undefined) titles.docTitle = textOf(node);

    if (name === 'table' && isDataTable(node) && inCell === 0) {
      out.breakBlock();
      inCell++;
      node.children.forEach(walk);
      inCell--;
      out.breakBlock();
      return;
    }
    const heading = /^h([1-6])$/.exec(name);
    if ((heading || name === 'dt' || name === 'tr') && lineAt(starts, node.startIndex ?? 0) === lastTextLine)
      crammed = true;
    // A section's blocks in a table cell, written on one line of the file, would run together there.
    if (name === 'table' && inCell === 0 && headingColumn(node)) crammed = true;
    const block = BLOCKS.has(name) || heading !== null;
    if (inCell > 0) {
      if (name === 'tr') {
        node.children.forEach(walk);
        out.endRow();
        return;
      }
      if (CELLS.has(name)) out.cell();
      else if (block || name === 'br') out.fieldBreak();
    } else if (heading) out.mark(`${'#'.repeat(Number(heading[1]))} `);
    else if (name === 'li' && !isCard(node)) out.mark('- ');
    else if (name === 'br' || block) out.breakBlock();
    if (name === 'pre') pre++;
    (reading.docx && name === 'tr' && inCell === 0 ? titleCellFirst(node) : node.children).forEach(walk);
    if (name === 'pre') pre--;
    const address = name === 'a' ? hiddenLinkAddress(node) : undefined;
    // Right after the link's text; a link showing no text (an icon) puts it on the link's own line.
    const shownLine = textOf(node).trim() ? -2 : lineAt(starts, node.startIndex ?? 0);
    if (address) out.text(` (${address})`, shownLine);
    if (block && inCell === 0) out.breakBlock();
  };
  const nodes = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    recognizeSelfClosing: true,
    withStartIndices: true,
  }).children;
  // The walk below recurses once per level: deeper than any page a person writes is refused.
  if (depthOf(nodes) > MAX_NESTING) throw new LimitExceeded(`HTML nested deeper than ${MAX_NESTING} elements`);
  nodes.forEach(walk);
  const lines = aligned ? out.alignedLines(starts.length) : out.finish();
  return { lines, titles, crammed };
}

/** Reads HTML into lines; `aligned` keeps each line where it stands in the file when that reads well. */
export function htmlToLines(html: string, aligned: boolean, reading: DocxReading = {}): HtmlText {
  if (aligned) {
    const { crammed, ...result } = convert(html, true, reading);
    if (!crammed && result.lines.every((line) => line.length <= MAX_ALIGNED_LINE)) return result;
  }
  const { crammed: _, ...result } = convert(html, false, reading);
  return result;
}

/** The name a page gives its owner: its `<title>`, else its first `<h1>`, when either reads as a name. */
export function htmlNameHint(titles: HtmlText['titles']): string | undefined {
  return nameHintFrom([
    titles.docTitle?.split('\n')[0],
    { text: titles.title, oneWord: true },
    titles.h1?.split('\n')[0],
  ]);
}

export function readHtml(html: string): ReadOutcome {
  const { lines, titles } = htmlToLines(html, true);
  if (lines.every((line) => line.trim() === '')) return { kind: 'skipped', reason: 'no visible text in the HTML' };
  const nameHint = htmlNameHint(titles);
  return { kind: 'read', text: { format: 'html', lines, converted: true, ...(nameHint ? { nameHint } : {}) } };
}
