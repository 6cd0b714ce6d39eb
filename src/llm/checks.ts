/**
 * Whether a model's reply may be shown: it cites only sources that exist, every sentence cites,
 * it names nobody but the people cited, and every number it states is one the facts state. Each
 * check is deliberately strict: a false refusal costs only the extractive answer, which is right.
 */
import type { Answer } from '../answer/types.js';

export type CheckReason = 'said-nobody' | 'unknown-source' | 'uncited-sentence' | 'absent-person' | 'wrong-number';

export interface CheckFailure {
  readonly reason: CheckReason;
  /** What exactly failed, short enough for a log line. */
  readonly detail: string;
}

/** What a reply is held to: the extractive answer (question, text, citations) and everyone in the index. */
export interface Facts {
  readonly answer: Answer;
  /** Display names of everyone in the index. */
  readonly people: readonly string[];
}

/** `[2]`, `[1, 3]`, `[1][3]` (each bracket on its own). */
const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
const NUMBER_WORDS = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six'],
  ...['seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
];
const NUMBER = new RegExp(`\\d+(?:[.,]\\d+)*|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');
const NOBODY = /^\W*nobody\W*$/i;

function markersOf(text: string): number[] {
  return [...text.matchAll(MARKER)].flatMap((match) => match[1]!.split(',').map((id) => Number(id.trim())));
}

/** Sentences, one line at a time; a segment of markers alone ("… Go. [1]") belongs to the sentence before it. */
export function sentencesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const line of text.split('\n')) {
    const lineStart = sentences.length;
    for (const { segment } of segmenter.segment(line)) {
      const bare = segment.replace(MARKER, '').trim();
      if (!/[\p{L}\p{N}]/u.test(bare) && sentences.length > lineStart) sentences[sentences.length - 1] += segment;
      else if (segment.trim() !== '') sentences.push(segment);
    }
  }
  return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence.replace(MARKER, '')));
}

/** Numbers as values: "2,019" and "2019" alike, "three" as 3, "05" as 5. */
export function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const [raw] of text.replace(MARKER, ' ').matchAll(NUMBER)) {
    const word = NUMBER_WORDS.indexOf(raw.toLowerCase());
    if (word >= 0) found.add(String(word));
    else found.add(String(Number(raw.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'))));
  }
  return found;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (word: string, text: string, flags = '') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word)}(?![\\p{L}\\p{N}])`, `u${flags}`).test(text);

/** Parts of a display name that name a person: "Grace Hopper" → Grace, Hopper; "(profile 002)" labels are not. */
function nameParts(name: string): string[] {
  return name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((part) => /^\p{Lu}[\p{L}'-]{2,}$/u.test(part));
}

/** A person of the index the reply names who is neither cited nor named in the cited lines. */
function absentPerson(reply: string, { answer, people }: Facts): string | undefined {
  const cited = new Set(answer.citations.map((citation) => citation.person));
  const cites = answer.citations.map((citation) => `${citation.person}\n${citation.text}`);
  const sourceText = [answer.question, ...cites].join('\n');
  const citedParts = new Set([...cited].flatMap(nameParts));
  for (const person of people) {
    if (cited.has(person) || wordIn(person, sourceText, 'i')) continue;
    if (wordIn(person, reply, 'i')) return person;
    // "Grace" alone names Grace Hopper, unless a cited person or the cited lines use the word too.
    const part = nameParts(person).find(
      (word) => !citedParts.has(word) && !wordIn(word, sourceText) && wordIn(word, reply),
    );
    if (part) return `${person} (as "${part}")`;
  }
  return undefined;
}

/** The first reason the reply may not be shown, or undefined when it passes every check. */
export function checkReply(reply: string, facts: Facts): CheckFailure | undefined {
  const { answer } = facts;
  if (NOBODY.test(reply)) {
    return { reason: 'said-nobody', detail: 'the model found no answer in the sources the retriever chose' };
  }
  const ids = new Set(answer.citations.map((citation) => citation.id));
  const unknown = markersOf(reply).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    const detail = `cites [${unknown.join('], [')}]; the sources are [${[...ids].join('], [')}]`;
    return { reason: 'unknown-source', detail };
  }
  // Said by position, not quoted: log lines carry no answer text (it retells profile lines).
  const sentences = sentencesOf(reply);
  const uncited = sentences.findIndex((sentence) => markersOf(sentence).length === 0);
  if (uncited >= 0) {
    return { reason: 'uncited-sentence', detail: `sentence ${uncited + 1} of ${sentences.length} cites no source` };
  }
  const absent = absentPerson(reply, facts);
  if (absent) return { reason: 'absent-person', detail: `names ${absent}, who is in none of the sources` };
  const stated = answer.citations.flatMap((citation) => [citation.person, citation.text]);
  const known = numbersIn([answer.question, answer.answer, ...stated].join('\n'));
  const wrong = [...numbersIn(reply)].filter((number) => !known.has(number));
  if (wrong.length > 0) {
    return { reason: 'wrong-number', detail: `states ${wrong.join(', ')}, which no source or draft states` };
  }
  return undefined;
}
