/**
 * Answers whose right content is a set of people or a few lines of one person's section, on the
 * invented five-language team: a section asked of everyone names everyone under its headings in
 * any language and nobody else; a thesis supervisor is quoted from the thesis lines, asked in five
 * languages; a clause no profile names as a skill is no skill's "nobody".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { answererOnCvs, citedPeople } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { TEAM } from './fixtures/typedFamilyCvs.js';

const tempDir = temporaryDirs('whoknows-person-lines-');
let answerer: Answerer;

beforeAll(async () => {
  answerer = await answererOnCvs(TEAM, tempDir);
});

/** Everyone whose CV has an awards or teaching section, whatever its heading's language. */
const WITH_SECTION = ['Camille Laurent', 'Jonas Weber', 'João Pereira', 'Lucía Fernández', 'Priya Raman'];

describe('a section asked of everyone', () => {
  it.each(['who has won an award?', 'wer hat Auszeichnungen?', 'who has taught?'])(
    'names everyone under its headings in any language for "%s", and nobody else',
    async (question) => {
      expect(citedPeople(await answerer.ask(question))).toEqual(WITH_SECTION);
    },
  );
});

describe('a thesis supervisor, asked in five languages', () => {
  it.each([
    ["who supervised priya's phd", 'Supervisor: Prof. Alan Greaves'],
    ["what was jonas's master thesis on", 'Verteilte Transaktionen in Graphdatenbanken'],
    ["wer war Jonas' Betreuer?", 'Betreuer: Prof. Dr. Karin Stein'],
    ['qui était le directeur de thèse de Camille ?', 'Directeur de thèse : Pr. Henri Masson'],
    ['¿quién fue el director de tesis de Lucía?', 'Director de tesis: Dr. Vicente Soler'],
    ['quem foi o orientador do João?', 'Orientador: Prof. Rui Couto'],
  ])('quotes the thesis lines for "%s"', async (question, line) => {
    const answer = await answerer.ask(question);
    expect(answer.citations.slice(0, 3).some((citation) => citation.text.includes(line))).toBe(true);
  });
});

describe('a clause no profile names as a skill', () => {
  it('is searched for as something done, not answered as nobody knowing the clause', async () => {
    const answer = await answerer.ask('wer pflegt Datenpipelines?');
    expect(answer.intent).toBe('search');
    expect(answer.answer).not.toMatch(/no profile mentions/);
  });
});

describe('one role or one skill of one person', () => {
  it("quotes the line under the latest role's heading, which says what the job was", async () => {
    const answer = await answerer.ask("what's priya's current job");
    expect(answer.citations.map((citation) => citation.text)).toContain(
      '- Trains ranking models in Python and PyTorch',
    );
  });

  it.each(['wie lange macht Priya schon SQL?', 'yrs of sql for priya?', 'há quanto tempo a Priya usa SQL?'])(
    'quotes the line naming a skill no dated role names for "%s"',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(answer.answer).toMatch(/dates no role that names SQL/i);
      expect(answer.citations.some((citation) => citation.text.includes('SQL'))).toBe(true);
    },
  );
});
