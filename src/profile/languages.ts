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

/** Where each word naming a human language stands in a text: its English name and its span. */
function languageWords(item: string): { english: string; start: number; end: number }[] {
  const found: { english: string; start: number; end: number }[] = [];
  for (const word of item.matchAll(/[\p{L}\p{M}]+/gu)) {
    const english = LANGUAGE_NAMES.get(fold(word[0]));
    if (english) found.push({ english, start: word.index!, end: word.index! + word[0].length });
  }
  return found;
}

/** What an item says besides its language: "(Muttersprache)", "– C1", "Bilingual". */
function fluencyOf(item: string, start: number, end: number): string | undefined {
  // A flag or a bullet before the language ("🇬🇧 English — fluent") says nothing of the level; nor do the
  // dot leaders that set a level apart in plain text ("Inglés ......... C1").
  const before = /[\p{L}\p{N}]/u.test(item.slice(0, start)) ? item.slice(0, start) : '';
  let fluency = `${before} ${item.slice(end)}`
    .replace(/\(\s*\)/g, ' ')
    .replace(/^[\s:–—/.…_-]+|[\s:–—/-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const count = (char: string) => fluency.split(char).length - 1;
  if (/^\(.*\)$/.test(fluency) && count('(') === 1) fluency = fluency.slice(1, -1);
  if (count('(') > count(')')) fluency = fluency.replace(/^\(/, '');
  if (count(')') > count('(')) fluency = fluency.replace(/\)$/, '');
  return fluency.trim() || undefined;
}

/**
 * "Deutsch (Muttersprache)" → German, "Muttersprache"; "Native speaker of German" → German;
 * undefined when none of its first four words names a language.
 */
export function readLanguage(item: string): { language: string; fluency?: string } | undefined {
  const first = languageWords(item)[0];
  if (!first) return undefined;
  if (/\p{L}/u.test(item.slice(0, first.start)) && item.slice(0, first.start).match(/\p{L}+/gu)!.length > 3) {
    return undefined;
  }
  const fluency = fluencyOf(item, first.start, first.end);
  return { language: first.english, ...(fluency ? { fluency } : {}) };
}

/** Varieties written with the language they belong to: "Mandarin Chinese", "Chinese (Cantonese)". */
const VARIETIES = new Set(['Mandarin', 'Cantonese', 'Taiwanese']);

/** Two language words that name one language: side by side, one a variety of Chinese. */
function oneName(a: { english: string }, b: { english: string }, between: string): boolean {
  const pair = [a.english, b.english];
  return /^[\s(]*$/.test(between) && pair.includes('Chinese') && pair.some((name) => VARIETIES.has(name));
}

/**
 * Every language an item of a languages list names: "Dutch Native French Fluent" (a PDF's grid run
 * into one line; "Italian English Spanish", a PDF's row of cells), "Bilingual Swedish/Finnish" → one
 * item a language, its level beside it.
 */
export function languagesOfItem(item: string): { language: string; fluency?: string }[] {
  // "Spanish (Latin American)": a word in brackets qualifies the language before it.
  const bracketed = (at: number) => item.slice(0, at).split('(').length > item.slice(0, at).split(')').length;
  const words = languageWords(item).filter((w, i) => i === 0 || !bracketed(w.start));
  const cuts = words.filter((w, i) => i > 0 && !oneName(words[i - 1]!, w, item.slice(words[i - 1]!.end, w.start)));
  if (cuts.length === 0) {
    const one = readLanguage(item);
    return one ? [one] : [];
  }
  const bounds = [0, ...cuts.map((w) => w.start), item.length];
  return bounds
    .slice(1)
    .map((end, i) => readLanguage(item.slice(bounds[i], end)))
    .filter((l): l is { language: string; fluency?: string } => l !== undefined);
}

const YAML_NOTE = /^\s*(?:-\s+)?(?:percent|percentage|level|icon|icon_pack|description)\s*:/;
const YAML_KEY = /^(?:name|language)\s*:\s*/;

/** ISO 639-1 codes a languages list writes in capitals for its languages ("DE (native), EN (C1)"). */
const CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    EN: 'English',
    DE: 'German',
    FR: 'French',
    ES: 'Spanish',
    PT: 'Portuguese',
    IT: 'Italian',
    NL: 'Dutch',
    RU: 'Russian',
    PL: 'Polish',
    ZH: 'Chinese',
    JA: 'Japanese',
    KO: 'Korean',
    AR: 'Arabic',
    TR: 'Turkish',
    SV: 'Swedish',
    DA: 'Danish',
    NO: 'Norwegian',
    FI: 'Finnish',
    EL: 'Greek',
    CS: 'Czech',
    HU: 'Hungarian',
    RO: 'Romanian',
    HI: 'Hindi',
    CA: 'Catalan',
  }),
);
/** "EN (C1)", "DE – Muttersprache", "FR B2", "ES": a code alone or before its level. */
const CODE_ITEM = /^([A-Z]{2})(?:\s*[(:–—-]\s*(.*?)\)?|\s+((?:[ABC][12]|native|fluent|\p{L}+)\b.*))?$/u;

/** Inside a languages section only: a language written as its code, with its level. */
function codedLanguage(item: string): { language: string; fluency?: string } | undefined {
  const match = CODE_ITEM.exec(item.trim());
  const language = match && CODES.get(match[1]!);
  if (!language) return undefined;
  const fluency = (match![2] ?? match![3])?.trim();
  return { language, ...(fluency ? { fluency } : {}) };
}

function fromLine(line: ProfileLine, text: string, found: LanguageEntry[], coded = false): void {
  for (const item of listItems(text.replace(YAML_KEY, '').replace(/\s+(?:and|und|et|y|e)\s+/gi, ', '))) {
    const named = languagesOfItem(item);
    const code = coded && named.length === 0 ? codedLanguage(item) : undefined;
    for (const language of code ? [code] : named) {
      if (found.some((l) => l.language === language.language)) continue;
      found.push({ ...language, lines: [line.line, line.line] });
    }
  }
}

/** "Spoken: English, French" inside a languages section: the label before a list goes. */
const SECTION_LABEL = /^([^:：]{1,30})[:：]\s*(?=.*[,;])/u;

/**
 * A list's label goes; "Français : langue maternelle ; Anglais : courant" starts with a language and
 * its level, not a label, so it stays.
 */
const withoutLabel = (text: string) =>
  text.replace(SECTION_LABEL, (all, label: string) => (languageWords(label).length > 0 ? all : ''));

const indent = (line: ProfileLine) => /^\s*/.exec(line.raw)![0].replace(/\t/g, '    ').length;

/** "Languages" or "* Human Languages:" alone on its line inside another section: a list of languages follows. */
const listLabel = (line: ProfileLine) => headingKind(line.text.replace(/[:：]\s*$/, '')) === 'languages';

/** "English    German    French": a row of languages apart; "English    C2" stays one language and its level. */
function cloudRow(line: ProfileLine): string {
  const row = gapRow(line);
  return row !== line.text && listItems(row).filter((cell) => readLanguage(cell)).length >= 2 ? row : line.text;
}

/** "Skills & Languages", "Sprachen und IT-Kenntnisse": a heading that names spoken languages among other things. */
export const NAMES_LANGUAGES = /\b(?:languages?|sprach\p{L}*|langues?|idiomas?|l[ií]nguas?|lenguas?)\b/iu;

/** A line of a mixed section whose every item names a language ("English (C1), French"): that list, not skills. */
export function allSpoken(line: ProfileLine): boolean {
  const items = listItems(withoutLabel(cloudRow(line)));
  return items.length > 0 && items.every((item) => readLanguage(item) !== undefined);
}

export function readLanguages(sections: readonly Section[]): LanguageEntry[] {
  const found: LanguageEntry[] = [];
  for (const section of sections) {
    const mixed = section.kind !== 'languages' && NAMES_LANGUAGES.test(section.heading?.text ?? '');
    // The indent of a languages label whose list is being read: its items are indented deeper.
    let under: number | undefined;
    for (const line of section.lines) {
      if (!line.text) continue;
      // `- name: English` (a theme's front matter): the key is no fluency; `percent: 100` says the level.
      if (YAML_NOTE.test(line.raw)) continue;
      if (under !== undefined && indent(line) > under) {
        fromLine(line, line.text, found);
        continue;
      }
      under = undefined;
      const form = labelledField(line.text);
      // "Mother tongue(s): Italian", "Other language(s) English C1 C1 B2": a form's row, the label goes.
      if (form?.field === 'languages') fromLine(line, form.value, found);
      else if (section.kind === 'languages') fromLine(line, withoutLabel(cloudRow(line)), found, true);
      else if (listLabel(line)) under = indent(line);
      else if (mixed && allSpoken(line)) fromLine(line, withoutLabel(cloudRow(line)), found);
      else {
        const labelled = lineKindLabel(line.text);
        if (labelled?.kind === 'languages') fromLine(line, labelled.rest, found);
      }
    }
  }
  return found;
}
