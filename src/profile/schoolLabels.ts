/**
 * The labelled lines of a school entry, in five languages: a grade, a thesis or its supervisor (a
 * note, never the school or its degree), the degree ("Abschluss: Master of Science") and the subject
 * ("Studiengang: Informatik"). A label may open its line or follow the entry's other parts on it
 * ("… an der Universität Mannheim, Abschluss: Diplom-Kaufmann").
 */
import type { Section } from './sections.js';
import { splitDegree } from './degreeText.js';
import { namesDegree, namesSchool } from './wordLists.js';

/**
 * A grade, a thesis or its supervisor ("Note 1,3", "Diplomarbeit: …", "Mémoire : …", "Orientador: …"):
 * a note on the school, in five languages, never its name or its degree.
 */
export const GRADE = new RegExp(
  String.raw`^(?:(?:final|overall|cumulative|cum\.?|major)\s+)?` +
    String.raw`(?:gpa|grade|note|nota|moyenne|m[ée]dia|aggregate|cgpa|eqf|nqf|isced|` +
    String.raw`mention|calificaci[oó]n|abschlussnote|endnote|thesis|dissertation|dissertacao|dissertação|` +
    String.raw`(?:diplom|master|bachelor|doktor|abschluss|studien)arbeit|th[eè]se|m[ée]moire|tesis|tese|tfg|tfm|` +
    String.raw`trabajo\s+(?:de\s+)?fin|trabalho\s+de\s+conclus|supervisors?|advisors?|betreuer(?:in)?|gutachter|` +
    String.raw`directeur|directrice|director|directora|orientador|orientadora)\b`,
  'iu',
);

/** "cursando 4º curso", "in progress", "not completed": where the study stands, no part of its name. */
const STANDING = new RegExp(
  String.raw`^(?:cursando|en\s+curso|in\s+progress|em\s+andamento|em\s+curso|laufend|en\s+cours|ongoing|` +
    String.raw`expected|not\s+completed|incomplete|abgebrochen|inachev[ée]|sin\s+terminar|n[aã]o\s+conclu[ií]do)\b`,
  'iu',
);

/**
 * "(First Class Honours)", "(Matrícula de Honor)", "(com distinção)", "(mit Auszeichnung)", "(summa cum
 * laude)", "(mention très bien)": an honour in brackets after a degree, how it was passed, not what.
 * A bare "(Hons)" names the degree (an honours degree) and stays.
 */
const HONOUR_NOTE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:first|second|third|upper|lower)(?:[\s-]+second)?[\s-]+class|with\s+(?:merit|distinction|honou?rs)|` +
    String.raw`distinction|distin[cç][aã]o|distinci[oó]n|matr[ií]cula\s+de\s+honor|(?:summa|magna)?\s*cum\s+laude|` +
    // "mention Très bien" is a grade; "Licence (mention Informatique)" names the subject.
    String.raw`auszeichnung|mention\s+(?:tr[eè]s\s+|assez\s+)?(?:bien|honorable)|com\s+louvor|sobresaliente|excelente|` +
    String.raw`merit)(?!\p{L})`,
  'iu',
);

/** "NIT Trichy. CGPA 8.7/10", "University of Oxford. Supervisor: Prof. A. Finch.": the note after a full stop goes. */
export function withoutNote(written: string): string {
  // "Abitur (Note 1,4)", "BSc Physics (GPA 3.8)", "Grado en X (cursando 4º curso)": a grade or the
  // study's standing in brackets goes too.
  const part = written.replace(/\s*\(([^()]*)\)/gu, (all, inside: string) =>
    GRADE.test(inside.trim()) || STANDING.test(inside.trim()) || HONOUR_NOTE.test(inside) ? '' : all,
  );
  for (const stop of part.matchAll(/\s*[.;]\s+(?=\p{L})/gu)) {
    if (GRADE.test(part.slice(stop.index + stop[0].length))) return part.slice(0, stop.index);
  }
  // "BA (Hons) History, First Class", "Master Finance, mention Très bien": the honour after a comma goes too.
  return part.replace(/,\s*([^,]{2,40})$/u, (all, tail: string) => (honourNote(tail) ? '' : all));
}

/** "First Class", "mention Très bien", "summa cum laude": a part that only says how a degree was passed. */
export function honourNote(part: string): boolean {
  return HONOUR_NOTE.test(part) && part.trim().split(/\s+/).length <= 5 && !namesDegree(part) && !namesSchool(part);
}

/** A label at the start of a line or after a word's end ("…, Abschluss: Abitur"). */
const LABEL_AT = String.raw`(?<![\p{L}\p{N}])`;

/** "Abschluss: Master of Science", "Degree: MSc", "Diplôme : Licence", "Título: Ingeniero": an entry's degree. */
const DEGREE_LABEL = new RegExp(
  LABEL_AT +
    String.raw`(?:degree|qualification|abschluss|akademischer\s+grad|dipl[oô]me(?:\s+obtenu)?|` +
    String.raw`t[ií]tulo(?:\s+obtenido)?|titulaci[oó]n|grau|grado)\s*[:：]\s*(\S.*)$`,
  'iu',
);
/** "Studiengang: Informatik", "Major: Physics", "Spécialité : Chimie", "Curso: Direito": the subject. */
const AREA_LABEL = new RegExp(
  LABEL_AT +
    String.raw`(?:majors?|field(?:\s+of\s+study)?|speciali[sz]ation|concentration|studiengang|studienfach|` +
    String.raw`fachrichtung|hauptfach|schwerpunkt|vertiefung|sp[ée]cialit[ée]|fili[èe]re|especialidad|especializaci[oó]n|` +
    String.raw`menci[oó]n|[êe]nfase|carrera|curso|` +
    String.raw`habilita[cç][aã]o)\s*[:：]\s*(\S.*)$`,
  'iu',
);

/** "Institution: Rockford University", "Hochschule: …", "Établissement : …", "Centro: …": the school. */
const SCHOOL_LABEL = new RegExp(
  String.raw`^(?:institution|school|university|college|hochschule|universit[aä]t|bildungseinrichtung|` +
    String.raw`[ée]tablissement|[ée]cole|universit[ée]|instituci[oó]n|centro|universidad|institui[cç][aã]o|escola|` +
    String.raw`universidade|faculdade)\s*[:：]\s*(\S.*)$`,
  'iu',
);

/**
 * A label's match in a text, when it labels the entry: in "Bachelor's degree: Physics" the word just
 * before the label names the degree, and the label is a part of the degree's own text.
 */
function labelIn(label: RegExp, text: string): RegExpExecArray | undefined {
  const match = label.exec(text);
  const before = match ? text.slice(0, match.index).trim().split(/\s+/).at(-1) : undefined;
  return match && !(before && namesDegree(before)) ? match : undefined;
}

/** A part with its labelled degree or subject cut off ("Gymnasium X, Abschluss: Abitur" → "Gymnasium X"). */
function unlabelled(part: string): string {
  const match = labelIn(DEGREE_LABEL, part) ?? labelIn(AREA_LABEL, part);
  return match ? part.slice(0, match.index).replace(/[\s,;|–—-]+$/u, '') : part;
}

/** An entry's labelled degree and subject, on any of its lines, and its parts without them. */
export function labelledDegree(
  section: Section,
  entry: { readonly parts: readonly string[]; readonly lines: readonly [number, number] },
): { parts: string[]; institution?: string; studyType?: string; area?: string } {
  const [from, to] = entry.lines;
  let degree: string | undefined;
  let area: string | undefined;
  let school: string | undefined;
  for (const line of section.lines) {
    if (line.line < from || line.line > to || !/[:：]/.test(line.text)) continue;
    degree ??= labelIn(DEGREE_LABEL, line.text)?.[1];
    area ??= labelIn(AREA_LABEL, line.text)?.[1];
    school ??= SCHOOL_LABEL.exec(line.text)?.[1];
  }
  if (!degree && !area && !school) return { parts: [...entry.parts] };
  const parts = entry.parts.map(unlabelled).filter((p) => /\p{L}/u.test(p) && !SCHOOL_LABEL.test(p));
  const split = degree ? splitDegree(withoutNote(degree).trim()) : {};
  return {
    parts,
    ...(school ? { institution: school.trim() } : {}),
    ...split,
    ...(area && !('area' in split) ? { area: withoutNote(area).trim() } : {}),
  };
}
