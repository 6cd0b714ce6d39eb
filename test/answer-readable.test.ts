/** Answers that read as answers: "about" leads with who someone is now, a contact question gives only that contact. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-readable-');
let answerer: Answerer;

const ORLA = [
  '# Orla Quennell',
  'Marine Robotics Engineer',
  '',
  'orla.quennell@example.org · +44 7700 900123',
  'Date of birth: 02.03.1990',
  '',
  '## Experience',
  '',
  '### Tidewater Systems',
  'Lead Robotics Engineer • March 2021 – Present',
  '',
  '- Built autonomous hull inspection drones',
  '',
  '### Kelpworks Ltd',
  'Controls Engineer • 2016 – 2021',
  '',
  '## Education',
  '',
  'MSc Ocean Engineering, University of Portmere, 2016',
].join('\n');

const BARNABY = ['# Barnaby Ostrowe', '', '## Resume', '', '## Skills', '', 'Rust, Go, Terraform'].join('\n');

beforeAll(async () => {
  const corpus = await tempDir('corpus');
  await writeFile(path.join(corpus, 'orla.md'), ORLA);
  await writeFile(path.join(corpus, 'barnaby.md'), BARNABY);
  answerer = await openAnswerer(loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') }), { warn: () => {} });
});

describe('"about" answers', () => {
  it.each(['Tell me about Orla', 'tell me about orla quennell', 'who is Orla Quennell?', 'give me a quick summary of Orla'])(
    'lead with the current title and employer: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      const first = answer.answer.split('\n')[0]!;
      expect(first).toMatch(/^Orla Quennell: /);
      expect(first).toContain('Tidewater Systems');
      expect(first).not.toContain('Kelpworks');
    },
  );

  it('never repeats just the name or a bare heading', async () => {
    const answer = await answerer.ask('Tell me about Barnaby');
    expect(answer.answer).not.toMatch(/Barnaby Ostrowe: Barnaby Ostrowe|Resume\.|: \.$/m);
    expect(answer.answer).toContain('Rust, Go, Terraform');
  });
});
