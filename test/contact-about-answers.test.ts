/**
 * "How can I reach …?" and "who is …?" on invented CVs whose heads probing found answered wrongly:
 * an address hidden as "(chez) … (point)", a birth date on a line of its own, a referee's address
 * and number below the person's own, a name line written surname first or with its titles and
 * post-nominals (no headline of its own).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const CVS: Record<string, string> = {
  'fabrice.txt': `FABRICE DE LA VALLÉE
Ingénieur logiciel
Tél. : 06 12 34 56 78
Courriel : fabrice.vallee (chez) exemple (point) fr

EXPÉRIENCE
2018 - aujourd'hui  Ingénieur logiciel, Société Lumière, Lyon
`,
  'gesine.md': `# Gesine Vorberg

Steuerberaterin

- Telefon: +49 341 9876543
- Geburtsdatum: 01.02.1979
- E-Mail: gesine.vorberg@beispiel.de

## Berufserfahrung
Steuerberaterin, Kanzlei Vorberg, seit 2008
`,
  'desmond.txt': `Desmond K. Okafor
Operations Manager
Atlanta, GA • 404.555.0187 • desmond.okafor@example.com

EXPERIENCE
Operations Manager, Peachtree Freight, 2013 - present

REFERENCES
Dr. Helen Marsh, Peachtree Freight, helen.marsh@example.com, 404.555.0100
`,
  'ortrud.txt': `Brandstätter, Ortrud
Dipl.-Informatikerin
Mobil: 0151 23456789

Berufserfahrung
2010 - heute  Softwarearchitektin, Schwaben IT AG, Stuttgart
`,
  'rajiv.txt': `Prof. Rajiv Menon-Pillai, P.Eng., MBA
Toronto, ON | +1 (416) 555-0123 | rajiv.menon@example.ca

EXPERIENCE
Director of Engineering, Maple Grid Power, 2012 - present
`,
};

const tempDir = temporaryDirs('whoknows-contact-about-');
let answerer: Answerer;
beforeAll(async () => {
  const root = await tempDir();
  await mkdir(path.join(root, 'corpus'));
  for (const [file, text] of Object.entries(CVS)) await writeFile(path.join(root, 'corpus', file), text);
  const config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
  answerer = await openAnswerer(config, { warn: () => {} });
});

const quoted = async (question: string) => (await answerer.ask(question)).citations.map((c) => c.text);

describe('contact answers', () => {
  it('gives an address hidden as "(chez) … (point)" beside the phone', async () => {
    expect(await quoted('how can I reach Fabrice?')).toEqual([
      'Tél. : 06 12 34 56 78',
      'Courriel : fabrice.vallee (chez) exemple (point) fr',
    ]);
  });

  it('gives no birth date for a contact, but a phone number on its line', async () => {
    const lines = await quoted('how can I reach Gesine?');
    expect(lines).toEqual(['- Telefon: +49 341 9876543', '- E-Mail: gesine.vorberg@beispiel.de']);
  });

  it("gives the person's own line and not a referee's", async () => {
    expect(await quoted('how can I reach Desmond?')).toEqual([
      'Atlanta, GA • 404.555.0187 • desmond.okafor@example.com',
    ]);
  });
});

describe('about answers', () => {
  it('shows no name line as a headline, written surname first or with titles and post-nominals', async () => {
    for (const name of ['Ortrud Brandstätter', 'Rajiv Menon-Pillai']) {
      const answer = await answerer.ask(`who is ${name}?`);
      expect(answer.intent).toBe('about');
      expect(answer.answer.startsWith(`${name}: `)).toBe(true);
      expect(answer.answer).not.toMatch(/Headline|Prof\.|MBA|Brandstätter, Ortrud/);
    }
  });
});
