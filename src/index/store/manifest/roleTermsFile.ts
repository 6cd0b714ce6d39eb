/**
 * `role-terms.json.deflate`: every person's role headings as index terms (facts/roleHeadTerms.ts),
 * made by the build from the facts it stores, so a first employer question reads one table instead
 * of parsing every person's facts and tokenising every heading. Read when first asked for.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { StoredRoleHeadTerms } from '../../../facts/roleHeadTerms.js';
import { FACTS_VERSION, type StoredFacts } from '../../../facts/storedFacts.js';
import { tokenize, TOKENIZER_VERSION } from '../../../text/terms.js';
import { corrupt, readFault } from '../files.js';
import { FILES, type IndexedDocument } from './manifest.js';

/** Its record in the header: what made it (facts and tokenizer versions), its size and CRC-32. */
export interface RoleTermsWritten {
  readonly factsVersion: number;
  readonly tokenizerVersion: number;
  readonly bytes: number;
  readonly crc32: number;
}

/** The table with the people it is for, in the order answers list them (PeopleFacts.people). */
export interface StoredRoleTerms {
  readonly people: readonly string[];
  readonly table: StoredRoleHeadTerms;
}

interface RoleTermsBody {
  readonly people: readonly string[];
  readonly terms: readonly string[];
  readonly roleStarts: readonly number[];
  readonly roleTermStarts: readonly number[];
  readonly roleTerms: readonly number[];
}

/** The previous generation's documents and table: a person whose document is unchanged keeps their terms. */
export interface PreviousRoleTerms {
  readonly documents: readonly IndexedDocument[];
  readonly stored: StoredRoleTerms;
}

/** Each person's document (position): PeopleFacts's order (first document with passages), its last such document. */
function documentOfPerson(documents: readonly IndexedDocument[]): Map<string, number> {
  const documentOf = new Map<string, number>();
  documents.forEach((doc, d) => {
    if (doc.passageCount > 0) documentOf.set(doc.person.id, d);
  });
  return documentOf;
}

/** Each role's distinct terms, per person of the previous table whose document is the same one, unchanged. */
function reusable(
  previous: PreviousRoleTerms | undefined,
): (personId: string, doc: IndexedDocument) => string[][] | undefined {
  if (!previous) return () => undefined;
  const before = documentOfPerson(previous.documents);
  const position = new Map(previous.stored.people.map((personId, p) => [personId, p]));
  const { terms, roleStarts, roleTermStarts, roleTerms } = previous.stored.table;
  return (personId, doc) => {
    const d = before.get(personId);
    const p = position.get(personId);
    const old = d === undefined ? undefined : previous.documents[d];
    if (p === undefined || old?.source !== doc.source || old.fingerprint !== doc.fingerprint) return undefined;
    const roles: string[][] = [];
    for (let role = roleStarts[p]!; role < roleStarts[p + 1]!; role++)
      roles.push([...roleTerms.subarray(roleTermStarts[role]!, roleTermStarts[role + 1]!)].map((id) => terms[id]!));
    return roles;
  };
}

/**
 * Each person's roles' distinct terms, in PeopleFacts's order of people; undefined when one of their
 * documents has no facts of this version.
 */
function termsByPerson(
  documents: readonly IndexedDocument[],
  lines: readonly (string | Uint8Array)[],
  previous: PreviousRoleTerms | undefined,
): Map<string, string[][]> | undefined {
  const kept = reusable(previous);
  const terms = new Map<string, string[][]>();
  for (const [personId, d] of documentOfPerson(documents)) {
    const reused = kept(personId, documents[d]!);
    if (reused) {
      terms.set(personId, reused);
      continue;
    }
    const line = lines[d];
    if (!line || line.length === 0) return undefined;
    const facts = JSON.parse(typeof line === 'string' ? line : Buffer.from(line).toString('utf8')) as StoredFacts;
    if (facts.version !== FACTS_VERSION) return undefined;
    terms.set(
      personId,
      facts.roles.map((role) => [...new Set(tokenize(role.head))]),
    );
  }
  return terms;
}

/** The table's arrays (as RoleHeadTerms holds them) from each person's roles' terms. */
function tableOf(people: readonly string[], terms: ReadonlyMap<string, string[][]>): RoleTermsBody {
  const termIds = new Map<string, number>();
  const roleStarts = [0];
  const roleTermStarts = [0];
  const roleTerms: number[] = [];
  for (const personId of people) {
    for (const role of terms.get(personId)!) {
      const ids = role.map((term) => {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        return id;
      });
      roleTerms.push(...ids.sort((a, b) => a - b));
      roleTermStarts.push(roleTerms.length);
    }
    roleStarts.push(roleTermStarts.length - 1);
  }
  return { people, terms: [...termIds.keys()], roleStarts, roleTermStarts, roleTerms };
}

/**
 * Writes the table into the generation `folder`; undefined (nothing written) when some facts are
 * not of this version. People whose document is unchanged since `previous` keep their terms from it.
 */
export async function writeRoleTermsFile(
  folder: string,
  documents: readonly IndexedDocument[],
  facts: { readonly version: number; readonly lines: readonly (string | Uint8Array)[] } | undefined,
  previous?: PreviousRoleTerms,
): Promise<RoleTermsWritten | undefined> {
  if (facts?.version !== FACTS_VERSION) return undefined;
  const terms = termsByPerson(documents, facts.lines, previous);
  if (!terms) return undefined;
  const body = tableOf([...terms.keys()], terms);
  const bytes = deflateRawSync(JSON.stringify(body));
  await writeFile(path.join(folder, FILES.roleTerms), bytes);
  return { factsVersion: FACTS_VERSION, tokenizerVersion: TOKENIZER_VERSION, bytes: bytes.length, crc32: crc32(bytes) };
}

/** The stored table; undefined when there is none made by today's facts and tokenizer. INDEX_CORRUPT when damaged. */
export function readRoleTermsFile(
  generation: string,
  record: RoleTermsWritten | undefined,
  link: string,
): StoredRoleTerms | undefined {
  if (!record || record.factsVersion !== FACTS_VERSION || record.tokenizerVersion !== TOKENIZER_VERSION)
    return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(generation, FILES.roleTerms));
  } catch (error) {
    throw corrupt(link, readFault(FILES.roleTerms, error));
  }
  if (bytes.length !== record.bytes || crc32(bytes) !== record.crc32)
    throw corrupt(link, `${FILES.roleTerms} does not match its checksum`);
  const body = JSON.parse(inflateRawSync(bytes).toString('utf8')) as RoleTermsBody;
  return {
    people: body.people,
    table: {
      terms: body.terms,
      roleStarts: Uint32Array.from(body.roleStarts),
      roleTermStarts: Uint32Array.from(body.roleTermStarts),
      roleTerms: Int32Array.from(body.roleTerms),
    },
  };
}
