/**
 * What an employer question matches a work entry on: its title and employer as one text. The
 * answer reads it from a person's stored profile, and the build stores its terms beside the role
 * headings' (index/store/manifest/roleTermsFile.ts), so both must read the same text.
 */
import type { Profile, WorkEntry } from './types.js';

export function workEntryText(entry: Pick<WorkEntry, 'position' | 'name'>): string {
  return [entry.position, entry.name].filter(Boolean).join(' ');
}

/** The text of each work entry of a stored profile (none when it has no list of them). */
export function workEntryTexts(profile: unknown): string[] {
  const work = profile && typeof profile === 'object' ? (profile as Partial<Profile>).work : undefined;
  return Array.isArray(work) ? work.map(workEntryText) : [];
}
