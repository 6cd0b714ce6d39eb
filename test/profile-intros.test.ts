/**
 * READMEs that name their owner only in a greeting (test/profile/syntheticIntros.ts), read through
 * the real corpus and profile readers, and the greetings that must name nobody.
 */
import { describe, expect, it } from 'vitest';
import { introNameIn } from '../src/corpus/introName.js';
import { identifyPerson } from '../src/corpus/personName.js';
import { benchBeforeAll } from './profile/syntheticBench.js';
import { introClasses } from './profile/syntheticClasses.js';

describe('names in README greetings', () => {
  const cvs = introClasses();
  const bench = benchBeforeAll(cvs);

  it('names every owner of the greeting class', () => {
    expect(cvs.length).toBe(10);
    expect(bench.scores.get('README: owner named in the greeting')?.name).toBe(1);
  });

  it.each([
    ["Hi there 👋, I'm Tomasz Wrenfield", 'Tomasz Wrenfield'],
    ['Hey, I am Oriane', 'Oriane'],
    ['Hello! My name is Lio Marques', 'Lio Marques'],
    ['Ich bin Jorinde van Aalst', 'Jorinde van Aalst'],
    ['Je suis Maëlle Quiroz', 'Maëlle Quiroz'],
    ['Soy Irati Olazabal', 'Irati Olazabal'],
    ['Sou a Bruna Teixal', 'Bruna Teixal'],
  ])('reads %j as a name', (line, name) => {
    expect(introNameIn(line)).toBe(name);
  });

  it.each([
    "I'm a software engineer",
    "I'm currently working on Quillon",
    'Je suis développeur',
    "Hi, I'm Brazilian",
    'Hi there, I am Senior Developer',
    'Soy Ingeniero de Datos',
    'I am Open',
  ])('reads %j as no name', (line) => {
    expect(introNameIn(line)).toBeUndefined();
  });

  it('leaves a README unnamed when its greeting names nobody', () => {
    const lines = ['## Hi there 👋', '', "I'm a data engineer from the coast.", "- 🔭 I'm currently working on Tides"];
    expect(identifyPerson('README.md', lines, undefined).nameSource).toBe('file-name');
  });
});
