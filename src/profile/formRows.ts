/**
 * Form-style CVs, the Europass template above all: each field's label in a left column and its
 * value beside it ("Dates | 03/2019 – present", "Occupation or position held | Engineer", "Mother
 * tongue(s) | German"), read from a DOCX or HTML table as "Label | value". A row whose first cell
 * is a known label reads as "Label: value" (entryLayouts.ts cuts a run of them into entries).
 * Labels in five languages are data (words/forms.json).
 */
import { remembered } from '../caches.js';
import { sectionOfHeading } from '../text/sectionHeadings.js';
import forms from './words/forms.json' with { type: 'json' };
import { fold, NAME_LABELS, ROLE_LABELS, SCHOOL_COLUMNS } from './wordLists.js';

export type FormField =
  | 'employer'
  | 'title'
  | 'dates'
  | 'duties'
  | 'degree'
  | 'school'
  | 'languages'
  | 'skills'
  | 'name';

const key = (label: string) => fold(label).replace(/\s+/g, ' ').trim();

const FORM_FIELDS: ReadonlyMap<string, FormField> = new Map<string, FormField>([
  ...(['duties', 'degree', 'school', 'languages', 'skills', 'employer', 'title', 'dates'] as const).flatMap((field) =>
    forms[field].map((label) => [key(label), field] as const),
  ),
  ...ROLE_LABELS,
  ...NAME_LABELS.map((label) => [label, 'name'] as const),
]);

/** Labels of four words or more: a form's own wording, which people cut short ("Nombre y dirección de la empresa"). */
const CUTTABLE = [...FORM_FIELDS.keys()].filter((label) => label.split(' ').length >= 5);
/** A cut label keeps this many of its words at least, and this share of them. */
const CUT_MIN_WORDS = 4;
const CUT_MIN_SHARE = 0.6;

/**
 * The field of a known label `label` is the first words of: "Nom et type de l'établissement
 * d'enseignement" for the form's "… ou de formation". Only long labels are cut so, and only by a few words.
 */
function cutLabelField(label: string): FormField | undefined {
  const words = label.split(' ');
  if (words.length < CUT_MIN_WORDS) return undefined;
  const whole = CUTTABLE.find(
    (known) => known.startsWith(`${label} `) && words.length >= CUT_MIN_SHARE * known.split(' ').length,
  );
  return whole === undefined ? undefined : FORM_FIELDS.get(whole);
}

/** The field a form's label names, or undefined. */
export const formField = (label: string): FormField | undefined => {
  const folded = key(label);
  return FORM_FIELDS.get(folded) ?? cutLabelField(folded);
};

const TWO_CELLS = /^\s*(\|\s*)?([^|:：]{2,90}?)\s*\|\s+([^|]+?)\s*(?:\|\s*)?$/u;

/** "Dates        03/2019 – present": a plain-text form, the label set apart by a wide gap. */
const GAP_CELLS = /^\s*(\p{L}[^|:：\t]{1,89}?)(?:\t+|\s{3,})(\S.*?)\s*$/u;

/** A row's label cell names a list: a form's field, or a skills or languages heading ("| **Languages** | …"). */
function listLabel(label: string): boolean {
  const section = sectionOfHeading(label);
  return formField(label) !== undefined || section === 'skills' || section === 'languages';
}

/**
 * "Dates | 2019 – 2021", "| **Languages** | English, German |" (a table row of two cells) →
 * "Dates: 2019 – 2021" when the first cell is a form's label or names a list.
 */
export function formRow(raw: string): string | undefined {
  const gap = GAP_CELLS.exec(raw);
  if (gap) return formField(gap[1]!) && !headRow(raw) ? `${gap[1]!.trim()}: ${gap[2]}` : undefined;
  const cells = TWO_CELLS.exec(raw);
  if (!cells) return undefined;
  const label = cells[2]!.replace(/\*\*|__/g, '').trim();
  // A Markdown row (leading pipe) names a list; a converted document's row may be any form field.
  const known = cells[1]
    ? sectionOfHeading(label) === 'skills' || sectionOfHeading(label) === 'languages'
    : listLabel(label);
  return known ? `${label}: ${cells[3]}` : undefined;
}

/** "Zeitraum   Abschluss   Hochschule": every cell names a column; the row is a table's head, no label and value. */
function headRow(raw: string): boolean {
  const cells = raw.trim().split(/\t+|\s{3,}/);
  return cells.length >= 3 && cells.every((cell) => ROLE_LABELS.has(key(cell)) || SCHOOL_COLUMNS.has(key(cell)));
}

const LABELLED = /^([^:：]{2,90}?)\s*[:：]\s*(.*)$/u;

/**
 * Labels of several words, longest first: a PDF row "Mother tongue(s) Italian" keeps no colon or
 * gap between label and value, and only a label of two words or more is told apart from text.
 */
const LONG_LABELS = [...FORM_FIELDS.keys()].filter((label) => label.includes(' ')).sort((a, b) => b.length - a.length);

/** LONG_LABELS by their first word, longest first still: a line is compared only with labels it could start with. */
const LONG_LABELS_BY_FIRST_WORD = new Map<string, string[]>();
for (const label of LONG_LABELS) {
  const first = label.slice(0, label.indexOf(' '));
  LONG_LABELS_BY_FIRST_WORD.set(first, [...(LONG_LABELS_BY_FIRST_WORD.get(first) ?? []), label]);
}

/** A "Label: value" line's field and value, when its label is a form's. */
export function labelledField(text: string): Readonly<{ field: FormField; value: string }> | undefined {
  const found = knownFields(text);
  return found === NO_FIELD ? undefined : found;
}

const NO_FIELD = { field: 'name', value: '' } as const;

/**
 * labelledField per line text, remembered: several readers ask it of every line of a profile
 * (sections, languages, skills, entries), and folding the line is most of its cost.
 */
const knownFields = remembered(4_096, (text) => readLabelledField(text) ?? NO_FIELD);

function readLabelledField(text: string): { field: FormField; value: string } | undefined {
  const match = LABELLED.exec(text);
  const field = match ? formField(match[1]!) : undefined;
  if (field) return { field, value: match![2]!.trim() };
  if (!/^\p{L}[\p{L}()]*\s/u.test(text)) return undefined;
  const folded = key(text);
  const candidates = LONG_LABELS_BY_FIRST_WORD.get(folded.slice(0, folded.indexOf(' ')));
  const label = candidates?.find((l) => folded.startsWith(`${l} `));
  return label ? { field: FORM_FIELDS.get(label)!, value: text.slice(label.length).trim() } : undefined;
}

/** "Inc", "GmbH", "S.A.": a legal form after a comma is still the organisation's name. */
const LEGAL_FORM =
  /^(?:inc|ltd|llc|llp|plc|gmbh|ag|kg|se|sa|s\.a\.|sas|sarl|s\.l\.|sl|srl|lda|ltda|bv|nv|co|corp)\.?$/iu;

/** "Acme Ltd, 12 Mill Road, Leeds (UK)": a form's "name and address" value; the name, its address dropped. */
export function withoutAddress(value: string): string {
  const pieces = value.split(/\s*,\s*/);
  const end = pieces.findIndex((piece, i) => i > 0 && !LEGAL_FORM.test(piece));
  return (end < 0 ? pieces : pieces.slice(0, end)).join(', ').trim();
}

/**
 * A form's label wrapped in its narrow column of a PDF: "Profesión o cargo Desarrollador web" over
 * "desempeñado", the label's first words on the value's row and the rest on the rows under it, alone.
 * The number of rows under `lines[at]` that finish a known label its text begins with, and the line
 * read whole ("Profesión o cargo desempeñado: Desarrollador web"); undefined when it is no such start.
 */
export function wrappedLabel(lines: readonly string[], at: number): { rows: number; text: string } | undefined {
  const text = lines[at]!;
  if (!/^\p{L}/u.test(text) || text.includes(':')) return undefined;
  const words = text.trim().split(/\s+/);
  const first = key(words[0]!);
  for (const label of LONG_LABELS_BY_FIRST_WORD.get(first) ?? []) {
    const labelWords = label.split(' ');
    // The label's words on the first row: some, not all, and the same as the row's first words.
    for (let n = labelWords.length - 1; n >= 1; n--) {
      if (words.length <= n || key(words.slice(0, n).join(' ')) !== labelWords.slice(0, n).join(' ')) continue;
      let rest = labelWords.slice(n).join(' ');
      for (let rows = 1; at + rows < lines.length && rows <= 3; rows++) {
        const below = key(lines[at + rows]!.trim());
        if (!below || !(rest === below || rest.startsWith(`${below} `))) break;
        rest = rest.slice(below.length).trim();
        if (rest) continue;
        const label = [...words.slice(0, n), ...lines.slice(at + 1, at + rows + 1).map((l) => l.trim())].join(' ');
        return { rows, text: `${label}: ${words.slice(n).join(' ')}` };
      }
    }
  }
  return undefined;
}
