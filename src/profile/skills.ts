/**
 * Skills lists from a CV's skills sections: "Languages: Python, Go" is a group named by its label
 * with its items as keywords; a bulleted or comma-separated list without a label is one "Skills"
 * group. Items are split on commas, semicolons, bullets and pipes outside parentheses.
 */
import { labelledField } from './formRows.js';
import { gapRow, headRun, lineKindLabel, listItems } from './labels.js';
import { allSpoken, NAMES_LANGUAGES, readLanguage } from './languages.js';
import { cleanText, headingLevel, isBullet, joinedWhere } from './lines.js';
import { periodList, proseItems } from './skillSentences.js';
import { joinedRows, tableRow } from './skillTables.js';
import { headingKind, type Section } from './sections.js';
import type { ProfileLine, SkillEntry } from './types.js';
import { fold, SKILL_LEVELS } from './wordLists.js';

const hasWords = (line: ProfileLine) => /[\p{L}\p{N}]/u.test(line.text);
const indentOf = (line: ProfileLine) => /^\s*/.exec(line.raw)![0].replace(/\t/g, '    ').length;

/** "Programming Languages: Python, C" → label and the rest; no label when there is no short one before a colon. */
export function labelled(text: string): { label?: string; rest: string } {
  const match = /^([^:：]{1,40})[:：]\s*(.*)$/u.exec(text);
  if (match && match[1]!.trim().split(/\s+/).length <= 5) {
    return { label: match[1]!.replace(/[|*]+/g, '').trim(), rest: match[2]! };
  }
  return { rest: text };
}

/**
 * "Skills: Python, Go" / "Kenntnisse: …" / "Compétences : …" on a line of any other section (a
 * summary, the head of the CV): a skills list too. Not inside a work or education section, where
 * "Technologies: …" under a role says what that role used, unless a form's own label names it.
 */
function labelledLists(section: Section, skills: SkillEntry[]): void {
  const entries = section.kind === 'work' || section.kind === 'education';
  for (const [at, line] of section.lines.entries()) {
    const found = lineKindLabel(line.text);
    if (found?.kind !== 'skills') continue;
    // A form's own skills row ("Computer skills and competences | …") is a list wherever it stands, and
    // so is a line whose label says skills, set apart by blank lines as a section of its own.
    if (entries && labelledField(line.text)?.field !== 'skills' && !standsApart(section.lines, at)) continue;
    const items = andSplit(listItems(found.rest));
    if (items.length >= 2) {
      skills.push({ name: labelled(line.text).label ?? 'Skills', keywords: items, lines: [line.line, line.line] });
    }
  }
}

/** A label that says skills ("Technical skills", "IT-Kenntnisse", "Compétences"), not what a role used ("Tools"). */
const SKILLS_LABEL =
  /skill|kenntniss|kompetenz|f[aä]higkeit|comp[ée]tence|competencia|competência|habilidad|conhecimento/iu;

/**
 * "Technical skills: Python, Go" after the last school, a blank line before it and after it: a
 * section run into its list, not a note under the entry above.
 */
function standsApart(lines: readonly ProfileLine[], at: number): boolean {
  const [line, before, after] = [lines[at]!, lines[at - 1], lines[at + 1]];
  const gap = (other: ProfileLine | undefined, step: number) =>
    !other || !hasWords(other) || Math.abs(other.line - line.line) > step;
  const label = labelled(line.text).label ?? '';
  return SKILLS_LABEL.test(label) && !isBullet(line.raw) && indentOf(line) === 0 && gap(before, 1) && gap(after, 1);
}

/** "Python, Django and Celery": the last item's "and" parts two items when the list has commas before it. */
function andSplit(items: readonly string[]): string[] {
  if (items.length < 2) return [...items];
  const last = items.at(-1)!.split(/\s+(?:and|und|et|y|e|&)\s+/u);
  const short = last.length === 2 && last.every((item) => item.split(/\s+/).length <= 3);
  return short ? [...items.slice(0, -1), ...last] : [...items];
}

/** Its items, the joining words and hedges ("& some C", "Java & Go") left out. */
function periodItems(text: string): string[] {
  return skillItems(text.replace(/[.!]$/, ''))
    .flatMap((item) => item.split(/\s+(?:&|and|und|et|y|e)\s+/u))
    .map((item) =>
      item.replace(/^(?:&|and|und|et|y|e)?\s*(?:some|a bit of|basic|etwas|un peu de|algo de|algum)\s+/iu, '').trim(),
    )
    .filter(Boolean);
}

/** "Proficient in …", "Experienced with …", "Familiar with …": the frame of a list written as a sentence. */
const LIST_FRAME =
  /^(?:(?:very\s+|highly\s+)?(?:proficient|experienced|skilled|familiar|comfortable|competent)|(?:working\s+|strong\s+|good\s+)?(?:knowledge|experience|expertise))\s+(?:in|with|of)\s+(.+?)\.?$/iu;

/**
 * "Python – Expert", "Go ●●●○○", "Rust ████░░", "SQL 80%", "Docker (3/5)", "SQL: 5 years": the skill
 * without the level beside it.
 */
function withoutLevel(item: string): string {
  const bare = item
    .replace(/\s*[○◯☆★●■□◼◻▁▂▃▄▅▆▇█░▒▓]+\s*$/u, '')
    .replace(/\s*\(?\s*(?:\d{1,3}\s*%|\d(?:\.\d)?\s*\/\s*(?:5|10))\s*\)?\s*$/u, '')
    .trim();
  // "Python – avanzado", "Java (gut)", "Go — 3 yrs": a level after a spaced dash or in closing brackets.
  const rated = /^(.+?)(?:\s+[–—-]\s+|\s*\()([^()]+?)\)?$/u.exec(bare);
  return rated && isLevel(rated[2]!) ? rated[1]!.trim() : bare;
}

/** "expert", "sehr gut", "intermédiaire", "básico", "3 yrs", "5 Jahre": how well, or how long, not what. */
export function isLevel(text: string): boolean {
  const folded = fold(text)
    .replace(/[.:;!]+$/, '')
    .trim();
  return SKILL_LEVELS.has(folded) || /^\d{1,2}\+?\s*(?:years?|yrs?|jahre?|ans?|anos?|años?)$/u.test(folded);
}

/**
 * The next line with words after `at`, when it is indented deeper: `at` labels the group it opens.
 * A definition list's sentence under its term ("  : Quick prototypes to try ideas early.") describes
 * the term, which is the skill itself; a list there ("  : Python, Go") is the group's items.
 */
function opensGroup(lines: readonly ProfileLine[], at: number): ProfileLine | undefined {
  const next = lines.slice(at + 1).find((l) => /[\p{L}\p{N}]/u.test(l.text));
  if (!next || indentOf(next) <= indentOf(lines[at]!)) return undefined;
  return /^\s*:\s/.test(next.raw) && isSentence(next.text) ? undefined : next;
}

/** Prose, not a list: it ends as a sentence does and runs past a few words. */
function isSentence(text: string): boolean {
  return /[.!?]$/.test(text) && text.split(/\s+/).length > 4 && !/[,;]\s*\S+$/.test(text.replace(/[.!?]$/, ''));
}

/**
 * A short line of one item, after a gap or a list of several, whose next line lists several items: the
 * category of that list, not a skill. One item over one item is a list written one a line.
 */
function labelsNextLine(lines: readonly ProfileLine[], at: number): boolean {
  const [line, next, before] = [lines[at]!, lines[at + 1], lines[at - 1]];
  if (!next || next.line !== line.line + 1 || isBullet(line.raw) || /[,;:|•·]/.test(line.text)) return false;
  if (line.text.split(/\s+/).length > 3 || skillItems(next.text).length < 2) return false;
  return !before || before.line < line.line - 1 || !hasWords(before) || skillItems(before.text).length >= 2;
}

/** "Programming     Python, Go" in plain text: a label set apart by a gap, as "Programming: Python, Go". */
function gapLabelled(line: ProfileLine): string {
  const row = gapRow(line);
  if (row !== line.text) return row;
  const gap = /^\s*(\p{L}[^:\t]{0,38}?)(?:\t+|\s{3,})(\S.*)$/u.exec(line.raw);
  return gap && gap[1]!.trim().split(/\s+/).length <= 4 && !/[,;]/.test(gap[1]!)
    ? `${gap[1]!.trim()}: ${gap[2]}`
    : line.text;
}

/** A list's items without their levels: "Svelte / Vue.js" is two (spaced slashes part items, "CI/CD" is one). */
function skillItems(text: string): string[] {
  // "Ruby — Elixir — Phoenix": spaced dashes part items when there are two or more and nothing else
  // does; one ("Python – Expert") sets a level apart.
  const dashes = /[,;•·|▪◦●]/.test(text) ? [] : text.split(/\s+[–—-]\s+/);
  return (
    (dashes.length >= 3 ? dashes : listItems(text))
      .flatMap((item) => item.split(/\s+\/\s+/))
      // "Python, Go / Frameworks: React": the next category's label, on the line of the one before it.
      .map((item) => item.replace(/^\p{L}[\p{L}\s&+-]{0,30}:\s+(?=\S)/u, ''))
      .map(withoutLevel)
      // "Python, R, SQL, etc.": "and so on" names no skill.
      .filter((item) => item && !/^(?:etc|usw|u\.\s?a|etc\.?\s?etc|and more|e\.?\s?a)\.?$/iu.test(item))
  );
}

/** `| Area | Tools |` over `|---|---|`, or the rule itself: a table's head, no skills. */
function tableHead(lines: readonly ProfileLine[], at: number): boolean {
  const cells = (raw: string) =>
    raw
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|');
  const rule = (raw: string) => /^\s*\|/.test(raw) && cells(raw).every((cell) => /^\s*:?-{2,}:?\s*$/.test(cell));
  if (rule(lines[at]!.raw)) return true;
  // "| Python | Go | Rust |" over the rule: a table converted with no head row, whose first row is skills.
  return lines[at + 1] !== undefined && rule(lines[at + 1]!.raw) && cells(lines[at]!.raw).some(namesColumn);
}

/** A skills table's column name: "Skill", "Area", "Tools", "Level", "Kenntnisse", "Niveau"… */
function namesColumn(cell: string): boolean {
  const text = cleanText(cell);
  return !text || headingKind(text) !== undefined || SKILL_COLUMN.test(fold(text));
}

const SKILL_COLUMN = new RegExp(
  String.raw`^(?:skills?|areas?|categor(?:y|ies)|domains?|type|name|level|proficiency|experience|years|rating|` +
    String.raw`bereich|kategorie|niveau|stufe|domaine|categoria|nivel)$`,
  'u',
);

/**
 * A line that is a group of its own whatever its neighbours: a form's row, a heading run into its
 * list, a two-cell table row ("| Infra | Nomad, Consul |"), a list in a sentence's frame. null for
 * a line that is no skills (spoken languages, a table's head); undefined for any other line.
 */
function wholeLineGroup(lines: readonly ProfileLine[], at: number): SkillEntry | null | undefined {
  const line = lines[at]!;
  const at1 = [line.line, line.line] as const;
  // "Mother tongue(s): German" in a form's "Personal skills": spoken, not a skill.
  const form = labelledField(line.text);
  if (form?.field === 'languages') return null;
  // "Digital skills Python, Go" (a form's row read from a PDF): the label goes, the items stay.
  if (form?.field === 'skills' && listItems(form.value).length > 0) {
    return { name: 'Skills', keywords: skillItems(form.value.replace(/^[\s·•|:-]+/, '')), lines: at1 };
  }
  // "Languages English (native), French" run into one line: spoken, not a skill; "Skills Go, Rust": a group.
  const run = headRun(line.text);
  if (run?.kind === 'languages' && listItems(run.rest).some((item) => readLanguage(item))) return null;
  // "Sprachen: Deutsch (Muttersprache), Englisch" among the skills: spoken, the languages reader's.
  const spoken = lineKindLabel(line.text);
  if (spoken?.kind === 'languages' && listItems(spoken.rest).some((item) => readLanguage(item))) return null;
  if (run?.kind === 'skills') return { name: run.label, keywords: skillItems(run.rest), lines: at1 };
  if (/^\s*\|/.test(line.raw)) {
    if (tableHead(lines, at)) return null;
    const cells = line.raw
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|');
    const [name, items] = cells.map((cell) => cleanText(cell));
    if (cells.length === 2 && name && items) return { name, keywords: skillItems(items), lines: at1 };
  }
  const row = tableRow(lines, at);
  if (row) return { name: row.label, keywords: skillItems(row.rest), lines: at1 };
  if (row === null) return null;
  // "Proficient in Python, Go and SQL.": a list in a sentence's frame.
  const framed = LIST_FRAME.exec(line.text);
  if (framed && /,/.test(framed[1]!)) {
    return { name: 'Skills', keywords: skillItems(framed[1]!.replace(/\s+(?:and|und|et|y|e)\s+/gi, ', ')), lines: at1 };
  }
  return undefined;
}

/** `- name: Python` (a theme's front matter): the skill; `percent: 80`, `icon: python`: what the theme draws. */
const YAML_ITEM = /^\s*(?:-\s+)?(?:name|skill|title|label|keyword)\s*:\s*["']?([^"']+?)["']?\s*$/;
const YAML_NOTE =
  /^\s*(?:-\s+)?(?:percent|percentage|level|icon|icon_pack|description|colou?r|value|url|link|rating)\s*:/;
const YAML_GROUP = /^\s*(?:items|keywords|list)\s*:\s*$/;

/**
 * A YAML line of a skills list: its skill, null for a line to pass over (a note on the skill, or a
 * category over its own indented items), undefined for a line that is no YAML.
 */
function yamlSkill(lines: readonly ProfileLine[], at: number): string | null | undefined {
  const raw = lines[at]!.raw;
  if (YAML_NOTE.test(raw) || YAML_GROUP.test(raw)) return null;
  const item = YAML_ITEM.exec(raw);
  if (!item) return undefined;
  // `- name: Programming` over `items:` names a category; over `percent: 80` it is a skill.
  const under = opensGroup(lines, at);
  return under && !YAML_NOTE.test(under.raw) ? null : item[1]!;
}

/**
 * "Languages & Skills", "Skills & Languages", "Sprachen und Kenntnisse": one heading over both lists,
 * whose lines of spoken languages are the languages reader's.
 */
function bothLists(section: Section): boolean {
  const heading = section.heading?.text ?? '';
  if (section.kind === 'skills') return NAMES_LANGUAGES.test(heading);
  const parts = heading.split(/\s*(?:[&,/+]|\b(?:and|und|et|y|e)\b)\s*/u);
  return section.kind === 'languages' && parts.length > 1 && parts.some((part) => headingKind(part) === 'skills');
}

/**
 * "Languages: Python, Java, Go," over "    Rust, Scala": a list that ends its line with a comma goes on
 * on the next line (a narrow column, a plain-text CV wrapped by hand); the two read as one line.
 */
function unwrapped(lines: readonly ProfileLine[]): readonly ProfileLine[] {
  if (!lines.some((l) => l.text.endsWith(','))) return lines;
  // Only a labelled list goes on: its category names the items of the next line too.
  return joinedWhere(
    lines,
    (prev, line) =>
      prev.text.endsWith(',') &&
      labelled(prev.text).label !== undefined &&
      hasWords(line) &&
      !isBullet(line.raw) &&
      !labelled(line.text).label &&
      !/[.!?]$/.test(line.text),
  );
}

type Loose = { keywords: string[]; first: number; last: number; name?: string };

const looseGroup = (loose: Loose): SkillEntry => ({
  name: loose.name ?? 'Skills',
  keywords: loose.keywords,
  lines: [loose.first, loose.last],
});

/** Items of a list without a label, gathered into one group however many lines hold them. */
function addLoose(loose: Loose | undefined, items: readonly string[], line: number): Loose {
  const group = loose ?? { keywords: [], first: line, last: line };
  group.keywords.push(...items);
  group.last = line;
  return group;
}

/**
 * A line of a list once lines of other kinds are read: a labelled group ("Cloud: AWS, GCP"), a skill
 * with its level ("Python : expert"), or items of the list without a label, which it returns.
 */
function listLine(
  line: ProfileLine,
  group: ProfileLine | undefined,
  loose: Loose | undefined,
  skills: SkillEntry[],
): Loose | undefined {
  const { label, rest } = labelled(gapLabelled(line));
  // "Python : expert", "Excel: avançado": the label is the skill, the rest its level.
  if (label && isLevel(rest)) return addLoose(loose, [withoutLevel(label)], line.line);
  // "- Tools" over its own indented items names their group; it is no skill.
  if (group && !label && listItems(rest).length === 1 && !/[,;]/.test(rest)) return loose;
  // "  * Python:" above its own sub-items: nested, the label is a skill itself.
  const items = label && !rest.trim() && indentOf(line) > 0 ? [label] : skillItems(rest);
  if (label && items.length > 0 && rest.trim()) {
    skills.push({ name: label, keywords: items, lines: [line.line, line.line] });
    return loose;
  }
  // A sentence is not a list item.
  if (items.length === 1 && items[0]!.split(/\s+/).length > 6) return loose;
  if (label && items.length === 0) return loose;
  return addLoose(loose, items, line.line);
}

export function readSkills(sections: readonly Section[]): SkillEntry[] {
  const skills: SkillEntry[] = [];
  for (const section of sections) {
    const mixed = bothLists(section);
    if (section.kind !== 'skills' && !mixed) {
      labelledLists(section, skills);
      continue;
    }
    let loose: Loose | undefined;
    // A languages list nested in the skills ("* Languages" above "  * French: native") is not skills.
    let languagesUnder: number | undefined;
    const lines = unwrapped(section.lines);
    for (const [at, line] of lines.entries()) {
      // A rule after the list (the front matter's closing `---`) ends it: what follows is the page's text.
      // Under the heading (an underline), it is the heading's.
      if (/^\s*(?:-{3,}|\*{3,})\s*$/.test(line.raw) && lines.slice(0, at).some(hasWords)) break;
      if (!/[\p{L}\p{N}]/u.test(line.text)) continue;
      // "### Cloud" inside the skills section (sections.ts): it names the group of the items under it.
      if (headingLevel(line.raw) > 0) {
        if (loose?.keywords.length) skills.push(looseGroup(loose));
        loose = { keywords: [], first: line.line, last: line.line, name: line.text };
        continue;
      }
      if (languagesUnder !== undefined && indentOf(line) > languagesUnder) continue;
      if (mixed && allSpoken(line)) continue;
      // A table's rows that one line of the page holds ("Area | Tools · Core | Go, Rust"): each row on its own.
      const rows = joinedRows(line);
      if (rows) {
        for (const i of rows.keys()) {
          const group = wholeLineGroup(rows, i);
          if (group?.keywords.length) skills.push(group);
        }
        continue;
      }
      const yaml = yamlSkill(lines, at);
      if (yaml !== undefined) {
        if (yaml) loose = addLoose(loose, [yaml], line.line);
        continue;
      }
      const whole = wholeLineGroup(lines, at);
      if (whole !== undefined) {
        if (whole?.keywords.length) skills.push(whole);
        continue;
      }
      // "DevOps" over "Docker, Kubernetes" (Awesome-CV's \cvskill, a table's cells read one a line): a label.
      if (labelsNextLine(lines, at)) continue;
      const group = opensGroup(lines, at);
      // "- Languages" over "  - French: native" lists spoken languages; over "  - Python" it is a skills group.
      const spoken = group !== undefined && listItems(group.text).some((item) => readLanguage(item) !== undefined);
      const languagesLabel = headingKind(line.text.replace(/[:：]\s*$/, '')) === 'languages';
      languagesUnder = languagesLabel && spoken ? indentOf(line) : undefined;
      if (languagesUnder !== undefined) continue;
      // A sentence of prose under a skill's name describes it; on its own, it may name the skills.
      if (/[.!]$/.test(line.text) && periodList(line.text)) {
        loose = addLoose(loose, periodItems(line.text), line.line);
        continue;
      }
      if (/[.!?]$/.test(line.text) && line.text.split(/\s+/).length > 8) {
        const prose = isBullet(line.raw) || indentOf(line) > 0 ? undefined : proseItems(line.text);
        if (prose) skills.push({ name: 'Skills', keywords: prose, lines: [line.line, line.line] });
        continue;
      }
      loose = listLine(line, group, loose, skills);
    }
    if (loose?.keywords.length) skills.push(looseGroup(loose));
  }
  return skills;
}
