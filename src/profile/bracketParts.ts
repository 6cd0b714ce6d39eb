/**
 * "Senior Data Engineer (Harwick Labs)", "Analista de datos (Seguros Montera)": a role's heading that
 * writes its employer in brackets after its title. The bracket is read as a part of its own when it
 * holds a name (no place, no kind of contract: "(Remote)", "(Teilzeit)", "(CDI)"), and the part is the
 * entry's only one but its places: a title word before it tells the title from the employer; with
 * none, where the section's other entries (or its schools) hold them does (partColumns.ts).
 */
import { cityLike, isPlace, PLACE_WORD, roleScore as score } from './roleWords.js';
import { TITLE_WORDS } from './wordLists.js';

const BRACKETED = /^(\p{Lu}[^()]*?)\s*\(([^()]+)\)$/u;

/** What a bracket says of a role that is no employer: its kind of contract or of work, in five languages. */
const CONTRACT =
  /^(?:contract(?:or)?|part[- ]time|full[- ]time|temporary|temp|permanent|remote|hybrid|freelance|internship|self[- ]employed|teilzeit|vollzeit|befristet|unbefristet|werkstudent(?:in)?|praktikum|minijob|cdi|cdd|alternance|stage|int[ée]rim|temps (?:partiel|plein)|indépendante?|media jornada|jornada completa|tiempo (?:parcial|completo)|pr[áa]cticas|aut[óo]noma?|meio per[íi]odo|tempo integral|est[áa]gio|pj|clt|m\/w(?:\/d)?|w\/m(?:\/d)?|f\/h|h\/f)$/iu;

/** A head count: "40 people", "120 Mitarbeitende", "30 personnes", "200 empleados", "80 pessoas". */
const HEADCOUNT =
  /(?<![\p{L}\p{N}])\d[\d.,]*\+?\s*(?:people|persons|employees|staff|fte|mitarbeit\p{L}*|besch[äa]ftigte|personnes|salari[ée]s|collaborat\p{L}*|empleados|personas|trabajadores|pessoas|funcion[áa]rios|colaboradores)(?!\p{L})/iu;
/** A kind of company: "fintech start-up", "Beratungsagentur", "PME". */
const COMPANY_KIND =
  /(?<!\p{L})(?:start-?up|scale-?up|sme|kmu|pme|pyme|agency|agentur|agence|agencia|ag[êe]ncia|consultancy|fintech|e-commerce|ngo|ong|non-?profit)(?!\p{L})/iu;

/**
 * "(fintech start-up, 40 people)", "(Logistik, 120 Mitarbeitende)", "(cabinet de conseil, 30
 * personnes)": a bracket after an employer's name saying what it is (its trade, its size), not who.
 * It tells the part it follows is the employer; it is no part of the employer's name.
 */
export function isDescriptor(inner: string): boolean {
  const text = inner.trim();
  if (CONTRACT.test(text)) return false;
  return HEADCOUNT.test(text) || COMPANY_KIND.test(text) || (/^\p{Ll}/u.test(text) && text.includes(','));
}

/** "Oakmere Freight (family haulier, 25 people)" → "Oakmere Freight"; other text as it is. */
export function withoutDescriptor(part: string): string {
  const match = /^(.*\S)\s*\(([^()]+)\)$/u.exec(part.trim());
  return match && isDescriptor(match[2]!) ? match[1]! : part;
}

/** "Title (Employer)" as its two pieces, or undefined when the bracket holds no name. */
export function bracketPieces(part: string): [string, string] | undefined {
  const match = BRACKETED.exec(part.trim());
  if (!match) return undefined;
  const outer = match[1]!.trim();
  const inner = match[2]!.trim();
  if (
    !/^[\p{Lu}\p{N}]/u.test(inner) ||
    CONTRACT.test(inner) ||
    PLACE_WORD.test(inner) ||
    isPlace(inner) ||
    isDescriptor(inner)
  )
    return undefined;
  if (!/\p{L}{2}/u.test(outer) || score(inner, TITLE_WORDS) > 0) return undefined;
  return [outer, inner];
}

/**
 * An entry's parts with "Title (Employer)" split in two where a title word before the bracket says
 * so and no other part (but a place) could be the employer.
 */
export function titledBracket(parts: readonly string[]): readonly string[] {
  const at = parts.findIndex((p) => !isPlace(p) && !cityLike(p));
  if (at < 0 || parts.some((p, i) => i !== at && !isPlace(p) && !cityLike(p))) return parts;
  const pieces = bracketPieces(parts[at]!);
  if (!pieces || score(pieces[0], TITLE_WORDS) === 0) return parts;
  return [...parts.slice(0, at), ...pieces, ...parts.slice(at + 1)];
}
