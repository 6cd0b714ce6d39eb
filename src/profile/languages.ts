/**
 * Spoken languages: every item of a languages section, and of a "Languages: …" / "Sprachen: …" /
 * "Idiomas: …" line anywhere, whose first words name a human language in one of five languages
 * (words/languages.json), with what follows it as the fluency. Programming languages are never
 * in the list, so "Languages: Python, Go" gives none.
 */
import { labelledField } from './formRows.js';
import { gapRow, lineKindLabel, listItems } from './labels.js';
import { headingKind, type Section } from './sections.js';
import type { LanguageEntry, ProfileLine } from './types.js';
import { LANGUAGE_NAMES, fold } from './wordLists.js';

/** "Deutsch (Muttersprache)" → German, "Muttersprache"; undefined when it names no language. */
export function readLanguage(item: string): { language: string; fluency?: string } | undefined {
  const words = fold(item)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const english = LANGUAGE_NAMES.get(words[i]!);
    if (!english) continue;
    const fluency = item
      .replace(/^[^\p{L}]*\p{L}+[^\p{L}]*/u, '')
      .replace(/^[\s:–—-]+|[)\s]+$/g, '')
      .replace(/^\(/, '')
      .trim();
    return { language: english, ...(fluency ? { fluency } : {}) };
  }
  return undefined;
}

function fromLine(line: ProfileLine, text: string, found: LanguageEntry[]): void {
  for (const item of listItems(text.replace(/\s+(?:and|und|et|y|e)\s+/gi, ', '))) {
    const language = readLanguage(item);
    if (!language || found.some((l) => l.language === language.language)) continue;
    found.push({ ...language, lines: [line.line, line.line] });
  }
}

/** "Spoken: English, French" inside a languages section: the label before a list goes. */
const SECTION_LABEL = /^[^:：]{1,30}[:：]\s*(?=.*[,;])/u;

const indent = (line: ProfileLine) => /^\s*/.exec(line.raw)![0].replace(/\t/g, '    ').length;

/** "Languages" or "* Human Languages:" alone on its line inside another section: a list of languages follows. */
const listLabel = (line: ProfileLine) => headingKind(line.text.replace(/[:：]\s*$/, '')) === 'languages';

/** "English    German    French": a row of languages apart; "English    C2" stays one language and its level. */
function cloudRow(line: ProfileLine): string {
  const row = gapRow(line);
  return row !== line.text && listItems(row).filter((cell) => readLanguage(cell)).length >= 2 ? row : line.text;
}

export function readLanguages(sections: readonly Section[]): LanguageEntry[] {
  const found: LanguageEntry[] = [];
  for (const section of sections) {
    // The indent of a languages label whose list is being read: its items are indented deeper.
    let under: number | undefined;
    for (const line of section.lines) {
      if (!line.text) continue;
      if (under !== undefined && indent(line) > under) {
        fromLine(line, line.text, found);
        continue;
      }
      under = undefined;
      const form = labelledField(line.text);
      // "Mother tongue(s): Italian", "Other language(s) English C1 C1 B2": a form's row, the label goes.
      if (form?.field === 'languages') fromLine(line, form.value, found);
      else if (section.kind === 'languages') fromLine(line, cloudRow(line).replace(SECTION_LABEL, ''), found);
      else if (listLabel(line)) under = indent(line);
      else {
        const labelled = lineKindLabel(line.text);
        if (labelled?.kind === 'languages') fromLine(line, labelled.rest, found);
      }
    }
  }
  return found;
}
