/**
 * A who-knows answer cites each person's line from the first of their profile's passages (in file
 * order) holding it, reading passages only up to that one: the passage, and so the section the
 * citation names, is the one a search through all of the profile's passages would find first.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { sectionLabel } from '../src/chunking/passage.js';
import { loadConfig } from '../src/config.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-citations-');

/** A profile long enough to be several passages, naming Terraform in its experience and its skills. */
function profile(name: string, employer: string, extra: number): string[] {
  const bullets = Array.from(
    { length: 12 + extra },
    (_, i) => `- Ran the ${employer} platform's release train number ${i + 1}, with on-call rotations and reviews.`,
  );
  return [
    `# ${name}`,
    '',
    '## Experience',
    '',
    `### Platform Engineer, ${employer} (2019 – 2024)`,
    ...bullets.slice(0, 6),
    '- Moved every environment to Terraform modules and reviewed each plan before it was applied.',
    ...bullets.slice(6),
    '',
    '## Skills',
    '',
    '- Infrastructure: Terraform, Kubernetes, Ansible',
    '- Languages: Go, Python',
  ];
}

describe('who-knows citations', () => {
  it('name the section of the first passage of the profile holding each cited line', async () => {
    const corpus = await tempDir('corpus');
    const people = [
      ['Amara Okafor', 'Glasshouse Labs', 0],
      ['Bruno Castellanos', 'Northwind Freight', 9],
      ['Chiara Lindqvist', 'Harbourline', 20],
    ] as const;
    for (const [name, employer, extra] of people)
      await writeFile(
        path.join(corpus, `${name.split(' ')[0]!.toLowerCase()}.md`),
        profile(name, employer, extra).join('\n'),
      );
    const config = loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') });
    const answerer = await openAnswerer(config, { warn: () => {} });
    const index = await loadIndex(config.dataDir);
    try {
      const answer = await answerer.ask('who knows Terraform?');
      expect(new Set(answer.citations.map((citation) => citation.person))).toEqual(
        new Set(people.map(([name]) => name)),
      );
      for (const citation of answer.citations) {
        const passages = index.labelsOf(citation.source).map((label) => index.passage(label));
        expect(passages.length).toBeGreaterThan(1);
        const first = passages.find((p) => p.startLine <= citation.startLine && p.endLine >= citation.startLine)!;
        expect(citation.section).toBe(sectionLabel(first.sectionPath));
        expect(citation.text).toContain('Terraform');
      }
    } finally {
      index.close();
    }
  });
});
