/**
 * Phrasing families of the intents that answered worst on typed questions (compare, school, years of
 * a skill, contact, what one person does), each asked several ways: lower case, filler, first names
 * only, and in German, French, Spanish and Portuguese, on invented CVs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { withCueSpelling } from '../src/answer/cues.js';
import { sectionOfHeading } from '../src/text/sectionHeadings.js';
import { writtenWords } from '../src/text/words.js';
import { answererOnCvs, citedPeople, firstLine } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-families-');
let answerer: Answerer;

const CVS: Record<string, string[]> = {
  'mensah.md': [
    '# Kofi Mensah',
    '',
    'kofi.mensah@example.org · +44 7700 900456 · linkedin.com/in/kofi-mensah-example · Bristol, UK',
    '',
    '## Experience',
    '',
    '### Senior Platform Engineer · Gorse Bank (March 2019 – present)',
    '',
    '- Ran Kubernetes clusters and wrote Go services',
    '',
    '### Developer · Wren Freight (2013 – 2019)',
    '',
    '- Wrote Go and Python services for route planning',
    '',
    '## Education',
    '',
    'MSc Computer Science, University of Bristol, 2013',
    'Thesis: Scheduling freight trains with constraint programming',
    '',
    '## Language skills',
    '',
    'English (native), Twi (fluent), French (basic)',
  ],
  'holm.md': [
    '# Dagny Holm',
    '',
    'dagny.holm@example.de | +49 40 7654321 | Hamburg',
    '',
    '## Berufserfahrung',
    '',
    '### Softwareentwicklerin · Elbwerk GmbH (2017 – 2023)',
    '',
    '- Backend-Dienste in Go und Java entwickelt',
    '',
    '### Teamleiterin · Alsterlicht AG (2023 – heute)',
    '',
    '- Leitung eines Teams von fünf Entwicklern',
    '',
    '## Ausbildung',
    '',
    'Diplom Informatik, Technische Universität Dresden, 2016',
    '',
    '## Sprachkenntnisse',
    '',
    'Deutsch (Muttersprache), Englisch (C1), Italienisch (A2)',
  ],
  'aubert.md': [
    '# Mireille Aubert',
    '',
    'mireille.aubert@example.fr · Nantes, France',
    '',
    '## Expérience',
    '',
    '### Ingénieure logiciel · Atelier Loire (2016 – aujourd’hui)',
    '',
    '- Applications web en TypeScript et Go',
    '',
    '## Formation',
    '',
    'Master en informatique, Université de Nantes, 2016',
    '',
    '## Langues',
    '',
    'Français (langue maternelle), anglais (courant), notions d’allemand',
  ],
  'costa.md': [
    '# Beatriz Costa',
    '',
    'beatriz.costa@example.pt',
    '',
    '## Experiência',
    '',
    '### Analista de dados · Ribeira Dados (2019 – 2024)',
    '',
    '- Relatórios em Python e SQL',
    '',
    '## Idiomas falados',
    '',
    'Português (nativo), inglês (fluente), japonês (básico)',
  ],
  'ito.md': [
    '# Kenji Ito',
    '',
    'kenji.ito@example.jp',
    '',
    '## Experience',
    '',
    '### Data Engineer · Sakura Analytics (2018 – 2022)',
    '',
    '- Pipelines in Scala and Spark',
    '',
    '## Proficiency in languages',
    '',
    'Japanese (native), English (professional), Portuguese (intermediate)',
  ],
  'novak.md': [
    '# Tomas Novak',
    '',
    '## Summary',
    '',
    'Backend developer building payment systems for small shops across Central Europe for a decade, ' +
      'fluent in Czech and English.',
    '',
    '## Skills',
    '',
    'Other Languages: JavaScript, Rust, Haskell',
  ],
  'lind.md': [
    '# Sofia Lind',
    '',
    '## Skills',
    '',
    'Programming Languages: Python, C, Elixir',
    '',
    '## Talks',
    '',
    'Teaching Spanish grammar with Elixir, 2021',
  ],
};

beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
});

const people = citedPeople;

describe('comparing two people', () => {
  it.each([
    'who has more experience with Go, Kofi or Dagny?',
    'who has more go experience kofi or dagny',
    "hey quick q: who's got more years of go, kofi or dagny",
    'wer hat mehr Erfahrung mit Go, Kofi oder Dagny?',
    'qui a le plus d’expérience en Go, Kofi ou Dagny ?',
    '¿quién tiene más experiencia con Go, Kofi o Dagny?',
    'quem tem mais experiência com Go, Kofi ou Dagny?',
  ])('weighs their years with the skill by the dates of the roles naming it: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('compare');
    expect(firstLine(answer)).toMatch(/^Kofi Mensah has more experience of go by/i);
    expect(people(answer)).toEqual(['Dagny Holm', 'Kofi Mensah']);
  });

  it.each([
    'Kofi vs Dagny on Java',
    'compare kofi and dagny on java',
    'Kofi or Dagny for Java?',
    'Kofi oder Dagny: wer kennt Java besser?',
    'compara Kofi y Dagny en Java',
    'who knows more java, kofi or dagny?',
  ])('names the topic without the words around the names: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('compare');
    expect(firstLine(answer)).toMatch(/^On java: only Dagny Holm mentions it\.$/i);
  });

  it.each(['compare Kofi and Dagny', 'kofi vs dagny', 'vergleiche Kofi und Dagny'])(
    'sets their most recent roles side by side when no topic is named: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(answer.noAnswer).toBe(false);
      expect(people(answer)).toEqual(['Dagny Holm', 'Kofi Mensah']);
      expect(answer.answer).toContain('Gorse Bank');
      expect(answer.answer).toContain('Alsterlicht AG');
    },
  );
});

describe('where one person studied', () => {
  it.each([
    ['where did Kofi study?', 'Kofi Mensah', 'University of Bristol'],
    ["kofi's university?", 'Kofi Mensah', 'University of Bristol'],
    ["hey, where'd kofi go to uni?", 'Kofi Mensah', 'University of Bristol'],
    ['which college did Kofi attend', 'Kofi Mensah', 'University of Bristol'],
    ['wo hat Dagny studiert?', 'Dagny Holm', 'Technische Universität Dresden'],
    ['an welcher Uni war dagny?', 'Dagny Holm', 'Technische Universität Dresden'],
    ['où Mireille a-t-elle étudié ?', 'Mireille Aubert', 'Université de Nantes'],
    ['quelle université pour mireille ?', 'Mireille Aubert', 'Université de Nantes'],
    ['¿dónde estudió Kofi?', 'Kofi Mensah', 'University of Bristol'],
    ['¿en qué universidad estudió Mireille?', 'Mireille Aubert', 'Université de Nantes'],
    ['onde a Dagny estudou?', 'Dagny Holm', 'Technische Universität Dresden'],
  ])('%s', async (question, person, school) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('school');
    expect(answer.answer).toContain(school);
    expect(people(answer)).toEqual([person]);
  });

  it('reads a question about a thesis as a search of the profile, not the school', async () => {
    const answer = await answerer.ask("what is kofi's thesis about?");
    expect(answer.intent).not.toBe('school');
    expect(answer.citations[0]!.text).toContain('constraint programming');
  });
});

describe('how long one person has used a skill', () => {
  it.each([
    ["kofi's years of python", /about 6 years/],
    ['wie lange hat Dagny Java benutzt?', /about 6 years/],
    ['wie viele Jahre Erfahrung hat Dagny mit Go?', /about 6 years/],
    ['¿cuántos años de experiencia tiene Kofi con Python?', /about 6 years/],
  ])('sums the dated roles naming it: %s', async (question, duration) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('timeline');
    expect(firstLine(answer)).toMatch(duration);
  });

  it.each([
    'how long has Kofi used Go?',
    'how many yrs of go has kofi got',
    'há quanto tempo o Kofi usa Go?',
    'depuis combien de temps Kofi fait-il du Go ?',
  ])('runs an ongoing role to today, each role naming it cited: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('timeline');
    const since2013 = new Date().getFullYear() - 2013;
    expect(firstLine(answer)).toMatch(new RegExp(`about (?:${since2013 - 1}|${since2013}) years`));
    expect(answer.answer).toContain('Gorse Bank');
    expect(answer.answer).toContain('Wren Freight');
  });
});

describe("one person's contact details", () => {
  it.each([
    ['how do I reach Kofi?', 'kofi.mensah@example.org'],
    ['how can i get in touch with kofi', 'kofi.mensah@example.org'],
    ['wie erreiche ich Dagny?', 'dagny.holm@example.de'],
    ['comment contacter Mireille ?', 'mireille.aubert@example.fr'],
    ['¿cómo contacto a Kofi?', 'kofi.mensah@example.org'],
    ['como contatar a Dagny?', 'dagny.holm@example.de'],
  ])('gives every contact line when no one detail is asked for: %s', async (question, email) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('contact');
    expect(answer.answer).toContain(email);
  });

  it.each([
    ["kofi's email pls", 'kofi.mensah@example.org', '7700'],
    ['Telefonnummer von Dagny?', '+49 40 7654321', '@'],
    ["quel est l'e-mail de Mireille ?", 'mireille.aubert@example.fr', 'Nantes'],
    ['¿cuál es el teléfono de Kofi?', '+44 7700 900456', '@'],
  ])('gives only the detail asked for: %s', async (question, wanted, unwanted) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('contact');
    expect(answer.answer).toContain(wanted);
    expect(answer.answer).not.toContain(unwanted);
  });
});

describe('what one person does', () => {
  it.each([
    ['what does Kofi do?', 'Gorse Bank'],
    ['what does kofi do', 'Gorse Bank'],
    ["what's kofi's job title", 'Gorse Bank'],
    ['was macht Dagny?', 'Alsterlicht AG'],
    ['que fait Mireille ?', 'Atelier Loire'],
    ['¿a qué se dedica Kofi?', 'Gorse Bank'],
    ['o que faz a Dagny?', 'Alsterlicht AG'],
  ])('answers with the most recent role: %s', async (question, employer) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('timeline');
    expect(answer.answer.split('\n')[1]).toContain(employer);
  });

  it.each([
    ['what did Kofi do at Wren Freight?', 'route planning'],
    ['was hat Dagny bei Elbwerk gemacht?', 'Backend-Dienste'],
    ["qu'est-ce que Mireille a fait chez Atelier Loire ?", 'TypeScript'],
  ])('answers what was done at a named employer with its lines: %s', async (question, detail) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('timeline');
    expect(answer.answer).toContain(detail);
  });
});

describe('where one person has worked, and for how long', () => {
  it.each(['where has Kofi worked?', "what is kofi's job", 'wo hat Kofi gearbeitet?', 'où a travaillé Kofi ?'])(
    'lists the roles, the most recent first: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(answer.intent).toBe('timeline');
      const lines = answer.answer.split('\n');
      expect(lines[1]).toContain('Gorse Bank');
      expect(lines[2]).toContain('Wren Freight');
    },
  );

  it.each([
    'how long has Kofi been coding?',
    'how many years has kofi been working?',
    'wie viele Jahre arbeitet Kofi schon in der Branche?',
  ])('sums every dated role when no skill is named: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('timeline');
    expect(firstLine(answer)).toMatch(/of experience by the dates of the roles/);
  });
});

describe('spoken languages, whatever the heading and however the level is joined', () => {
  it('reads the word after an elided article as the language ("notions d’allemand")', async () => {
    for (const question of ['who speaks German?', 'qui parle allemand ?', 'wer spricht deutsch']) {
      expect(people(await answerer.ask(question))).toEqual(['Dagny Holm', 'Mireille Aubert']);
    }
  });

  it.each([
    ['which languages does Kenji speak?', 'Kenji Ito', 'Japanese (native)'],
    ['what languages does beatriz speak', 'Beatriz Costa', 'japonês (básico)'],
    ['quais línguas a Beatriz fala?', 'Beatriz Costa', 'japonês (básico)'],
    ['welche Sprachen spricht Kenji?', 'Kenji Ito', 'Japanese (native)'],
  ])('quotes the languages section under any of its headings: %s', async (question, person, line) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('languages');
    expect(people(answer)).toEqual([person]);
    expect(answer.citations[0]!.text).toContain(line);
  });

  it('counts a language written in another language than asked', async () => {
    expect(people(await answerer.ask('who speaks japanese?'))).toEqual(['Beatriz Costa', 'Kenji Ito']);
    expect(people(await answerer.ask('who speaks portuguese'))).toEqual(['Beatriz Costa', 'Kenji Ito']);
  });
});

describe('the words of a languages line and its heading', () => {
  it('takes an elided article off the word it is joined to', () => {
    expect(writtenWords("notions d'allemand, l’anglais")).toEqual(['notions', 'allemand', 'anglais']);
    expect(writtenWords("dell'inglese")).toEqual(['inglese']);
    // A possessive is not an elision.
    expect(writtenWords("Kofi's Go")).toEqual(['kofi', 'go']);
  });

  it.each([
    'Proficiency in languages',
    'Language skills',
    'Sprachkenntnisse',
    'Langues',
    'Connaissances linguistiques',
    'Idiomas',
    'Línguas',
    'Idiomas falados',
    'LANGUAGE COMPETENCIES:',
  ])('reads "%s" as the languages section', (heading) => {
    expect(sectionOfHeading(heading)).toBe('languages');
  });
});

describe('misspelt cue words', () => {
  it.each([
    ['where did kofi studdy?', 'school'],
    ["kofi's univeristy?", 'school'],
    ["dagny's emial", 'contact'],
    ['whats kofi’s phnoe number', 'contact'],
    ['compaer Kofi and Dagny', 'compare'],
    ['wo hat Dagny studeirt?', 'school'],
    ['comment contatcer Mireille ?', 'contact'],
  ])('reads the cue a letter away, or with two letters swapped: %s', async (question, intent) => {
    expect((await answerer.ask(question)).intent).toBe(intent);
  });

  it('never changes a word the profiles hold, nor one as close to two cue words', () => {
    const known = new Set(['react', 'kafka']);
    const isKnown = (word: string) => known.has(word.toLowerCase());
    // "react" is a letter from "reach", a cue of asking for contact details.
    expect(withCueSpelling('who knows react?', isKnown)).toBe('who knows react?');
    expect(withCueSpelling('where did Ana studdy', isKnown)).toBe('where did Ana study');
    // Four letters or fewer are too often another word.
    expect(withCueSpelling('where did Ana stdy', isKnown)).toBe('where did Ana stdy');
  });
});

describe('spoken languages of a profile with no languages section', () => {
  it('quotes the line saying so, cut around the language it names', async () => {
    const answer = await answerer.ask('which languages does Tomas speak?');
    expect(answer.intent).toBe('languages');
    expect(answer.citations).toHaveLength(1);
    expect(answer.answer.split('\n')[1]).toContain('fluent in Czech and English');
  });

  it('says nothing answers when only programming languages or a talk title name one', async () => {
    for (const question of ['what languages does Sofia speak?', 'does sofia speak spanish?']) {
      const answer = await answerer.ask(question);
      expect(answer.noAnswer).toBe(true);
      expect(answer.answer).toContain('Sofia Lind');
    }
  });
});
