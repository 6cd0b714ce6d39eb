/**
 * Contact details in a line of text: phone numbers, e-mail and web addresses. One reading for the
 * profile's basics, the chunker, the facts' contact lines and the answers, so that a year range
 * ("2012 - 2016", "01/2012 – 12/2016") is never taken for a phone number by one of them and not the others.
 */
import { findDates } from './dates.js';

// "(+47) 412-34-567": the country code may stand in brackets; dashes of every kind (‑ − –) join groups.
const PHONE_RUN = /(?<![\w/])(?:\(?(?:\+|00))?\(?\d[\d\s()./–‑−-]{6,}\d(?![\w/])/g;
/** Digits a phone number has at least (a local number with its area code) and at most (E.164). */
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;
const YEAR_SPAN = /^(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d$/;
const ADDRESS = /[\w.+-]+@[\w-]+\.\w|https?:\/\/|www\./;

const countDigits = (text: string) => text.replace(/\D/g, '').length;

/** "0171 1234567 / 030 1234567": two numbers side by side run into one match, apart where a slash stands. */
function numbersOf(match: string): string[] {
  if (match.replace(/\D/g, '').length <= MAX_DIGITS) return [match];
  return match.split(/\s+[/|]\s+/);
}

/** The phone numbers a line gives, as written: 8–15 digits besides any dates among them. */
export function phoneNumbersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of [...text.matchAll(PHONE_RUN)].flatMap((m) => numbersOf(m[0]))) {
    const number = match
      .trim()
      .replace(/[–-]$/, '')
      .replace(/^\((?=[+\d][^)]*$)/, '');
    const digits = number.replace(/\D/g, '').length;
    if (digits < MIN_DIGITS || digits > MAX_DIGITS || YEAR_SPAN.test(number)) continue;
    // "2014 – 2018 7.85": a span of dates beside a grade is not a number of its own.
    const inDates = findDates(number).reduce(
      (sum, d) => sum + countDigits(number.slice(d.index, d.index + d.length)),
      0,
    );
    if (digits - inDates >= MIN_DIGITS) found.push(number);
  }
  return found;
}

export const hasPhoneNumber = (text: string): boolean => phoneNumbersIn(text).length > 0;

/** An e-mail address, a web address or a phone number: what a contact line is made of. */
export const hasContactDetails = (text: string): boolean => ADDRESS.test(text) || hasPhoneNumber(text);

/** A birth date's label in five languages: its digits are no phone number. */
export const BIRTH_DATE =
  /\b(?:birth|born|d\.?o\.?b|geb(?:oren|urtsdatum|\.)|naissance|n[ée]e?\s+le|nacimiento|nascimento)/i;
