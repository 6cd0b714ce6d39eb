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

/** The field a form's label names, or undefined. */
export const formField = (label: string): FormField | undefined => FORM_FIELDS.get(key(label));

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
