/**
 * Answers as readable terminal text. The `--json` output is the answer objects themselves.
 * Everything printed here comes from profiles, file names or the question, so each piece goes
 * through `visibleText`: an escape sequence in a CV must not drive the reader's terminal.
 */
import { citedPlace } from '../answer/citeLines.js';
import type { Answer, Citation, WhoKnowsResult } from '../answer/types.js';
import { visibleLines, visibleText } from '../text/visibleText.js';

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${visibleText(line)}`)
    .join('\n');
}

export function formatCitation(citation: Citation): string {
  const head = `[${citation.id}] ${visibleText(citation.person)} · ${visibleText(citation.section)} · ${visibleText(citedPlace(citation))}`;
  return `${head}\n${indent(citation.text)}`;
}

export function formatAnswer(answer: Answer): string {
  const parts = [`Q: ${visibleText(answer.question)}`, '', visibleLines(answer.answer)];
  if (answer.writtenBy) parts.push('', `(Written by ${visibleText(answer.writtenBy)} from the sources below.)`);
  if (answer.citations.length > 0) parts.push('', 'Sources:', ...answer.citations.map(formatCitation));
  return parts.join('\n');
}

export function formatWhoKnows(result: WhoKnowsResult): string {
  const skill = visibleText(result.skill);
  const parts = [`Who knows ${skill}?`, ''];
  if (result.noAnswer) {
    parts.push(`Nobody: no profile mentions ${skill}.`);
    if (result.related.length > 0) {
      parts.push('', 'Related terms (not the same skill):');
      for (const near of result.related) {
        parts.push(
          `  - "${visibleText(near.term)}" in ${visibleText(near.person)}'s profile (${visibleText(near.source)})`,
        );
      }
    }
    return parts.join('\n');
  }
  result.people.forEach((person, i) => {
    parts.push(
      `${i + 1}. ${visibleText(person.person)} (score ${person.score}): ${person.evidence.map((c) => `[${c.id}]`).join(' ')}`,
    );
  });
  parts.push('', 'Sources:', ...result.people.flatMap((person) => person.evidence.map(formatCitation)));
  return parts.join('\n');
}
