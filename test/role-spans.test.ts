/**
 * The roles' spans a build stores with the role-terms table (index/store/manifest/roleSpans.ts): a
 * years question reads each person's roles from it instead of from their facts, and must read the
 * very roles the facts give.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import type { DatedRole } from '../src/facts/experienceYears.js';
import { PeopleFacts } from '../src/facts/storedFacts.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { ROLE_TERMS_LAYOUT } from '../src/index/store/manifest/roleTermsFile.js';
import { headsWithProfile } from '../src/profile/roleHeads.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-role-spans-test-');

/** Invented profiles: month and year dates, an open role, an undated one, a JSON Resume's work entries. */
const PROFILES: Record<string, string> = {
  'ana.md':
    '# Ana Quist\n\n## Experience\n\n### Platform Engineer at Acme · Mar 2019 – Present\n\n- Ran Kubernetes.\n\n' +
    '### Developer at Globex · 2014 – 2018\n\n- Wrote Python.\n\n### Volunteer tutor\n\n- Taught Go.\n',
  'ben.md': '# Ben Orrin\n\n## Skills\n\n- Rust\n',
  'cleo.json': JSON.stringify({
    basics: { name: 'Cleo Marsh' },
    work: [
      { name: 'Umbrella Corp', position: 'Analyst', startDate: '2016-02', endDate: '2019-11', summary: 'SQL daily.' },
      { name: 'Initech', position: 'Intern', startDate: '2015' },
    ],
    skills: [{ name: 'Data', keywords: ['SQL'] }],
  }),
};

async function built() {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (const [name, text] of Object.entries(PROFILES)) await writeFile(path.join(root, 'corpus', name), text);
  const config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
  const model = await openModel(config);
  const build = () => buildIndex(config, { embedder: null, tokens: model.tokens, warn: () => {} });
  await build();
  return { config, build, index: await loadIndex(config.dataDir) };
}

/** What counting reads of a role. */
const counted = (roles: readonly DatedRole[]) =>
  roles.map(({ range, through, first }) => ({
    start: range && [range.start.year, range.start.month],
    end: range?.end && [range.end.year, range.end.month],
    through,
    first: first.line,
  }));

describe("the stored table of roles' spans", () => {
  it("gives each person the roles their stored facts and profile give, reading no one's facts", async () => {
    const { index } = await built();
    const stored = new PeopleFacts(index.documents, index, undefined, () => index.storedRoleTerms!());
    const reading = new PeopleFacts(index.documents, index);
    const fromTable = (personId: string) => stored.storedRolesWithProfile(personId)!;
    for (const personId of reading.people) {
      const slow = headsWithProfile(reading.roleHeads(personId), reading.profileOf(personId)?.profile);
      expect(stored.storedRolesWithProfile(personId)).toBeDefined();
      expect(counted(fromTable(personId))).toEqual(counted(slow));
    }
    expect(reading.storedRolesWithProfile(reading.people[0]!)).toBeUndefined();
    const cleo = index.documents.find((doc) => doc.person.name === 'Cleo Marsh')!.person.id;
    // Cleo's roles are her profile's work entries only: the table holds them, dated as written.
    expect(counted(fromTable(cleo)).map((role) => [role.start, role.end])).toEqual(
      expect.arrayContaining([
        [
          [2016, 2],
          [2019, 11],
        ],
        [[2015, undefined], undefined],
      ]),
    );
    index.close();
  }, 60_000);

  it('gives everyone the headings alone for a years question without a skill, as their facts do', async () => {
    const { index } = await built();
    const stored = new PeopleFacts(index.documents, index, undefined, () => index.storedRoleTerms!());
    const reading = new PeopleFacts(index.documents, index);
    const ana = index.documents.find((doc) => doc.person.name === 'Ana Quist')!.person.id;
    for (const personId of reading.people)
      expect(counted(stored.roleDates().rolesOf(personId))).toEqual(counted(reading.roleDates().rolesOf(personId)));
    expect(counted(stored.roleDates().rolesOf(ana)).filter((role) => role.start)).toHaveLength(2);
    index.close();
  }, 60_000);

  it('is written by the next build when the index holds a table of an older layout', async () => {
    const { config, build, index } = await built();
    index.close();
    const headerFile = path.join(config.dataDir, 'index', 'index.json');
    const header = JSON.parse(await readFile(headerFile, 'utf8'));
    await writeFile(headerFile, JSON.stringify({ ...header, roleTerms: { ...header.roleTerms, layout: 2 } }));
    const report = await build();
    expect(report.written).toBe(true);
    const after = JSON.parse(await readFile(headerFile, 'utf8'));
    expect(after.roleTerms.layout).toBe(ROLE_TERMS_LAYOUT);
    const reopened = await loadIndex(config.dataDir);
    expect(reopened.storedRoleTerms!()?.spans.roleStarts.length).toBe(reopened.documents.length + 1);
    reopened.close();
  }, 60_000);
});
