/**
 * `role-terms.json.deflate`: every person's role headings as index terms (facts/roleHeadTerms.ts),
 * made by the build from the facts it stores, so a first employer question reads one table instead
 * of parsing every person's facts and tokenising every heading. Read when first asked for.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { RoleHeadTerms, type StoredRoleHeadTerms } from '../../../facts/roleHeadTerms.js';
import { FACTS_VERSION, type RoleHead, type StoredFacts } from '../../../facts/storedFacts.js';
import { TOKENIZER_VERSION } from '../../../text/terms.js';
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

/**
 * The people as PeopleFacts orders them (by their first document with passages) with the role
 * headings of their last such document; undefined when one of those has no facts of this version.
 */
function headsByPerson(
  documents: readonly IndexedDocument[],
  lines: readonly (string | Uint8Array)[],
): Map<string, readonly RoleHead[]> | undefined {
  const documentOf = new Map<string, number>();
  documents.forEach((doc, d) => {
    if (doc.passageCount > 0) documentOf.set(doc.person.id, d);
  });
  const heads = new Map<string, readonly RoleHead[]>();
  for (const [personId, d] of documentOf) {
    const line = lines[d];
    if (!line || line.length === 0) return undefined;
    const facts = JSON.parse(typeof line === 'string' ? line : Buffer.from(line).toString('utf8')) as StoredFacts;
    if (facts.version !== FACTS_VERSION) return undefined;
    heads.set(
      personId,
      facts.roles.map((role) => ({ head: role.head, range: role.range, through: role.through, first: { line: 0 } })),
    );
  }
  return heads;
}

/** Writes the table into the generation `folder`; undefined (nothing written) when some facts are not of this version. */
export async function writeRoleTermsFile(
  folder: string,
  documents: readonly IndexedDocument[],
  facts: { readonly version: number; readonly lines: readonly (string | Uint8Array)[] } | undefined,
): Promise<RoleTermsWritten | undefined> {
  if (facts?.version !== FACTS_VERSION) return undefined;
  const heads = headsByPerson(documents, facts.lines);
  if (!heads) return undefined;
  const people = [...heads.keys()];
  const table = new RoleHeadTerms(people, (personId) => heads.get(personId)!).stored();
  const body: RoleTermsBody = {
    people,
    terms: table.terms,
    roleStarts: [...table.roleStarts],
    roleTermStarts: [...table.roleTermStarts],
    roleTerms: [...table.roleTerms],
  };
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
