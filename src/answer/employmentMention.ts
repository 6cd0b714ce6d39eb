/**
 * Whether a line of experience names an organisation as where its person worked ("Engineer at Acme",
 * "bei Acme", "chez Acme", "Acme — Berlin", "Acme | 2019–2021") or only mentions it (a product, a
 * customer, a partner: "ERP rollouts on SAP and Acme", "the Acme ordering API"). The role reader
 * may miss a layout; a line that puts the name where an employer stands still answers "who worked
 * at Acme?", while a mention alone never counts as employment.
 */
import { occurrencesOf } from '../text/asWritten.js';

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
  const { folded, found } = occurrencesOf(line, entity);
  const lead = LINE_LEAD.exec(folded)?.[0].length ?? 0;
  const employer = found.find(
    ({ start, end }) =>
      BEFORE_EMPLOYER.test(folded.slice(Math.max(0, start - 40), start)) ||
      (start === lead && AFTER_HEADING_EMPLOYER.test(folded.slice(end))),
  );
  return employer?.written;
}

export function namesAsEmployer(line: string, entity: string): boolean {
  return employerAsWritten(line, entity) !== undefined;
}
