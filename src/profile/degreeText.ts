/** A degree's own text cut into its type and its subject, or read from a sentence that states it. */
import { namesDegree } from './wordLists.js';

/** "Master of Science in Physics" → type and subject; "BSc, Computer Science" → the same. */
export function splitDegree(text: string): { studyType: string; area?: string } {
  const match = /^(.{2,60}?)(?:\s+(?:in|en|em|im|in the field of)\s+|\s*[,:]\s+|\s+-\s+)(.{2,})$/iu.exec(text);
  if (match && namesDegree(match[1]!)) return { studyType: match[1]!.trim(), area: match[2]!.trim() };
  return { studyType: text.trim() };
}

/**
 * "Graduated with a BA in Economics", "Earned a Bachelor of Science in Physics", "Abschluss als
 * Diplom-Kauffrau", "Diplômée d'un Master en droit", "Titulado en Ingeniería Industrial", "Formada em
 * Design": a sentence that says what was earned; the words after it, up to the next clause.
 */
const SAID = new RegExp(
  String.raw`^(?:graduated|earned|received|completed|obtained|awarded|abschluss(?:\s+als)?|dipl[oô]m[ée]e?|` +
    String.raw`titulad[oa]|graduad[oa]|licenciad[oa]|formad[oa]|conclu[ií]d[oa]|obtuve|obtenu|erworben)\s+` +
    String.raw`((?:(?:with|as|als|in|en|em|d['’]une?|de|du|com|con|como|a|an|the|un|une|um|uma|el|la|o)\s+)*)(.+)$`,
  'iu',
);
/** "Major in Economics", "Concentration: Finance", "Schwerpunkt Finanzen", "Mención en …", "Ênfase em …": the subject. */
const MAJOR = new RegExp(
  String.raw`^(?:major|concentration|specialization|specialisation|schwerpunkt|vertiefung|sp[ée]cialit[ée]|option|` +
    String.raw`menci[oó]n|[êe]nfase|habilita[cç][aã]o)(?:\s*:\s*|\s+(?:in|en|em)\s+|\s+)(\p{Lu}.*)$`,
  'iu',
);
/** Where the clause naming the degree ends: a comma, a full stop, a bracket, "and", "with", a minor or an emphasis. */
const CLAUSE_END =
  /\s*[,.;(]\s*|\s+(?:and|und|et|y|e|with|mit|avec|con|com|minor|mention|menci[oó]n|[êe]nfase|schwerpunkt|option)\s+/iu;

/** The degree, or only its subject, that a line under a school states in words; undefined when it states none. */
export function degreeSaid(text: string): { studyType?: string; area?: string } | undefined {
  const line = text.replace(/^[-*•·]\s*/u, '');
  const major = MAJOR.exec(line);
  if (major) return { area: major[1]!.split(CLAUSE_END)[0]!.trim() };
  const said = SAID.exec(line);
  if (!said) return undefined;
  const words = said[2]!.split(CLAUSE_END)[0]!.trim();
  if (namesDegree(words)) return splitDegree(words);
  // "Titulado en Ingeniería Industrial", "Formada em Design": a subject after "in" is what was studied.
  const subject = /(?:^|\s)(?:in|en|em)\s+$/iu.test(said[1]!) && /^\p{Lu}/u.test(words);
  return subject && words.split(/\s+/).length <= 5 ? { area: words } : undefined;
}
