/**
 * LaTeX → the text a reader of the typeset CV sees, as Markdown-like lines. `%` comments, the
 * preamble (but for its contact commands, latexContact.ts), macro definitions and layout commands
 * are not content. `\section{}` becomes a `##` heading, `\item` a `- ` bullet, and a command with
 * several arguments (`\cventry{…}{…}`, `\resumeSubheading{…}{…}`) keeps its arguments together,
 * joined with ` · `, so the employer travels with the role.
 *
 * Each piece of text is written on the line where it stands in the file, so the text file keeps
 * the `.tex` file's line numbers and a citation points at the file's own lines too. This file
 * cuts the file into preamble and body and names the person; latexReader.ts does the reading.
 */
import { alignedLines } from './alignedLines.js';
import { withPreambleContacts } from './latexContact.js';
import { type Budget, newBudget, Reader } from './latexReader.js';
import { nameHintFrom } from './nameHint.js';
import type { ReadOutcome } from './types.js';

/** Removes `%` comments, keeping every line (so line numbers stay) and `\%`. */
function withoutComments(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\') i++;
        else if (line[i] === '%') return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/(?:\s*[|·]\s*)+$/g, '')
    .replace(/^(?:\s*[|·]\s*)+/g, '')
    .replace(/\s*([|·])(?:\s*[|·])+\s*/g, ' $1 ')
    .replace(/^(- |#+ )(?:\s*[|·]\s*)+/, '$1')
    .replace(/^(- |#+ )\s*$/, '')
    .trim()
    .normalize('NFC');
}

function argumentOf(source: string, command: string): string[] {
  const found = new RegExp(
    `\\\\${command}\\s*(?:\\[[^\\]]*\\])?\\s*((?:\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}\\s*)+)`,
  ).exec(source);
  if (!found) return [];
  return [...found[1]!.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((match) => match[1]!);
}

/** Plain text of a short LaTeX fragment (a name argument). */
function plain(fragment: string, macros: ReadonlyMap<string, string>, budget: Budget): string {
  const reader = new Reader(fragment, budget);
  for (const [name, value] of macros) reader.macros.set(name, value);
  reader.run();
  return tidy(
    reader.pieces
      .map((piece) => piece.text)
      .join('')
      .replace(/\n/g, ' '),
  );
}

export function readLatex(source: string): ReadOutcome {
  const text = withoutComments(source);
  const lineCount = source.split('\n').length;
  const begin = text.indexOf('\\begin{document}');
  const budget = newBudget();
  const preamble = new Reader(begin === -1 ? '' : text.slice(0, begin), budget);
  preamble.run();
  const bodyStart = begin === -1 ? 0 : begin + '\\begin{document}'.length;
  const body = new Reader(
    text.slice(0, (text.indexOf('\\end{document}') + 1 || text.length + 1) - 1),
    budget,
    bodyStart,
    text.slice(0, bodyStart).split('\n').length - 1,
  );
  for (const [name, value] of preamble.macros) body.macros.set(name, value);
  for (const [name, value] of preamble.commands) body.commands.set(name, value);
  body.run();
  const lines = alignedLines(body.pieces, lineCount, tidy);
  if (lines.every((line) => line === '')) return { kind: 'skipped', reason: 'no typeset text in the LaTeX file' };

  const macros = body.macros;
  const named = (command: string): string | undefined => {
    const parts = argumentOf(text, command).map((part) => plain(part, macros, budget));
    return parts.length > 0 ? parts.join(' ') : undefined;
  };
  const definedName = [...macros.entries()].find(([macro]) => /author|fullname|^name$/i.test(macro))?.[1];
  const nameHint = nameHintFrom([
    named('name'),
    // europecv writes "Surname, Name": the order is kept, the comma goes.
    named('ecvname')?.replace(/\s*,\s*/, ' '),
    [named('firstname'), named('familyname')].filter(Boolean).join(' ') || undefined,
    named('author'),
    definedName ? plain(definedName, macros, budget) : undefined,
    lines.find((line) => line !== '')?.replace(/^#+ /, ''),
  ]);
  const shown = withPreambleContacts(lines, begin === -1 ? '' : text.slice(0, begin), budget);
  return { kind: 'read', text: { format: 'latex', lines: shown, converted: true, ...(nameHint ? { nameHint } : {}) } };
}
