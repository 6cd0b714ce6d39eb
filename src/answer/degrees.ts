/**
 * Degrees: how a question names one, in five languages, and which education lines hold one of that
 * kind. Degrees are read by level, as a recruiter compares them across countries: a German
 * Diplom-Ingenieur or a French diplôme d'ingénieur is a master's, a Spanish or Portuguese
 * licenciatura or a French licence a bachelor's.
 */
import { unaccent } from '../text/questionLanguage.js';

/** How a question names each kind ("PhD", "Doktor", "doctorat", "máster", "mestrado", "licence"). */
const QUESTION_WORDS = {
  phd: String.raw`ph\.?\s?d|doctorate|doctoral degree|doktor(?:titel|grad|at)?|doctorat|doctorado|doutorado|doutoramento|promoviert|promovierte`,
  master: String.raw`master'?s?|m\.?\s?sc|msc|mestrado|mestre|m[aá]ster|maestr[ií]a|magister|diplom`,
  bachelor: String.raw`bachelor'?s?|b\.?\s?sc|bsc|licence|licenciatura|bacharelado|grado|grau`,
  mba: 'mba',
} as const;
const ANY_KIND = Object.values(QUESTION_WORDS).join('|');

/** A degree as a question about one person names it: "PhD", "doctorate", "master's", "Mestrado", "MBA". */
// "driving licence", "driver's license", "licence de conduire": a licence to drive is no degree.
export const DEGREE_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?<!driving\s|drivers?\s|driver's\s|driver’s\s)(${ANY_KIND})(?![\p{L}])(?!\s+(?:de|to)\s+(?:conduire|drive))`,
  'iu',
);

/** A degree as a question about everyone names it, "degree" alone included ("who has a degree in …"). */
export const DEGREE_ASKED = String.raw`(?:${ANY_KIND})(?: degree)?|degree`;

/** The words of every kind as a question types them, folded: never "mended" into another word. */
export const DEGREE_WORDS: readonly string[] = [
  'phd',
  'doctorate',
  'doktor',
  'doktorat',
  'doctorat',
  'doctorado',
  'doutorado',
  'doutoramento',
  'promoviert',
  'master',
  'masters',
  'msc',
  'mestrado',
  'mestre',
  'maestria',
  'magister',
  'diplom',
  'bachelor',
  'bachelors',
  'bsc',
  'licence',
  'licenciatura',
  'bacharelado',
  'grado',
  'mba',
];

/** Education lines holding a degree of each kind; a plain "degree" is any education line. */
const DEGREE_LINES = {
  phd: new RegExp(
    String.raw`\bph\.?\s?d\b|doctor(?:ate| of philosophy)|\bdr\.?\s?(?:rer|phil|ing|sc)\b|\bdoktor|` +
      String.raw`\bdoctorat|\bdoctorado|\bdoutorado|\bdoutoramento`,
    'iu',
  ),
  master: new RegExp(
    String.raw`\bmaster|\bm\.?\s?sc?\b|\bmsc\b|\bm\.?\s?eng\b|\bm\.?\s?tech\b|\bmba\b|\bm[áa]ster\b|\bmestrado|` +
      String.raw`\bmaestr[íi]a|\bmagister|\bdipl(?:om)?\.?-?\s?(?:ing|inf|kfm|math|phys)|\bdiplom(?:arbeit)?\b|` +
      String.raw`dipl[ôo]me d.ing[ée]nieur|ing[ée]nieur dipl[ôo]m[ée]`,
    'iu',
  ),
  bachelor: new RegExp(
    String.raw`\bbachelor|\bb\.?\s?sc?\b|\bbsc\b|\bb\.?\s?a\.|\bb\.?\s?eng\b|\bb\.?\s?tech\b|\bb\.?\s?e\.|` +
      String.raw`\blicence\b|\blicenciatura|\bbacharelado|\bgrado en\b|\bgrau de\b`,
    'iu',
  ),
  mba: /\bmba\b/i,
  degree: /./,
} as const;

/** Each kind's question words as a whole answer to "which degree was named?" (MBA before master's). */
const NAMED_KINDS = (['mba', 'phd', 'master', 'bachelor'] as const).map(
  (kind) => [kind, new RegExp(String.raw`^(?:${QUESTION_WORDS[kind]})$`, 'iu')] as const,
);

/** The pattern of education lines holding the degree a question named ("Ph.D", "masters", "Mestrado"). */
export function degreePattern(degree: string): RegExp {
  const named = unaccent(degree)
    .toLowerCase()
    .replace(/\s+degree$/, '');
  return DEGREE_LINES[NAMED_KINDS.find(([, words]) => words.test(named))?.[0] ?? 'degree'];
}

/**
 * Whether the question asks who holds the degree: a verb of having (or "with") right before it,
 * with at most an article between ("wer hat einen Master", "quem tem mestrado"), not a degree
 * that qualifies something else ("quem orientou alunos de mestrado?": students of a master's).
 */
const HAVING = new RegExp(
  String.raw`(?<![\p{L}])(?:has|have|hold|holds|earned|got|with|hat|haben|besitzt|mit|a|ont|poss[eè]de|avec|` +
    String.raw`tiene|tienen|posee|con|tem|t[eê]m|possui|com)\s+` +
    // "hat jemand einen Master?", "does anyone have a PhD": who is asked stands between.
    String.raw`(?:(?:jemand|anyone|anybody|someone|somebody|alguien|algu[eé]m|quelqu'un)\s+)?` +
    String.raw`(?:(?:a|an|einen|eine|ein|un|une|uno|una|um|uma|` +
    String.raw`des|du|el|la|le|o)\s+)?$`,
  'iu',
);
export function heldDegree(text: string, degree: string): boolean {
  // "wer hat promoviert?": the verb of earning a doctorate says it is held.
  if (/^promoviert/i.test(degree)) return true;
  return HAVING.test(text.slice(0, text.indexOf(degree)));
}

/** The school named after a degree: "un master de l'École Centrale" → "École Centrale"; none after "Master?". */
export function schoolAfterDegree(text: string, degree: string): string | undefined {
  const after = text.slice(text.indexOf(degree) + degree.length);
  const school =
    /^\s*(?:degree\s+)?(?:(?:from|at|von der|von|an der|der|de la|de|da|do|em|en|na|no)\s+|(?:de l|d)['’]\s*)(.+?)[\s?!.]*$/iu.exec(
      after,
    );
  return school?.[1]?.trim() || undefined;
}
