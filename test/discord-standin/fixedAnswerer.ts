/**
 * `fixedAnswerer`: a fake Answerer with canned answers, so the Discord e2e tests run without a
 * model or an index. It is NOT the project's answering core; the e2e test swaps in the real
 * `openAnswerer` through one factory at its top.
 *
 * Canned behaviour (what the e2e tests rely on):
 * - `ask(q)`: answers "You asked: <q>" citing 3 lines; 12 lines when q contains "many sources";
 *   throws a plain Error when q contains "explode" (an internal failure); throws the core's
 *   WhoKnowsError for an empty question.
 * - `whoKnows('terraform')`: two people; anything else: nobody (noAnswer).
 * - `profile(name)`: an overview for a known name, undefined otherwise.
 * - `people()`, `summary()`: the three fixed people; `summary().model` carries `label`.
 * - `skillsIn(text)`: terraform, kubernetes and go, where the text names them.
 */
import type {
  Answer,
  Answerer,
  Citation,
  IndexSummary,
  ProfileOverview,
  WhoKnowsResult,
} from '../../src/answer/types.js';
import { createError } from '../../src/errors.js';

export interface FixedAnswererOptions {
  /** Shown as the model name in `summary()`, to tell two instances apart (index swap tests). */
  readonly label?: string;
  /** When given, `ask` waits for it before answering (to hold an answer "in progress"). */
  readonly gate?: Promise<void>;
  /** Called when `ask` starts. */
  readonly onAsk?: (question: string) => void;
}

const PEOPLE = [
  { name: 'Ada Lovelace', source: 'corpus/ada.md' },
  { name: 'Grace Hopper', source: 'corpus/grace.md' },
  { name: 'Alan Turing', source: 'corpus/alan.md' },
] as const;

function citation(id: number, personIndex: number, text: string): Citation {
  const person = PEOPLE[personIndex % PEOPLE.length] ?? PEOPLE[0];
  return {
    id,
    person: person.name,
    source: person.source,
    section: 'Experience › Platform team',
    startLine: 10 + id,
    endLine: 12 + id,
    text,
    score: 1 / id,
  };
}

export function fixedAnswerer(options: FixedAnswererOptions = {}): Answerer {
  const label = options.label ?? 'fixed-answerer';
  return {
    async ask(question: string): Promise<Answer> {
      options.onAsk?.(question);
      if (options.gate) await options.gate;
      if (question.trim() === '') throw createError('QUESTION_EMPTY');
      if (question.includes('explode')) throw new Error('fixedAnswerer exploded on purpose');
      const count = question.includes('many sources') ? 12 : 3;
      const citations = Array.from({ length: count }, (_, i) =>
        citation(i + 1, i, `- Ran Terraform modules for *prod* line ${i + 1}, see @everyone notes`),
      );
      return {
        question,
        answer: `You asked: ${question}. ${PEOPLE[0].name} has done it [1], and so has ${PEOPLE[1].name} [2].`,
        noAnswer: false,
        citations,
      };
    },
    async whoKnows(skill: string): Promise<WhoKnowsResult> {
      if (skill.trim() === '') throw createError('SKILL_EMPTY');
      if (skill.trim().toLowerCase() !== 'terraform') return { skill, noAnswer: true, people: [], related: [] };
      return {
        skill,
        noAnswer: false,
        people: [0, 1].map((i) => ({
          person: PEOPLE[i]?.name ?? '',
          source: PEOPLE[i]?.source ?? '',
          score: 1 - i / 10,
          evidence: [citation(i + 1, i, `Wrote Terraform for the platform (${i + 1})`)],
        })),
        related: [{ term: 'terragrunt', person: PEOPLE[2].name, source: PEOPLE[2].source }],
      };
    },
    async profile(name: string): Promise<ProfileOverview | undefined> {
      const person = PEOPLE.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
      if (!person) return undefined;
      return {
        person: person.name,
        source: person.source,
        headline: `${person.name}: platform engineer`,
        lines: [{ label: 'Skills', text: 'Terraform, Kubernetes', citation: 1 }],
        citations: [citation(1, PEOPLE.indexOf(person), 'Skills: Terraform, Kubernetes')],
      };
    },
    people(): readonly string[] {
      return PEOPLE.map((person) => person.name);
    },
    async skillsIn(text: string): Promise<readonly string[]> {
      // Canned vocabulary: the three skills the fixed profiles list, in the order the text names them.
      const known = ['terraform', 'kubernetes', 'go'];
      return [...text.toLowerCase().matchAll(/[a-z]+/g)]
        .map((match) => match[0])
        .filter((word, i, all) => known.includes(word) && all.indexOf(word) === i);
    },
    summary(): IndexSummary {
      return {
        documents: PEOPLE.length,
        people: PEOPLE.map((person) => ({ name: person.name, source: person.source, passages: 4 })),
        passages: 12,
        model: label,
        builtAt: '2024-01-01T00:00:00.000Z',
      };
    },
  };
}
