/**
 * The words around a person's name that are not the name: titles before it ("Dr.", "Prof. Dr.",
 * "Dipl.-Ing.", "Dr. rer. nat.", "Mme", "Sra."), post-nominals after it ("PhD", "MD, PhD", "FRCS",
 * "MBBS, MRCP (UK)"), and the label of a "Name: …" line in five languages. The word lists are
 * data (nameWords.json), shared by the corpus's name finder and the profile's basics.
 */
import nameWords from './nameWords.json' with { type: 'json' };

/** Lower case, accents and dots gone: "Dr.-Ing." → "dr-ing", "Ph.D." → "phd", "Engª" → "enga". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A title or post-nominal token as the lists hold it. */
export function titleKey(token: string): string {
  return fold(token)
    .replace(/[.,]/g, '')
    .replace(/^[-(]+|[-)]+$/g, '');
}

const TITLES: ReadonlySet<string> = new Set(nameWords.titles.map(titleKey));
/** What may follow a doctor's or engineer's title: "Dr. rer. nat.", "Dipl.-Ing. (FH)", "Dr. h. c.". */
const TITLE_PARTS: ReadonlySet<string> = new Set(nameWords.titleParts.map(titleKey));
const POST_NOMINALS: ReadonlySet<string> = new Set(nameWords.postNominals.map(titleKey));
/** Labels of a "Name: …" line, folded, longest first. */
export const NAME_LABELS: readonly string[] = nameWords.labels
  .map((label) => fold(label).trim())
  .sort((a, b) => b.length - a.length);

/** Labels of a form's given-name row and family-name row, folded. */
export const GIVEN_LABELS: ReadonlySet<string> = new Set(nameWords.givenLabels.map((label) => fold(label)));
export const FAMILY_LABELS: ReadonlySet<string> = new Set(nameWords.familyLabels.map((label) => fold(label)));

export const isNameTitle = (token: string): boolean => TITLES.has(titleKey(token));
export const isPostNominal = (token: string): boolean => POST_NOMINALS.has(titleKey(token));

/** A post-nominal as CVs write one after a name: in capitals ("FRCS", "M.D.", "(UK)") or "PhD". */
function writtenAsPostNominal(token: string): boolean {
  if (/^\(\p{Lu}{2,4}\)$/u.test(token)) return true;
  return isPostNominal(token) && /^[\p{Lu}.()-]+$|^Ph\.?D\.?$|^D\.?Phil\.?$/u.test(token);
}

/**
 * The words of a name with the titles before it and the post-nominals after it dropped; at least
 * two words are kept, so a name that is also a title ("Don Johnson") stays whole.
 */
export function withoutTitles(words: readonly string[]): string[] {
  const kept = [...words];
  const allCaps = (list: readonly string[]) => list.join(' ') === list.join(' ').toUpperCase();
  let titled = false;
  while (kept.length > 2 && (isNameTitle(kept[0]!) || (titled && TITLE_PARTS.has(titleKey(kept[0]!))))) {
    kept.shift();
    titled = true;
  }
  // In a name set all in capitals every word looks like a post-nominal: only a listed one that is no particle goes.
  while (kept.length > 2 && writtenAsPostNominal(kept.at(-1)!.replace(/,$/, ''))) {
    if (allCaps(kept) && !isPostNominal(kept.at(-1)!.replace(/,$/, ''))) break;
    kept.pop();
  }
  return kept.map((word, i) => (i === kept.length - 1 ? word.replace(/,$/, '') : word));
}
