import { describe, expect, it } from 'vitest';
import { matchSkillInLine, readsAsTechnology } from '../src/retrieval/skillMatch.js';
import { loadVocabulary } from '../src/retrieval/termGroups.js';
import { lineWordsOf } from '../src/text/lineWords.js';

const holds = (skill: string, line: string) => matchSkillInLine(skill, lineWordsOf(line)) !== undefined;

describe('skill boundaries', () => {
  it('finds a skill inside a compound of names, behind a slash or in quotes', () => {
    expect(holds('java', 'Maintained the KOTLIN-Bridge and JAVA-Toolkit libraries')).toBe(true);
    expect(holds('kotlin', 'Maintained the KOTLIN-Bridge library')).toBe(true);
    expect(holds('spring', 'Services on Spring-Boot')).toBe(true);
    expect(holds('django', 'Python/Django back ends')).toBe(true);
    expect(holds('c#', "Languages: 'C#', 'F#'")).toBe(true);
    expect(holds('rust', 'Tooling written in "Rust"')).toBe(true);
  });

  it('finds a name joined to a word saying what is built on it, in any case', () => {
    expect(holds('java', 'Java-based billing services')).toBe(true);
    expect(holds('java', 'java-based billing services')).toBe(true);
    expect(holds('kotlin', 'Entwicklung Kotlin-basierter Dienste')).toBe(true);
    expect(holds('rust', 'A Rust-powered proxy')).toBe(true);
    expect(holds('go', 'Got the go-ahead to rebuild the go-kart track')).toBe(false);
  });

  it('keeps a lower-case join one word', () => {
    expect(holds('go', 'Got the go-ahead from the board')).toBe(false);
    expect(holds('go', 'Got the Go-ahead from the board')).toBe(false);
    expect(holds('mail', 'Answered e-mail tickets')).toBe(false);
  });

  it('reads a one-letter language only in a programming context', () => {
    const known = new Set(['python', 'java']);
    expect(readsAsTechnology('C', 'Studied treatment outcomes of Hepatitis C patients', 'Research', known)).toBe(false);
    expect(readsAsTechnology('R', 'with J. Ortega and R. Lindqvist', 'Publications', known)).toBe(false);
    expect(readsAsTechnology('R', 'Statistical models written in R', 'Experience', known)).toBe(true);
    expect(readsAsTechnology('C', 'Python, C, Java', 'Experience', known)).toBe(true);
  });

  it('takes a letter after a word that is no technology as its label, even in a skills section', () => {
    const known = new Set(['python', 'java']);
    expect(readsAsTechnology('C', 'Hepatitis C', 'Clinical Skills', known)).toBe(false);
    expect(readsAsTechnology('C', 'Vitamin C metabolism', 'Skills', known)).toBe(false);
    expect(readsAsTechnology('C', 'Java C', 'Skills', known)).toBe(true);
    expect(readsAsTechnology('C', 'Programming: C', 'Skills', known)).toBe(true);
    expect(readsAsTechnology('R', 'Python and R', 'Skills', known)).toBe(true);
  });
});

describe('short names of products', () => {
  const { skills } = loadVocabulary('/nonexistent-corpus');

  it("finds a maker's product by its distinctive short name", () => {
    expect(skills.variants('Apache Spark')).toContain('spark');
    expect(skills.variants('Adobe Photoshop')).toContain('photoshop');
  });

  it('never shortens to a general word or a one-word skill', () => {
    expect(skills.variants('Google Cloud')).not.toContain('cloud');
    expect(skills.variants('Microsoft Office')).not.toContain('office');
    expect(skills.variants('spark')).toEqual(['spark']);
  });
});
