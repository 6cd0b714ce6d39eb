/**
 * Whether a line of experience names an organisation as where its person worked ("Engineer at Acme",
 * "bei Acme", "chez Acme", "Acme — Berlin", "Acme | 2019–2021") or only mentions it (a product, a
 * customer, a partner: "ERP rollouts on SAP and Acme", "the Acme ordering API"). The role reader
 * may miss a layout; a line that puts the name where an employer stands still answers "who worked
 * at Acme?", while a mention alone never counts as employment.
 */

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words right before an employer, in the five languages: "at", "@", "bei", "chez", "auprès de",
 * "en", "em", "na", "no", and "for" only after a verb of working ("built it for Acme" is a customer).
 */
const BEFORE_EMPLOYER =
  /(?:^|[\s(,;:])(?:at|@|bei|chez|aupres de|en|em|na|no|(?:work(?:ed|ing|s)?|consult(?:ed|ing)?|contract(?:ed|ing)?) for|(?:joined|tatig (?:bei|fur)))\s+(?:the\s+)?$/u;

/** What may follow a name standing as a heading's employer: a separator, a place, a date, the end. */
const AFTER_HEADING_EMPLOYER = /^[\s*_]*(?:$|[,|·•—–\-(:/]|\d{4}|\b(?:gmbh|ag|inc|ltd|llc|sa|sas|sarl|s\.a)\b)/u;

/** Bullets, numbering, emphasis and heading marks before a line's first word. */
const LINE_LEAD = /^[\s>#*_\-–—•·+|]*(?:\d+[.)]\s+)?/u;

/** The organisation as the line spells it, when the line puts it where an employer stands. */
export function employerAsWritten(line: string, entity: string): string | undefined {
  // Folding keeps a Latin line's length (NFKD marks are dropped one for one after NFC), so the
  // match's offsets hold in the line as written; otherwise the question's spelling is used.
  const written = line.normalize('NFC');
  const text = fold(written);
  const name = fold(entity).trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  if (!name) return undefined;
  const occurrences = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
  const lead = LINE_LEAD.exec(text)?.[0].length ?? 0;
  for (const match of text.matchAll(occurrences)) {
    const start = match.index ?? 0;
    const before = BEFORE_EMPLOYER.test(text.slice(Math.max(0, start - 40), start));
    if (before || (start === lead && AFTER_HEADING_EMPLOYER.test(text.slice(start + match[0].length)))) {
      return text.length === written.length ? written.slice(start, start + match[0].length) : entity;
    }
  }
  return undefined;
}

export function namesAsEmployer(line: string, entity: string): boolean {
  return employerAsWritten(line, entity) !== undefined;
}
