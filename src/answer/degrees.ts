/** Degrees: how a question names one, and which education lines hold one of that kind. */

/** A degree as a question about one person names it: "PhD", "doctorate", "master's", "MBA". */
export const DEGREE_NAMED = /\b(ph\.?\s?d|doctorate|master'?s?|bachelor'?s?|mba)\b/i;

/** A degree as a question about everyone names it, "degree" alone included ("who has a degree in …"). */
export const DEGREE_ASKED = String.raw`ph\.?\s?d|doctorate|master'?s?(?: degree)?|bachelor'?s?(?: degree)?|mba|degree`;

/** Education lines holding a degree of each kind; a plain "degree" is any education line. */
const DEGREE_LINES = {
  phd: /\bph\.?\s?d\b|doctor(?:ate| of philosophy)/i,
  master: /\bmaster|\bm\.?\s?sc?\b|\bmsc\b|\bm\.?\s?eng\b|\bm\.?\s?tech\b|\bmba\b/i,
  bachelor: /\bbachelor|\bb\.?\s?sc?\b|\bbsc\b|\bb\.?\s?a\.|\bb\.?\s?eng\b|\bb\.?\s?tech\b|\bb\.?\s?e\./i,
  mba: /\bmba\b/i,
  degree: /./,
} as const;

/** The pattern of education lines holding the degree a question named ("Ph.D", "masters", "MBA"). */
export function degreePattern(degree: string): RegExp {
  const key = degree.toLowerCase().replace(/[^a-z]/g, '');
  if (key.startsWith('phd') || key.startsWith('doctor')) return DEGREE_LINES.phd;
  if (key.startsWith('master')) return DEGREE_LINES.master;
  if (key.startsWith('bachelor')) return DEGREE_LINES.bachelor;
  if (key === 'mba') return DEGREE_LINES.mba;
  return DEGREE_LINES.degree;
}
