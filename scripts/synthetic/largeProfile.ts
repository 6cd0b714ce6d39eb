/**
 * Large synthetic profiles for `npm run bench`: deterministic Markdown of the shapes real CVs have
 * (headed roles, a paragraph, bullets, a table row), repeated to any size, and one with a single huge
 * line. Made-up words only: no real profile text.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WORDS = [
  'Terraform',
  'Kubernetes',
  'AWS',
  'deployed',
  'platform',
  'services',
  'team',
  'led',
  'built',
  'PostgreSQL',
  'monitoring',
  'pipelines',
  'CI/CD',
  'migrated',
  'latency',
  'reduced',
  'engineers',
  'Go',
  'Python',
  'Docker',
];

function sentences(seed: number): (count: number) => string {
  let state = seed >>> 0;
  return (count) =>
    Array.from({ length: count }, () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return WORDS[state % WORDS.length];
    }).join(' ');
}

/** A profile of about `bytes` bytes: one name heading, then role after role. */
export function largeProfileText(bytes: number): string {
  const words = sentences(20240611);
  const lines = ['# Jane Doe', '', '## Experience', ''];
  let size = 0;
  for (let role = 0; size < bytes; role++) {
    const block = [
      `### Company ${role} (March 2019 – Present)`,
      '',
      `${words(30)}.`,
      '',
      ...Array.from({ length: 6 }, () => `- ${words(15)}.`),
      `  - ${words(10)}.`,
      '',
      `| Skills | ${words(8)} |`,
      '',
    ];
    for (const line of block) size += line.length + 1;
    lines.push(...block);
  }
  return `${lines.join('\n')}\n`;
}

/** A short profile holding one line of about `bytes` bytes (a pasted export, a base64 blob). */
export function hugeLineProfileText(bytes: number): string {
  const words = sentences(7);
  const half = Math.floor(bytes / 2);
  let prose = '';
  while (prose.length < half) prose += `${words(50)} `;
  return `# Jane Doe\n\n## Skills\n\n${prose}${'QUJD'.repeat(Math.ceil(half / 4))}\n\nShort line about Go.\n`;
}

/** Writes `text` as the only profile of a new corpus folder under `root`; returns the corpus folder. */
export async function writeSingleProfileCorpus(root: string, text: string): Promise<string> {
  const corpus = path.join(root, 'corpus');
  await mkdir(corpus, { recursive: true });
  await writeFile(path.join(corpus, 'jane-doe.md'), text);
  return corpus;
}
