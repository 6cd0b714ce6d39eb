/**
 * Groups of words that stand for one another, kept as data: skill aliases (`k8s` = `kubernetes`) and
 * related question words (`talks` ~ `spoke publicly`). Defaults ship beside this file; a team adds
 * its own groups in the corpus folder (same format) without touching code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import relatedDefaults from './relatedTerms.json' with { type: 'json' };
import skillDefaults from './skillAliases.json' with { type: 'json' };
import { canonicalSkill } from './skillMatch.js';

export const USER_FILES = { skills: 'skill-aliases.json', related: 'related-terms.json' } as const;

/** Names in canonical word form (`Node.JS` → `nodejs`, `CI/CD` → `ci cd`), grouped. */
export class TermGroups {
  private readonly groupOf = new Map<string, Set<string>>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const names = group.map(canonicalSkill).filter(Boolean);
      // Groups sharing a name merge, so a user file can extend a default group by naming one member.
      const merged = new Set(names);
      for (const name of names) for (const other of this.groupOf.get(name) ?? []) merged.add(other);
      for (const name of merged) this.groupOf.set(name, merged);
    }
  }

  /** The name itself first, then the rest of its group. */
  variants(name: string): string[] {
    const key = canonicalSkill(name);
    return [key, ...[...(this.groupOf.get(key) ?? [])].filter((other) => other !== key)];
  }

  /** Every name with its group. */
  entries(): IterableIterator<[string, Set<string>]> {
    return this.groupOf.entries();
  }
}

function readGroups(file: string): string[][] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { groups?: unknown };
  if (!Array.isArray(parsed.groups) || !parsed.groups.every((g) => Array.isArray(g) && g.every((n) => typeof n === 'string'))) {
    throw new Error('expected { "groups": [["name", "alias", ...], ...] }');
  }
  return parsed.groups as string[][];
}

function load(defaults: readonly (readonly string[])[], userFile: string, warn: (message: string) => void): TermGroups {
  const groups = [...defaults];
  try {
    groups.push(...readGroups(userFile));
  } catch (error) {
    // No user file is the normal case; a broken one is reported and ignored, never fatal.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`ignored ${userFile}: ${(error as Error).message}`);
  }
  return new TermGroups(groups);
}

export interface Vocabulary {
  readonly skills: TermGroups;
  readonly related: TermGroups;
}

export function loadVocabulary(corpusDir: string, warn: (message: string) => void = () => {}): Vocabulary {
  return {
    skills: load(skillDefaults.groups, path.join(corpusDir, USER_FILES.skills), warn),
    related: load(relatedDefaults.groups, path.join(corpusDir, USER_FILES.related), warn),
  };
}
