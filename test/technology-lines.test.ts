import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { productShaped, technologyLines } from '../src/answer/technologyLines.js';
import { loadVocabulary } from '../src/retrieval/termGroups.js';

const skills = loadVocabulary('/nonexistent', () => {}, { wordnet: false }).skills;

/** An invented CV's passage: its lines from `startLine`, under `sectionPath`. */
function passage(sectionPath: string[], startLine: number, lines: string[]): Passage {
  return {
    id: `p${startLine}`,
    source: 'cv.md',
    personId: 'p',
    person: 'Tamsin Vey',
    sectionPath,
    startLine,
    endLine: startLine + lines.length - 1,
    text: lines.join('\n'),
    embedText: '',
  };
}

describe('technologies named in role bullets, for a CV with no skills list', () => {
  it('tells product-shaped words from ordinary ones', () => {
    for (const word of ['GraphLab', 'H2O.ai', 'SKLearn', 'PostgreSQL', 'EC2', 'Node.js', 'iOS']) {
      expect(productShaped(word), word).toBe(true);
    }
    for (const word of ['Cashier', 'Assoc.', '2019', '06/15', '3rd', 'U.', 'Team', 'e.g']) {
      expect(productShaped(word), word).toBe(false);
    }
  });

  it('quotes the bullets naming two or more technologies, most first; never an address, a course or a job list', () => {
    const passages = [
      passage(['Tamsin Vey'], 1, ['tamsin@example.org | vey.dev | +44 20 7946 0000']),
      passage(['Experience', 'Analyst · Harbour Bank'], 3, [
        '- Forecast branch demand with Prophet, XGBoost and PostgreSQL',
        '- Positions held: Cashier, Teller, Shift Supervisor',
        '- Moved nightly reports to Airflow on EC2',
      ]),
      passage(['Projects'], 7, ['- Fraud scoring service: Kotlin, gRPC and Kafka, deployed with Kubernetes']),
      passage(['Education'], 9, ['Courses: MATLAB, SPSS, LabVIEW, Node.js']),
    ];
    const lines = technologyLines(passages, skills, 4);
    expect(lines.map((line) => line.line)).toEqual([7, 3]);
    expect(lines[0]!.text).toContain('Kubernetes');
  });

  it('finds nothing in a CV whose lines name no technology', () => {
    const passages = [passage(['Experience'], 1, ['- Ran the night shift of a bakery', '- Trained five new staff'])];
    expect(technologyLines(passages, skills, 4)).toEqual([]);
  });
});
