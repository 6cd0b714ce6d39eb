/** /profile's overview on the real corpus (lexical-only index): headline, recent roles, main skills, each cited. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer, ProfileOverview } from '../src/answer/types.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';

let answerer: Answerer;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-profile-'));
  answerer = await openAnswerer(loadConfig({ USE_MODEL: 'false', DATA_DIR: dataDir }), { warn: () => {} });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function expectEveryLineCited(profile: ProfileOverview): Promise<void> {
  const lines = (await readFile(path.join(PROJECT_ROOT, profile.source), 'utf8')).split('\n');
  for (const line of profile.lines) {
    const citation = profile.citations.find((c) => c.id === line.citation)!;
    expect(citation.source).toBe(profile.source);
    expect(citation.text).toBe(lines.slice(citation.startLine - 1, citation.endLine).join('\n'));
  }
}

describe('profile overview', () => {
  it('finds people by name, alias or prefix, case-insensitively, and nobody for an unknown name', async () => {
    expect((await answerer.profile('phil'))?.person).toBe('Phil Kershaw');
    expect((await answerer.profile('KURA'))?.person).toBe('kura (profile 002)');
    expect((await answerer.profile('profile 001'))?.person).toBe('Apple SRE (profile 001)');
    expect(await answerer.profile('Nobody Atall')).toBeUndefined();
  });

  it("gives a profile its own summary as headline (never its front matter), its latest roles and its skills line", async () => {
    const phil = (await answerer.profile('Phil Kershaw'))!;
    expect(phil.headline).toMatch(/accomplished Lead Engineer/);
    // Front matter is page metadata: never quoted as a cited line.
    expect(phil.citations.some((c) => /^\s*(\+\+\+|title\s*=)/m.test(c.text))).toBe(false);
    const roles = phil.lines.filter((l) => l.label === 'Role').map((l) => l.text);
    expect(roles[0]).toMatch(/^AstraZeneca UK Ltd/);
    expect(roles).not.toContain('Previous Relevant Employment');
    expect(phil.lines.find((l) => l.label === 'Skills')?.text).toMatch(/AWS CDK, CI\/CD, Jenkins/);
    await expectEveryLineCited(phil);
  });

  it('gives a profile without a summary no headline rather than its latest role twice, and shows each role once', async () => {
    const kura = (await answerer.profile('kura'))!;
    expect(kura.headline).toBe('');
    const roles = kura.lines.filter((l) => l.label === 'Role').map((l) => l.text);
    expect(roles[0]).toBe("BBC — Engineer • Aug. '19 –");
    expect(new Set(roles).size).toBe(roles.length);
    expect(kura.lines.find((l) => l.label === 'Skills' && /Lua/.test(l.text))).toBeDefined();
    expect(kura.lines.some((l) => l.label === 'Skills' && /leadership roles/.test(l.text))).toBe(false);
    await expectEveryLineCited(kura);
  });

  it('reads roles and technologies from prose when a profile has no headings', async () => {
    const sre = (await answerer.profile('Apple SRE'))!;
    expect(sre.lines.filter((l) => l.label === 'Role').map((l) => l.text)[0]).toBe('Full-time employee at Apple as an SRE.');
    expect(sre.lines.some((l) => l.label === 'Skills' && /Puppet, ELK/.test(l.text))).toBe(true);
    await expectEveryLineCited(sre);
  });
});
