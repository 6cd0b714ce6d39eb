/**
 * Symbolic links in the corpus folder. A link is followed only when what it points at is inside the
 * corpus folder: a link to `/etc/passwd` or to another team's CVs must never be indexed, quoted or
 * echoed in a warning. A profile reached by several paths (a link beside its target) is read once.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Why a linked file was refused; the words end a warning line such as `skipped corpus/x.md: …`. */
export const LINK_OUTSIDE = 'a link to outside the corpus folder (refused)';
export const LINK_BROKEN = 'a link to nothing (broken link)';

export class RefusedLinkError extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(reason, options);
    this.name = 'RefusedLinkError';
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The corpus folder's own real path (it may itself be a link, which is the user's choice to make). */
function realRoot(corpusDir: string): string {
  try {
    return realpathSync(corpusDir);
  } catch {
    return path.resolve(corpusDir);
  }
}

export type LinkTarget =
  | { readonly kind: 'file' | 'directory'; readonly realPath: string }
  | { readonly kind: 'refused'; readonly reason: string; readonly towardsDirectory: boolean };

/** Where the link at `file` leads, refused when that is outside `corpusDir` or nowhere. */
export function followLink(corpusDir: string, file: string): LinkTarget {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { kind: 'refused', reason: LINK_BROKEN, towardsDirectory: false };
  }
  const info = statSync(real, { throwIfNoEntry: false });
  if (!isInside(realRoot(corpusDir), real))
    return { kind: 'refused', reason: LINK_OUTSIDE, towardsDirectory: info?.isDirectory() ?? false };
  if (info?.isDirectory()) return { kind: 'directory', realPath: real };
  if (info?.isFile()) return { kind: 'file', realPath: real };
  return { kind: 'refused', reason: LINK_BROKEN, towardsDirectory: false };
}

/**
 * Walking the corpus folder: decides what each link found in it is, reports refused ones through
 * `refuse`, and follows each linked folder once (a link to a parent folder must not loop forever).
 */
export class CorpusWalk {
  private readonly linkedDirs = new Set<string>();
  /** Whether any link was met: without one, every path listed is a file of its own. */
  metLink = false;

  constructor(
    private readonly corpusDir: string,
    private readonly refuse: (file: string, reason: string) => void,
  ) {}

  /** `isProfile`: whether the link's own name is a profile's, so refusing it is worth a warning. */
  follow(file: string, isProfile: boolean): 'file' | 'directory' | undefined {
    this.metLink = true;
    const target = followLink(this.corpusDir, file);
    if (target.kind === 'refused') {
      if (isProfile || target.towardsDirectory) this.refuse(file, target.reason);
      return undefined;
    }
    if (target.kind === 'directory') {
      if (this.linkedDirs.has(target.realPath)) return undefined;
      this.linkedDirs.add(target.realPath);
    }
    return target.kind;
  }
}

/**
 * Checks a settings file in the corpus folder (`people.json`, the alias files) before it is read:
 * `false` when there is no such file, `true` when it may be read, and a `RefusedLinkError` when it is
 * a link leading outside the corpus folder or nowhere (the user meant something to be there).
 */
export function settingsFileReadable(corpusDir: string, file: string): boolean {
  if (!lstatSync(file, { throwIfNoEntry: false })) return false;
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    throw new RefusedLinkError(LINK_BROKEN, { cause: error });
  }
  if (!isInside(realRoot(corpusDir), real)) throw new RefusedLinkError(LINK_OUTSIDE);
  return true;
}

/**
 * One path per real file, so a profile and a link to it are indexed once. The path kept is the file's
 * own (not a link's) when it was listed, else the first in sorted order.
 */
export function onePathPerFile(corpusDir: string, files: readonly string[], metLink = true): string[] {
  // Resolving each path costs a system call per folder level: 10,000 profiles took a third of a second.
  if (!metLink) return [...files].sort();
  const root = realRoot(corpusDir);
  const chosen = new Map<string, string>();
  for (const file of [...files].sort()) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      continue;
    }
    const own = path.relative(path.resolve(corpusDir), path.resolve(file)) === path.relative(root, real);
    if (!chosen.has(real) || own) chosen.set(real, file);
  }
  return [...chosen.values()].sort();
}
