/** Answers as readable terminal text. The `--json` output is the answer objects themselves. */
import { citedPlace } from '../answer/citeLines.js';
import type { Answer, Citation, WhoKnowsResult } from '../answer/types.js';

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

export function formatCitation(citation: Citation): string {
  return `[${citation.id}] ${citation.person} · ${citation.section} · ${citedPlace(citation)}\n${indent(citation.text)}`;
}

export function formatAnswer(answer: Answer): string {
  const parts = [`Q: ${answer.question}`, '', answer.answer];
  if (answer.citations.length > 0) parts.push('', 'Sources:', ...answer.citations.map(formatCitation));
  return parts.join('\n');
}

export function formatWhoKnows(result: WhoKnowsResult): string {
  const parts = [`Who knows ${result.skill}?`, ''];
  if (result.noAnswer) {
    parts.push(`Nobody: no profile mentions ${result.skill}.`);
    if (result.related.length > 0) {
      parts.push('', 'Related terms (not the same skill):');
      for (const near of result.related) parts.push(`  - "${near.term}" in ${near.person}'s profile (${near.source})`);
    }
    return parts.join('\n');
  }
  result.people.forEach((person, i) => {
    parts.push(`${i + 1}. ${person.person} (score ${person.score}): ${person.evidence.map((c) => `[${c.id}]`).join(' ')}`);
  });
  parts.push('', 'Sources:', ...result.people.flatMap((person) => person.evidence.map(formatCitation)));
  return parts.join('\n');
}
