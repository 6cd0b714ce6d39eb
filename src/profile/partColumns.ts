/**
 * Entries written by one template keep each field in one place: a LaTeX macro's arguments
 * (`\resumeSubheading{Acme}{Leeds}{Engineer}{2019 – 2021}`), a table's cells, a line's parts set apart
 * the same way ("Barista · Kettle Yard Coffee · 2021 – now"). Where a word tells one entry's title
 * or employer (engineer, GmbH), the entries no word tells ("Growth Hacker", "Quant", a town no list
 * holds) take their fields from the same places. When no role in the section is told by a word,
 * the CV's schools written the same way tell them: the place of the degree is the place of the
 * title, the place of the school that of the employer (a template writes both kinds of entry alike).
 */
import { withoutDates } from '../text/dates.js';
import { bracketPieces } from './bracketParts.js';
import { type EntryBlock, entryBlocks } from './entries.js';
import { cityLike, isPlace, roleScore as score } from './roleWords.js';
import type { Section } from './sections.js';
import { namesDegree, namesSchool, ORGANISATION_WORDS, TITLE_WORDS } from './wordLists.js';

export interface SortedRole {
  readonly name?: string;
  readonly position?: string;
  readonly location?: string;
}

/** Where the title and the employer stand among an entry's parts. */
export interface Columns {
  readonly title: number;
  readonly employer: number;
}

/**
 * Whether words tell this entry's title and employer (not the order of its parts alone): an "at"
 * between them, a title word in the title, or an organisation word in the employer when no other
 * part (but its place) is left to be the title.
 */
function told(parts: readonly string[], role: SortedRole, atWord: boolean): boolean {
  if (!role.position || !role.name) return false;
  if (atWord || score(role.position, TITLE_WORDS) > score(role.name, TITLE_WORDS)) return true;
  const left = parts.filter((p) => p !== role.position && p !== role.location && !p.startsWith(role.name!));
  return left.length === 0 && score(role.name, ORGANISATION_WORDS) > score(role.position, ORGANISATION_WORDS);
}

/** The columns of a told entry: where its title and its employer (maybe with its place cut off) stand. */
function columnsOf(parts: readonly string[], role: SortedRole): Columns | undefined {
  const title = parts.indexOf(role.position!);
  const employer = parts.findIndex((p, i) => i !== title && p.startsWith(role.name!));
  return title >= 0 && employer >= 0 ? { title, employer } : undefined;
}

/** The one set of columns all `found` agree on, or undefined when they disagree or none is found. */
function agreed(found: readonly (Columns | undefined)[]): Columns | undefined {
  const known = found.filter((c): c is Columns => c !== undefined);
  const first = known[0];
  if (!first || known.some((c) => c.title !== first.title || c.employer !== first.employer)) return undefined;
  return first;
}

/**
 * How an entry's heading is written, its words aside: which marks set its parts apart or dress them
 * ("|", ",", "(", "**", "#"…). A line break and " · " (how a converter sets a macro's arguments or
 * a block's fields apart) are no mark: the same template breaks a long entry where a short one
 * stays on one line. A school written with the same marks as a role was written by the same template.
 */
export function shapeOf(entry: EntryBlock): string {
  const marks = new Set<string>();
  for (const line of entry.head) for (const mark of withoutDates(line.raw).match(SHAPE_MARKS) ?? []) marks.add(mark);
  return [...marks].sort().join('');
}
const SHAPE_MARKS = /[|•,;:()*_#—–\t]/gu;

/**
 * Where the `schools` written in `width` parts and in `shape` put the degree and the school: the
 * columns a role of that width has its title and employer in, if every such school agrees.
 */
function schoolColumns(schools: readonly EntryBlock[], width: number, shape: string): Columns | undefined {
  const found: Columns[] = [];
  for (const entry of schools) {
    // "BSc Physics (Lakemont University)": a school in brackets is a part of its own, as an employer is.
    const parts = entry.parts.flatMap((p) => bracketPieces(p) ?? [p]);
    if (parts.length !== width || shapeOf(entry) !== shape) continue;
    const title = parts.findIndex((p) => namesDegree(p) && !namesSchool(p));
    const employer = parts.findIndex((p) => namesSchool(p) && !namesDegree(p));
    if (title >= 0 && employer >= 0) found.push({ title, employer });
  }
  return agreed(found);
}

/** The entries of the CV's education sections. */
const schoolEntries = (sections: readonly Section[]) =>
  sections.filter((section) => section.kind === 'education').flatMap((section) => entryBlocks(section.lines));

/**
 * `sorted` with each entry no word tells read from the columns the told entries of the same width
 * (or else the CV's schools) agree on. `parts` are the parts each entry was sorted from; `atWord`
 * whether an "at" between its parts told it; `withoutPlace` cuts a place off an employer's name.
 */
export function columnOrdered<T extends SortedRole>(
  entries: readonly EntryBlock[],
  parts: readonly (readonly string[])[],
  sorted: readonly T[],
  atWord: readonly boolean[],
  sections: readonly Section[],
  withoutPlace: (name: string) => string,
): T[] {
  const isTold = sorted.map((role, i) => told(parts[i]!, role, atWord[i]!));
  if (isTold.every(Boolean)) return sorted.slice();
  const shapes = entries.map(shapeOf);
  const known = new Map<string, Columns | undefined>();
  let schools: readonly EntryBlock[] | undefined;
  const columnsFor = (width: number, shape: string): Columns | undefined => {
    const key = `${width}\u0000${shape}`;
    if (known.has(key)) return known.get(key);
    const alike = (i: number) => parts[i]!.length === width && shapes[i] === shape;
    const same = parts.map((p, i) => (alike(i) && isTold[i] ? columnsOf(p, sorted[i]!) : undefined));
    const anyTold = parts.some((_, i) => alike(i) && isTold[i]);
    // Told entries that disagree leave the others as they are; with none told, the schools decide.
    schools ??= anyTold ? undefined : schoolEntries(sections);
    const columns = anyTold ? agreed(same) : schoolColumns(schools ?? [], width, shape);
    known.set(key, columns);
    return columns;
  };
  /**
   * The entry's parts and the columns they are read by: as they are, or with a part holding commas
   * or a bracket spread ("Kettle Yard Coffee, Halvard" read as a place, "Barista (Kettle Yard
   * Coffee)"), or one part longer than the entries that
   * tell the columns when that part is a place written after the fields.
   */
  const layoutOf = (own: readonly string[], shape: string) => {
    const spread = own.flatMap((p) => bracketPieces(p) ?? p.split(/,\s+(?![^()]*\))/));
    const tries = spread.length > own.length && spread.every(isField) ? [own, spread] : [own];
    for (const t of tries) {
      if (t.length < 2 || t.length > 4) continue;
      const columns = columnsFor(t.length, shape);
      if (columns) return { own: t, columns };
      const last = t.at(-1)!;
      const shorter = t.length >= 3 && (isPlace(last) || cityLike(last)) ? columnsFor(t.length - 1, shape) : undefined;
      if (shorter) return { own: t, columns: shorter };
    }
    return undefined;
  };
  return sorted.map((role, i) => {
    if (isTold[i]) return role;
    const layout = layoutOf(parts[i]!, shapes[i]!);
    if (!layout || layout.columns.title === layout.columns.employer) return role;
    const { own, columns } = layout;
    const position = own[columns.title]!;
    // "Tallow & Finch | Remote" over "Quant": a place is never the title, whatever column it stands in.
    if (isPlace(position) && !isPlace(role.position ?? '')) return role;
    const name = withoutPlace(own[columns.employer]!);
    if (position === role.position && name === role.name) return role;
    // The place the entry's sorting found stays only when it holds neither the title nor the employer.
    const { location, ...rest } = role;
    const keep = location !== undefined && !location.includes(position) && !location.includes(name);
    return { ...rest, position, name, ...(keep ? { location } : {}) } as T;
  });
}

/** A piece of a part spread on its commas that can be a field: a name, not a legal form ("Inc.", "S.A."). */
const isField = (piece: string) =>
  /^[\p{Lu}\p{N}]/u.test(piece) && !/^(?:inc|ltd|llc|gmbh|s\.?a|s\.?l|ltda|co|corp|plc|ag)\.?$/iu.test(piece);
