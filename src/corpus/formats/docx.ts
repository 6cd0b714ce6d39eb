/**
 * DOCX → Markdown-like lines through mammoth (Word's headings, lists and tables as HTML; text in
 * tables and text boxes included, each once), then the HTML reader's free layout: a line per
 * paragraph, `#` headings, `- ` bullets, a table row per line.
 */
import { DEFAULT_READ_LIMITS } from '../isolation/readLimits.js';
import { htmlToLines } from './html.js';
import { checkZipInflatedSize } from './inflateBudget.js';
import { nameHintFrom } from './nameHint.js';
import type { ReadOutcome } from './types.js';

/** Word's own Title/Subtitle styles carry the document's title line, often the owner's name. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p.doc-subtitle:fresh"];

/** An OLE compound file: an encrypted (password-protected) DOCX, or an old binary .doc renamed. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** `inflatedMb`: what the DOCX's zip entries may inflate to in total (see inflateBudget.ts). */
export async function readDocx(bytes: Uint8Array, inflatedMb = DEFAULT_READ_LIMITS.inflatedMb): Promise<ReadOutcome> {
  if (isCompoundFile(bytes))
    return { kind: 'skipped', reason: 'password-protected DOCX (or an old .doc file renamed)' };
  checkZipInflatedSize(bytes, inflatedMb);
  // Imported on first use: a corpus without DOCX files never loads it.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, includeDefaultStyleMap: true })
    ).value;
  } catch (error) {
    return { kind: 'skipped', reason: `not a readable DOCX (${(error as Error).message.split('\n')[0]})` };
  }
  const { lines, titles } = htmlToLines(html, false);
  if (lines.length === 0) return { kind: 'skipped', reason: 'no text in the DOCX' };
  // The title line: a Title-styled paragraph, else the first heading, else one of the first lines.
  const top = lines.slice(0, 3).map((line) => line.replace(/^#+ /, ''));
  const nameHint = nameHintFrom([titles.docTitle?.split('\n')[0], titles.h1?.split('\n')[0], ...top]);
  return { kind: 'read', text: { format: 'docx', lines, converted: true, ...(nameHint ? { nameHint } : {}) } };
}
