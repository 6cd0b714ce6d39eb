/**
 * The generations of a data folder. `<dataDir>/index` is a symlink to one complete generation
 * folder; a rebuild writes a new generation beside it and swaps the link with rename(2), which is
 * atomic. A crash or Ctrl-C at any moment leaves the old link, and so the old index, in place; a
 * running bot re-reading `index/index.json` sees either the old or the new index, never half.
 * This file names them, swaps the link and removes what is no longer needed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, readdir, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { systemCode } from '../../../errors.js';
import { FILES } from '../manifest/manifest.js';

const LINK = 'index';
export const GENERATION_PREFIX = 'index-';
export const BUILDING_PREFIX = '.building-';
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export function indexPath(dataDir: string): string {
  return path.join(dataDir, LINK);
}

/** Time first, so generation names sort by age. */
export function uniqueName(): string {
  return `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** `.building-<pid>-<unique>`: the pid says whose build it is, so a killed build's folder is known at once. */
export function buildingName(label: string, unique: string): string {
  return `${BUILDING_PREFIX}${label}${process.pid}-${unique}`;
}

/** True when `pid` runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemCode(error) === 'EPERM';
  }
}

export async function pointLinkAt(dataDir: string, generation: string): Promise<void> {
  const link = path.join(dataDir, LINK);
  const existing = await lstat(link).catch(() => undefined);
  if (existing?.isDirectory()) {
    // A plain folder (copied in by hand): keep it as an ordinary old generation.
    await rename(link, path.join(dataDir, `${GENERATION_PREFIX}moved-${Date.now().toString(36)}`));
  }
  const temporaryLink = path.join(dataDir, buildingName('link-', uniqueName()));
  // Relative target, so the data folder can be moved or mounted elsewhere.
  await symlink(generation, temporaryLink, 'dir');
  try {
    await rename(temporaryLink, link);
  } catch (error) {
    await rm(temporaryLink, { force: true }).catch(() => {});
    throw error;
  }
}

/**
 * Whether a `.building-*` entry is left over from a build that can no longer finish: its owner's
 * pid (in the name) no longer runs. This process's own leftovers count too, as the caller holds
 * the build lock and so is not writing one. Names without a pid (older versions) fall back to age.
 */
function isAbandoned(name: string, modifiedMs: number): boolean {
  const owner = /^\.building-(?:link-)?(\d+)-/.exec(name);
  if (!owner) return Date.now() - modifiedMs > ABANDONED_AFTER_MS;
  const pid = Number(owner[1]);
  return pid === process.pid || !isRunning(pid);
}

/** Removes what killed or failed builds left behind. Call it holding the build lock; returns the names removed. */
export async function removeAbandonedBuilds(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir).catch(() => [] as string[]);
  const abandoned: string[] = [];
  for (const name of entries.filter((candidate) => candidate.startsWith(BUILDING_PREFIX))) {
    const info = await lstat(path.join(dataDir, name)).catch(() => undefined);
    if (info && isAbandoned(name, info.mtimeMs)) abandoned.push(name);
  }
  await Promise.all(
    abandoned.map((name) => rm(path.join(dataDir, name), { recursive: true, force: true }).catch(() => {})),
  );
  return abandoned;
}

/** Keeps the current and the previous generation (a bot may still be loading it); drops the rest and any abandoned builds. */
export async function removeStaleGenerations(dataDir: string, current: string): Promise<void> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const generations = entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(GENERATION_PREFIX) && entry.name !== current)
    .map((entry) => entry.name)
    .sort();
  // Clean-up is best effort: a folder that can't be removed now is tried again by the next build.
  await Promise.all(
    generations
      .slice(0, -1)
      .map((name) => rm(path.join(dataDir, name), { recursive: true, force: true }).catch(() => {})),
  );
  await removeAbandonedBuilds(dataDir);
}

/** Whether there is an index to load (or one of the old JSON format, which loading names and `embed` rebuilds). */
export function indexExists(dataDir: string): boolean {
  return existsSync(path.join(indexPath(dataDir), FILES.header)) || isLegacyIndex(dataDir);
}

/** An index written in the JSON format of earlier versions (manifest.json and lexical.json). */
export function isLegacyIndex(dataDir: string): boolean {
  const link = indexPath(dataDir);
  return !existsSync(path.join(link, FILES.header)) && existsSync(path.join(link, FILES.legacyManifest));
}
