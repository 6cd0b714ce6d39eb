/**
 * What typed questions' answers hold, on invented CVs: a comparison says who has more and why, years
 * of a skill count what a profile states in words beside its dated roles, and an intent whose
 * structured answer is empty still searches the person's profile before saying what it lacks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { statedYears } from '../src/answer/statedYears.js';
import type { SkillLine } from '../src/retrieval/skillRanking.js';
import { answererOnCvs, citedPeople, firstLine } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-typed-answers-');
let answerer: Answerer;

const CVS: Record<string, string[]> = {
  'lima.md': [
    '# Ana Lima',
    '',
    'ana.lima@example.com · Porto',
    '',
    '## Experience',
    '',
    '### Backend Engineer · Rio Tech (2020 – present)',
    '',
    '- Python services on Kubernetes, machine learning pipelines',
    '',
    '### Developer · Sol Labs (2016 – 2020)',
    '',
    '- Python and Django web apps',
    '',
    '## Skills',
    '',
    'Python, Django, Kubernetes, machine learning, SQL',
  ],
  'ode.md': [
    '# Ben Ode',
    '',
    '## Summary',
    '',
    'Data scientist with 5+ years of Python experience and 3 years of machine learning.',
    '',
    '## Work',
    '',
    'Analyst, Kestrel Insurance, 2021–2023: SQL reports, some Python.',
  ],
  'weber.md': [
    '# Jonas Weber',
    '',
    '## Profil',
    '',
    'Softwareentwickler mit 12 Jahren Erfahrung in Java und 2 Jahren Erfahrung mit Kotlin.',
    '',
    '## Berufserfahrung',
    '',
    '### Entwickler · Nordlicht GmbH (04/2018 – heute)',
    '',
    '- Java-Dienste, Kubernetes',
  ],
  'kim.md': [
    '# Min-jun Kim',
    '',
    '## Skills',
    '',
    'Rust, Python, computer vision',
    '',
    '## Projects',
    '',
    '- Computer vision toolkit in Python',
    '- Python bindings for a Rust image library',
  ],
  'sato.md': ['# Yui Sato', '', '## Skills', '', 'Python, Excel', '', '## Interests', '', 'Hiking, chess'],
  'ruiz.md': [
    '# Carmen Ruiz',
    '',
    '## Experience',
    '',
    '### Data Engineer · Rio Tech (2018 – 2019)',
    '',
    '- Python ETL jobs',
    '',
    '### Analyst · Sol Labs (2021 – 2023)',
    '',
    '- Reports in SQL',
  ],
  'quinn.md': [
    '# Pat Quinn',
    '',
    'I studied physics at the University of Galway and later did a PhD in robotics at ETH Zurich.',
    'You can reach me at pat.quinn@example.org.',
    'I speak Irish and Spanish fluently, and some Japanese.',
    'Since March 2009 with Fernhill Aero, 17 years now, after four years at a bank.',
    'Lead engineer at Fernhill Aero from 2015.',
  ],
};

beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
});

describe('comparing two people on a skill says who has more', () => {
  it.each([
    'who knows more python, ana or ben?',
    'who knows more python, ben or ana?',
    'compare Ana and Ben on Python',
    'compare ben and ana on python',
    'ana vs ben for python',
    'wer kennt sich besser mit Python aus, Ana oder Ben?',
    'qui connaît mieux Python, Ana ou Ben ?',
    '¿quién sabe más Python, Ana o Ben?',
    'quem sabe mais Python, Ana ou Ben?',
  ])('by the years of dated roles against a stated duration, both cited: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('compare');
    expect(firstLine(answer)).toMatch(
      /^Ana Lima has more experience of python .*against about 5 years for Ben Ode \(about .+ more\)\.$/i,
    );
    expect(citedPeople(answer)).toEqual(['Ana Lima', 'Ben Ode']);
    expect(answer.citations.some((c) => c.person === 'Ben Ode' && c.text.includes('5+ years'))).toBe(true);
  });

  it.each([
    'who knows more python, min-jun or yui?',
    'compare yui and min-jun on python',
    'vergleiche Min-jun und Yui bei Python',
    'compara a min-jun y yui en python',
  ])('by the lines naming it when neither dates it: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(firstLine(answer)).toMatch(
      /^On python: Min-jun Kim's profile names it on more lines .*: 3, against 1 for Yui Sato\.$/i,
    );
    expect(citedPeople(answer)).toEqual(['Min-jun Kim', 'Yui Sato']);
  });

  it.each([
    'compare ana and min-jun on computer vision',
    'min-jun vs ana for computer vision',
    'who has more experience with computer vision, ana or min-jun?',
  ])('names the one who has a multi-word skill and says the other does not mention it: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(firstLine(answer)).toBe('On computer vision: only Min-jun Kim mentions it.');
    expect(answer.answer).toContain('Ana Lima: the profile does not mention computer vision.');
    expect(citedPeople(answer)).toEqual(['Min-jun Kim']);
  });
});

describe('comparing years when one side has no dated role naming the skill', () => {
  it.each([
    'who has more python experience, ana or yui?',
    'who has more python experience, yui or ana?',
    'wer hat mehr Erfahrung mit Python, Yui oder Ana?',
    '¿quién tiene más experiencia con python, yui o ana?',
  ])('cites the line that names it for the undated side too: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(firstLine(answer)).toMatch(
      /^Ana Lima has more experience of python .*nothing dated or stated for Yui Sato\.$/i,
    );
    expect(answer.answer).toMatch(/Yui Sato: no dated role names python; the profile names it: Python, Excel \[\d\]/i);
    expect(citedPeople(answer)).toEqual(['Ana Lima', 'Yui Sato']);
  });
});

describe('comparing two people at one employer, or with the same years', () => {
  it.each(["compare Ana's and Carmen's time at Rio Tech", 'compare ana and carmen on their roles at rio tech'])(
    'weighs their months there by the dates of their roles: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(firstLine(answer)).toMatch(
        /^At rio tech, by the dates of their roles there: Ana Lima about \d+ years.* and Carmen Ruiz about 1 year\.$/i,
      );
      expect(citedPeople(answer)).toEqual(['Ana Lima', 'Carmen Ruiz']);
    },
  );

  it('says two people with the same months have about the same, not that one has more', async () => {
    for (const question of ['who has more experience with sql, carmen or ben?', 'compare ben and carmen on sql']) {
      const sql = await answerer.ask(question);
      expect(firstLine(sql)).toMatch(
        /^(?:Carmen Ruiz and Ben Ode|Ben Ode and Carmen Ruiz) have about the same experience of sql /,
      );
      expect(citedPeople(sql)).toEqual(['Ben Ode', 'Carmen Ruiz']);
    }
  });
});

describe('years of a skill', () => {
  it.each([
    'how many years of python does ben have',
    'how long has ben used python?',
    "combien d'années de python a ben ?",
    '¿cuántos años de python tiene ben?',
    'quantos anos de python tem o ben?',
    'wie viele Jahre Python hat Ben?',
  ])('quotes a duration stated in words when it is more than the dated roles show: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('timeline');
    expect(firstLine(answer)).toMatch(/^Ben Ode: 5\+ years of python, as the profile states: .*5\+ years of Python/i);
    expect(answer.answer).toMatch(/By the dates of the roles that name it, about 2 years/);
  });

  it.each([
    'since when has ana used python?',
    'seit wann programmiert Ana Python?',
    'depuis quand ana utilise python ?',
  ])('says since which year an ongoing skill runs: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(firstLine(answer)).toMatch(
      /^Ana Lima: about \d+ years.* of python by the dates of the roles that name it \(since 2016\)\.$/i,
    );
  });

  it('reads a stated duration in German, with the dated role beside it', async () => {
    const answer = await answerer.ask('seit wann arbeitet Jonas mit Java?');
    expect(firstLine(answer)).toMatch(/^Jonas Weber: 12 years of Java, as the profile states/);
    expect(answer.answer).toContain('Nordlicht GmbH');
    const kotlin = await answerer.ask('how many years of kotlin does jonas have?');
    expect(firstLine(kotlin)).toMatch(/^Jonas Weber: 2 years of kotlin, as the profile states/);
  });

  it('quotes the lines naming the skill when no role dates it and nothing states a duration', async () => {
    const answer = await answerer.ask('how many years of rust does min-jun have?');
    expect(answer.intent).toBe('timeline');
    expect(citedPeople(answer)).toEqual(['Min-jun Kim']);
    expect(answer.citations[0]!.text).toContain('Rust');
    expect(firstLine(answer)).toBe(
      "Min-jun Kim's profile dates no role that names rust and states no years of it; what it says:",
    );
    const none = await answerer.ask('how many years of haskell does yui have?');
    expect(none.noAnswer).toBe(true);
    expect(firstLine(none)).toBe("Yui Sato's profile dates no role that names haskell.");
  });

  it.each(['who has 5+ years of python?', 'wer hat mindestens 5 Jahre Erfahrung mit Python?'])(
    'lists people whose stated years reach the threshold, marked as stated: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(firstLine(answer)).toMatch(/Ana Lima \(about 10|Ana Lima \(about 1\d/);
      expect(firstLine(answer)).toContain('Ben Ode (5+ years, as the profile states)');
      expect(citedPeople(answer)).toEqual(['Ana Lima', 'Ben Ode']);
    },
  );

  it('reads which skill a stated duration is of', () => {
    const line = (text: string) => ({ text }) as unknown as SkillLine;
    const said = (text: string, variants: string[]) => statedYears([line(text)], variants)?.said;
    expect(said('5+ years of Python experience and 3 years of machine learning', ['machine learning'])).toBe('3 years');
    expect(said('5+ years of Python experience and 3 years of machine learning', ['python'])).toBe('5+ years');
    expect(said('Python (4 yrs), Go', ['python'])).toBe('4 years');
    expect(said('Python (4 yrs), Go', ['go'])).toBeUndefined();
    expect(said("3 ans d'expérience en Go", ['go'])).toBe('3 years');
    expect(said('más de 6 años de experiencia con SQL', ['sql'])).toBe('6+ years');
    expect(said('Ten years ago I learned Go.', ['go'])).toBeUndefined();
    expect(said('Vor 3 Jahren mit Go angefangen', ['go'])).toBeUndefined();
    expect(said("I'm 22 years old, passionate about C++ and Qt", ['c++'])).toBeUndefined();
    expect(said("J'ai 25 ans et je programme en Go", ['go'])).toBeUndefined();
    expect(said('Worked 2 years at a bank. Later wrote Rust.', ['rust'])).toBeUndefined();
  });
});

describe('a person-scoped question whose structured answer is empty', () => {
  it.each([
    ['where did pat study?', 'school', 'University of Galway'],
    ['où a étudié pat ?', 'school', 'University of Galway'],
    ['onde o pat estudou?', 'school', 'University of Galway'],
    ['¿qué idiomas habla pat?', 'languages', 'Irish and Spanish'],
    ['wo hat pat studiert?', 'school', 'ETH Zurich'],
    ['qual o email do pat?', 'contact', 'pat.quinn@example.org'],
  ])('finds the prose line, a lower-case first name in any language: %s', async (question, intent, text) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe(intent);
    expect(citedPeople(answer)).toEqual(['Pat Quinn']);
    expect(answer.answer).toContain(text);
  });

  it.each([
    ['what languages does yui speak?', "Yui Sato's profile names no language the person speaks."],
    ['¿qué idiomas habla yui?', "Yui Sato's profile names no language the person speaks."],
    ["what's yui's email", "Yui Sato's profile gives no email."],
    ['where did yui study?', "Yui Sato's profile names no school or degree."],
  ])('says what the profile does not state, naming the person: %s', async (question, said) => {
    const answer = await answerer.ask(question);
    expect(answer.noAnswer).toBe(true);
    expect(firstLine(answer)).toBe(said);
  });

  it.each(['how long has Pat been with Fernhill Aero?', 'how long was pat at fernhill aero'])(
    'answers how long at an employer no dated role names by the lines giving years there: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(firstLine(answer)).toMatch(
        /^Pat Quinn's profile dates no role at fernhill aero; the lines naming it with years:$/i,
      );
      expect(answer.citations[0]!.text).toContain('17 years now');
    },
  );
});

describe('typos in names and skills', () => {
  it.each([
    ['how many years of pyhton does ana have', 'Ana Lima', /about 1\d years .* of python/],
    ['how many years of python does aan have', 'Ana Lima', /about 1\d years .* of python/],
    ['wie viele Jahre Pyhton hat Aan?', 'Ana Lima', /about 1\d years .* of python/],
    ['where did jonsa work?', 'Jonas Weber', /^Jonas Weber's roles/],
    ['¿dónde trabajó jnoas?', 'Jonas Weber', /^Jonas Weber's roles/],
  ])('reads a word a letter or a swap from one name or skill as it: %s', async (question, person, line) => {
    const answer = await answerer.ask(question);
    expect(citedPeople(answer)).toEqual([person]);
    expect(firstLine(answer)).toMatch(line);
  });

  it.each(['who knows pyhton?', 'qui connaît pyhton ?', '¿quién sabe pyhton?', 'who knows machine lerning'])(
    'finds the people of the skill spelt right: %s',
    async (question) => {
      const answer = await answerer.ask(question);
      expect(answer.noAnswer).toBe(false);
      expect(citedPeople(answer)).toContain('Ben Ode');
    },
  );

  it('compares two people with a misspelt name and skill', async () => {
    const answer = await answerer.ask('compare ana and bne on pyhton');
    expect(firstLine(answer)).toMatch(/^Ana Lima has more experience of python/);
    expect(citedPeople(answer)).toEqual(['Ana Lima', 'Ben Ode']);
  });

  it('leaves a skill no profile has as asked, even a letter from a word they use', async () => {
    const answer = await answerer.ask('who knows scala?');
    expect(firstLine(answer)).toBe('Nobody: no profile mentions scala.');
  });
});
