import { describe, expect, it } from 'vitest';
import { speaksOnLine } from '../src/retrieval/spokenLanguage.js';

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
