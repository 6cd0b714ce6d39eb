/**
 * Skill aliases (`k8s` = `kubernetes`, `golang` = `go`), kept as data: the defaults ship in
 * skillAliases.json, and a team adds its own in `corpus/skill-aliases.json` (same format).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import defaults from './skillAliases.json' with { type: 'json' };
import { canonicalSkill } from './skillMatch.js';

export const USER_ALIASES_FILE = 'skill-aliases.json';

export class SkillVocabulary {
  private readonly groups = new Map<string, Set<string>>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const names = group.map(canonicalSkill).filter(Boolean);
      // Groups sharing a name merge, so a user file can extend a default group by naming one member.
      const merged = new Set(names);
      for (const name of names) for (const other of this.groups.get(name) ?? []) merged.add(other);
      for (const name of merged) this.groups.set(name, merged);
    }
  }

  /** The skill itself first, then its aliases. */
  variants(skill: string): string[] {
    const key = canonicalSkill(skill);
    return [key, ...[...(this.groups.get(key) ?? [])].filter((name) => name !== key)];
  }

  /** Every (name, aliases) pair, for expanding free-text questions. */
  entries(): IterableIterator<[string, Set<string>]> {
    return this.groups.entries();
  }
}

function readGroups(file: string): string[][] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { groups?: unknown };
  if (!Array.isArray(parsed.groups) || !parsed.groups.every((g) => Array.isArray(g) && g.every((n) => typeof n === 'string'))) {
    throw new Error('expected { "groups": [["name", "alias", ...], ...] }');
  }
  return parsed.groups as string[][];
}

/** Defaults plus the corpus's own file; a broken user file is reported and ignored. */
export function loadSkillVocabulary(corpusDir: string, warn: (message: string) => void = () => {}): SkillVocabulary {
  const groups = [...defaults.groups];
  const userFile = path.join(corpusDir, USER_ALIASES_FILE);
  try {
    groups.push(...readGroups(userFile));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') warn(`ignored ${userFile}: ${(error as Error).message}`);
  }
  return new SkillVocabulary(groups);
}
