/** Contact details: how a question asks for one, and which contact lines give it. */

/** What a question about one person asks for: "email address", "phone number", "GitHub", … */
export const CONTACT_ASKED = new RegExp(
  String.raw`\b(e-?mail(?: address)?|phone(?: number)?|telephone(?: number)?|mobile(?: number)?|website|web site` +
    String.raw`|homepage|github|gitlab|linkedin|twitter|contact(?: details)?|address)\b`,
  'i',
);

/** Contact lines giving each kind of detail; tried in this order against the first letters asked for. */
const CONTACT_LINES: Readonly<Record<string, RegExp>> = {
  email: /@|e-?mail/i,
  phone: /phone|\btel\b|\bmobile\s*[:.]|\+?\d[\d\s().-]{7,}\d/i,
  website: /website|homepage|https?:|www\.|\b[\w-]+\.(?:com|org|net|io|dev|gg|me|uk|co)\b/i,
  github: /github/i,
  gitlab: /gitlab/i,
  linkedin: /linkedin/i,
  twitter: /twitter/i,
};

/** The contact lines answering `what` (as CONTACT_ASKED found it, lower case); any line for "contact details". */
export function contactPattern(what: string): RegExp {
  const asked = what.replace(/[^a-z]/g, '');
  const kind = Object.keys(CONTACT_LINES).find((name) => asked.startsWith(name.slice(0, 4)));
  return (kind && CONTACT_LINES[kind]) || /./;
}
