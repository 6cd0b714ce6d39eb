import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { askedSectionHits, hasBody } from '../src/retrieval/sectionHits.js';
import { headingKind } from '../src/profile/sections.js';
import { sectionOfHeading, sectionOfPath, sectionsAskedBy } from '../src/text/sectionHeadings.js';

function passage(source: string, personId: string, sectionPath: string[], text: string, startLine = 1): Passage {
  const endLine = startLine + text.split('\n').length - 1;
  return {
    id: `${source}#L${startLine}-L${endLine}`,
    source,
    personId,
    person: personId,
    sectionPath,
    startLine,
    endLine,
    text,
    embedText: text,
  };
}

describe('section headings', () => {
  it('reads a heading however long its rule of punctuation or spaces, and no line of more than 60 letters', () => {
    expect(sectionOfHeading(`WORK EXPERIENCE ${'-'.repeat(80)}`)).toBe('experience');
    expect(sectionOfHeading(`${' '.repeat(70)}Education:`)).toBe('education');
    expect(sectionOfHeading(`Experience ${'x'.repeat(60)}`)).toBeUndefined();
    expect(sectionOfHeading(`Expérience ${'x'.repeat(60)}`)).toBeUndefined();
  });

  it('maps headings in five languages to one canonical section', () => {
    for (const heading of ['Languages', 'SPRACHKENNTNISSE:', 'Langues', 'Idiomas', 'Línguas', 'L A N G U A G E S']) {
      expect(sectionOfHeading(heading)).toBe('languages');
    }
    for (const heading of ['Hobbies', 'Interessen', "Centres d'intérêt", 'Aficiones', 'Passatempos']) {
      expect(sectionOfHeading(heading)).toBe('interests');
    }
    expect(sectionOfHeading('Sprachliche Kenntnisse')).toBe('languages');
    for (const heading of ['TIMELINE', 'Career timeline', 'Zeitleiste', 'Chronologie', 'Cronología', 'Linha do tempo'])
      expect(sectionOfHeading(heading), heading).toBe('summary');
    expect(sectionOfHeading('Relevant Work Experience')).toBe('experience');
    expect(sectionOfHeading('Encadrement')).toBe('supervision');
    expect(sectionOfHeading('Selected Publications')).toBe('publications');
    expect(sectionOfHeading('Designed a billing service for 40 shops')).toBeUndefined();
  });

  it('gives the profile reader the same map, as its coarser kinds', () => {
    expect(headingKind('Berufserfahrung')).toBe('work');
    expect(headingKind('Certificaciones')).toBe('certificates');
    expect(headingKind('Loisirs')).toBe('other');
    expect(headingKind('Ondřej Novák')).toBeUndefined();
  });

  it('reads the innermost heading of a passage that names a section', () => {
    expect(sectionOfPath(['Curriculum Vitae', 'Sprachen'])).toBe('languages');
    expect(sectionOfPath(['Experience', 'Acme Widgets GmbH'])).toBe('experience');
    expect(sectionOfPath(['Acme Widgets GmbH'])).toBeUndefined();
  });

  it('knows which section a question asks for, in any of the five languages', () => {
    expect(sectionsAskedBy('which languages does Lena speak?')).toEqual(['languages']);
    expect(sectionsAskedBy('welche Sprachen spricht Lena?')).toEqual(['languages']);
    expect(sectionsAskedBy('sprachliche Kenntnisse von Lena?')).toEqual(['languages']);
    expect(sectionsAskedBy('¿qué idiomas habla Lena?')).toEqual(['languages']);
    expect(sectionsAskedBy('what does Lena do in her free time?')).toEqual(['interests']);
    expect(sectionsAskedBy('quels sont les loisirs de Lena ?')).toEqual(['interests']);
    expect(sectionsAskedBy("who supervised Lena's thesis?")).toEqual(['supervision', 'education']);
    expect(sectionsAskedBy('which programming languages does Lena know?')).toEqual([]);
    expect(sectionsAskedBy('where does Lena live?')).toEqual([]);
  });
});

describe('the section a question asks for, inside named profiles', () => {
  const passages = [
    passage('lena.md', 'lena', ['Berufserfahrung'], 'Entwicklerin bei Kugel AG\nBaute einen Zahlungsdienst', 1),
    passage('lena.md', 'lena', ['Sprachkenntnisse'], 'Sprachkenntnisse\nDeutsch (Muttersprache), Englisch (C1)', 3),
    passage('lena.md', 'lena', ['Freizeit'], 'Freizeit', 5),
    passage('omar.md', 'omar', ['Languages'], 'Arabic (native), English (fluent)', 1),
  ];
  const index = {
    documents: [
      { source: 'lena.md', person: { id: 'lena' } },
      { source: 'omar.md', person: { id: 'omar' } },
    ],
    labelsOf: (source: string) => passages.flatMap((p, label) => (p.source === source ? [label] : [])),
    passage: (label: number) => passages[label]!,
  };

  const labels = (question: string, person: string) =>
    askedSectionHits(question, new Set([person]), index).map((hit) => hit.label);

  it('finds the languages section of the named person only, whatever its heading language, from its first line under the heading', () => {
    expect(askedSectionHits('what languages does she speak?', new Set(['lena']), index)).toEqual([
      { label: 1, first: 4, last: 4 },
    ]);
    expect(labels('what languages does he speak?', 'omar')).toEqual([3]);
  });

  it('finds a labelled list inside another section, and not a label with nothing after it', () => {
    const inSkills = passage(
      'mia.md',
      'mia',
      ['Skills'],
      'Programming Languages: Go, Rust\n<b>Natural Languages:</b>\nDanish (native), English (C1)',
      1,
    );
    const bare = passage('mia.md', 'mia', ['Misc'], 'Hobbies:', 9);
    const mia = {
      documents: [{ source: 'mia.md', person: { id: 'mia' } }],
      labelsOf: () => [0, 1],
      passage: (label: number) => [inSkills, bare][label]!,
    };
    expect(askedSectionHits('which languages does Mia speak?', new Set(['mia']), mia)).toEqual([
      { label: 0, first: 2, last: 3 },
    ]);
    expect(askedSectionHits('what are her hobbies?', new Set(['mia']), mia)).toEqual([]);
  });

  it('never offers a heading with nothing under it, nor anything for a question naming no section', () => {
    expect(hasBody(passages[2]!)).toBe(false);
    expect(labels('what are her hobbies?', 'lena')).toEqual([]);
    expect(labels('where did she work?', 'lena')).toEqual([]);
  });
});
