/** Answers that read as answers: "about" leads with who someone is now, a contact question gives only that contact. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { contactPattern } from '../src/answer/contacts.js';
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
  answerer = await openAnswerer(
    loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') }),
    { warn: () => {} },
  );
});

describe('"about" answers', () => {
  it.each([
    'Tell me about Orla',
    'tell me about orla quennell',
    'who is Orla Quennell?',
    'give me a quick summary of Orla',
  ])('lead with the current title and employer: %s', async (question) => {
    const answer = await answerer.ask(question);
    const first = answer.answer.split('\n')[0]!;
    expect(first).toMatch(/^Orla Quennell: /);
    expect(first).toContain('Tidewater Systems');
    expect(first).not.toContain('Kelpworks');
  });

  it('never repeats just the name or a bare heading', async () => {
    const answer = await answerer.ask('Tell me about Barnaby');
    expect(answer.answer).not.toMatch(/Barnaby Ostrowe: Barnaby Ostrowe|Resume\.|: \.$/m);
    expect(answer.answer).toContain('Rust, Go, Terraform');
  });
});

describe('contact answers', () => {
  it.each(["What is Orla's phone number?", "orla's mobile?", "Orla's telephone number"])(
    'give the phone and not the date of birth: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(answer.answer).toContain('+44 7700 900123');
      expect(answer.answer).not.toContain('birth');
    },
  );

  it('never reads a date or a span of years as a phone number', () => {
    const phone = contactPattern('phone');
    for (const line of ['Date of birth: 02.03.1990', 'Born 1990-03-02', 'Engineer, 2015-2017', '(2016 - 2021)'])
      expect(phone.test(line)).toBe(false);
    for (const line of ['+44 7700 900123', 'Tel: 0123 456 789', '(555) 010-4477']) expect(phone.test(line)).toBe(true);
  });
});

describe('sentences that read as sentences', () => {
  it('says which school nobody lists without a dangling "at"', async () => {
    const answer = await answerer.ask('Who studied at Nowhere Polytechnic?');
    expect(answer.noAnswer).toBe(true);
    expect(answer.answer).toBe('Nobody: no profile lists Nowhere Polytechnic in its education.');
  });
});

describe('years of a skill nobody reaches', () => {
  it('names the closest person with their actual years', async () => {
    const answer = await answerer.ask('Who has 20+ years of robotics?');
    expect(answer.noAnswer).toBe(true);
    expect(answer.answer).toMatch(/^Nobody has 20\+ years of robotics .*the most: Orla Quennell, about \d+ years/);
  });

  it('names who lists the skill when no dated role does', async () => {
    const answer = await answerer.ask('Who has 3+ years of Terraform?');
    expect(answer.answer).toMatch(
      /^Nobody: no dated role in the profiles names Terraform; Barnaby Ostrowe names it without dates\.$/,
    );
  });
});
