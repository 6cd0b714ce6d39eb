/**
 * A profile's facts as the index keeps them with its document: `npm run embed` reads them once per
 * document, so loading an index and answering never read every profile again (a cost that grows
 * with the corpus). A line is kept as where it is (the document's passage holding it, and its line), not
 * as its text, which the passage already holds.
 */
import { RecentlyUsed } from '../caches.js';
import type { Passage } from '../chunking/passage.js';
import type { DateRange } from '../text/dates.js';
import { profileFacts, type FactLine, type ProfileFacts, type Role } from './profileFacts.js';
import { RoleDates, storedRolesOf, type StoredRoleSpans } from './roleDates.js';
import type { DatedRole } from './experienceYears.js';
import { RoleHeadTerms, type StoredRoleHeadTerms } from './roleHeadTerms.js';

/**
 * Bump when what `profileFacts` reads changes: facts stored by another version are read again from
 * the passages on load, and `npm run embed` stores them anew. Also bumped when the profile stored
 * beside them (src/profile, `profile` on the same line) changes.
 */
export const FACTS_VERSION = 18;

/** What a role says of itself, stored or restored: its heading block as one line, its dates and the lines it spans. */
export type RoleHead = Pick<Role, 'head' | 'range' | 'through'> & { readonly first: { readonly line: number } };

/** [position of the passage among its document's passages, 1-based line]. */
export type StoredLine = readonly [number, number];

export interface StoredRole {
  readonly first: StoredLine;
  readonly last: StoredLine;
  readonly head: string;
  readonly range?: DateRange;
  readonly order: number;
  readonly through: number;
}

export interface StoredFacts {
  readonly version: number;
  /** Latest first, as `ProfileFacts.roles`. */
  readonly roles: readonly StoredRole[];
  readonly schools: readonly StoredLine[];
  readonly skills: readonly StoredLine[];
  readonly contacts: readonly StoredLine[];
  /** The document's structured profile (src/profile/types.ts), stored on the same line by the build step. */
  readonly profile?: unknown;
}

/** What loading needs of a document: its source and the facts stored with it, if any. */
export interface DocumentWithFacts {
  readonly source: string;
  readonly passageCount?: number;
  readonly facts?: StoredFacts;
  /** The version of its stored facts when known without reading them (an index may parse them only on first use). */
  readonly factsVersion?: number;
}

/** Documents whose facts are not stored, or stored by another version: loading reads theirs from the passages. */
export function unstoredFacts(documents: readonly DocumentWithFacts[]): number {
  return documents.filter((doc) => doc.passageCount !== 0 && (doc.factsVersion ?? doc.facts?.version) !== FACTS_VERSION)
    .length;
}

/** The facts of one document's passages (in index order), in the form the index stores. */
export function storeFacts(passages: readonly Passage[]): StoredFacts {
  const position = new Map(passages.map((passage, i) => [passage, i]));
  const at = (entry: FactLine): StoredLine => [position.get(entry.passage)!, entry.line];
  const facts = profileFacts(passages);
  return {
    version: FACTS_VERSION,
    roles: facts.roles.map((role) => ({
      first: at(role.first),
      last: at(role.last),
      head: role.head,
      ...(role.range ? { range: role.range } : {}),
      order: role.order,
      through: role.through,
    })),
    schools: facts.schools.map(at),
    skills: facts.skills.map(at),
    contacts: facts.contacts.map(at),
  };
}

/**
 * What loading needs of an index: a document's passage labels, and a passage by label. Passages
 * are asked for one at a time because an index may decode each only when it is first read:
 * restoring facts then decodes the passages their lines are in, not every passage.
 */
export interface PassageSource {
  labelsOf(source: string): readonly number[];
  /**
   * The person of `labelsOf(source)[0]`, undefined when it has no passage (no list made: asked of every
   * document at once).
   */
  personOfSource(source: string): string | undefined;
  passage(label: number): Passage;
  personIdOf(label: number): string;
}

/** Stored facts back onto the document's passages; undefined when they don't fit them (then they are read again). */
export function restoreFacts(
  stored: StoredFacts,
  labels: readonly number[],
  index: Pick<PassageSource, 'passage'>,
): ProfileFacts | undefined {
  if (stored.version !== FACTS_VERSION || labels.length === 0) return undefined;
  const split = new Map<number, { passage: Passage; lines: string[] }>();
  const at = (position: number) => {
    let found = split.get(position);
    if (!found && position < labels.length) {
      const passage = index.passage(labels[position]!);
      found = { passage, lines: passage.text.split('\n') };
      split.set(position, found);
    }
    return found;
  };
  let fits = true;
  const line = ([position, number]: StoredLine): FactLine => {
    const found = at(position);
    const text = found?.lines[number - found.passage.startLine];
    if (!found || text === undefined) {
      fits = false;
      return { passage: at(0)!.passage, line: number, text: '' };
    }
    return { passage: found.passage, line: number, text };
  };
  const roles: Role[] = stored.roles.map((role) => ({
    first: line(role.first),
    last: line(role.last),
    head: role.head,
    range: role.range,
    order: role.order,
    through: role.through,
  }));
  const schools = stored.schools.map(line);
  const skills = stored.skills.map(line);
  const contacts = stored.contacts.map(line);
  if (!fits) return undefined;
  const { personId, person, source } = at(0)!.passage;
  return { personId, person, source, roles, schools, skills, contacts };
}

/**
 * Restored facts kept at once: each holds the passages its lines are in. Enough for everyone in a
 * team-sized index, so a question about everyone (a degree, years of experience) restores them
 * once; a larger index restores them again per such question instead of holding every passage.
 */
export const FACTS_KEPT = 16_384;

/** The role tables a build stored, with the people they are for (positions in them are positions in `people`). */
interface StoredTable {
  readonly people: readonly string[];
  readonly table: StoredRoleHeadTerms;
  readonly work?: StoredRoleHeadTerms;
  readonly spans?: StoredRoleSpans;
}

/**
 * Each person's facts, keyed by person id, restored when first asked for: the stored ones where the
 * index has them, else (an index built before facts were stored, or by another version) read from
 * the passages. A person with several profiles has their last one's. Only the most recently used
 * FACTS_KEPT are kept: restoring everyone's would hold nearly every passage in memory at once.
 */
export class PeopleFacts {
  /** Person ids in corpus order (of their first profile with passages). */
  readonly people: readonly string[];
  /** How many were read from the passages rather than restored (stored facts missing or not fitting), so far. */
  computed = 0;
  /** Each person's profile whose facts they have (their last one with passages). */
  private readonly documentOf = new Map<string, DocumentWithFacts>();
  private readonly kept: RecentlyUsed<string, ProfileFacts>;
  private madeHeadTerms: RoleHeadTerms | undefined;
  /** null: no stored table fits (known once headTerms is made). */
  private madeWorkTerms: RoleHeadTerms | null = null;
  private madeRoleDates: RoleDates | undefined;
  /** The build's table for these people, read once (null: none, or not for these people in this order). */
  private storedTable: StoredTable | null | undefined;
  /**
   * Role headings read from the stored facts, the `keep` most recently used, for the years of a
   * skill and "before" questions, which read the people naming something again and again. Bounded,
   * because everyone's headings as objects would be millions in a large index, for every pause of
   * the garbage collector to walk; what needs everyone's reads them once into a table of numbers
   * (`roleDates`, `headTerms`).
   */
  private readonly storedHeads: RecentlyUsed<string, readonly RoleHead[]>;

  constructor(
    documents: readonly DocumentWithFacts[],
    private readonly index: PassageSource,
    keep = FACTS_KEPT,
    /** The role-heading table a build stored for these documents' people (undefined: none, made on first use). */
    private readonly storedHeadTerms?: () => StoredTable | undefined,
  ) {
    this.kept = new RecentlyUsed(keep);
    this.storedHeads = new RecentlyUsed(keep);
    for (const document of documents) {
      const personId = index.personOfSource(document.source);
      if (personId !== undefined) this.documentOf.set(personId, document);
    }
    this.people = [...this.documentOf.keys()];
  }

  /**
   * Every person's roles' dates and lines as numbers, made on first use (a years question about
   * everyone): from the build's table when it stored one, else from everyone's stored facts.
   */
  roleDates(): RoleDates {
    const spans = this.stored()?.spans;
    this.madeRoleDates ??= new RoleDates(
      this.people,
      (personId) =>
        (spans && storedRolesOf(spans, this.personIndex(personId)!, false)) ?? this.unkeptRoleHeads(personId),
    );
    return this.madeRoleDates;
  }

  /**
   * A person's roles with their profile's work entries no heading covers (how a years question
   * about a skill counts them), from the build's table: no facts read. Undefined when the build
   * stored none for them (read their facts and profile instead).
   */
  storedRolesWithProfile(personId: string): readonly DatedRole[] | undefined {
    const spans = this.stored()?.spans;
    const person = this.personIndex(personId);
    return spans && person !== undefined ? storedRolesOf(spans, person, true) : undefined;
  }

  private positions: Map<string, number> | undefined;

  /**
   * `personIds` in the order of `people` (each once; an id not there is left out): sorted by place,
   * where filtering everyone would cost a look-up a person of the index per question.
   */
  inCorpusOrder(personIds: Iterable<string>): string[] {
    const places: number[] = [];
    for (const personId of personIds) {
      const place = this.personIndex(personId);
      if (place !== undefined) places.push(place);
    }
    return [...new Set(places)].sort((a, b) => a - b).map((place) => this.people[place]!);
  }

  private personIndex(personId: string): number | undefined {
    this.positions ??= new Map(this.people.map((personId, p) => [personId, p]));
    return this.positions.get(personId);
  }

  /** The build's table when it is for these people in this order: positions in it are positions in `people`. */
  private stored(): StoredTable | undefined {
    if (this.storedTable === undefined) {
      const stored = this.storedHeadTerms?.();
      const fits = stored?.people.length === this.people.length && stored.people.every((p, i) => p === this.people[i]);
      this.storedTable = fits ? stored : null;
    }
    return this.storedTable ?? undefined;
  }

  /** Every role heading's index terms, made on first use from every person's role headings. */
  headTerms(): RoleHeadTerms {
    if (!this.madeHeadTerms) {
      const stored = this.stored();
      const fits = stored !== undefined;
      this.madeHeadTerms = fits
        ? new RoleHeadTerms(this.people, stored.table)
        : new RoleHeadTerms(this.people, (personId) => this.unkeptRoleHeads(personId));
      this.madeWorkTerms = fits && stored.work ? new RoleHeadTerms(this.people, stored.work) : null;
    }
    return this.madeHeadTerms;
  }

  /**
   * The terms of every stored profile's work entries (profile/workEntryText.ts) that no role heading
   * of the person holds all of, a row an entry, as the build stored them: who they name beyond the
   * headings. Undefined when the build stored none for these people (read the profiles).
   */
  workTerms(): RoleHeadTerms | undefined {
    this.headTerms();
    return this.madeWorkTerms ?? undefined;
  }

  /**
   * A person's role headings with their dates and lines, in the order of `get`'s roles, without
   * restoring them (no passage is read) when the index stores facts of this version, which describe
   * the passages they were stored with. Empty for an unknown person.
   */
  roleHeads(personId: string): readonly RoleHead[] {
    let heads = this.storedHeads.get(personId);
    if (!heads) {
      heads = this.storedRoleHeads(personId);
      if (!heads) return this.get(personId)?.roles ?? [];
      this.storedHeads.set(personId, heads);
    }
    return heads;
  }

  /** A person's role headings for a table that holds them as numbers: read, not kept (restored from the passages without stored facts). */
  private unkeptRoleHeads(personId: string): readonly RoleHead[] {
    return this.storedRoleHeads(personId) ?? this.get(personId)?.roles ?? [];
  }

  /** A person's role headings as their stored facts of this version hold them; undefined without such facts. */
  private storedRoleHeads(personId: string): readonly RoleHead[] | undefined {
    const stored = this.documentOf.get(personId)?.facts;
    if (stored?.version !== FACTS_VERSION) return undefined;
    return stored.roles.map((role) => ({
      head: role.head,
      range: role.range,
      through: role.through,
      first: { line: role.first[1] },
    }));
  }

  /** The structured profile (src/profile/types.ts) stored with the person's facts document, and its source. */
  profileOf(personId: string): { readonly source: string; readonly profile: unknown } | undefined {
    const document = this.documentOf.get(personId);
    const profile = document?.facts?.profile;
    return document && profile !== undefined ? { source: document.source, profile } : undefined;
  }

  get(personId: string): ProfileFacts | undefined {
    let facts = this.kept.get(personId);
    if (!facts) {
      const document = this.documentOf.get(personId);
      if (!document) return undefined;
      const labels = this.index.labelsOf(document.source);
      facts = document.facts && restoreFacts(document.facts, labels, this.index);
      if (!facts) {
        facts = profileFacts(labels.map((label) => this.index.passage(label)));
        this.computed++;
      }
      this.kept.set(personId, facts);
    }
    return facts;
  }
}
