/** Contact details: how a question asks for one, and which contact lines give it. */
import { BIRTH_DATE, hasPhoneNumber, phoneNumbersIn } from '../text/contactDetails.js';
import { HIDDEN_AT, revealEmails } from '../text/emailAddress.js';

/** What a question about one person asks for: "email address", "phone number", "GitHub", … */
export const CONTACT_ASKED = new RegExp(
  String.raw`\b((?:e-?)?mail(?: address)?|phone(?: number)?|telephone(?: number)?|mobile(?: number)?|website` +
    String.raw`|web site|homepage|github|gitlab|linkedin|twitter|contact(?: details)?|address)\b`,
  'i',
);

/** Whether a line gives a kind of contact detail. */
export interface LineTest {
  test(text: string): boolean;
}

/** A phone line: labelled so, or giving a number on a line not about a birth date ("Date of birth: 02.03.1990"). */
const PHONE_LINE: LineTest = {
  test: (text) => /phone|\btel\b|\bmobile\s*[:.]/i.test(text) || (!BIRTH_DATE.test(text) && hasPhoneNumber(text)),
};

/** Contact lines giving each kind of detail; tried in this order against the first letters asked for. */
const CONTACT_LINES: Readonly<Record<string, LineTest>> = {
  email: new RegExp(String.raw`@|e-?mail|${HIDDEN_AT.source}`, 'iu'),
  phone: PHONE_LINE,
  website: /website|homepage|https?:|www\.|\b[\w-]+\.(?:com|org|net|io|dev|gg|me|uk|co)\b/i,
  github: /github/i,
  gitlab: /gitlab/i,
  linkedin: /linkedin/i,
  twitter: /twitter/i,
};

/** Other words for a kind of contact line: a mobile or telephone number is a phone number. */
const SAME_KIND: readonly (readonly [RegExp, string])[] = [
  [/^(?:mobile|cell|telephone|tel|handy|telefon|telephon|telefone|telefono)/, 'phone'],
  [/^(?:mail|courriel|correo)/, 'email'],
  [/^(?:web|site)/, 'website'],
];

/** The contact lines answering `what` (as CONTACT_ASKED found it, lower case); any line for "contact details". */
export function contactPattern(what: string): LineTest {
  const typed = what.toLowerCase().replace(/[^a-z]/g, '');
  const asked = SAME_KIND.find(([pattern]) => pattern.test(typed))?.[1] ?? typed;
  const kind = Object.keys(CONTACT_LINES).find((name) => asked.startsWith(name.slice(0, 4)));
  return (kind && CONTACT_LINES[kind]) || /./;
}

/** The values of each kind a line gives, as written: an address, a number, a profile link. */
const VALUES: Readonly<Record<string, RegExp>> = {
  email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  linkedin: /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/[^\s·|,;)]+/gi,
  github: /(?:https?:\/\/)?(?:www\.)?github\.com\/[^\s·|,;)]+/gi,
  gitlab: /(?:https?:\/\/)?(?:www\.)?gitlab\.com\/[^\s·|,;)]+/gi,
  website: /(?:https?:\/\/|www\.)[^\s·|,;)]+/gi,
};

/** The kind of contact `what` asks for ("phone number" → "phone"), or undefined for any. */
export function contactKind(what: string): string | undefined {
  const typed = what.toLowerCase().replace(/[^a-z]/g, '');
  const asked = SAME_KIND.find(([pattern]) => pattern.test(typed))?.[1] ?? typed;
  return Object.keys(CONTACT_LINES).find((name) => asked.startsWith(name.slice(0, 4)));
}

/** The values of the kind asked that a line gives ("(913) 653-2941 • jace@example.org" → the address for email). */
export function contactValues(kind: string | undefined, text: string): string[] {
  if (kind === 'phone') return phoneNumbersIn(text);
  const pattern = kind ? VALUES[kind] : undefined;
  if (!pattern) return [];
  // "jane [at] example [dot] com" gives the address it stands for.
  const shown = kind === 'email' ? revealEmails(text) : text;
  return [...shown.matchAll(pattern)].map((match) => match[0].trim().replace(/[.,;:]+$/, ''));
}

/** A value as compared across lines: digits of a number, an address or link in lower case. */
export const contactKey = (kind: string | undefined, value: string) =>
  kind === 'phone' ? value.replace(/\D/g, '').slice(-9) : value.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '');
