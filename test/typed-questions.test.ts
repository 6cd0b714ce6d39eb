import { describe, expect, it } from 'vitest';
import { missedQuestions, share, tally } from '../src/evaluation/typedQuestions.js';

describe("questions typed as people type: grouping the judge's misses", () => {
  const rows = [
    { kind: 'fact', intent: 'contact', lang: 'en', split: 'dev', q: "whats ana's email" },
    { kind: 'fact', intent: 'contact', lang: 'de', split: 'dev', q: 'wie lautet die E-Mail von Ana?' },
    { kind: 'who-knows', intent: 'who-knows', lang: 'en', split: 'dev', skill: 'rust' },
    { kind: 'nobody', intent: 'nobody', lang: 'fr', split: 'holdout', q: 'qui parle grec ?' },
  ];

  it('reads the question text of every miss line, quotes and all', () => {
    const output = [
      '  miss: fact/contact "wie lautet die E-Mail von Ana?" want x: noAnswer',
      '  miss: who-knows "rust" want [a]: got []',
      '  miss: people/compare "compare \\"Ana\\" and Bo" want …',
      'by intent: contact 1/2',
    ].join('\n');
    expect([...missedQuestions(output)]).toEqual([
      'wie lautet die E-Mail von Ana?',
      'rust',
      'compare \\"Ana\\" and Bo',
    ]);
  });

  it('counts only the split asked for, by intent and by language', () => {
    const report = tally(rows, new Set(['wie lautet die E-Mail von Ana?']), 'dev');
    expect(report.overall).toEqual({ passed: 2, total: 3 });
    expect(report.byIntent).toEqual({ contact: { passed: 1, total: 2 }, 'who-knows': { passed: 1, total: 1 } });
    expect(report.byLanguage).toEqual({ en: { passed: 2, total: 2 }, de: { passed: 0, total: 1 } });
    expect(share(report.overall)).toBe('2/3 (0.67)');
  });
});
