/**
 * Roles from a CV's experience sections: each entry's parts sorted into the position (a part
 * holding a title word: engineer, Entwickler, ingénieur, ingeniero, engenheiro…), the employer (a
 * part holding an organisation word, else the first other part) and the place ("Berlin, Germany",
 * "Remote"). Title and organisation words are data (words/roles.json).
 */
import { type EntryBlock, entryBlocks, entryDates } from './entries.js';
import type { Section } from './sections.js';
import type { WorkEntry } from './types.js';
import { cityLike, isPlace, PLACE_WORD, roleScore as score } from './roleWords.js';
import { formField, withoutAddress } from './formRows.js';
import { yamlRecords } from './yamlRecords.js';
import { columnOrdered } from './partColumns.js';
import { atWordSplit } from './atWords.js';
import { titledBracket, withoutDescriptor } from './bracketParts.js';
import { rolesOnly } from './roleNotes.js';
import { FIELD_WORDS, ORGANISATION_WORDS, ROLE_LABELS, TITLE_WORDS, fold, foldedWords } from './wordLists.js';

export { isPlace, isTitleWord } from './roleWords.js';

/** "Truso, Pune, India" → "Truso": a place after the employer's name goes. */
function withoutPlace(text: string): string {
  // "Acme (Oakland, Ca.)", "Acme (Graz)": a place in brackets after the name goes too; so does what
  // a bracket says the employer is ("Acme (fintech start-up, 40 people)").
  const part = withoutDescriptor(text).replace(/\s*\(([^()]{2,40})\)$/, (all, inner: string) =>
    isPlace(inner) || cityLike(inner) ? '' : all,
  );
  const comma = part.indexOf(',');
  if (comma > 0 && isPlace(`${part.slice(comma + 1).trim()}, X`)) return part.slice(0, comma).trim();
  return part;
}

/**
 * "Acme (Oakland, Ca.), Initech (Austin, Tx.) & Globex (Leeds)": one title held at several employers,
 * each named with its place in brackets. Only a bracket before the comma tells a list from
 * "Acme, Berlin" or "Acme, Inc.".
 */
export function employerList(part: string): string[] {
  const pieces = part.split(/(?<=\))\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u).filter((p) => /\p{L}/u.test(p));
  return pieces.length >= 2 ? pieces.map((p) => withoutPlace(p.trim())) : [part];
}
const isList = (part: string) => employerList(part).length >= 2;

/**
 * "Department of Physics", "Dept. of Economics", "Faculty of Law", "Lehrstuhl für …": a unit inside
 * an employer. An academic writes "Postdoc, Dept. of X, University of Y": the employer is a later part.
 */
const UNIT = new RegExp(
  String.raw`^(?:department|dept\.?|faculty|school|institute|division|chair|laboratory|lab|group|centre|center|` +
    String.raw`lehrstuhl|institut|fakultät|abteilung|département|faculté|departamento|facultad|faculdade|` +
    // A hospital's clinical units: "Klinik für Unfallchirurgie", "Service d'orthopédie", "Servicio de Cirugía".
    String.raw`klinik|service|servicio|servi[çc]o|unidad|unidade)` +
    String.raw`\s+(?:(?:of|for|für|de|do|da|del|des|du|dos|das)\b|d['’])` +
    // "Research Department", "Monetary Policy Division": a unit named before its word.
    String.raw`|^[\p{Lu}][\p{L} &-]{1,40}\s(?:department|dept\.?|division)$` +
    // "Chirurgische Klinik", "Medizinische Abteilung": a German adjective before the unit's word.
    String.raw`|^\p{Lu}[\p{L}-]+e\s+(?:klinik|abteilung)$`,
  'iu',
);

/**
 * "Department of Sociology, Fenwick University" as one part: the unit before the comma goes, the
 * organisation after it stays ("Institute for X, Carrow" keeps the institute: one word after it is its city).
 */
function withoutUnit(name: string): string {
  const comma = name.indexOf(', ');
  if (comma < 0 || !UNIT.test(name.slice(0, comma))) return name;
  const outer = name.slice(comma + 2);
  return isPlace(outer) || cityLike(outer) || UNIT.test(outer) ? name : outer;
}

/** Units that are employers in their own right unless a named organisation follows them. */
const SELF_STANDING =
  /^(?:institute|institut|instituto|laboratory|laboratoire|laboratorio|lab|centre|center|centro)\b/iu;

/** Among the parts that are not the title, the employer: an organisation word, else the first; past a unit. */
function employerAt(others: readonly string[]): number {
  const listAt = others.findIndex(isList);
  if (listAt >= 0) return listAt;
  // "Flight software" beside "Shannon Aero, Limerick": a phrase in small letters is what the team did, not whom for.
  // A part holding a title word stays a candidate: the section's order may yet swap it with the title.
  const candidate = (p: string) => nameLike(p) || score(p, TITLE_WORDS) > 0;
  const anyNamed = others.some(candidate);
  const orgScores = others.map((p) => (!anyNamed || candidate(p) ? score(p, ORGANISATION_WORDS) : -1));
  const orgAt = orgScores.some((s) => s > 0)
    ? orgScores.indexOf(Math.max(...orgScores))
    : Math.max(0, orgScores.indexOf(0));
  if (!UNIT.test(others[orgAt] ?? '')) return orgAt;
  // The part after the unit names whose unit it is ("…, University of Y"; "…, Oxford" too).
  // "…, Department of X, Institute for Y": an institute or centre after the unit is whose unit it is.
  const outer = others.findIndex((p, i) => i > orgAt && (!UNIT.test(p) || SELF_STANDING.test(p)) && !isPlace(p));
  // "Institute for Speech Studies, Ravensgate": an institute or centre stands alone; one word after it is its city.
  if (outer >= 0 && SELF_STANDING.test(others[orgAt]!) && /^\p{Lu}\p{Ll}+$/u.test(others[outer]!)) return orgAt;
  if (outer >= 0) return outer;
  // "Analyst, Brightwater" over "Department of X": the unit's employer is named before it.
  const named = others.findIndex((p) => !UNIT.test(p) && !isPlace(p));
  return named >= 0 ? named : orgAt;
}

/**
 * "Senior Engineer, Acme" beside "London" (a template's row with its city flush right), or over
 * "Department of X": a part holding a title and one more name after a comma is the title and the
 * employer, when the entry's other parts are only its place or its unit.
 */
function titledComma(parts: readonly string[]): readonly string[] {
  if (parts.length < 2) return parts;
  const at = parts.findIndex((p) => p.includes(', '));
  const pieces = at >= 0 ? parts[at]!.split(/,\s+(?![^()]*\))/) : [];
  if (pieces.length !== 2 || !pieces.every((p) => /^[\p{Lu}\p{N}]/u.test(p))) return parts;
  const titled = pieces.map((p) => score(p, TITLE_WORDS) > 0);
  const others = parts.filter((_, i) => i !== at);
  if (!titled.some(Boolean) || isPlace(pieces[1]!) || isPlace(pieces[0]!)) return parts;
  if (!others.every((p) => isPlace(p) || cityLike(p) || UNIT.test(p))) return parts;
  return [...parts.slice(0, at), ...pieces, ...parts.slice(at + 1)];
}

/** "Analista de dados em Banco Serrano", "Ingeniera en Roblesur": Spanish and Portuguese say "at" so. */
const IN_EMPLOYER = /^(.+?)\s+(?:en|em|na|no)\s+(\p{Lu}.*)$/u;

/**
 * "Ingeniera de software en Roblesur" alone (or beside its place): the title before "en"/"em", the
 * employer after it; never when the words after it name a field ("Ingeniero en Sistemas").
 */
function inEmployer(parts: readonly string[]): readonly string[] {
  const at = parts.findIndex((p) => !isPlace(p) && !cityLike(p));
  if (at < 0 || parts.some((p, i) => i !== at && !isPlace(p) && !cityLike(p))) return parts;
  const match = IN_EMPLOYER.exec(parts[at]!);
  if (!match || score(match[1]!, TITLE_WORDS) === 0 || score(match[2]!, TITLE_WORDS) > 0) return parts;
  if (foldedWords(match[2]!).some((w) => FIELD_WORDS.has(w))) return parts;
  return [...parts.slice(0, at), match[1]!, match[2]!, ...parts.slice(at + 1)];
}

/** A label naming an address beside the employer's name. */
const ADDRESS = /\b(?:address|adresse|anschrift|direcci[oó]n|morada|endere[cç]o)\b/iu;

/** A role field's label, exact or a form's long label cut short ("Nombre y dirección de la empresa"). */
const labelOf = (text: string) =>
  ROLE_LABELS.get(fold(text).replace(/\s+/g, ' ').trim()) ??
  (text.trim().split(/\s+/).length >= 4 ? roleField(formField(text)) : undefined);
const roleField = (field: string | undefined) =>
  field === 'employer' || field === 'title' || field === 'dates' ? field : undefined;

/**
 * "Company: Acme", "Designation: Engineer", "Name and address of employer    Acme, Leeds": fields a
 * form or Europass labels say what they are; the label before a colon or a gap goes.
 */
function labelledFields(parts: readonly string[]): { name?: string; position?: string; rest: string[] } {
  const found: { name?: string; position?: string } = {};
  const rest: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const colon = /^([^:：]{2,90})[:：]\s*(.*)$/u.exec(parts[i]!);
    const labelText = colon ? colon[1]! : parts[i]!;
    const label = labelOf(labelText);
    if (!label) {
      rest.push(parts[i]!);
      continue;
    }
    const next = parts[i + 1];
    const value = colon ? colon[2]!.trim() : label !== 'dates' && next && !labelOf(next) ? parts[++i]! : '';
    // A form's "Name and address of employer" holds an address after the name.
    if (label === 'employer' && value)
      found.name ??= ADDRESS.test(labelText) ? withoutAddress(value) : withoutPlace(value);
    if (label === 'title' && value) found.position ??= value;
  }
  return { ...found, rest };
}

export function sortRoleParts(parts: readonly string[]): { name?: string; position?: string; location?: string } {
  const { rest, ...labelled } = labelledFields(parts);
  return { ...sortUnlabelled(rest), ...labelled };
}

/** "Harwick Labs", "Banco do Brasil", "3M": every word a capital or a digit first, small joining words aside. */
const nameLike = (part: string) =>
  // "Institut de recherche marine", "Centro de estudios": a name that opens with its kind of organisation.
  ORGANISATION_WORDS.has(foldedWords(part)[0] ?? '') ||
  part
    .split(/\s+/)
    .every(
      (w) =>
        /^[\p{Lu}\p{N}&(]/u.test(w) || /^(?:of|for|and|the|de|del|der|des|du|do|da|dos|la|le|y|e|und|et|für)$/u.test(w),
    );

/** Working for oneself, in five languages: the part beside such a title is its place, not an employer. */
const SELF_EMPLOYED =
  /(?<!\p{L})(?:freelanc\p{L}*|self-employed|independent|ind[ée]pendante?|selbstst?[äa]ndig\p{L}*|freiberufl\p{L}*|aut[óôo]noma?|aut[óôo]nomo)(?!\p{L})/iu;

function sortUnlabelled(parts: readonly string[]): { name?: string; position?: string; location?: string } {
  let location = parts.find(isPlace);
  // "Acme Berlin, Germany" beside a title is the employer with its place, not only a place.
  // "Motion planning", "backend team": words in small letters beside them name no employer either.
  const untitled = parts.filter((p) => p !== location && score(p, TITLE_WORDS) === 0 && nameLike(p));
  if (location && untitled.length === 0 && parts.length > 1) location = undefined;
  // "Barista" over "Kettle Yard Coffee, Halvard": when the "place" is the only part that could be the
  // employer, a name before its comma no list holds as a place is the employer, the rest its place.
  if (location && parts.length === 2) {
    const other = parts.find((p) => p !== location)!;
    const [first, ...after] = location.split(/\s*,\s*/);
    const lone = score(other, ORGANISATION_WORDS) === 0 && !isPlace(other);
    // A town alone after the name ("…, Halvard"), not a state's code ("San Mateo, CA").
    const town = after.length === 1 && cityLike(after[0]!) && !/^[A-Z]{2}$/.test(after[0]!);
    if (lone && town && first && !PLACE_WORD.test(first) && first.includes(' '))
      return { name: first, position: other, location: after[0]! };
    // "Zimmerer, Wittmund" beside "Holzwerk Sellmann": the other way round, one word no list holds
    // before the town, beside a name of several words (or an organisation's) with no title word, is
    // the title written with the role's place (a template's row "Title | Town" under "Employer | dates").
    const named = (other.includes(' ') || score(other, ORGANISATION_WORDS) > 0) && score(other, TITLE_WORDS) === 0;
    const oneWord = first !== undefined && !first.includes(' ') && !PLACE_WORD.test(first);
    if (town && oneWord && score(first, ORGANISATION_WORDS) === 0 && named && nameLike(other))
      return { name: withoutPlace(other), position: first, location: after[0]! };
  }
  const rest = parts.filter((p) => p !== location);
  if (rest.length === 0) return location ? { location } : {};
  // Title words first; organisation words only break ties ("Engenheiro de Software" is a title).
  // A list of employers is never the title: the title is then the part beside it.
  // Of two parts holding a title word ("Consultora Olmedo, Lisbon" over "Desarrollador web"), the one
  // carrying its place (after a comma, or as the next part: "Consultora Olmedo | Lisbon") is the
  // employer's: a place goes with the employer, a title is seldom written with its city.
  const placed = (p: string) => {
    const next = parts[parts.indexOf(p) + 1];
    const place = next !== undefined && (isPlace(next) || (cityLike(next) && score(next, TITLE_WORDS) === 0));
    return withoutPlace(p) !== p || place;
  };
  // With no title word, a town-shaped neighbour tells nothing (every name is town-shaped): only a place.
  const placedStrictly = (p: string) => {
    const next = parts[parts.indexOf(p) + 1];
    return withoutPlace(p) !== p || (next !== undefined && isPlace(next));
  };
  const untitledRole = rest.length >= 2 && rest.every((p) => score(p, TITLE_WORDS) === 0);
  // A part that says what the employer is ("Acme (fintech start-up, 40 people)") is the employer's.
  const described = (p: string) => withoutDescriptor(p) !== p;
  const titleScores = rest.map((p) => {
    if (isList(p)) return -100;
    const titled = score(p, TITLE_WORDS) * 10;
    const organisation = Math.min(9, score(p, ORGANISATION_WORDS)) + (described(p) ? 5 : 0);
    // With no title word anywhere, the part carrying its place ("Tallow & Finch | Remote") is the employer's too.
    const carriesPlace = titled > 0 ? placed(p) : untitledRole && placedStrictly(p);
    return titled - organisation - (carriesPlace ? 0.5 : 0);
  });
  const best = Math.max(...titleScores);
  const untitledAt = rest.some(isList) ? rest.findIndex((p) => !isList(p)) : rest.length > 1 ? 1 : -1;
  // No title word: a part naming an organisation ("Lindwurm AG") is still never the title.
  const orgNamed = best === 0 && titleScores.some((s) => s < 0);
  const positionAt = best > 0 || orgNamed ? titleScores.indexOf(best) : untitledAt;
  const position = positionAt >= 0 ? rest[positionAt] : undefined;
  const others = rest.filter((_, i) => i !== positionAt);
  const orgAt = employerAt(others);
  const named = others[orgAt];
  const name = named === undefined ? undefined : isList(named) ? named : withoutUnit(withoutPlace(named));
  // "Photographe indépendant, Marseille": a self-employed title beside a city names no employer.
  if (name && position) {
    const own = [position, name].find((p) => SELF_EMPLOYED.test(p));
    const place = own === position ? name : position;
    if (own && cityLike(place) && !SELF_EMPLOYED.test(place)) return { position: own, location: place };
  }
  return { ...(name ? { name } : {}), ...(position ? { position } : {}), ...(location ? { location } : {}) };
}

/**
 * "Growth Hacker @ Zentrix": when no title word tells the parts apart, the "at" between them does;
 * a part naming an organisation is still never the title.
 */
function atOrder(
  sorted: ReturnType<typeof sortRoleParts>,
  pair: EntryBlock['titleAt'],
): ReturnType<typeof sortRoleParts> {
  if (!pair || sorted.position === pair.position || score(pair.position, ORGANISATION_WORDS) > 0) return sorted;
  if (sorted.position && score(sorted.position, TITLE_WORDS) > 0) return sorted;
  return { ...sorted, position: pair.position, name: withoutPlace(pair.name) };
}

type Sorted = ReturnType<typeof sortRoleParts>;

/**
 * "Acme LLC—Delivery Driver—Tacoma, WA", "Driver– Acme": an em dash typed without spaces, or an en
 * dash spaced on one side, parts a role's fields as a spaced one does (a word processor joins them
 * so); no employer's or title's name holds one. A school's heading keeps them (entryHead.ts).
 */
const TIGHT_DASH = /\s*—\s*|(?<=\p{L})–\s+|\s+–(?=\p{L})/u;
const roleParts = (entry: EntryBlock) =>
  withoutInternshipWord(
    entry.parts.flatMap((part) =>
      part
        .split(TIGHT_DASH)
        .filter((piece) => /\p{L}/u.test(piece))
        .flatMap(internshipAt)
        .flatMap(inOrganisation),
    ),
  );

/** "Internship", "Praktikum", "Stage", "Prácticas", "Estágio": the word saying a role was an internship. */
const INTERNSHIP = String.raw`(?:(?:summer|research|industrial|industry)\s+)?(?:internship|praktikum|pflichtpraktikum|stage|pr[áa]cticas?|pasant[íi]a|est[áa]gio)`;
const INTERNSHIP_ALONE = new RegExp(`^${INTERNSHIP}$`, 'iu');
const INTERNSHIP_AT = new RegExp(String.raw`^(${INTERNSHIP})\s+(?:at|with|bei|chez|à|au|en|em|na|no)\s+(.+)$`, 'iu');

/** "Prácticas en Laboratorios Arenal", "Estágio na Editora X": the internship's word, then its employer. */
function internshipAt(part: string): string[] {
  const match = INTERNSHIP_AT.exec(part);
  // "Estágio em Engenharia", "Prácticas en Ingeniería Química": a field after the word, no employer.
  // A name after it has a capital (the pattern ignores case, which would let any letter through).
  if (!match || !/^\p{Lu}/u.test(match[2]!) || FIELD_WORDS.has(foldedWords(match[2]!)[0] ?? '')) return [part];
  return [match[1]!, match[2]!];
}

/**
 * "Internship at Carrow Press — Editorial Assistant", "Praktikum bei X — Redaktionsassistenz": beside
 * the title held, the internship's word is neither title nor employer; alone, it is the title.
 */
function withoutInternshipWord(parts: readonly string[]): readonly string[] {
  const alone = (p: string) => INTERNSHIP_ALONE.test(p);
  if (!parts.some(alone) || !parts.some((p) => !alone(p) && score(p, TITLE_WORDS) > 0)) return parts;
  return parts.filter((p) => !alone(p));
}

/**
 * "Enfermera en Hospital San Rafael", "Farmacêutica na Clínica Boa Vista": Spanish and Portuguese name
 * the employer after "en", "em", "na", "no" as English does after "at"; only a title word before it
 * and an organisation word after it say so ("Ingeniero en Sistemas Computacionales" is one title).
 */
const IN_ORGANISATION = /\s+(?:en|em|na|no)\s+(?=\p{Lu})/u;
function inOrganisation(part: string): string[] {
  const at = IN_ORGANISATION.exec(part);
  if (!at) return [part];
  const title = part.slice(0, at.index);
  const organisation = part.slice(at.index + at[0].length);
  return score(title, TITLE_WORDS) > 0 && score(organisation, ORGANISATION_WORDS) > 0 ? [title, organisation] : [part];
}

/** Whether an entry writes its title before its employer, and whether a word decided it (not the order alone). */
function partOrder(entry: EntryBlock, sorted: Sorted): { titleFirst: boolean; decided: boolean } | undefined {
  if (!sorted.position || !sorted.name || isList(sorted.name)) return undefined;
  const parts = roleParts(entry);
  const titleAt = parts.indexOf(sorted.position);
  const nameAt = parts.findIndex((p) => p.startsWith(sorted.name!));
  if (titleAt < 0 || nameAt < 0) return undefined;
  // A word decides only when the other part lacks it too ("Consultora Olmedo — Ingeniero de datos" ties).
  const decided =
    entry.titleAt !== undefined ||
    score(sorted.position, TITLE_WORDS) > score(sorted.name, TITLE_WORDS) ||
    score(sorted.name, ORGANISATION_WORDS) > score(sorted.position, ORGANISATION_WORDS);
  return { titleFirst: titleAt < nameAt, decided };
}

/**
 * "Ingénieur DevOps — Northwind SAS" over "Administrateur systèmes — Contoso": a section writes its
 * entries' parts in one order. When the entries a word decides all agree, an entry no word decides
 * takes their order: its employer and title swap when read the other way round.
 */
function sectionOrdered(entries: readonly EntryBlock[], sorted: readonly Sorted[]): Sorted[] {
  const orders = entries.map((entry, i) => partOrder(entry, sorted[i]!));
  const decided = orders.filter((o) => o?.decided).map((o) => o!.titleFirst);
  if (decided.length === 0 || new Set(decided).size > 1) return sorted.slice();
  return sorted.map((role, i) => {
    const order = orders[i];
    if (!order || order.decided || order.titleFirst === decided[0]) return role;
    return { ...role, name: withoutPlace(role.position!), position: role.name! };
  });
}

/**
 * "**Harbourgate Bank plc**, London — 2012 – Present" over its titles, each with its own dates: an
 * employer's line spanning all its roles is no role of its own when the role under it takes its
 * name and it holds no title (only its place, where a title would be).
 */
function isGroupHead(role: Sorted, next: ReadRole | undefined, head: WorkEntry): boolean {
  if (!next?.inherited || !role.name) return false;
  if (!role.position || (score(role.position, TITLE_WORDS) === 0 && isPlace(role.position))) return true;
  // A town no list holds reads as a title with no word ("Barista"): the employer's line is a group's
  // head only when its dates span the role under it, not when it is a role of its own before it.
  const spans = !head.startDate || !next.role.startDate || head.startDate <= next.role.startDate;
  return score(role.position, TITLE_WORDS) === 0 && cityLike(role.position) && spans;
}

type ReadRole = { role: WorkEntry; own: Sorted; inherited: boolean };

/**
 * "Kettle Yard Coffee" / "Barista" / dates, then "Kitchen Porter   Mar 2019 – Apr 2021": after a role
 * with its title and employer, a dated entry of one part no word names as an organisation or a place
 * is a title held at the employer above (a promotion written under it), not an employer with no title.
 */
function titleUnder(own: Sorted, parts: readonly string[], above: Sorted | undefined): Sorted {
  if (!above?.name || !above.position || own.position || !own.name || parts.length !== 1) return own;
  const name = own.name;
  if (score(name, ORGANISATION_WORDS) > 0 || isPlace(name) || SELF_EMPLOYED.test(name) || isList(name)) return own;
  return { position: name, ...(own.location ? { location: own.location } : {}) };
}

/**
 * "#### Harrowgate Logistics · March 2019 — Present" over "#### Operations Engineer" (JSON Resume's
 * flat theme): the employer's line over the one title it names holds that role's dates. With a
 * second title under the same line, the line's dates span both and are neither's.
 */
function withHeadDates(head: WorkEntry, next: ReadRole, after: ReadRole | undefined): ReadRole {
  if (next.role.startDate || !head.startDate || after?.inherited) return next;
  const { startDate, endDate } = head;
  const lines = [head.lines[0], next.role.lines[1]] as const;
  return { ...next, role: { ...next.role, startDate, ...(endDate ? { endDate } : {}), lines } };
}

export function readWork(sections: readonly Section[]): WorkEntry[] {
  // Roles kept as YAML records in the front matter: its lines are read as records, not as text.
  const yaml = yamlRecords(sections);
  const work: WorkEntry[] = [...yaml.roles];
  for (const section of sections) {
    if (section.kind !== 'work') continue;
    if (yaml.roles.length > 0 && (section.heading ?? section.lines[0])!.line <= yaml.end) continue;
    let previous: string | undefined;
    const entries = rolesOnly(entryBlocks(section.lines).filter((entry) => entry.parts.length > 0));
    const split = atWordSplit(
      entries.map(roleParts),
      entries.map((entry) => entry.parts),
    );
    const parts = split.map(({ parts: own }) => inEmployer(titledComma(titledBracket(own))).slice(0, 4));
    const pairs = entries.map((entry, i) => entry.titleAt ?? split[i]!.pair);
    const ordered = sectionOrdered(
      entries,
      entries.map((_, i) => atOrder(sortRoleParts(parts[i]!), pairs[i])),
    );
    // Entries no word tells apart take their fields from where the told ones (or the schools) hold them;
    // labelled fields and lists of employers say what they are already.
    const told = entries.map(
      (_, i) =>
        pairs[i] !== undefined || labelledFields(parts[i]!).rest.length < parts[i]!.length || parts[i]!.some(isList),
    );
    const sorted = columnOrdered(entries, parts, ordered, told, sections, withoutPlace);
    const roles: ReadRole[] = [];
    for (const [i, entry] of entries.entries()) {
      // A title alone under the roles of one employer (LinkedIn groups a promotion so: the employer
      // line once, then each title with its dates) is held at the employer of the role above it.
      const own = entry.dates ? titleUnder(sorted[i]!, parts[i]!, roles.at(-1)?.own) : sorted[i]!;
      const inherited = !own.name && own.position && previous ? { name: previous } : {};
      const role = { ...own, ...inherited, ...entryDates(entry.dates, 'both'), lines: entry.lines };
      previous = role.name;
      roles.push({ role, own, inherited: inherited.name !== undefined });
    }
    for (const [i, { role, own }] of roles.entries()) {
      if (isGroupHead(own, roles[i + 1], role)) {
        roles[i + 1] = withHeadDates(role, roles[i + 1]!, roles[i + 2]);
        continue;
      }
      // One title at several employers: a role at each, with the same title, dates and lines.
      for (const name of role.name ? employerList(role.name) : [undefined])
        work.push({ ...role, ...(name ? { name } : {}) });
    }
  }
  return onceEach(work);
}

/**
 * "2020 – present: Senior Data Engineer, Harwick Labs" in a summary over the roles, or a timeline
 * after them: one role written twice (the same employer, title and dates) is one role, read where
 * it stands first. Roles of one employer with other titles or dates stay (a promotion, a return).
 */
function onceEach(work: readonly WorkEntry[]): WorkEntry[] {
  const key = (w: WorkEntry) =>
    [w.name, w.startDate?.slice(0, 4), w.endDate?.slice(0, 4)].map((x) => fold(x ?? '')).join('|');
  // Each employer and years read, with the titles read for them.
  const seen = new Map<string, Set<string>>();
  return work.filter((w) => {
    if (!w.name || !w.startDate) return true;
    const titles = seen.get(key(w)) ?? new Set<string>();
    // A timeline's "2020 – present  Harwick Labs" names no title: the role read with one is the same role.
    const title = fold(w.position ?? '');
    if (titles.has(title) || (!title && titles.size > 0)) return false;
    seen.set(key(w), titles.add(title));
    return true;
  });
}
