/**
 * Roles from a CV's experience sections: each entry's parts sorted into the position (a part
 * holding a title word: engineer, Entwickler, ingénieur, ingeniero, engenheiro…), the employer (a
 * part holding an organisation word, else the first other part) and the place ("Berlin, Germany",
 * "Remote"). Title and organisation words are data (words/roles.json).
 */
import { entryBlocks, entryDates } from './entries.js';
import type { Section } from './sections.js';
import type { WorkEntry } from './types.js';
import { isPlace, roleScore as score } from './roleWords.js';
import { ORGANISATION_WORDS, TITLE_WORDS } from './wordLists.js';

export { isPlace, isTitleWord } from './roleWords.js';

/**
 * "Graz", "Palo Alto": a city-like name of one to three capitalised words, no organisation word in
 * it; an acronym ("(AIS)") names the employer, not a place.
 */
const cityLike = (text: string) =>
  /^\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2}$/u.test(text.trim()) &&
  score(text, ORGANISATION_WORDS) === 0;

/** "Truso, Pune, India" → "Truso": a place after the employer's name goes. */
function withoutPlace(text: string): string {
  // "Acme (Oakland, Ca.)", "Acme (Graz)": a place in brackets after the name goes too.
  const part = text.replace(/\s*\(([^()]{2,40})\)$/, (all, inner: string) =>
    isPlace(inner) || cityLike(inner) ? '' : all,
  );
  const comma = part.indexOf(',');
  if (comma > 0 && isPlace(`${part.slice(comma + 1).trim()}, X`)) return part.slice(0, comma).trim();
  return part;
}

export function sortRoleParts(parts: readonly string[]): { name?: string; position?: string; location?: string } {
  let location = parts.find(isPlace);
  // "Acme Berlin, Germany" beside a title is the employer with its place, not only a place.
  const untitled = parts.filter((p) => p !== location && score(p, TITLE_WORDS) === 0);
  if (location && untitled.length === 0 && parts.length > 1) location = undefined;
  const rest = parts.filter((p) => p !== location);
  if (rest.length === 0) return location ? { location } : {};
  // Title words first; organisation words only break ties ("Engenheiro de Software" is a title).
  const titleScores = rest.map((p) => score(p, TITLE_WORDS) * 10 - Math.min(9, score(p, ORGANISATION_WORDS)));
  const best = Math.max(...titleScores);
  const positionAt = best > 0 ? titleScores.indexOf(best) : rest.length > 1 ? 1 : -1;
  const position = positionAt >= 0 ? rest[positionAt] : undefined;
  const others = rest.filter((_, i) => i !== positionAt);
  const orgScores = others.map((p) => score(p, ORGANISATION_WORDS));
  const orgAt = orgScores.some((s) => s > 0) ? orgScores.indexOf(Math.max(...orgScores)) : 0;
  const name = others[orgAt] !== undefined ? withoutPlace(others[orgAt]!) : undefined;
  return { ...(name ? { name } : {}), ...(position ? { position } : {}), ...(location ? { location } : {}) };
}

export function readWork(sections: readonly Section[]): WorkEntry[] {
  const work: WorkEntry[] = [];
  for (const section of sections) {
    if (section.kind !== 'work') continue;
    for (const entry of entryBlocks(section.lines)) {
      if (entry.parts.length === 0) continue;
      work.push({ ...sortRoleParts(entry.parts.slice(0, 4)), ...entryDates(entry.dates, 'both'), lines: entry.lines });
    }
  }
  return work;
}
