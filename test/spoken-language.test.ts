import { describe, expect, it } from 'vitest';
import { asksNative, nativeOnLine, speaksOnLine } from '../src/retrieval/spokenLanguage.js';

describe('spoken-language evidence', () => {
  it('takes a languages section, a languages label or a level as evidence that someone speaks it', () => {
    expect(speaksOnLine('Portuguese, Italian', ['Sprachkenntnisse'])).toBe(true);
    expect(speaksOnLine('Languages: Portuguese, Italian', [])).toBe(true);
    expect(speaksOnLine('➤ Languages known : - Tamil, Italian', [])).toBe(true);
    expect(speaksOnLine('Italian (native), Portuguese (fluent)', ['Profile'])).toBe(true);
    expect(speaksOnLine('  * Portuguese: Intermediate', [])).toBe(true);
    expect(speaksOnLine('Italienisch – C1', [])).toBe(true);
    expect(speaksOnLine('Italiano: lengua materna', [])).toBe(true);
  });

  it('does not take a mention in a title, a sample label or a course as evidence', () => {
    expect(speaksOnLine('Unicode test page: Italian àèì, Tamil', ['Typesetting'])).toBe(false);
    expect(speaksOnLine('Talk: Advanced Portuguese typesetting', [])).toBe(false);
    expect(speaksOnLine('Portuguese poetry in translation (native speakers panel)', ['Invited Talks'])).toBe(false);
    expect(speaksOnLine('Built an Italian recipe search engine', ['Projects'])).toBe(false);
  });
});

describe('a first language, asked and stated', () => {
  it('reads a question asking for a native speaker in five languages', () => {
    expect(asksNative('who here is a native Tamil speaker?')).toBe(true);
    expect(asksNative('wessen Muttersprache ist Tamil?')).toBe(true);
    expect(asksNative('qui a le tamoul comme langue maternelle ?')).toBe(true);
    expect(asksNative('¿quién es hablante nativo de tamil?')).toBe(true);
    expect(asksNative('who speaks Tamil?')).toBe(false);
  });

  it("says a language is someone's first only where the native word belongs to that language", () => {
    const names = ['tamil', 'tamoul'];
    expect(nativeOnLine('Tamil (Native) English (Fluent) Italian (Conversational)', names)).toBe(true);
    expect(nativeOnLine('English (Native) Tamil (Fluent)', names)).toBe(false);
    expect(nativeOnLine('Tamil: Native or bilingual proficiency', names)).toBe(true);
    expect(nativeOnLine('Native Tamil speaker, fluent in Italian', names)).toBe(true);
    expect(nativeOnLine('Italian: mother tongue, Tamil: intermediate', names)).toBe(false);
    expect(nativeOnLine('Tamoul : langue maternelle', names)).toBe(true);
  });
});

describe('a low or plain level written against the language', () => {
  const german = ['german', 'deutsch', 'allemand', 'alemán', 'alemão'];
  const french = ['french', 'französisch', 'français', 'francés', 'francês'];

  it('counts a level before the language, in the five languages, as speaking it', () => {
    expect(speaksOnLine('Fluent in Hebrew and Tamil, some German.', ['Profile'], german)).toBe(true);
    expect(speaksOnLine('Basic French', ['Profile'], french)).toBe(true);
    expect(speaksOnLine('Englisch fließend, Grundkenntnisse in Französisch', ['Profil'], french)).toBe(true);
    expect(speaksOnLine('Anglais courant ; notions d’allemand', ['Profil'], german)).toBe(true);
    expect(speaksOnLine('Inglés avanzado y conocimientos básicos de alemán', ['Perfil'], german)).toBe(true);
    expect(speaksOnLine('noções de francês', ['Perfil'], french)).toBe(true);
  });

  it('counts a level right after the language, as Spanish, Portuguese and French write it', () => {
    expect(speaksOnLine('Inglés fluido, alemán básico', ['Perfil'], german)).toBe(true);
    expect(speaksOnLine('Português nativo, francês intermediário', ['Resumo'], french)).toBe(true);
  });

  it("does not take a level word opening a title, or another language's level, as evidence", () => {
    expect(speaksOnLine('Basic French cooking course for the team', ['Profile'], french)).toBe(false);
    expect(speaksOnLine('Built an advanced German spell checker', ['Profile'], german)).toBe(false);
    expect(speaksOnLine('Some German customers, some French ones', ['Experience'], german)).toBe(false);
    expect(speaksOnLine('some German.', ['Profile'])).toBe(false);
  });
});
