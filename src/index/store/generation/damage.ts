/**
 * A note left beside the index link when a reader finds the installed index damaged, so that a plain
 * `npm run embed` rebuilds it. Reading every file of an index in full at each embed would find the
 * same damage, but would make every small update pay for the whole index; readers already check
 * each part when they first read it, so the part a question needed is the one that gets noted.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const SUFFIX = '.damaged';

/** Notes that the index at `link` was found damaged, and why; never throws (the data folder may be read-only). */
export function noteDamage(link: string, why: string): void {
  try {
    writeFileSync(`${link}${SUFFIX}`, `${why.split('\n', 1)[0]}\n`);
  } catch {
    // The error itself still reaches the user, with the command that repairs it.
  }
}

/** Why a reader found the index at `link` damaged, or undefined when none did. */
export function notedDamage(link: string): string | undefined {
  try {
    return readFileSync(`${link}${SUFFIX}`, 'utf8').trim() || 'damaged';
  } catch {
    return undefined;
  }
}

/** Forgets the note, once a new index is installed. */
export function clearDamage(link: string): void {
  rmSync(`${link}${SUFFIX}`, { force: true });
}
