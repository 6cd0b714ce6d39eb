/**
 * Splits one profile into passages along its structure, so that every passage is a citable run of
 * whole source lines under one section path and fits the embedding model's input.
 *
 * How a document becomes passages:
 * 1. `parseBlocks` reads headings, paragraphs, bullets, tables, front matter (see blocks.ts).
 * 2. (sections.ts) Headings open sections (a deeper heading nests, a same-or-higher one pops); a wholly
 *    emphasised line (`*More recently in this role:*`) or a one-cell table header adds a deepest
 *    level for what follows it. Passages never cross a section boundary.
 * 3. (units.ts) Each section becomes a list of units that are never cut: a bullet with its nested bullets and
 *    continuation lines, a table row, the front matter, a paragraph (cut into its lines when it is
 *    larger than the target: each line can be cited alone). A bullet or the front matter is broken
 *    into its parts (lines, nested bullets) only when it alone would not fit `maxTokens`.
 * 4. A heading, label, role header or table header is glued to the unit after it; so is a lead-in
 *    line ending in `:` or `;` before a list. A heading with no body opens the first passage of the
 *    section nested under it, or stands alone: every visible line belongs to some passage.
 * 5. (packing.ts) Units are packed up to the target size, evened out across a section's passages; when a section
 *    needs several passages, the last `overlapLines` units of one passage open the next.
 * 6. (longLines.ts) A single line longer than the model's input is cut at spaces into parts of about the target size
 *    (and at most MAX_LINE_PART_CHARS characters); each part is a passage citing that line.
 * Sizes come from counting each line once (tokenMeasure.ts), so chunking is linear in the document.
 */
import type { ProfileDocument } from '../corpus/document.js';
import { lineParts } from './longLines.js';
import { pack } from './packing.js';
import { FRONT_MATTER_SECTION, type Passage, passageHeading, type TokenCounter } from './passage.js';
import { buildSections } from './sections.js';
import { fittingPrefix, TokenMeasure } from './tokenMeasure.js';
import type { Atom, Section, Unit } from './units.js';

export { MAX_LINE_PART_CHARS } from './longLines.js';

export interface ChunkOptions {
  /** Counts tokens exactly as the embedding model will (special tokens included). */
  readonly countTokens: TokenCounter;
  /** Hard limit: `countTokens(embedText)` never exceeds it. */
  readonly maxTokens: number;
  /**
   * How many units (bullet, table row, paragraph line) of a passage are repeated at the start of
   * the next passage of the same section. Default 1.
   */
  readonly overlapLines?: number;
  /** Size passages are packed up to; default 60% of `maxTokens` (40% for a document without headings). */
  readonly targetTokens?: number;
  /**
   * Whether a model will read `embedText` (default true): each passage is then counted exactly once more,
   * whatever the tokenizer does at line breaks, so the model never truncates. Without a model nothing
   * reads it (and a model arriving later rebuilds the index), so that count is skipped.
   */
  readonly forModel?: boolean;
}

/** Share of `maxTokens` that passages are packed up to: small passages make precise citations. */
const TARGET_SHARE = 0.6;
/** A document without headings gets smaller passages: its lines are the only guide to meaning. */
const HEADLESS_TARGET_SHARE = 0.4;

/**
 * Splits `doc` into passages. Pure and deterministic: the same lines and options give the same
 * passages.
 */
export function chunkDocument(
  doc: Pick<ProfileDocument, 'source' | 'lines' | 'person'>,
  options: ChunkOptions,
): Passage[] {
  const { countTokens, maxTokens, forModel = true } = options;
  const overlap = options.overlapLines ?? 1;
  if (!Number.isInteger(maxTokens) || maxTokens < 1)
    throw new RangeError(`maxTokens must be a positive whole number, got ${maxTokens}`);
  if (!Number.isInteger(overlap) || overlap < 0)
    throw new RangeError(`overlapLines must be a whole number >= 0, got ${overlap}`);

  const sections = buildSections(doc.lines);
  const headless = sections.every((s) => s.path.length === 0 || s.path[0] === FRONT_MATTER_SECTION);
  const target = Math.min(
    maxTokens,
    Math.max(1, Math.floor(options.targetTokens ?? maxTokens * (headless ? HEADLESS_TARGET_SHARE : TARGET_SHARE))),
  );
  const chunking: Chunking = {
    doc,
    countTokens,
    maxTokens,
    forModel,
    overlap,
    target,
    measure: new TokenMeasure(doc.lines, countTokens),
  };
  return sections.flatMap((section) => sectionPassages(section, chunking));
}

/** What cutting every section of one document shares. */
interface Chunking {
  readonly doc: Pick<ProfileDocument, 'source' | 'lines' | 'person'>;
  readonly countTokens: TokenCounter;
  readonly maxTokens: number;
  readonly forModel: boolean;
  readonly overlap: number;
  readonly target: number;
  readonly measure: TokenMeasure;
}

/** Tokens of the passage made of lines start..end of a section, its header included. */
type SizeOf = (start: number, end: number) => number;

function sectionPassages({ path, units }: Section, chunking: Chunking): Passage[] {
  const { doc, countTokens, maxTokens, forModel, overlap, target, measure } = chunking;
  const { lines, person, source } = doc;
  const heading = passageHeading(person.name, path);
  const header = `${heading}\n`;
  const headingTokens = measure.bare(heading);
  /** O(1), no text built. */
  const tokens: SizeOf = (start, end) => measure.lines(start, end, headingTokens);
  const glued = glue(atomsOf(units, tokens, target, maxTokens), tokens, maxTokens);
  const headerTokens = measure.specials + headingTokens;
  const passage = (startLine: number, endLine: number, text: string, id: string): Passage => ({
    id,
    source,
    personId: person.id,
    person: person.name,
    sectionPath: path,
    startLine,
    endLine,
    text,
    // Sizes above are sums of per-line counts; this one exact count per passage guarantees the
    // model never truncates, whatever the tokenizer does at line breaks.
    embedText: forModel ? fittingPrefix(header + text, countTokens, maxTokens) : header + text,
  });
  const passages: Passage[] = [];
  for (const [first, last] of pack({ atoms: glued, tokens, headerTokens, target, maxTokens, overlap })) {
    const startLine = glued[first]!.start;
    const endLine = glued[last]!.end;
    if (startLine === endLine && tokens(startLine, endLine) > maxTokens) {
      // One line longer than the model's input: cut into parts of about `target` tokens at spaces,
      // each a passage citing that line and quoting only its part (never the whole line).
      const budget = Math.max(1, target - headerTokens - measure.lineBreak);
      for (const part of lineParts(lines[startLine - 1]!, budget, measure)) {
        passages.push(passage(startLine, endLine, part.text, `${source}#L${startLine}:${part.from + 1}-${part.to}`));
      }
      continue;
    }
    passages.push(
      passage(
        startLine,
        endLine,
        lines.slice(startLine - 1, endLine).join('\n'),
        `${source}#L${startLine}-L${endLine}`,
      ),
    );
  }
  return passages;
}

/** Units too big on their own broken into their parts, down to single lines if need be. */
function atomsOf(units: readonly Unit[], tokens: SizeOf, target: number, maxTokens: number): Atom[] {
  const atoms: Atom[] = [];
  const expand = (unit: Unit, keepWithNext: boolean, label: boolean): void => {
    const limit = unit.limit === 'target' ? target : maxTokens;
    if (unit.parts.length === 0 || tokens(unit.start, unit.end) <= limit) {
      atoms.push({ start: unit.start, end: unit.end, keepWithNext, label });
      return;
    }
    unit.parts.forEach((part, i) => {
      const last = i === unit.parts.length - 1;
      expand(part, last ? keepWithNext : part.keepWithNext, label);
    });
  };
  for (const unit of units) expand(unit, unit.keepWithNext, unit.label);
  return atoms;
}

/** Headings, labels, table headers and lead-ins glued to what follows, when the pair still fits. */
function glue(atoms: readonly Atom[], tokens: SizeOf, maxTokens: number): Atom[] {
  const glued: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    let atom = atoms[i]!;
    while (atom.keepWithNext && i + 1 < atoms.length && tokens(atom.start, atoms[i + 1]!.end) <= maxTokens) {
      const next = atoms[++i]!;
      atom = { start: atom.start, end: next.end, keepWithNext: next.keepWithNext, label: next.label };
    }
    // A heading with nothing after it in its section still is content: it stays, on its own.
    glued.push(atom);
  }
  return glued;
}
