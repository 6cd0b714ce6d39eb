/**
 * Five languages in retrieval: a passage's language from its function words, Snowball stems for
 * German, French, Spanish and Portuguese passages, a question's own words dropped in its language.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { evaluate } from '../src/evaluation/evaluate.js';
import { readQuestionSet, resolveKeys } from '../src/evaluation/questionSet.js';
import { detectLanguage } from '../src/text/language.js';
import { questionLanguage } from '../src/text/questionLanguage.js';
import { actNounStems, stemIn } from '../src/text/stems.js';
import { passageTerms, queryTerms } from '../src/text/terms.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const SET = path.resolve('test/eval/multilingual');
const tempDir = temporaryDirs('whoknows-stems-');

describe('the language of a passage', () => {
  it.each([
    ['de', 'Entwicklung von Zahlungsdiensten mit Kotlin und Spring für die Kunden der Bank'],
    ['fr', "Développement d'applications mobiles pour les banques régionales avec une équipe de cinq"],
    ['es', 'Coordinación de proyectos europeos con socios de cuatro países para la universidad'],
    ['pt', 'Análise de dados de saúde pública com Python para as secretarias do estado'],
    ['en', 'Led negotiations with suppliers of packaging and raw materials for the group'],
  ])('reads %s from its function words', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads a skills list, a short line or an address as English (no stems added)', () => {
    expect(detectLanguage('Kotlin, Java, PostgreSQL, Kubernetes')).toBe('en');
    expect(detectLanguage('Datenbanken')).toBe('en');
    expect(detectLanguage('https://example.com/de/la/los/das/die/der contact: ana@da.do.com')).toBe('en');
  });
});

describe('the noun of an act, for a question’s verb', () => {
  it.each([
    ['fr', 'formé', 'formation'],
    ['fr', 'formait', 'formation'],
    ['es', 'migró', 'migración'],
    ['pt', 'migrou', 'migração'],
    ['es', 'tradujo', 'traducción'],
    ['es', 'redujo', 'reducción'],
    ['es', 'produce', 'producción'],
    ['pt', 'traduziu', 'tradução'],
    ['pt', 'reduziu', 'redução'],
    ['de', 'analysiert', 'Analyse'],
    ['de', 'programmierte', 'Programmierung'],
    ['de', 'koordiniert', 'Koordination'],
    ['de', 'dokumentieren', 'Dokumentation'],
    ['de', 'geleitet', 'Leitung'],
    ['de', 'betreut', 'Betreuung'],
    ['de', 'verwaltete', 'Verwaltung'],
    ['de', 'geplant', 'Planung'],
    ['de', 'gestaltet', 'Gestaltung'],
    ['de', 'entwickelt', 'Entwicklung'],
    ['de', 'behandelte', 'Behandlung'],
    ['de', 'gesammelt', 'Sammlung'],
    ['de', 'eingeführt', 'Einführung'],
    ['de', 'durchgeführt', 'Durchführung'],
    ['de', 'aufgebaut', 'Aufbau'],
  ] as const)('%s "%s" also meets "%s"', (language, verb, noun) => {
    expect(actNounStems(verb, language)).toContain(stemIn(language, noun.toLowerCase()));
  });

  it('adds nothing in English, nor where the verb’s stem already meets the noun, nor to a noun or a short word', () => {
    expect(actNounStems('former', 'en')).toEqual([]);
    // "organisé" meets "organisation" by its own stem: that stem is not added again.
    expect(actNounStems('organisé', 'fr')).not.toContain(stemIn('fr', 'organisation'));
    expect(actNounStems('format', 'fr')).toEqual([]);
    expect(actNounStems('formation', 'fr')).toEqual([]);
    expect(actNounStems('Leitung'.toLowerCase(), 'de')).toEqual([]);
    expect(actNounStems('hat', 'de')).toEqual([]);
    // "beraten" already meets "Beratung" by its own stem: that stem is not added again.
    expect(actNounStems('beraten', 'de')).not.toContain(stemIn('de', 'beratung'));
  });
});

describe('index terms of a passage', () => {
  it('adds each word’s stem in the passage’s language beside the word itself', () => {
    const { terms, words } = passageTerms('Erfahrungen mit Kubernetes und Helm im Betrieb der Dienste');
    expect(terms).toContain('erfahrungen');
    expect(terms).toContain('de:erfahr');
    expect(terms).toContain('kubernet');
    // BM25 counts the words, not the stems, in a passage's length.
    expect(words).toBe(9);
    expect(terms.length).toBeGreaterThan(words);
  });

  it('stems the parts of an elided French word and drops accents after stemming', () => {
    expect(passageTerms("Développement d'applications mobiles pour les banques et les assurances").terms).toEqual(
      expect.arrayContaining(['fr:developp', 'fr:appliqu', 'fr:banqu']),
    );
  });

  it('adds nothing to an English passage', () => {
    const text = 'Led negotiations with suppliers of packaging and raw materials for the group';
    expect(passageTerms(text).terms.some((term) => term.includes(':'))).toBe(false);
  });
});

describe('the words of a question', () => {
  it('drops the words a question is asked with in its own language', () => {
    expect(questionLanguage('qui a développé des applications mobiles ?')).toBe('fr');
    expect(queryTerms('qui a développé des applications mobiles ?')).toEqual(['développé', 'applic', 'mobil']);
    expect(queryTerms('¿quién instaló servidores?')).toEqual(['instaló', 'servidor']);
  });

  it.each([
    ['en', 'what can ana do'],
    ['en', 'who has worked with Go?'],
    ['de', 'hey, wer kann hier Haskell?'],
    ['fr', 'quick q : qui parle néerlandais ?'],
    ['es', 'compara a Ana y Luis como gerentes'],
    ['pt', 'me fala sobre o Tiago'],
  ])('reads a question as %s: %s', (language, question) => {
    expect(questionLanguage(question)).toBe(language);
  });

  it('keeps an English question’s words that are small words elsewhere ("war", "die")', () => {
    expect(questionLanguage('who has worked in war zones?')).toBe('en');
    expect(queryTerms('who has worked in war zones?')).toContain('war');
    expect(queryTerms('who can die-cast aluminium?')).toContain('die');
  });
});

describe('questions in the language of the CV', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = await openAnswerer(
      loadConfig({ USE_MODEL: 'false', CORPUS_DIR: path.join(SET, 'corpus'), DATA_DIR: await tempDir('data') }),
      { warn: () => {} },
    );
  });
  const people = async (question: string) =>
    [...new Set((await answerer.ask(question)).citations.map((c) => c.person))].sort();

  it('meets a word in another inflection: "Erfahrung" finds "Erfahrungen", "développé" finds "Développement"', async () => {
    expect(await people('wer hat Erfahrung mit Kubernetes?')).toEqual(['Henrike Vossberg']);
    expect(await people('qui a développé des applications mobiles ?')).toEqual(['Anaïs Delcourt']);
    expect(await people('quem orientou alunos de mestrado?')).toEqual(['Iara Menezes']);
  });

  it('meets the noun of an act with its verb: "qui a formé …" finds "Formation des nouveaux employés"', async () => {
    expect(await people('qui a formé les nouveaux employés ?')).toEqual(['Baptiste Morvan']);
  });

  it('quotes the line a stem matched, not the section heading', async () => {
    const answer = await answerer.ask('wer hat Zahlungsdienste entwickelt?');
    expect(answer.citations[0]!.text).toContain('Entwicklung von Zahlungsdiensten');
    const supervised = await answerer.ask('wer hat eine Abschlussarbeit betreut?');
    expect(supervised.citations[0]!.text).toContain('Betreuung von Abschlussarbeiten');
  });

  it('still answers "nobody" when a question’s topic is in no profile', async () => {
    expect((await answerer.ask('¿quién ha reparado coches?')).noAnswer).toBe(true);
    expect((await answerer.ask('quem pilotou aviões?')).noAnswer).toBe(true);
  });

  it('keeps skills exact: "go" is the language Go, not "gestión" or a stem', async () => {
    expect((await answerer.whoKnows('go')).people.map((p) => p.person)).toEqual(['Ximena Duarte']);
    expect((await answerer.whoKnows('kotlin')).people.map((p) => p.person).sort()).toEqual([
      'Anaïs Delcourt',
      'Henrike Vossberg',
    ]);
  });

  it('answers most of the multilingual question set, each question in its CV’s language', async () => {
    const { documents } = await readCorpus(path.join(SET, 'corpus'), process.cwd());
    const keys = resolveKeys(JSON.parse(await readFile(path.join(SET, 'keys.json'), 'utf8')), documents);
    const report = await evaluate(answerer, readQuestionSet(path.join(SET, 'questions.jsonl')), keys);
    expect(report.ask.top1).toBeGreaterThanOrEqual(0.7);
    expect(report.ask.outOfScopeNobody).toBe(1);
    expect(report.whoKnows.exactSet).toBe(1);
  });
});
