import { describe, expect, it } from 'vitest';
import { readCues } from '../src/answer/cues.js';
import { questionLanguage } from '../src/text/questionLanguage.js';
import { classify } from '../src/answer/intent.js';
import { plainText } from '../src/answer/statements.js';

// Synthetic variants: invented people and organisations, names already taken out as the router does.
describe('question language', () => {
  it.each([
    ['wer kann hier Haskell?', 'de'],
    ['wo hat vorher gearbeitet?', 'de'],
    ['qui parle néerlandais ?', 'fr'],
    ['¿qué idiomas habla?', 'es'],
    ['quantas pessoas falam hindi?', 'pt'],
    ["hey quick q: what's phone", 'en'],
    // A word only one language has outweighs words three languages share; "¿" is written only in Spanish.
    ['que hizo en Globex Technologies', 'es'],
    ['¿qué hizo en Globex Technologies?', 'es'],
    ['qué hizo en Globex', 'es'],
  ])('reads %s as %s', (question, language) => {
    expect(questionLanguage(question)).toBe(language);
  });
});

describe('intents of questions naming nobody, by meaning', () => {
  it.each([
    ['anyone here know elixir?', { kind: 'who-knows', skills: ['elixir'] }],
    ['list everyone who knows Elixir', { kind: 'who-knows', skills: ['Elixir'] }],
    ['hey, wer kann hier Elixir?', { kind: 'who-knows', skills: ['Elixir'] }],
    ['¿alguien ha usado Terraform?', { kind: 'who-knows', skills: ['Terraform'] }],
    ['quick q - how many ppl speak swahili?', { kind: 'count', skill: 'swahili' }],
    ['wie viele Leute sprechen Swahili?', { kind: 'count', skill: 'Swahili' }],
    ['how many people list Elixir as a skill', { kind: 'count', skill: 'Elixir' }],
    ['wie viele Leute haben Elixir im Lebenslauf?', { kind: 'count', skill: 'Elixir' }],
    ['combien de personnes ont Elixir dans leur CV ?', { kind: 'count', skill: 'Elixir' }],
    ['combien de personnes parlent swahili ?', { kind: 'count', skill: 'swahili' }],
    ['who speaks swahili', { kind: 'who-knows', skills: ['swahili'], spoken: true }],
    ['who worked at globex corp', { kind: 'employer', entity: 'globex corp' }],
    ['¿quién ha trabajado en Globex?', { kind: 'employer', entity: 'Globex' }],
    ['wer hat bei Globex gearbeitet?', { kind: 'employer', entity: 'Globex' }],
    ["qui a étudié à l'université de Springfield ?", { kind: 'school', entity: 'université de Springfield' }],
  ])('%s', (question, intent) => {
    expect(classify(question, 0)).toMatchObject(intent);
  });
});

describe('talks', () => {
  it('reads a talk given at or about something as no spoken language', () => {
    for (const question of [
      'who has spoken at Devoxx?',
      'who has given a talk at NDC Oslo?',
      'who talked about Kafka?',
    ])
      expect(classify(question, 0), question).not.toMatchObject({ spoken: true });
    expect(classify('who has spoken German at work?', 0)).toMatchObject({ spoken: true });
  });
});

describe('intents of questions about one person, by meaning', () => {
  it.each([
    ["hey quick q: what's 's phone", { kind: 'contact', what: 'phone' }],
    ['email pls', { kind: 'contact', what: 'email' }],
    ['qual o telefone do ?', { kind: 'contact', what: 'phone' }],
    ['give me a quick summary of', { kind: 'about' }],
    ['erzähl mir was über', { kind: 'about' }],
    ['¿quién es?', { kind: 'about' }],
    ['¿qué idiomas habla?', { kind: 'languages' }],
    ['which languages does know?', { kind: 'skills' }],
    ['which languages does speak?', { kind: 'languages' }],
    ['what can do', { kind: 'skills' }],
    ["'s tech stack?", { kind: 'skills' }],
    ['what tools does use?', { kind: 'skills' }],
    ['quelles sont les compétences de ?', { kind: 'skills' }],
    ['where was working in 2016', { kind: 'timeline', which: 'year', year: 2016 }],
    ['wo hat vorher bei Globex gearbeitet?', { kind: 'timeline', which: 'before', entity: 'Globex' }],
    ['où bossait avant Initech ?', { kind: 'timeline', which: 'before', entity: 'Initech' }],
    ['wie lange war bei Initech?', { kind: 'timeline', which: 'at', entity: 'Initech', aspect: 'duration' }],
    ["a commencé quand à l'Initech ?", { kind: 'timeline', which: 'at', entity: 'Initech', aspect: 'dates' }],
    ['when did join initech', { kind: 'timeline', which: 'at', entity: 'initech', aspect: 'dates' }],
    ['what did do at Initech?', { kind: 'timeline', which: 'at', entity: 'Initech', aspect: 'details' }],
    ["qu'est-ce que a fait chez Initech ?", { kind: 'timeline', which: 'at', entity: 'Initech', aspect: 'details' }],
    ['¿qué hizo en Initech?', { kind: 'timeline', which: 'at', entity: 'Initech', aspect: 'details' }],
    ['was hat studiert?', { kind: 'school' }],
  ])('%s', (question, intent) => {
    expect(classify(question, 1)).toMatchObject(intent);
  });

  it('leaves a question no cue family recognises to passage retrieval', () => {
    expect(classify('favourite colour?', 1)).toEqual({ kind: 'search' });
  });
});

describe('cue reading', () => {
  it('keeps an organisation whole, small words inside it included', () => {
    const cues = readCues('who worked at the Bank of Springfield?');
    expect(cues.has('work')).toBe(true);
    expect(cues.after('at')).toBe('Bank of Springfield');
  });
});

describe('quotes as plain text', () => {
  it('drops badges, tags and blockquote markers and gives a link as its text and address', () => {
    expect(plainText('> See [my site](https://example.org/jane) ![badge](b.svg) <b>now</b>')).toBe(
      'See my site (example.org/jane) now',
    );
    expect(plainText('[jane@example.org](mailto:jane@example.org)')).toBe('jane@example.org');
  });
});

describe('a field or a purpose is not the entity or the skill', () => {
  it('reads "worked in <field>" as a passage search and "worked at/for <org>" as an employer', async () => {
    const { everyoneByCues } = await import('../src/answer/recognise.js');
    expect(everyoneByCues('who has worked in telecoms?')).toBeUndefined();
    expect(everyoneByCues('who has worked in the games industry?')).toBeUndefined();
    expect(everyoneByCues('who has worked at Initech?')).toEqual({ kind: 'employer', entity: 'Initech' });
    expect(everyoneByCues('who worked for globex corp')).toEqual({ kind: 'employer', entity: 'globex corp' });
  });

  it('reads "employees" as an employer only beside "former", "ex" or "at": alone it is about managing people', async () => {
    const { everyoneByCues } = await import('../src/answer/recognise.js');
    for (const question of ['who trained new employees?', 'who managed employees?', 'who onboarded new employees']) {
      expect(everyoneByCues(question)?.kind).not.toBe('employer');
    }
    expect(everyoneByCues('any former initech employees?')).toEqual({ kind: 'employer', entity: 'initech' });
    expect(everyoneByCues("who's an ex Globex employee")).toEqual({ kind: 'employer', entity: 'Globex' });
  });

  it('takes the skill right after "used/knows", not the purpose after it', async () => {
    const { everyoneByCues } = await import('../src/answer/recognise.js');
    expect(everyoneByCues('who has used Grafana for monitoring?')).toEqual({ kind: 'who-knows', skills: ['Grafana'] });
    expect(everyoneByCues('who knows rust for embedded work')).toEqual({ kind: 'who-knows', skills: ['rust'] });
  });
});

describe('elided articles', () => {
  it.each([
    ["c'est quoi l'email de ?", { kind: 'contact', what: 'email' }],
    ["tu as l'adresse e-mail de ?", { kind: 'contact', what: 'email' }],
  ])('reads a cue after an elided article: %s', (rest, intent) => {
    expect(classify(rest, 1)).toEqual(intent);
  });

  it('still reads no cue inside a contraction ("what\'s" holds no "s" cue)', () => {
    expect(readCues("what's the site").hits.map((hit) => hit.text)).toEqual(['site']);
  });
});

describe('years thresholds in five languages', () => {
  it.each([
    ['wer hat mehr als 5 Jahre Erfahrung mit Elixir?', { years: 5, inclusive: false }, 'Elixir'],
    ["qui a au moins deux ans d'expérience avec Elixir ?", { years: 2, inclusive: true }, 'Elixir'],
    ["qui a plus de 5 ans d'expérience en Elixir ?", { years: 5, inclusive: false }, 'Elixir'],
    ['¿quién tiene más de 5 años de experiencia con Elixir?', { years: 5, inclusive: false }, 'Elixir'],
    ['quem tem mais de 5 anos de experiência com Elixir?', { years: 5, inclusive: false }, 'Elixir'],
    ['quem tem pelo menos três anos de experiência com Elixir?', { years: 3, inclusive: true }, 'Elixir'],
    ['wer hat 5+ Jahre Elixir?', { years: 5, inclusive: true }, 'Elixir'],
  ])('reads %s', (question, atLeast, skill) => {
    expect(classify(question, 0)).toEqual({ kind: 'timeline', which: 'years', atLeast, skill });
  });

  it('reads years of experience in general without a skill, and leaves a year without a number alone', () => {
    expect(classify('wer hat mehr als 10 Jahre Berufserfahrung?', 0)).toEqual({
      kind: 'timeline',
      which: 'years',
      atLeast: { years: 10, inclusive: false },
    });
    expect(classify('wer hat letztes Jahr Elixir gelernt?', 0)).not.toMatchObject({ which: 'years' });
    // A duration told, not a threshold asked.
    expect(classify('qui a dirigé une équipe pendant deux ans à Lyon ?', 0)).not.toMatchObject({ which: 'years' });
  });

  it("reads one person's years of a skill asked as an amount", () => {
    expect(classify('¿cuántos años de experiencia en ventas tiene?', 1)).toEqual({
      kind: 'timeline',
      which: 'years',
      skill: 'ventas',
    });
  });
});

describe('organisations as typed', () => {
  it('keeps accents and a bracket the name opened', () => {
    expect(classify('quem estudou na USP (Universidade de São Paulo)?', 0)).toEqual({
      kind: 'school',
      entity: 'USP (Universidade de São Paulo)',
    });
    expect(classify('¿quién ha trabajado en Telefónica?', 0)).toEqual({ kind: 'employer', entity: 'Telefónica' });
  });
});

// Round 3 of typed phrasings: each class read on variants in several languages, beside what it must not take.
describe('chat wordings of asking who, as cue data per language', () => {
  it.each([
    ['do we have a Haskell dev', 'Haskell'],
    ['which of us knows Haskell', 'Haskell'],
    ["who's our go-to for Haskell", 'Haskell'],
    ['anybody familiar with Haskell here?', 'Haskell'],
    ['wen kann ich zu Haskell fragen', 'Haskell'],
    ['gibt es hier jemanden mit Haskell-Erfahrung', 'Haskell'],
    ['à qui je peux demander pour du Haskell', 'Haskell'],
    ['on a quelqu’un qui code en Haskell ?', 'Haskell'],
    ['a quién le pregunto de Haskell', 'Haskell'],
    ['alguém aqui programa em Haskell?', 'Haskell'],
  ])('%s asks who knows %s', (question, skill) => {
    expect(classify(question, 0)).toEqual({ kind: 'who-knows', skills: [skill] });
  });

  it.each([
    ["what's the headcount for Haskell", 'Haskell'],
    ['how many folks have Haskell on their cvs', 'Haskell'],
    ['on est combien à connaître Haskell ?', 'Haskell'],
    ['cuántos programan en Haskell?', 'Haskell'],
  ])('%s counts who knows %s', (question, skill) => {
    expect(classify(question, 0)).toEqual({ kind: 'count', skill });
  });

  it.each([
    ['des anciens de Globex ici ?', 'Globex'],
    ['hay ex empleados de Globex?', 'Globex'],
    ['alguém passou pela Globex?', 'Globex'],
    ['quem já trabalhou pra Globex', 'Globex'],
  ])('%s asks who worked at %s', (question, entity) => {
    expect(classify(question, 0)).toEqual({ kind: 'employer', entity });
  });

  it('reads no employer in words said before a noun of work, nor in "the headcount" alone', () => {
    expect(classify('¿quién ha liderado la compra de otra empresa?', 0).kind).not.toBe('employer');
    expect(classify('who led the purchase of another company?', 0).kind).not.toBe('employer');
    expect(classify("what's the headcount", 0).kind).toBe('search');
  });
});

describe('thresholds said after the skill or by the practitioners', () => {
  it.each([
    ['anyone been doing Haskell 5 years or longer', true],
    ['need someone with 5 years of Haskell minimum', true],
    ['Haskell devs with 5+ years?', true],
    ['who has Haskell experience of 5 years or more', true],
  ])('%s', (question, inclusive) => {
    expect(classify(question, 0)).toEqual({
      kind: 'timeline',
      which: 'years',
      atLeast: { years: 5, inclusive },
      skill: 'Haskell',
    });
  });
});

describe("one person's years of a skill, education, skills and languages, the name taken out", () => {
  it.each([
    ["'s Haskell years", 'Haskell'],
    ['how experienced is with Haskell, in years', 'Haskell'],
    ['quanto tempo de Haskell tem o ?', 'Haskell'],
    ['Haskell-Erfahrung in Jahren?', 'Haskell'],
  ])('%s asks the years of %s', (rest, skill) => {
    expect(classify(rest, 1)).toEqual({ kind: 'timeline', which: 'years', skill });
  });

  it('reads how long at a place as the time spent there, not a skill', () => {
    expect(classify('quanto tempo ficou na Globex?', 1)).toMatchObject({ kind: 'timeline', which: 'at' });
    expect(classify('how long was at Globex', 1)).toMatchObject({ kind: 'timeline', which: 'at' });
  });

  it.each([
    ['hat einen Master?', 'school'],
    ['quelle fac a fait', 'school'],
    ['what does code in', 'skills'],
    ['en qué programa', 'skills'],
    ['code en quoi ?', 'skills'],
    ['does have German skills', 'languages'],
    ["'s German level?", 'languages'],
    ['qué nivel de alemán tiene', 'languages'],
    ['wie gut ist Deutsch?', 'languages'],
    ['who is this person', 'about'],
    ['qué sabemos de', 'about'],
    ['how do i ping', 'contact'],
    ['el número de ?', 'contact'],
  ])('%s asks for %s', (rest, kind) => {
    expect(classify(rest, 1).kind).toBe(kind);
  });

  it('keeps what she did at an organisation a question of her role there', () => {
    expect(classify('qué hizo cuando estaba en Globex', 1)).toMatchObject({ kind: 'timeline', entity: 'Globex' });
    expect(classify('was hat bei Globex gemacht?', 1)).toMatchObject({ kind: 'timeline', entity: 'Globex' });
  });
});

describe('compared on a skill, with the asking words out', () => {
  it.each([
    ["who's more Haskell-savvy, or", 'Haskell'],
    ['who should i ask for Haskell, or', 'Haskell'],
  ])('%s compares on %s', (rest, topic) => {
    expect(classify(rest, 2)).toMatchObject({ kind: 'compare', topic });
  });
});
