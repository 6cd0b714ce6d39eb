/**
 * `role-terms.jsonl`: each document's role headings as index terms (facts/roleHeadTerms.ts), a line
 * per document in the header's order, made by the build from the facts it stores, so a first
 * employer question reads one file instead of parsing every person's facts and tokenising every
 * heading. A line file (lineFile.ts): an edit copies every block it does not change. Read when
 * first asked for.
 */
import type { StoredRoleHeadTerms } from '../../../facts/roleHeadTerms.js';
import { FACTS_VERSION, type StoredFacts } from '../../../facts/storedFacts.js';
import { tokenize, TOKENIZER_VERSION } from '../../../text/terms.js';
import { corrupt } from '../files.js';
import {
  openLineFile,
  refusedAs,
  writeLineFile,
  type LineFileReader,
  type LineFileRecord,
  type LineSource,
} from './lineFile.js';
import { FILES, type IndexedDocument } from './manifest.js';

/** Its record in the header: what made it (facts and tokenizer versions), and its lines and blocks. */
export interface RoleTermsWritten extends LineFileRecord {
  readonly factsVersion: number;
  readonly tokenizerVersion: number;
}

/** The table with the people it is for, in the order answers list them (PeopleFacts.people). */
export interface StoredRoleTerms {
  readonly people: readonly string[];
  readonly table: StoredRoleHeadTerms;
}

/** A document's line: each of its roles' distinct terms, from its line of facts (empty for none). */
export function roleTermsLine(factsLine: string | Uint8Array): string {
  if (factsLine.length === 0) return '';
  const text = typeof factsLine === 'string' ? factsLine : Buffer.from(factsLine).toString('utf8');
  const facts = JSON.parse(text) as StoredFacts;
  return JSON.stringify(facts.roles.map((role) => [...new Set(tokenize(role.head))]));
}

/**
 * Writes the file into `file`: a line per facts line, the previous file's line where the facts line
 * is the previous one (`{ previous }`: both files have a line per document of the previous header).
 */
export async function writeRoleTermsFile(
  file: string,
  facts: { readonly version: number; readonly lines: readonly LineSource[] },
  previous?: { readonly facts: LineFileReader; readonly roleTerms?: LineFileReader },
): Promise<RoleTermsWritten> {
  const lines = facts.lines.map((line): LineSource => {
    if (typeof line === 'string' || line instanceof Uint8Array) return roleTermsLine(line);
    return previous?.roleTerms ? line : roleTermsLine(previous!.facts.line(line.previous));
  });
  const written = await writeLineFile(file, lines, previous?.roleTerms);
  return { factsVersion: FACTS_VERSION, tokenizerVersion: TOKENIZER_VERSION, ...written };
}

/** Each person's document (position): PeopleFacts's order (first document with passages), its last such document. */
function documentOfPerson(documents: readonly IndexedDocument[]): Map<string, number> {
  const documentOf = new Map<string, number>();
  documents.forEach((doc, d) => {
    if (doc.passageCount > 0) documentOf.set(doc.person.id, d);
  });
  return documentOf;
}

const isTermList = (role: unknown) => Array.isArray(role) && role.every((term) => typeof term === 'string');

/** A line's roles' terms, checked; INDEX_CORRUPT naming the line otherwise. */
function rolesOf(line: Buffer, d: number, link: string): string[][] {
  let roles: unknown;
  try {
    roles = JSON.parse(line.toString('utf8'));
  } catch {
    roles = undefined;
  }
  if (!Array.isArray(roles) || !roles.every(isTermList))
    throw corrupt(link, `${FILES.roleTerms} line ${d + 1} is not a list of roles' terms`);
  return roles as string[][];
}

/**
 * The table of `documents`' people (positions in it are positions in PeopleFacts.people); undefined
 * when there is none made by today's facts and tokenizer. INDEX_CORRUPT when damaged.
 */
export function readRoleTermsFile(
  generation: string,
  record: RoleTermsWritten | undefined,
  documents: readonly IndexedDocument[],
  link: string,
): StoredRoleTerms | undefined {
  if (!record || record.factsVersion !== FACTS_VERSION || record.tokenizerVersion !== TOKENIZER_VERSION)
    return undefined;
  const file = openLineFile(generation, FILES.roleTerms, record, link);
  try {
    if (file.lineCount !== documents.length)
      throw corrupt(link, `${FILES.roleTerms} holds ${file.lineCount} lines for ${documents.length} documents`);
    const termIds = new Map<string, number>();
    const roleStarts = [0];
    const roleTermStarts = [0];
    const roleTerms: number[] = [];
    const people: string[] = [];
    for (const [personId, d] of documentOfPerson(documents)) {
      const line = refusedAs(link, FILES.roleTerms, () => file.line(d));
      for (const role of line.length === 0 ? [] : rolesOf(line, d, link)) {
        const ids = role.map((term) => {
          let id = termIds.get(term);
          if (id === undefined) termIds.set(term, (id = termIds.size));
          return id;
        });
        roleTerms.push(...ids.sort((a, b) => a - b));
        roleTermStarts.push(roleTerms.length);
      }
      roleStarts.push(roleTermStarts.length - 1);
      people.push(personId);
    }
    return {
      people,
      table: {
        terms: [...termIds.keys()],
        roleStarts: Uint32Array.from(roleStarts),
        roleTermStarts: Uint32Array.from(roleTermStarts),
        roleTerms: Int32Array.from(roleTerms),
      },
    };
  } finally {
    file.close();
  }
}

/** Reads every line, checking the whole file and each line's shape: what `npm run embed` does to an index it keeps. */
export function verifyRoleTerms(generation: string, record: RoleTermsWritten | undefined, link: string): void {
  if (!record) return;
  const file = openLineFile(generation, FILES.roleTerms, record, link);
  try {
    refusedAs(link, FILES.roleTerms, () => file.lines()).forEach((line, d) => {
      if (line.length > 0) rolesOf(line, d, link);
    });
  } finally {
    file.close();
  }
}
