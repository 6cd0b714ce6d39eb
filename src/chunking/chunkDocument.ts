/**
 * Splits one profile into passages along its structure, so that every passage is a citable run of
 * whole source lines under one section path and fits the embedding model's input.
 *
 * How a document becomes passages:
 * 1. `parseBlocks` reads headings, paragraphs, bullets, tables, front matter (see blocks.ts).
 * 2. Headings open sections (a deeper heading nests, a same-or-higher one pops); a wholly
 *    emphasised line (`*More recently in this role:*`) or a one-cell table header adds a deepest
 *    level for what follows it. Passages never cross a section boundary.
 * 3. Each section becomes a list of units that are never cut: a bullet with its nested bullets and
 *    continuation lines, a table row, the front matter, a paragraph (cut into its lines when it is
 *    larger than the target: each line can be cited alone). A bullet or the front matter is broken
 *    into its parts (lines, nested bullets) only when it alone would not fit `maxTokens`.
 * 4. A heading, label, role header or table header is glued to the unit after it; so is a lead-in
 *    line ending in `:` or `;` before a list. A heading with no body opens the first passage of the
 *    section nested under it, or stands alone: every visible line belongs to some passage.
 * 5. Units are packed up to the target size, evened out across a section's passages; when a section
 *    needs several passages, the last `overlapLines` units of one passage open the next.
 * 6. A single line longer than the model's input is cut at spaces into parts of about the target size
 *    (and at most MAX_LINE_PART_CHARS characters); each part is a passage citing that line.
 * Sizes come from counting each line once (see TokenMeasure), so chunking is linear in the document.
 */
import type { ProfileDocument } from '../corpus/document.js';
import { type Block, type LineRange, type ListItem, isBlank, parseBlocks } from './blocks.js';
import { FRONT_MATTER_SECTION, type Passage, passageHeading, type TokenCounter } from './passage.js';
import { isMajorSection, isPlainSectionTitle, isSkillsSection } from './plainStructure.js';

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
/** Overlap is skipped when repeating it would take more than this share of the next passage. */
const MAX_OVERLAP_SHARE = 1 / 3;

/** A range that can be cut into `parts` when it exceeds `limit` on its own. */
interface Unit extends LineRange {
  readonly parts: readonly Unit[];
  /** 'target' for prose (cut into lines when large); 'max' for bullets and rows (cut only when they cannot fit). */
  readonly limit: 'target' | 'max';
  /** Stays in the same passage as the unit after it. */
  readonly keepWithNext: boolean;
  /** Only meaningful with what follows (heading, label, table header): dropped when it would stand alone. */
  readonly label: boolean;
}

interface Section {
  readonly path: readonly string[];
  readonly units: Unit[];
}

interface Atom extends LineRange {
  readonly keepWithNext: boolean;
  readonly label: boolean;
}

/** How many more `{` than `}` a line opens: a LaTeX command such as `\cventry{…}{…}` may span lines. */
function braceDepth(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '%') break;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
  }
  return depth;
}

/** The lines one by one, except that a command whose braces stay open over several lines is one unit. */
function lineUnits(start: number, end: number, lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (let line = start; line <= end; line++) {
    if (isBlank(lines[line - 1])) continue;
    let last = line;
    let depth = braceDepth(lines[line - 1]!);
    while (depth > 0 && last < end) depth += braceDepth(lines[last++]!);
    while (last > line && isBlank(lines[last - 1])) last--;
    units.push(leaf(line, last));
    line = last;
  }
  return units;
}

function leaf(start: number, end: number, flags: Partial<Pick<Unit, 'keepWithNext' | 'label'>> = {}): Unit {
  return { start, end, parts: [], limit: 'max', keepWithNext: false, label: false, ...flags };
}

function proseUnit(start: number, end: number, lines: readonly string[], keepWithNext = false): Unit {
  const parts = start === end ? [] : lineUnits(start, end, lines);
  return { start, end, parts, limit: 'target', keepWithNext, label: false };
}

/** A bullet's parts: its own lines one by one, each nested bullet whole. */
function itemUnit(item: ListItem, lines: readonly string[]): Unit {
  const parts: Unit[] = [];
  let line = item.start;
  for (const child of item.children) {
    parts.push(...lineUnits(line, child.start - 1, lines));
    parts.push(itemUnit(child, lines));
    line = child.end + 1;
  }
  parts.push(...lineUnits(line, item.end, lines));
  return { start: item.start, end: item.end, parts: parts.length > 1 ? parts : [], limit: 'max', keepWithNext: false, label: false };
}

/** True when the paragraph ends in `:` or `;` and a list or table follows: it introduces them. */
function isLeadIn(block: Block, next: Block | undefined, lines: readonly string[]): boolean {
  if (block.kind !== 'paragraph' || (next?.kind !== 'listItem' && next?.kind !== 'table')) return false;
  return /[:;]$/.test((lines[block.end - 1] ?? '').trim());
}

/** Walks the blocks keeping the heading stack; each change of section path starts a new section. */
function buildSections(lines: readonly string[]): Section[] {
  const blocks = parseBlocks(lines);
  const sections: Section[] = [];
  /** `role`: the heading names a role (dates were found under it), so a plain role after it is its sibling. */
  const headings: { level: number; title: string; role?: boolean }[] = [];
  let label: string | undefined;
  /** The label is a role header, not an emphasised line: the next role replaces it, never extends it. */
  let labelIsRole = false;
  let current: Section | undefined;

  const headingPath = (): string[] => headings.map((h) => h.title).filter((title) => title !== '');
  const open = (path: readonly string[]): Section => {
    current = { path, units: [] };
    sections.push(current);
    return current;
  };
  const section = (): Section => current ?? open(label === undefined ? headingPath() : [...headingPath(), label]);
  /**
   * Opens the section for `path`, bringing along the heading lines of the section before when it
   * has nothing else and `path` is nested inside it: "# Jane Doe" / "## Experience" / "### Acme"
   * become the opening lines of Acme's first passage, so no heading line is left out of every passage.
   */
  const openBelow = (path: readonly string[]): Section => {
    const previous = sections.at(-1);
    const nested = previous !== undefined && previous.path.length < path.length && previous.path.every((title, i) => title === path[i]);
    const bodiless = previous !== undefined && previous.units.length > 0 && previous.units.every((unit) => unit.label);
    const carried = nested && bodiless && previous.path[0] !== FRONT_MATTER_SECTION ? previous.units.splice(0) : [];
    const opened = open(path);
    opened.units.push(...carried);
    return opened;
  };

  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'frontMatter': {
        // Kept whole (it names the person's title) unless it cannot fit the model at all.
        open([FRONT_MATTER_SECTION]).units.push({ ...proseUnit(block.start, block.end, lines), limit: 'max' });
        current = undefined;
        return;
      }
      case 'heading': {
        let level = block.level;
        // A top-level section under another one is a sibling whose heading came out smaller (a PDF's
        // font sizes, a CV mixing # and ##): "Projects › Education" is never meant.
        const parent = headings.filter((h) => h.level < level).at(-1);
        if (parent) {
          const parentTop = isMajorSection(parent.title);
          const sibling = isMajorSection(block.title) ? parentTop || isSkillsSection(parent.title) : isSkillsSection(block.title) && parentTop;
          if (sibling) level = parent.level;
        }
        while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
        headings.push({ level, title: block.title });
        label = undefined;
        openBelow(headingPath()).units.push(leaf(block.start, block.end, { keepWithNext: true, label: true }));
        return;
      }
      case 'label': {
        label = block.title;
        labelIsRole = false;
        openBelow([...headingPath(), label]).units.push(leaf(block.start, block.end, { keepWithNext: true, label: true }));
        return;
      }
      case 'role': {
        const unit = leaf(block.start, block.end, { keepWithNext: true, label: true });
        const last = sections.at(-1);
        const justOpened = current !== undefined && current === last && current.units.length > 0 && current.units.every((u) => u.label);
        // Under a section title ("Work Experience") a role is a level of its own; under a label or
        // an employer heading ("### Acme") it completes that title.
        const deepest = headings.at(-1);
        const ownsTitle = label !== undefined ? !labelIsRole : deepest !== undefined && !deepest.role && !isPlainSectionTitle(deepest.title);
        if (justOpened && current!.path[0] !== FRONT_MATTER_SECTION && ownsTitle) {
          // Dates (and employer lines) right under a heading or label belong to its title, so every
          // passage of the role carries them: "Acme – Engineer · 2019 – Present".
          if (label !== undefined) {
            label = `${label} · ${block.title}`;
            labelIsRole = true;
          } else {
            deepest!.title = `${deepest!.title} · ${block.title}`;
            deepest!.role = true;
          }
          const carried = current!.units.splice(0);
          open(label === undefined ? headingPath() : [...headingPath(), label]).units.push(...carried, unit);
          return;
        }
        // A role after other content is the deepest level of the path until the next heading or role;
        // after a heading that itself names a role, it is that role's sibling, not its child.
        label = block.title;
        labelIsRole = true;
        const parents = label !== undefined && deepest?.role ? headingPath().slice(0, -1) : headingPath();
        openBelow([...parents, label]).units.push(unit);
        return;
      }
      case 'definition':
        section().units.push(itemUnit(block, lines));
        return;
      case 'rule': {
        // A rule ends a label's reach; the heading path carries on.
        if (label !== undefined) {
          label = undefined;
          current = undefined;
        }
        return;
      }
      case 'shortcode':
        // Not content: included only when it falls between content lines of one passage.
        return;
      case 'paragraph':
        section().units.push(proseUnit(block.start, block.end, lines, isLeadIn(block, blocks[index + 1], lines)));
        return;
      case 'code':
        section().units.push(proseUnit(block.start, block.end, lines));
        return;
      case 'listItem':
        section().units.push(itemUnit(block, lines));
        return;
      case 'table': {
        const outer = section();
        // A captioned table ("| Previous Relevant Employment |") is a section of its own under the
        // top-level heading, not part of whatever role happens to precede it.
        const target = block.caption === undefined ? outer : openBelow([...outer.path.slice(0, 1), block.caption]);
        let row = block.start;
        if (block.headerEnd !== undefined) {
          target.units.push(leaf(block.start, block.headerEnd, { keepWithNext: true, label: true }));
          row = block.headerEnd + 1;
        }
        for (; row <= block.end; row++) target.units.push(leaf(row, row));
        // After a captioned table, what follows belongs to the surrounding section again.
        if (target !== outer) current = undefined;
        return;
      }
    }
  });
  return sections.filter((s) => s.units.length > 0);
}

/**
 * The longest prefix of `full` (cut at whitespace where possible) whose token count fits `maxTokens`.
 * Assumes longer text never has fewer tokens, which holds for the WordPiece/BPE tokenizers we use.
 */
function fittingPrefix(full: string, countTokens: TokenCounter, maxTokens: number): string {
  if (countTokens(full) <= maxTokens) return full;
  const fits = (end: number): boolean => countTokens(full.slice(0, end).trimEnd()) <= maxTokens;
  const cuts: number[] = [];
  for (let i = 1; i < full.length; i++) if (/\s/.test(full[i]!) && !/\s/.test(full[i - 1]!)) cuts.push(i);
  const best = (candidates: readonly number[]): number | undefined => {
    let lo = 0;
    let hi = candidates.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(candidates[mid]!)) {
        found = candidates[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const atWord = best(cuts);
  if (atWord !== undefined) return full.slice(0, atWord).trimEnd();
  const atChar = best(Array.from({ length: full.length }, (_, i) => i));
  if (atChar !== undefined) return full.slice(0, atChar).trimEnd();
  throw new RangeError(`maxTokens ${maxTokens} is smaller than an empty input (${countTokens('')} tokens); raise it.`);
}

/** Inclusive atom index ranges, one per passage. */
type Piece = readonly [first: number, last: number];

/** What packing one section needs to know. */
interface Packing {
  readonly atoms: readonly Atom[];
  /** Tokens of the passage made of lines start..end, its header included. */
  readonly tokens: (start: number, end: number) => number;
  /** Tokens the header ("Person › Section") costs on its own. */
  readonly headerTokens: number;
  readonly target: number;
  readonly maxTokens: number;
  readonly overlap: number;
}

/**
 * Greedy packing of one section's atoms: each piece takes atoms while the passage stays within
 * `goal`, and opens with the last `overlap` atoms of the piece before (when they are small and
 * still leave room). Every piece takes at least one new atom, so this always ends.
 */
function packGreedy({ atoms, tokens, headerTokens, target, maxTokens, overlap }: Packing, goal: number): Piece[] {
  const pieces: Piece[] = [];
  let previousFirst = -1;
  for (let next = 0; next < atoms.length; ) {
    let first = next;
    if (previousFirst >= 0 && overlap > 0) {
      const from = Math.max(next - overlap, previousFirst + 1);
      if (
        from < next &&
        tokens(atoms[from]!.start, atoms[next - 1]!.end) - headerTokens <= target * MAX_OVERLAP_SHARE &&
        tokens(atoms[from]!.start, atoms[next]!.end) <= maxTokens
      ) {
        first = from;
      }
    }
    let last = next;
    while (last + 1 < atoms.length && tokens(atoms[first]!.start, atoms[last + 1]!.end) <= goal) last++;
    pieces.push([first, last]);
    previousFirst = first;
    next = last + 1;
  }
  return pieces;
}

/**
 * Packs a section into as few pieces as greedy packing up to the target gives, then evens them out:
 * the smallest size limit that needs no more pieces is used, so a section of 1.2 targets becomes
 * two passages of similar size rather than a full one and a scrap.
 */
function pack(packing: Packing): Piece[] {
  const greedy = packGreedy(packing, packing.target);
  if (greedy.length <= 1) return greedy;
  let best = greedy;
  let lo = 1;
  let hi = packing.target - 1;
  while (lo <= hi) {
    const goal = (lo + hi) >> 1;
    const pieces = packGreedy(packing, goal);
    if (pieces.length <= greedy.length) {
      best = pieces;
      hi = goal - 1;
    } else lo = goal + 1;
  }
  return best;
}

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
  if (!Number.isInteger(maxTokens) || maxTokens < 1) throw new RangeError(`maxTokens must be a positive whole number, got ${maxTokens}`);
  if (!Number.isInteger(overlap) || overlap < 0) throw new RangeError(`overlapLines must be a whole number >= 0, got ${overlap}`);

  const { lines, person, source } = doc;
  const sections = buildSections(lines);
  const headless = sections.every((s) => s.path.length === 0 || s.path[0] === FRONT_MATTER_SECTION);
  const target = Math.min(
    maxTokens,
    Math.max(1, Math.floor(options.targetTokens ?? maxTokens * (headless ? HEADLESS_TARGET_SHARE : TARGET_SHARE))),
  );

  const measure = new TokenMeasure(lines, countTokens);
  const passages: Passage[] = [];
  for (const { path, units } of sections) {
    const heading = passageHeading(person.name, path);
    const header = `${heading}\n`;
    const textOf = (start: number, end: number): string => lines.slice(start - 1, end).join('\n');
    const headingTokens = measure.bare(heading);
    /** Tokens of the passage made of lines start..end, header included: O(1), no text built. */
    const tokens = (start: number, end: number): number => measure.lines(start, end, headingTokens);

    // Break units that are too big on their own into their parts, down to single lines if need be.
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

    // Glue headings, labels, table headers and lead-ins to what follows, when the pair still fits.
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
      passages.push(passage(startLine, endLine, textOf(startLine, endLine), `${source}#L${startLine}-L${endLine}`));
    }
  }
  return passages;
}

/**
 * Token counts of a document's lines, each line counted once, so the size of any run of lines is a
 * sum (prefix sums: O(1) per question). With BERT's WordPiece, and the fallback estimate, a text's count is
 * exactly its special tokens plus each line's own pieces, as the tokenizers split at whitespace first;
 * `lineBreak` and `space` measure what a tokenizer adds at a line break or a space (0 for those).
 */
class TokenMeasure {
  /** Tokens of empty input ([CLS] [SEP]). */
  readonly specials: number;
  /** Extra tokens a line break costs between two lines. */
  readonly lineBreak: number;
  /** Extra tokens a space costs between two words. */
  readonly space: number;
  /** prefix[i]: pieces of lines 1..i, without special tokens. */
  private readonly prefix: Float64Array;
  private readonly wordCache = new Map<string, number>();

  constructor(
    lines: readonly string[],
    private readonly countTokens: TokenCounter,
  ) {
    this.specials = countTokens('');
    this.lineBreak = Math.max(0, countTokens('x\nx') - 2 * this.bare('x') - this.specials);
    this.space = Math.max(0, countTokens('x x') - 2 * this.bare('x') - this.specials);
    this.prefix = new Float64Array(lines.length + 1);
    const lineCache = new Map<string, number>();
    lines.forEach((line, i) => {
      let count = lineCache.get(line);
      if (count === undefined) {
        count = this.bare(line);
        lineCache.set(line, count);
      }
      this.prefix[i + 1] = this.prefix[i]! + count;
    });
  }

  /** Tokens of `text` without the special tokens. */
  bare(text: string): number {
    return Math.max(0, this.countTokens(text) - this.specials);
  }

  /** Tokens of `heading` (already measured with `bare`) + a line break + lines start..end. */
  lines(start: number, end: number, headingTokens: number): number {
    return this.specials + headingTokens + this.prefix[end]! - this.prefix[start - 1]! + this.lineBreak * (end - start + 1);
  }

  /** Tokens of one word, special tokens excluded; words repeat, so each distinct one is counted once. */
  word(word: string): number {
    let count = this.wordCache.get(word);
    if (count === undefined) {
      count = this.bare(word);
      if (this.wordCache.size < WORD_CACHE_LIMIT) this.wordCache.set(word, count);
    }
    return count;
  }
}

/** Bounds the word cache on a huge line of distinct words (hashes, base64). */
const WORD_CACHE_LIMIT = 100_000;

/** A part of one line: `text` is exactly `line.slice(from, to)`. */
interface LinePart {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * Longest part of an over-long line quoted as one passage, in characters. Token budgets bound prose
 * already (about 150 real tokens is 600–800 characters); this bounds what tokenizers count cheaply,
 * such as one giant "word" (a base64 blob is a single [UNK] to BERT).
 */
export const MAX_LINE_PART_CHARS = 1000;

/**
 * Cuts an over-long line into consecutive parts of at most `budget` tokens and `MAX_LINE_PART_CHARS`
 * characters, at spaces; a word too long for either is cut between characters. Linear in the line's
 * length: each distinct word is counted once, never a growing prefix.
 */
function lineParts(line: string, budget: number, measure: TokenMeasure): LinePart[] {
  const parts: LinePart[] = [];
  let from = -1;
  let to = -1;
  let used = 0;
  const flush = (): void => {
    if (from >= 0) parts.push({ from, to, text: line.slice(from, to) });
    from = -1;
    used = 0;
  };
  /** Adds line[start, end) to the current part; `joined`: it continues the previous piece without a space. */
  const add = (start: number, end: number, tokens: number, joined: boolean): void => {
    const cost = from >= 0 && !joined ? tokens + measure.space : tokens;
    if (from >= 0 && (used + cost > budget || end - from > MAX_LINE_PART_CHARS)) flush();
    if (from < 0) {
      from = start;
      used = tokens;
    } else used += cost;
    to = end;
  };
  // Pieces small enough that each fits whatever a character costs, and the character limit.
  const step = Math.max(1, Math.min(MAX_LINE_PART_CHARS, Math.floor(budget / MAX_TOKENS_PER_CHARACTER)));
  for (const match of line.matchAll(/\S+/g)) {
    const start = match.index;
    const word = match[0];
    if (word.length <= MAX_LINE_PART_CHARS) {
      const tokens = measure.word(word);
      if (tokens <= budget) {
        add(start, start + word.length, tokens, false);
        continue;
      }
    }
    for (let at = 0; at < word.length; ) {
      let end = Math.min(word.length, at + step);
      // Never split a surrogate pair.
      if (end < word.length && /[\uD800-\uDBFF]/.test(word[end - 1]!)) end++;
      add(start + at, start + end, measure.word(word.slice(at, end)), at > 0);
      at = end;
    }
  }
  flush();
  return parts;
}

/** A UTF-8 character is at most 4 bytes, and byte-level tokenizers spend at most one token per byte. */
const MAX_TOKENS_PER_CHARACTER = 4;
