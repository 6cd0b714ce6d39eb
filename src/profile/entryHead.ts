/**
 * An entry's heading: which lines are heading lines (not bullets, sentences or labelled details
 * like "GPA: 3.9"), and the parts they hold once dates are cut out ("Acme Ltd | Berlin" → two).
 */
import { findDates, firstDates, withoutDates, type FoundDates } from '../text/dates.js';
import { labelledField } from './formRows.js';
import { cleanText, headingLevel, isBullet, joinedWhere } from './lines.js';
import { cityLike, isPlace, roleScore } from './roleWords.js';
import type { LineRange, ProfileLine } from './types.js';
import { DEGREES, fold, namesSchool, ROLE_LABELS, SCHOOL_COLUMNS, TITLE_WORDS } from './wordLists.js';

export interface EntryBlock {
  /** The entry's heading lines (not its bullets), in order. */
  readonly head: readonly ProfileLine[];
  readonly dates: FoundDates | undefined;
  /** The heading lines' parts with the dates cut out: "Acme Ltd | Berlin" → ["Acme Ltd", "Berlin"]. */
  readonly parts: readonly string[];
  readonly lines: LineRange;
  /** "Growth Hacker @ Zentrix", "Ingénieur chez Acme": the word between the parts says which is the title. */
  readonly titleAt?: { readonly position: string; readonly name: string };
}

/** "Relevant Coursework: …", "GPA: 3.9", "Thesis: …", "Minors: …": what an entry says, not its heading. */
const BODY_LABEL = new RegExp(
  String.raw`^(?:relevant\s+|selected\s+|final\s+|overall\s+|cum(?:ulative)?\.?\s+|major\s+|key\s+|main\s+|notable\s+|` +
    String.raw`wichtige\s+|ausgew[äa]hlte\s+|principaux\s+|principales\s+|principais\s+)?` +
    String.raw`(?:course\s*work|courses|gpa|cgpa|grade|note|nota|m[ée]dia|moyenne|calificaci[oó]n|` +
    String.raw`thesis|dissertation|minors?|majors?|` +
    String.raw`honou?rs|awards?|supervisors?|advisors?|projects?|responsibilities|achievements|tools|technologies|` +
    String.raw`tech stack|positions held|notes|mention|abschlussarbeit|schwerpunkte?|tese|tesis|memoire|` +
    // A thesis and its supervisor in German, French, Spanish and Portuguese.
    String.raw`(?:diplom|master|bachelor|doktor)arbeit|betreuer(?:in)?|th[eè]se|directeur|directrice|` +
    String.raw`tfg|tfm|trabajo de fin|director(?:a)? de tesis|disserta[cç][aã]o|orientador(?:a)?|` +
    String.raw`mémoire|tâches|aufgaben|tareas|tarefas|` +
    // What a role's lines note beside its duties: its projects, clients, tools and awards, in five languages.
    String.raw`projekte?|projets?|proyectos?|projetos?|clients?|customers|kunden|clientes|tech(?:nology)? stack|stack|` +
    String.raw`technologien|werkzeuge|tools?|environnement technique|outils|technologies|tecnolog[ií]as|herramientas|` +
    String.raw`ferramentas|auszeichnung(?:en)?|preise?|prix|distinctions?|premios?|pr[eé]mios?|reconocimientos?|` +
    String.raw`erfolge|r[ée]alisations|logros|conquistas|` +
    // Activities and terms abroad noted under a school, in five languages.
    String.raw`(?:extra-?curricular\s+)?activities|clubs|societies|study\s+abroad|exchange|nebenfach|auslandsaufenthalte?|` +
    String.raw`auslandssemester|aktivit[äa]ten|activit[ée]s|s[ée]jour|[ée]change|actividades|intercambio|atividades|` +
    String.raw`interc[âa]mbio)\b[^:]{0,20}:`,
  'iu',
);

/** "Project: Payment gateway (2017 – 2018)", "Auszeichnung: …", "Clientes: …": a labelled detail of an entry. */
export const isBodyLabel = (text: string) => BODY_LABEL.test(text);

/**
 * What may stand before dates that open a heading line: a bracket, or an icon read as a letter
 * ("z July 2012 – Ongoing" in a PDF). Such a line is a heading even in small letters ("juil. 2021 –
 * aujourd'hui", "seit 2019", "(03.2019 – 06.2021)").
 */
const BEFORE_DATES = /^[\s([]*(?:\S{1,2}\s)?$/u;

export function datesFirst(text: string): boolean {
  const first = findDates(text)[0];
  return first !== undefined && BEFORE_DATES.test(text.slice(0, first.index));
}

/** Degree words that also name a role or a rank: "Post-Doctoral Researcher", "Associate Professor", "Board member". */
const ROLE_TOO = new Set(['doctoral', 'graduate', 'undergraduate', 'postgraduate', 'associate', 'board', 'fellowship']);

/** "MSc", "Bachelor of Arts", "B.E.": a degree word written with a capital ("to be" in a sentence names none). */
function namesCapitalDegree(text: string): boolean {
  const folded = fold(text);
  const sameLength = folded.length === text.length;
  for (const match of folded.matchAll(DEGREES)) {
    if (ROLE_TOO.has(match[0]) || folded[match.index - 1] === '-') continue;
    if (!sameLength || /\p{Lu}/u.test(text[match.index]!)) return true;
  }
  return false;
}

/** A school's degree, its name and its dates on one line. */
const schoolEntry = (text: string) =>
  // "Cambridge, MA": a state's code after a comma is a place, not a Master of Arts.
  namesSchool(text) &&
  findDates(text).length > 0 &&
  namesCapitalDegree(text.replace(/,\s*\p{Lu}{2}(?!\p{L})/gu, ',')) &&
  // It opens with the school or the degree: a role's line may name a school further on.
  [namesSchool, namesCapitalDegree].some((names) => names(commaParts(partsOf(text))[0] ?? ''));

/** A degree with its subject and minor, no sentence: "Bachelor of Science in X, Minor in Y". */
const longDegree = (field: string) =>
  field.split(/\s+/).length <= 16 && !/[.!?]$/.test(field) && namesCapitalDegree(field.split(/[,(]/)[0]!);

/**
 * A converted LaTeX entry keeps its fields on one line joined by " · " (`\cventry{dates}{title}{employer}
 * {city}{grade}{description}`): the fields before the first one that is a sentence or a note are its heading.
 */
export function headFields(text: string): string {
  const fields = text.split(' · ');
  // A table cell's paragraphs are joined so too ("Senior Accountant, Moorfield Bank · Prepared the
  // group accounts."): a duty sentence after the cell's first paragraph is no part of the heading.
  if (fields.length === 2) return isDutySentence(fields[1]!.trim()) ? fields[0]! : text;
  if (fields.length < 3) return text;
  // A note ("Grade: 1.3", "Thesis: …") or a sentence ends the heading; a long degree does not
  // ("Bachelor of Arts in Computer Science, Minor in Business"). So does an item of the entry's
  // list ("- Built the API", an `itemize` in its last argument) or a description of two words or
  // more ending in a full stop after a word in small letters ("PLC programming."), as no name ends.
  const sentenceAt = fields.findIndex(
    (field, i) =>
      i >= 2 &&
      (BODY_LABEL.test(field) ||
        /^[-•*]\s/u.test(field) ||
        /\s\p{Ll}{4,}[.!]$/u.test(field) ||
        // "Betreuung von 400 Arbeitsplätzen.": German capitalises the noun a duty ends with.
        isShortSentence(field) ||
        (field.split(/\s+/).length > 8 && !longDegree(field))),
  );
  return sentenceAt < 0 ? text : fields.slice(0, sentenceAt).join(' · ');
}

/** A page's footer ("© 2016 Jane Doe", "Powered by Jekyll", "Last updated May 2021") is no entry. */
const FOOTER = /©|\(c\)\s*\d{4}|\b(?:copyright|powered by|built with|made with|last updated|zuletzt aktualisiert)\b/iu;

/** A heading line of an entry: not a bullet, not a sentence, not a paragraph, not a labelled detail. */
export function isHeadLine(line: ProfileLine): boolean {
  const text = headFields(line.text);
  if (!text || isBullet(line.raw) || BODY_LABEL.test(text) || FOOTER.test(text)) return false;
  // A school's whole entry on one line (degree, school, place, dates, grade) runs longer than a role's heading.
  // So does an academic's post: "2014–2019 | Research Fellow, Department of X, University of Y".
  if (text.length > 110 && !(text.length <= 180 && (schoolEntry(text) || datedNames(text)))) return false;
  // A wrapped bullet goes on in small letters; a sentence ends in a full stop after a few words.
  const small = /^[\p{Ll}(]/u.test(text) && headingLevel(line.raw) === 0;
  if (small && !datesFirst(text)) return false;
  if (findDates(text).length > 0) return true;
  // "Platform architecture for payments.": a few words ending in a full stop after a word in small
  // letters say what a role did; a heading's last word is a name ("Acme Corp.", "Ltda.").
  if (SMALL_LAST_WORD.test(text) && text.split(/\s+/).length >= 3) return false;
  return !/[.!?]$/.test(text) || endsInLegalForm(text) || text.split(/\s+/).length < 5;
}

const SMALL_LAST_WORD = /\s\p{Ll}{3,}[.!]$/u;

/** Dates and names set apart by commas or bars, each a capital first, a few words, no full stop: a long role heading. */
function datedNames(text: string): boolean {
  if (findDates(text).length === 0 || /[.!?;]$/.test(text)) return false;
  const pieces = withoutDates(text)
    .split(/\s*[,|]\s*/)
    .map((p) => p.replace(/^[\s–—:-]+|[\s–—:-]+$/g, ''))
    .filter((p) => /\p{L}/u.test(p));
  return pieces.length >= 2 && pieces.every((p) => /^[\p{Lu}\p{N}]/u.test(p) && p.split(/\s+/).length <= 10);
}

/**
 * A company's legal form, written with full stops: "S.A.", "Ltda.", "Inc.", "S.A. de C.V.", "GmbH".
 * A full stop after one ends no sentence: "Analista de datos — Grupo Almenara S.A." is a heading.
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  (
    'inc ltd ltda lda llc llp plc corp co cie gmbh ggmbh ag kg kgaa ug sa sas sarl sl slu sau srl spa ' +
    'bv nv se cv pty oy ab eireli'
  ).split(' '),
);
/** "Contrôle qualité.", "Did the work.": a full stop after a small letter, no company's form before it. */
export const endsInFullStop = (text: string) => /\p{Ll}[.!]$/u.test(text) && !endsInLegalForm(text);

function endsInLegalForm(text: string): boolean {
  const last = /(?:^|\s)(\p{Lu}[\p{L}.]*)\.$/u.exec(text)?.[1];
  return last !== undefined && LEGAL_FORMS.has(fold(last.replace(/\./g, '')));
}

/**
 * "at the University of X", "bei der Stadtwerke Y", "chez l'Atelier Z": an article between "at" and
 * the employer's name goes with the "at".
 */
const AT_ARTICLE = String.raw`(?:(?:the|der|dem|den|la|le|les)\s+|l['’])?`;

/** Separators between the parts of a heading line: "Engineer | Acme", "Engineer — Acme", "Engineer at Acme". */
const PART_SPLIT = new RegExp(
  String.raw`\s+[|—–·•]\s+|\s*\|\s*|\s+-\s+|\s{3,}|\t+|\s+(?:at|@|bei|chez)\s+${AT_ARTICLE}(?=\p{Lu}|\d)`,
  'u',
);

/** "(expected)" beside dates says when, not what: it goes with them. */
const EXPECTED =
  /\(\s*(?:expected|anticipated|voraussichtlich|prévu|prevu|previsto|prevista|esperado|in progress)\s*\)/giu;

/**
 * "(2 years 3 months)", "· 2 yrs 3 mos", "(1 Jahr 5 Monate)", "(8 mois)": how long a role lasted, as
 * LinkedIn writes it after the dates and above roles grouped under one employer. It names no part.
 */
const DURATION = new RegExp(
  String.raw`[(·]?\s*(?:less than a year|weniger als ein jahr|moins d['’]un an|menos de un año|menos de um ano|` +
    String.raw`(?:\d{1,2}\+?\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses|mes|anos?|mês)` +
    String.raw`(?!\p{L})\s*(?:,|and|und|et|y|e)?\s*){1,2})\s*\)?`,
  'giu',
);

/** "2 years 1 month", "1 yr 4 mos", "2 Jahre 1 Monat" alone on a line: how long one employer's grouped roles lasted. */
export const isBareDuration = (text: string) =>
  /\d/.test(text) && findDates(text).length === 0 && text.replace(DURATION, '').trim() === '';

/**
 * What is left between or before two dates cut out ("2019 and 2020", "2018 bis 2020", "de 2017 a
 * 2024", "von 2015 bis 2019"): no part of the entry.
 */
const CONNECTOR =
  /^(?:and|und|et|y|e|or|oder|ou|o|to|bis|au|à|a|al|hasta|até|&|from|von|vom|seit|since|de|du|desde|depuis|da|dal)$/iu;

export function partsOf(text: string): string[] {
  // Real gaps are " | " by now (gapped): the spaces left where dates were cut out are not gaps.
  return withoutDates(text)
    .replace(EXPECTED, ' ')
    .replace(DURATION, ' ')
    .replace(/\s{2,}/g, ' ')
    .split(PART_SPLIT)
    .map((part) =>
      part
        // "Title · Sep 2020 – Feb 2023 · Acme": a separator left alone where the dates were cut out goes too.
        .replace(/^[\s,;:()[\]–—·•-]+|[\s,;:([–—·•-]+$/g, '')
        .replace(/\(\s*\)/g, '')
        .trim(),
    )
    .filter((part) => /\p{L}/u.test(part) && !CONNECTOR.test(part));
}

/**
 * "**Acme Corp** *Software Engineer*": a heading line opening with bold text that goes on with a
 * capitalised word holds two fields only the type sets apart (as html.ts keeps them in a DOCX).
 */
const BOLD_FIELD = /^(\s*(?:#{1,6}\s+)?)(\*\*|__)([^*_]*[^\s*_:.,;|–—·-])\2\s+(?=[*_]{0,2}[\p{Lu}\p{N}])/u;

/** A line's text with the gaps of a PDF or plain-text layout (a tab, three spaces) kept as separators. */
function gapped(line: ProfileLine): string {
  return cleanText(
    headFields(line.raw)
      .replace(/(?<=\S)(?:\t|\s{3,})(?=\S)/g, ' | ')
      .replace(BOLD_FIELD, '$1$2$3$2 | '),
  );
}

/** A single part holding commas is the whole entry on one line: "MSc in Physics, Uni Bonn" → its pieces. */
function commaParts(parts: string[]): string[] {
  if (parts.length !== 1 || !parts[0]!.includes(', ')) return parts;
  const pieces = parts[0]!.split(/,\s+(?![^()]*\))/).map((p) => p.trim());
  if (!pieces.every((p) => /\p{L}/u.test(p))) return parts;
  // "Truso, Pune, India": the place after the name stays one piece.
  const placeAt = pieces.findIndex((_, i) => i > 0 && isPlace(pieces.slice(i).join(', ')));
  return placeAt > 0 ? [...pieces.slice(0, placeAt), pieces.slice(placeAt).join(', ')] : pieces;
}

/** "Bachelor of Arts in History, University of Eastbrook": names set apart by commas, each a capital first, no full stop. */
function namedParts(text: string): boolean {
  const pieces = text.split(/,\s+/);
  return (
    pieces.length >= 2 &&
    !/\.$/.test(text) &&
    pieces.every((p) => /^[\p{Lu}\p{N}]/u.test(p) && p.split(/\s+/).length <= 6)
  );
}

/**
 * "Built the ledger service.", "Pflege des ERP-Systems.": three or more words ending in a full stop,
 * the last no abbreviation of a company's form ("Acme Holdings Inc.", "Obras Sul Ltda.").
 */
const SHORT_SENTENCE = /^\p{Lu}\p{Ll}*\s+\S+\s.*?\p{Ll}{3}[.!]$/u;
const isShortSentence = (text: string) => SHORT_SENTENCE.test(text) && !endsInLegalForm(text);

/** "Implantação do ERP.", "Prepared the group accounts.": three words or more and a full stop, no company's form. */
const isDutySentence = (text: string) =>
  isShortSentence(text) || (/[.!]$/.test(text) && text.split(/\s+/).length >= 3 && !endsInLegalForm(text));

/** After the entry's dates, a heading-shaped line of many words, or a sentence, is what the role did. */
function headOnly(head: readonly ProfileLine[]): readonly ProfileLine[] {
  const datedAt = head.findIndex((l) => findDates(l.text).length > 0);
  if (datedAt < 0) return head;
  const sentenceAt = head.findIndex(
    (l, i) =>
      i > datedAt &&
      // "Bachelor of Engineering in X          CGPA: 8.1/10": a PDF's gap sets the line's parts apart too.
      !PART_SPLIT.test(gapped(l)) &&
      (l.text.split(/\s+/).length > 6 || isShortSentence(l.text)) &&
      !namedParts(l.text) &&
      !labelledField(l.text),
  );
  return sentenceAt < 0 ? head : head.slice(0, sentenceAt);
}

/**
 * "Jan 2019 –" over "Present": a range that a narrow column or a template's line break cut in two
 * goes on on the next line, which holds no dates of its own then.
 */
const OPEN_DASH = /[\p{L}\p{N}.]\s*[–—−-]{1,2}\s*$/u;

export function rangeGoesOn(prev: ProfileLine | undefined): boolean {
  return prev !== undefined && OPEN_DASH.test(prev.text) && findDates(prev.text).length > 0;
}

/** "…; University of" / "HomeTown": a name cut after the word that joins it to the rest of it. */
const WRAPPED_NAME = /\s(?:of|for|and|&|de|des|du|der|f[üu]r|und|del|do|da|dos)$/u;

/**
 * "Buchhalterin bei Förde Reederei" / "GmbH, Kiel", "… | Mar" / "2021 – Dez 2021": a PDF's narrow
 * cell wraps a name before its legal form, or a date between its month and its year; the next line
 * goes on with the line before it then.
 */
const STARTS_LEGAL_FORM = /^(\p{L}[\p{L}.]{0,5})(?=[\s,]|$)/u;
function cutMidway(prev: ProfileLine, line: ProfileLine): boolean {
  const first = STARTS_LEGAL_FORM.exec(line.text)?.[1];
  return (
    (first !== undefined && /\p{Lu}/u.test(first) && LEGAL_FORMS.has(fold(first.replace(/\./g, '')))) ||
    dateCutAcross(prev, line)
  );
}

/**
 * "… | Mar" over "2021 – Dez 2021": a month at the end of one line whose year opens the next; or
 * "…, 2016–" over "2017", "Marzo 2016 hasta la" over "actualidad": a range cut after its dash or its word.
 */
export function dateCutAcross(prev: ProfileLine, line: ProfileLine): boolean {
  if (line.text.length <= 40 && rangeCut(prev.text, line.text)) return true;
  if (!/^\d{4}\b/.test(line.text)) return false;
  const month = /(?:^|\s)(\p{L}{3,9}\.?)$/u.exec(prev.text)?.[1];
  return month !== undefined && findDates(`${month} ${line.text}`)[0]?.index === 0 && findDates(month).length === 0;
}

/** The last dates of `prev` end a range only once the start of `next` is read with them. */
function rangeCut(prev: string, next: string): boolean {
  const before = findDates(prev).at(-1);
  if (!before || before.end || (before.open && !/[–—−-]\s*$/.test(prev))) return false;
  const tail = prev.slice(before.index);
  const after = findDates(`${tail} ${next}`)[0];
  return after?.index === 0 && after.length > tail.length + 1 && (after.end !== undefined || after.open);
}

/**
 * "Steuerfachangestellte bei Kanzlei" / "Brodersen & Partner, Flensburg": a heading line naming its
 * employer after "at" / "bei" / "chez" goes on on the next line when that one holds no dates, no
 * title and no place of its own.
 */
function employerGoesOn(prev: ProfileLine, line: ProfileLine): boolean {
  if (!AT_TAIL.test(prev.text) || findDates(line.text).length > 0) return false;
  const text = line.text.trim();
  // A title seldom carries its place after a comma: "Brodersen & Partner, Flensburg" is a firm's name.
  const titled = roleScore(text, TITLE_WORDS) > 0 && !text.includes(',');
  return (
    /^\p{Lu}/u.test(text) &&
    text.split(/\s+/).length <= 6 &&
    !isPlace(text) &&
    !titled &&
    !isPlace(text.split(',')[0]!.trim())
  );
}
const AT_TAIL = /\s(?:at|bei|chez)\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)?$/u;

/**
 * A heading line ending in a comma was wrapped: it goes on on the next line ("Acme (Oakland)," / "Initech");
 * so does a range ending in a dash.
 */
function unwrapped(head: readonly ProfileLine[]): ProfileLine[] {
  return joinedWhere(
    head,
    (prev, line) =>
      cutMidway(prev, line) ||
      employerGoesOn(prev, line) ||
      /,\s*$/.test(prev.raw) ||
      WRAPPED_NAME.test(prev.text) ||
      rangeGoesOn(prev),
  );
}

/** "Title at (the) Employer", "Title @ Employer", "Titel bei Firma", "Poste chez Société": the title comes first. */
const AT = new RegExp(String.raw`\s+(?:at|@|bei|chez)\s+${AT_ARTICLE}(?=\p{Lu}|\d)`, 'u');

function titleAt(head: readonly ProfileLine[]): EntryBlock['titleAt'] {
  for (const line of head) {
    const text = gapped(line);
    const at = AT.exec(text);
    if (!at) continue;
    const position = partsOf(text.slice(0, at.index)).at(-1);
    const name = partsOf(text.slice(at.index + at[0].length))[0];
    return position && name ? { position, name } : undefined;
  }
  return undefined;
}

/**
 * "Zeitraum: Tätigkeit", "Period | Position": a table's header row (a two-column one reads as a
 * label and its value) names the columns of the rows under it, not a part of the first entry.
 */
function namesColumns(part: string): boolean {
  const cells = part.split(/\s*[:|]\s*/);
  return cells.length >= 2 && cells.every(isColumnLabel);
}

const isColumnLabel = (cell: string) => {
  const key = fold(cell).replace(/\s+/g, ' ').trim();
  return ROLE_LABELS.has(key) || SCHOOL_COLUMNS.has(key);
};

/** "Degree     Institute     Year     CGPA": a plain-text table's head row, its cells set apart by gaps. */
const columnRow = (line: ProfileLine) => {
  const cells = partsOf(gapped(line));
  return cells.length >= 2 && findDates(line.text).length === 0 && cells.every(isColumnLabel);
};

/**
 * Jake's résumé and the tables like it set an entry in two rows of two columns, the right one
 * aligned to the margin: "Data Engineer | May 2019 – 2021" over "Harwick Labs | Glassbrook", or
 * "Harwick Labs | Glassbrook" over "Data Engineer | May 2019 – 2021". The right column of the row
 * without the dates holds the place; a town there goes with the name beside it, as "Harwick Labs,
 * Glassbrook" would (a place goes with the employer, or the school). Left alone when both rows'
 * names hold a title word (the place beside one tells them apart already: "Consultora Olmedo |
 * Lisbon" over "Consultora | 2018 – 2021"), and for rows of other shapes.
 */
function rowsWithPlace(head: readonly ProfileLine[]): string[] {
  const lines = head.map(gapped);
  // One line of the file can hold both rows, set apart as blocks: "Caviste | 2020 – now · Vignes Lirette | Paimpol".
  const blocks = lines.length === 1 ? lines[0]!.split(/\s+·\s+/) : [];
  const rows = blocks.length === 2 && blocks.every((b) => b.split('|').length === 2) ? blocks : lines;
  if (rows.length !== 2) return lines;
  // A column's gap or mark, not a dash (a range of dates holds one).
  const cells = rows.map((row) => row.split(/\s+[·•]\s+|\s*\|\s*|\s{3,}|\t+/u).map((cell) => cell.trim()));
  if (cells.some((c) => c.length !== 2 || c.some((cell) => cell === ''))) return lines;
  const dated = cells.map((c) => findDates(c[1]!).length > 0 && partsOf(c[1]!).length === 0);
  if (dated.filter(Boolean).length !== 1) return lines;
  const at = dated.indexOf(false);
  const [name, town] = cells[at] as [string, string];
  const titled = (cell: string) => roleScore(cell, TITLE_WORDS) > 0;
  if (findDates(name).length > 0 || !cityLike(town) || isPlace(town) || titled(town)) return lines;
  if (titled(name) && titled(cells[1 - at]![0]!)) return lines;
  return rows.map((row, i) => (i === at ? `${name}, ${town}` : row));
}

export function block(lines: readonly ProfileLine[], all: readonly ProfileLine[]): EntryBlock {
  const head = unwrapped(headOnly(lines.filter((l) => !columnRow(l))));
  const joined = head.map((l) => l.text).join(' | ');
  const dates = firstDates(joined);
  const parts = commaParts(
    rowsWithPlace(head)
      .flatMap(partsOf)
      .filter((part) => !namesColumns(part)),
  );
  const pair = titleAt(head);
  return { head, dates, parts, lines: [all[0]!.line, all.at(-1)!.line], ...(pair ? { titleAt: pair } : {}) };
}
