/** The bounded caches every stage uses: what they keep, and what they drop when full. */
import { describe, expect, it } from 'vitest';
import { RecentlyUsed, remembered } from '../src/caches.js';

describe('remembered results', () => {
  it('works a key out once, and again only after the cache was emptied for being full', () => {
    const made: string[] = [];
    const upper = remembered(2, (key) => {
      made.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
    // A third key empties the full cache: "a" is worked out again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('the most recently used entries', () => {
  it('drops the least recently used first, reading an entry making it the most recent', () => {
    const kept = new RecentlyUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3);
    expect(kept.get('b')).toBeUndefined();
    expect([kept.get('a'), kept.get('c')]).toEqual([1, 3]);
    // Setting a kept key again replaces it without dropping another.
    kept.set('a', 4);
    expect([kept.get('a'), kept.get('c')]).toEqual([4, 3]);
    kept.clear();
    expect(kept.get('a')).toBeUndefined();
  });
});
