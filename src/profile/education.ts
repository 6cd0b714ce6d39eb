/**
 * Schools from a CV's education sections: each entry's parts sorted into the institution (a part
 * naming a school: University, Universität, École, Universidad, Faculdade…), the qualification
 * (a part naming a degree: BSc, Master, Diplom, Licence, Licenciatura, Mestrado…), its subject
 * ("Master of Science in Physics" → studyType "Master of Science", area "Physics") and dates (a
 * single date is the completion). School and degree words are data (words/education.json).
 */
import { withoutDates } from '../text/dates.js';
import { entryBlocks, entryDates } from './entries.js';
import type { Section } from './sections.js';
import type { EducationEntry } from './types.js';
import { labelledField, withoutAddress } from './formRows.js';
import { isBullet } from './lines.js';
import { cityLike, isPlace, nameBeforePlace } from './roleWords.js';
import { yamlRecords } from './yamlRecords.js';
import {
  DEGREE,
  DEGREES,
  FIELD_WORDS,
  fold,
  foldedWords,
  namesDegree,
  namesSchool,
  ROLE_LABELS,
  SCHOOL_WORDS,
} from './wordLists.js';
import { degreeSaid, splitDegree } from './degreeText.js';
import { GRADE, honourNote, labelledDegree, withoutNote } from './schoolLabels.js';
import { schoolPerLine } from './schoolLines.js';

export { namesDegree, namesSchool } from './wordLists.js';
export { splitDegree } from './degreeText.js';

const degreeWords = (part: string) => fold(part).match(DEGREES)?.length ?? 0;
/** "Computer Science", "Informatik", "Economía": a field of study, not a school. */
const namesField = (part: string) => foldedWords(part).some((w) => FIELD_WORDS.has(w));

/** "Data Science, Eastbrook Tech" looks like "City, Country": a field first makes it a field and a school. */
function fieldAndSchool(part: string): string[] {
  const pieces = part.split(/\s*,\s*/);
  // "Master of Arts, History" is a degree and its subject.
  return isPlace(part) && pieces.length === 2 && namesField(pieces[0]!) && !namesDegree(pieces[0]!) ? pieces : [part];
}

/**
 * "B.Tech in CSE, Indian Institute of Technology — CGPA 8.9", "Uni X, GPA 3.9", "Class XII, CBSE, Delhi
 * Public School, 92%": a part whose commas set a school apart from a degree, or a grade from either,
 * is those pieces ("University of California, Berkeley" stays one).
 */
function commaPieces(part: string): string[] {
  if (!part.includes(',')) return [part];
  const pieces = part
    .split(/,\s+(?![^()]*\))/)
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}/u.test(piece));
  if (pieces.length < 2) return [part];
  const schoolAt = pieces.findIndex(namesSchool);
  const degreeAt = pieces.findIndex(namesDegree);
  const graded = pieces.some((piece, i) => i > 0 && GRADE.test(piece));
  // "Applied Optics track, Marlowe Institute of Technology": the first piece to name a school, after
  // pieces that name none, is the school ("University of California, Berkeley" stays one).
  const schoolAfter = schoolAt > 0 && degreeAt < 0 && !pieces.slice(0, schoolAt).some(isPlace);
  return graded || schoolAfter || (schoolAt >= 0 && degreeAt >= 0 && schoolAt !== degreeAt) ? pieces : [part];
}

/**
 * A bare degree ("MSc") with its field on a line of its own, just above or below it and before the
 * school ("### Data Science" / "MSc" / "University of X"): that part is the field. After the school,
 * only the part just below a bare degree that names a subject is its field ("Universidade X" /
 * "Mestrado" / "Engenharia Biomédica"); any other part there is the school's place or a note.
 */
function fieldBeside(parts: readonly string[], degreeAt: number, schoolAt: number): string | undefined {
  if (schoolAt < 0) return undefined;
  if (degreeAt > schoolAt) return subjectBelow(parts, degreeAt);
  const at = [degreeAt + 1, degreeAt - 1].find(
    (i) =>
      i >= 0 &&
      i < schoolAt &&
      /^\p{Lu}/u.test(parts[i]!) &&
      parts[i]!.split(/\s+/).length <= 6 &&
      !namesSchool(parts[i]!) &&
      !namesDegree(parts[i]!) &&
      !isPlace(parts[i]!),
  );
  return at === undefined ? undefined : parts[at];
}

/** "Mestrado" alone: a degree word and nothing else. */
const bareDegree = (part: string) =>
  fold(part)
    .replace(DEGREES, '')
    .replace(/[\s.,()'’-]+/g, '') === '';

function subjectBelow(parts: readonly string[], degreeAt: number): string | undefined {
  const below = parts[degreeAt + 1];
  if (!below || !bareDegree(parts[degreeAt]!) || bareDegree(below) || !/^\p{Lu}/u.test(below)) return undefined;
  const subject = below.split(/\s+/).length <= 6 && !namesSchool(below) && !isPlace(below);
  // "Engenharia Biomédica": a subject that is a degree's name too ("Engenharia") names a field all the same.
  return subject && (namesField(below) || namesDegree(below)) ? below : undefined;
}

/** "… Institute of Engineering 8.4", "… College with 81%": a grade run onto the school's name. */
const TRAILING_GRADE = /\s+(?:(?:with|mit|avec|con|com)\s+)?(?:\d{1,3}(?:[.,]\d{1,2})?\s*%|\d{1,2}[.,]\d{1,2})$/u;

/** "Cambridge, MA", "Starkville, MS": a US state's code after a comma is a place's, not a degree. */
const STATE_CODE = /,\s*\p{Lu}{2}$/u;

/**
 * "PhD in History (University of Edinburgh)", "Universidad de Quintal (Grado en Derecho)": a school
 * named in brackets after the degree, or a degree after the school, is a part of its own.
 */
function bracketedSchool(part: string): string[] {
  const match = /^(.+?)\s*\(([^()]+)\)$/u.exec(part);
  if (!match) return [part];
  const [outside, inside] = [match[1]!, match[2]!];
  if (namesDegree(outside) && namesSchool(inside) && !namesDegree(inside)) return [outside, inside];
  return namesSchool(outside) && !namesDegree(outside) && namesDegree(inside) && !namesSchool(inside)
    ? [outside, inside]
    : [part];
}

/**
 * The words that put a school after its degree: "BSc from University of X", "Ingénieur diplômé de
 * l'École Y", "Diplom an der Universität Z", "Licenciatura pela Universidade W", "Grado por la Universidad V".
 */
const SCHOOL_AFTER = new RegExp(
  String.raw`\s+(?:(?:from|at)(?:\s+the)?|@|an\s+der|am|von\s+der|von|der|de\s+la|du|des|de|à\s+la|à|aux|au|en\s+la|` +
    String.raw`en\s+el|por\s+la|por\s+el|por|pela|pelo|na|no|da|do)\s+(?=\p{Lu})|\s+(?:de|à)\s+l['’](?=\p{Lu})`,
  'gu',
);

/** The words that say who awarded a degree, whatever the awarding body is called. */
const AWARDED_BY = /^\s+(?:from|por\s+(?:la|el)|pela|pelo|an\s+der|von\s+der)\s+$/iu;

/**
 * "Master of Science from Eastbrook University": the degree and the school it was taken at, two
 * parts. The school starts after the last such word whose left side names no school yet, so "de"
 * inside the school's own name ("Universidad de Castrelo") never cuts it.
 */
function degreeFromSchool(part: string): string[] {
  if (!namesDegree(part)) return [part];
  const schoolWord = namesSchool(part);
  // "Máster por el Centro de Estudios Fiscales": with no school word, only a word that says "awarded by".
  const links = [...part.matchAll(SCHOOL_AFTER)].filter((link) => schoolWord || AWARDED_BY.test(link[0])).reverse();
  for (const link of links) {
    const [degree, school] = [part.slice(0, link.index), part.slice(link.index + link[0].length)];
    if (namesSchool(degree)) continue;
    const named = schoolWord ? namesSchool(school) : school.split(/\s+/).length >= 2;
    return namesDegree(degree) && named ? [degree.trim(), school] : [part];
  }
  return [part];
}

/** "Ridgeway Institute of Technology, Dayton, OH", "Uni X, Lyon": the place after the school's name goes. */
function withoutPlace(name: string): string {
  const pieces = name.split(/\s*,\s*/);
  for (let i = 1; i < pieces.length; i++) {
    const tail = pieces.slice(i).join(', ');
    if (!namesSchool(tail) && isPlace(i === pieces.length - 1 ? `X, ${tail}` : tail))
      return pieces.slice(0, i).join(', ');
  }
  return name;
}

/** "Department of Economics", "Institut für Physik", "Lehrstuhl für …", "Laboratoire de …": a unit inside a school. */
const SUB_UNIT = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:department|dept\.?|institute|school|faculty|chair|laboratory|lab|centre|center)\s+(?:of|for)|` +
    String.raw`(?:institut|lehrstuhl|fakult[aä]t|fachbereich|seminar)\s+f[uü]r|` +
    String.raw`(?:laboratoire|d[eé]partement|institut|facult[eé]|[eé]cole\s+doctorale|departamento|facultad|instituto|` +
    String.raw`faculdade|centro)\s+d[eoa]s?\b)`,
  'iu',
);

/** "University of Zagreb", "Faculty of Electrical Engineering": a school and its faculty, one institution. */
function joinFaculty(parts: string[]): void {
  const at = parts.findIndex(
    (p, i) => i > 0 && /^(?:faculty|school|college|department|faculdade|facultad|facult[eé]|fakult[aä]t)\b/iu.test(p),
  );
  if (at > 0 && namesSchool(parts[at - 1]!) && !namesDegree(parts[at - 1]!) && !namesDegree(parts[at]!)) {
    parts.splice(at - 1, 2, `${parts[at - 1]}, ${parts[at]}`);
  }
}

/**
 * "Bachelor of Science", "Master in Business School Management", "High School Diploma": a degree's
 * own words around a school word ("of"/"in" after its first word, or degree words first and last)
 * name a degree. "Lincoln High School" and "Kestrel Institute B.Tech" stay schools.
 */
function degreePhrase(part: string): boolean {
  if (/^\s*\S+\s+(?:of|in)\b/i.test(part)) return true;
  const folded = fold(part).replace(/[\s.,;:]+$/, '');
  const last = DEGREE_LAST.exec(folded)?.[0];
  return last !== undefined && !namesSchool(last) && DEGREE_FIRST.test(folded);
}
const DEGREE_LAST = new RegExp(`(?:${DEGREE.source})$`, 'u');
const DEGREE_FIRST = new RegExp(`^(?:${DEGREE.source})`, 'u');

/** "Kestrel Institute of Technology B.Tech": a school's name with its degree after it, two parts. */
function schoolThenDegree(part: string): string[] {
  const name = part.replace(/[\s.,;:]+$/, '');
  const folded = fold(name);
  const last = DEGREE_LAST.exec(folded);
  if (!last || folded.length !== name.length || STATE_CODE.test(name) || DEGREE_FIRST.test(folded)) return [part];
  // "Harvard University Boston MA": two capitals after a town are its state's code.
  if (/^\p{Lu}{2}$/u.test(name.slice(last.index))) return [part];
  const school = name.slice(0, last.index).replace(/[\s,;|–—-]+$/, '');
  return namesSchool(school) && !namesSchool(last[0]) && /^\p{Lu}/u.test(name.slice(last.index))
    ? [school, name.slice(last.index)]
    : [part];
}

/** Capitalised words that open a school's name before its school word ("Technische Universität X"). */
const NAME_OPENERS = new RegExp(
  String.raw`^(?:technische|freie|katholische|evangelische|p[aä]dagogische|medizinische|pontif[ií]cia|` +
    String.raw`imperial|royal|national)$`,
  'iu',
);
/** English school words end a name as often as they open one ("Pune Institute of Engineering"). */
const ENGLISH_SCHOOL =
  /^(?:university|college|institute|school|academy|polytechnic|conservatory|seminary|faculty|campus)$/iu;
/** Words that go on from a school word inside its name ("University of X", "Universidad de Y"). */
const NAME_JOINS = /^(?:of|de|del|do|da|dos|das|des|du|di|der|für|fur)$/iu;
/**
 * Words a degree's text never ends with: a school word after them belongs to the degree ("Diploma in
 * University Teaching") or follows a link that degreeFromSchool reads ("Licenciatura pela Universidade X").
 */
const DEGREE_GOES_ON = new RegExp(
  String.raw`(?:^|\s)(?:of|in|at|from|an|am|von|der|de|la|el|del|du|des|à|au|en|em|the|and|und|et|y|e|` +
    String.raw`for|für|zum|zur|por|pela|pelo|da|do|na|no)$`,
  'iu',
);

/**
 * "MSc Data Science Kelso Institute of Technology", "B.Tech Computer Engineering Ridgeway College of
 * Engineering": where the name before an English school word opens. Back from the school word, over
 * capitalised words that name no subject and no degree; the subject before them ends the degree. With
 * none, "University of …" / "College of …" opens the name itself; any other school word may end a
 * name that began before the subject ("Pune Institute", "Business School"): undefined.
 */
function nameOpensAt(words: readonly string[], at: number): number | undefined {
  const back = (fields: boolean) => {
    let from = at;
    while (from > 1 && nameWord(words[from - 1]!) && (fields || !namesField(words[from - 1]!))) from--;
    return from;
  };
  // The subject ends the degree: the word just before the name is one ("… Science Kelso Institute").
  const named = back(false);
  if (named < at && namesField(words[named - 1]!)) return named;
  // "MBA Harlow Business School": after a degree written alone, the name opens at the first other word.
  const afterDegree = back(true);
  if (afterDegree < at && !namesField(words[afterDegree]!) && bareDegree(words.slice(0, afterDegree).join(' '))) {
    return afterDegree;
  }
  return /^(?:university|college)$/iu.test(words[at]!) && words[at + 1] === 'of' ? at : undefined;
}
const nameWord = (word: string) => /^\p{Lu}/u.test(word) && !namesDegree(word) && !DEGREE_GOES_ON.test(` ${word}`);

/**
 * "Bachelor of Science Physik Universität Grauenstein": a table row's degree and school cells run
 * together with no gap between them; the school starts at the school word that opens a name.
 */
function degreeThenSchool(part: string): string[] {
  if (!namesDegree(part)) return [part];
  const words = part.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!) || !SCHOOL_WORDS.has(fold(words[i]!))) continue;
    // "… Royal Holloway College": only an English school word ends the name.
    const next = words[i + 1];
    if (next === undefined ? !ENGLISH_SCHOOL.test(words[i]!) : !/^\p{Lu}/u.test(next) && !NAME_JOINS.test(next)) {
      continue;
    }
    // "… Pune Institute of Engineering": an English school word may end a name that began before it.
    const opened = i > 1 && NAME_OPENERS.test(words[i - 1]!) ? i - 1 : i;
    const from = ENGLISH_SCHOOL.test(words[i]!) ? nameOpensAt(words, i) : opened;
    if (from === undefined) continue;
    const degree = words.slice(0, from).join(' ');
    if (!namesDegree(degree) || namesSchool(degree) || DEGREE_GOES_ON.test(degree)) return [part];
    return [degree, words.slice(from).join(' ')];
  }
  return [part];
}

/**
 * "Passed SSC from Modern High School", "Pursuing B.Tech", "Cursando Bacharelado em X", "Concluí o
 * Ensino Médio", "Étudiante en Master 2": the verb that says a study was taken or is under way opens
 * the degree's sentence and is no part of it. "Graduated from University X with a BA in Y" and
 * "Attended Dunmore College" name the school first.
 */
const STUDY_VERB = new RegExp(
  String.raw`^(?:currently\s+)?(?:passed|completed|pursuing|appeared\s+for|cleared|studying|attended|cursando|` +
    String.raw`cursei|conclu[ií](?:d[oa])?|estudiante\s+de|estudante\s+de|[ée]tudiant(?:e)?\s+en)\s+` +
    String.raw`(?:(?:the|a|an|o|el|la|le|um|uma|un|une|der|des)\s+)?`,
  'iu',
);
/** "Baccalauréat ES obtenu", "B.E. completed": a participle after the degree says it was taken. */
const TAKEN_AFTER = /\s+(?:obtenu|obtenue|obtained|completed|conclu[ií]d[oa]|obtenid[oa]|erworben|abgeschlossen)$/iu;
const GRADUATED_FROM = /^(?:graduated|graduating)\s+from\s+(.+?)\s+with\s+(?:an?\s+)?(.+)$/iu;

function studySentence(part: string): string[] {
  const from = GRADUATED_FROM.exec(part);
  if (from && namesDegree(from[2]!)) return [from[2]!, from[1]!];
  const verb = STUDY_VERB.exec(part)?.[0];
  // "Completed coursework in Algorithms": a degree or a school starts with a capital or a number.
  const bare = verb && /^[\p{Lu}\p{N}]/u.test(part.slice(verb.length)) ? part.slice(verb.length) : part;
  return [bare];
}

/**
 * "Ridgeway Public School (CBSE) with 91% in", "Kelso University with First Class", "Colégio X em":
 * a school named in a sentence keeps the sentence's grade and the word its removed year stood after.
 */
const SENTENCE_TAIL = new RegExp(
  String.raw`(?:\s+(?:with|avec|com|con|mit)\s+(?:an?\s+)?(?:[\d.,/]+\s*(?:%|cgpa|gpa|cpi|percent|points?)?|` +
    String.raw`(?:first|second|third|upper|lower|pass)\b.*|distinction.*|honou?rs.*|merit.*|(?:c?gpa|cpi|aggregate)\b.*)|` +
    String.raw`\s+(?:in|on|during|em|en|au|im|no|na|in\s+the\s+year)|\s*[.,;:])\s*$`,
  'iu',
);
function withoutSentenceTail(name: string): string {
  let cut = name;
  for (let previous = ''; previous !== cut; ) {
    previous = cut;
    cut = cut.replace(SENTENCE_TAIL, '');
  }
  return cut || name;
}

/**
 * "AWS Certified Solutions Architect – Associate", "Scrum Master – Professional": a certificate's level
 * after a dash is part of its name, not a degree of its own ("Associate" names one elsewhere).
 */
const CERTIFIED =
  /(?<!\p{L})(?:certified|certification|certificate|zertifikat|zertifiziert|certificat|certificado|certifica[cç][aã]o)(?!\p{L})/iu;
const CERTIFICATE_LEVEL =
  /^(associate|professional|practitioner|foundation|fundamentals|specialty|expert|advanced|level\s+\w+)(?:\s*,\s*(.+))?$/iu;
function certificateLevels(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    const level = CERTIFICATE_LEVEL.exec(part.trim());
    if (last === undefined || !level || !CERTIFIED.test(last)) joined.push(part);
    else joined.splice(-1, 1, `${last} – ${level[1]}`, ...(level[2] ? [level[2]] : []));
  }
  return joined;
}

/** "EPFV, Lausanne", "KTU, Kaunas": an acronym before its town is a school's name, not a place. */
const ACRONYM_TOWN = /^\p{Lu}{3,6}\s*,\s*\p{Lu}\p{Ll}/u;
const acronymBeforeTown = (part: string) =>
  ACRONYM_TOWN.test(part) && part.split(/\s*,\s*/).length === 2 && !/^(?:USA|UAE|NSW|QLD)\b/u.test(part);

const GRADUATED_ONLY =
  /^(?:grad\.?|graduated|graduation|graduating|abschluss|dipl[oô]m[ée]e?|egresad[oa]|formad[oa])$/iu;

export function sortSchoolParts(parts: readonly string[]): { institution?: string; studyType?: string; area?: string } {
  const rest = certificateLevels(parts)
    .map(withoutNote)
    // "**PhD, Soil Science**; Carrow University": a semicolon sets the school apart from its degree.
    .flatMap((part) => part.split(/\s*;\s+/))
    .flatMap(studySentence)
    .flatMap(commaPieces)
    .flatMap(schoolThenDegree)
    .flatMap(fieldAndSchool)
    .flatMap(bracketedSchool)
    .flatMap(degreeFromSchool)
    .flatMap(degreeThenSchool)
    // "Lycée Montaigne, Bordeaux" reads like "City, Region": a school word keeps it a school.
    .filter(
      (p) =>
        (namesDegree(p.replace(STATE_CODE, '')) ||
          namesSchool(p) ||
          nameBeforePlace(p) ||
          acronymBeforeTown(p) ||
          !isPlace(p)) &&
        !GRADE.test(p) &&
        !honourNote(p) &&
        !GRADUATED_ONLY.test(p.trim()),
    );
  // "High School Diploma" beside "Northwest High School": the school part naming fewest degree words.
  joinFaculty(rest);
  const schools = rest
    .map((p, i) => ({ i, degrees: degreeWords(p) }))
    .filter(({ i }) => namesSchool(rest[i]!) && !(namesDegree(rest[i]!) && degreePhrase(rest[i]!)));
  const fewest = Math.min(...schools.map((s) => s.degrees));
  // "Institut für Physik, Universität Grauenstein": a department before its university names where, not which school.
  const least = schools.filter((s) => s.degrees === fewest);
  const schoolAt = (least.find((s) => !SUB_UNIT.test(rest[s.i]!)) ?? least[0])?.i ?? -1;
  const degreeAt = rest.findIndex((p, i) => i !== schoolAt && namesDegree(p));
  // "minor in Economics" goes on from the degree: a school's name starts with a capital.
  const capitalised = (p: string, i: number) => i !== degreeAt && /^[\p{Lu}\p{N}]/u.test(p);
  // No school word: the first capitalised part, unless it is a field of study with another part after it.
  const named = rest.map((p, i) => (capitalised(p, i) ? i : -1)).filter((i) => i >= 0);
  const unnamedAt = named.length >= 2 && namesField(rest[named[0]!]!) ? named[1]! : (named[0] ?? -1);
  const institutionAt = schoolAt >= 0 ? schoolAt : unnamedAt;
  // A place after a comma or in brackets ("(Lyon)", "(second year)") is not the school's name.
  const institution =
    institutionAt >= 0
      ? withoutPlace(withoutSentenceTail(rest[institutionAt]!))
          .replace(/\s*\([^()]*\)$/, '')
          .replace(TRAILING_GRADE, '')
      : undefined;
  // "Grad. May 2010", "Graduated June 2022": the word before a school-leaving date names no degree.
  const degreeText = degreeAt >= 0 ? rest[degreeAt] : rest.find((_, i) => i !== institutionAt);
  const degree = degreeText ? splitDegree(degreeText.replace(TAKEN_AFTER, '')) : undefined;
  const area = degree && !degree.area && degreeAt >= 0 ? fieldBeside(rest, degreeAt, institutionAt) : undefined;
  return { ...(institution ? { institution } : {}), ...(degree ?? {}), ...(area ? { area } : {}) };
}

/** A form's school: "Title of qualification awarded: MSc Physics", "Name and type of organisation …: Uni X". */
function formSchool(parts: readonly string[]): ReturnType<typeof sortSchoolParts> | undefined {
  const fields = parts.map(labelledField);
  const school = fields.find((f) => f?.field === 'school')?.value;
  const degree = fields.find((f) => f?.field === 'degree')?.value;
  if (!school && !degree) return undefined;
  return { ...(school ? { institution: withoutAddress(school) } : {}), ...(degree ? splitDegree(degree) : {}) };
}

/** "__University of X__" over "- MSc Physics" (markdown-cv): a school's first bullet naming a degree is its degree. */
function degreeBelow(
  section: Section,
  [from, to]: readonly [number, number],
  head: readonly number[],
): { studyType?: string; area?: string } {
  const first = section.lines.find((l) => l.line >= from && l.line <= to && isBullet(l.raw));
  // The entry's own line ("- Lincoln High School, 2010") has been read as its parts already.
  const bullet = first && !head.includes(first.line) && withoutDates(first.text).replace(/[\s,;|–—-]+$/, '');
  if (bullet && namesDegree(bullet) && bullet.split(/\s+/).length <= 10) return splitDegree(bullet);
  // "Master's degree in Marine Biology. Thesis on …" under the school: its first sentence, opening with the degree.
  const said = section.lines.find((l) => l.line > from && l.line <= to && !head.includes(l.line) && l.text);
  const sentence = said && /^(.{4,80}?)(?:\.\s|\.?$)/u.exec(said.text)?.[1];
  if (sentence && fold(sentence).search(DEGREE) === 0) return splitDegree(sentence);
  // "Graduated with a BA in Economics.", "- Major in Economics, minor in Mathematics": said in words.
  return (said && degreeSaid(said.text)) ?? {};
}

/** "Dean's List (2011, 2012)", "Merit scholarship 2013": an honour dated under a school, not a school of its own. */
const HONOUR = new RegExp(
  String.raw`(?<!\p{L})(?:dean['’]?s\s+list|honou?r\s+roll|honou?rs|awards?|awarded|scholarships?|prizes?|` +
    String.raw`cum\s+laude|distinction|merit\s+list|stipendium|stipendiat|preis|prix|bourse|beca|premio|bolsa|` +
    String.raw`pr[eé]mio)(?!\p{L})`,
  'iu',
);
const honourOnly = (parts: readonly string[]) =>
  parts.some((p) => HONOUR.test(p)) && !parts.some((p) => namesSchool(p) || namesDegree(p));

/**
 * "Lakemont University" / "MEng in X" / "Dec 2014" then "BA in X" / "May 2014": a second degree under
 * the same school names none; a degree with only its dates, a place or a grade beside it is taken there.
 */
function sameSchool(
  school: { institution?: string; studyType?: string },
  parts: readonly string[],
  schoolLine: string | undefined,
): string | undefined {
  if (school.institution || !school.studyType || !schoolLine) return undefined;
  const others = parts.filter((p) => !namesDegree(p) && !isPlace(p) && !GRADE.test(p));
  return others.length === 0 ? schoolLine : undefined;
}

/**
 * "Universidad de Norte Claro   Valdemar", "Lakemont University, Ohio": a line that names the school
 * and at most its place, so the degrees under it that name no school were taken there.
 */
function namesOnlySchool(text: string, institution: string): boolean {
  if (withoutPlace(text) === institution) return true;
  if (!text.startsWith(institution)) return false;
  const rest = text.slice(institution.length).replace(/^[\s,|–—-]+/u, '');
  return rest === '' || cityLike(rest) || isPlace(rest);
}

/**
 * "Web Development Bootcamp — Ironhack, Berlin", "Master in Finance" / "Dauphine-Kelso, Paris": a
 * degree with no school word anywhere in its entry, and no school line above it, beside a name and its
 * town. The name reads like a town of a "City, Country" pair, but the degree needs a school: it is one.
 */
function schoolBeforeTown(school: { institution?: string; studyType?: string }, parts: readonly string[]) {
  if (school.institution || !school.studyType || parts.some(namesSchool)) return undefined;
  const pair = parts
    .map((part) => part.split(/\s*,\s*/))
    .find(
      (pieces) =>
        pieces.length === 2 &&
        !/^\p{Lu}{2}$/u.test(pieces[1]!) &&
        cityLike(pieces[1]!) &&
        /^[\p{Lu}\p{N}]/u.test(pieces[0]!) &&
        !isPlace(pieces[0]!) &&
        !namesDegree(pieces[0]!),
    );
  return pair?.[0];
}

export function readEducation(sections: readonly Section[]): EducationEntry[] {
  // Schools kept as YAML records in the front matter: its lines are read as records, not as text.
  const yaml = yamlRecords(sections);
  const found: EducationEntry[] = yaml.schools.map((s) => ({ ...s, ...splitDegree(s.studyType ?? '') }));
  for (const section of sections) {
    if (section.kind !== 'education') continue;
    if (yaml.schools.length > 0 && (section.heading ?? section.lines[0])!.line <= yaml.end) continue;
    let schoolLine: string | undefined;
    const sectionStart = found.length;
    for (const entry of entryBlocks(section.lines).flatMap((found) => schoolPerLine(section, found))) {
      if (entry.parts.length === 0 || honourOnly(entry.parts)) continue;
      const dates = entryDates(entry.dates, 'end');
      const last = found.length > sectionStart ? found.at(-1) : undefined;
      // "Dates: 2010 – 2014" on a line of its own under a labelled school: that school's dates.
      if (
        last &&
        !last.endDate &&
        entry.dates &&
        entry.parts.every((p) => ROLE_LABELS.get(fold(p).trim()) === 'dates')
      ) {
        found[found.length - 1] = { ...last, ...dates, lines: [last.lines[0], entry.lines[1]] };
        continue;
      }
      const { parts, institution, ...labelled } = labelledDegree(section, entry);
      // "Universität X, 2010 – 2014" / "Schwerpunkt: Finanzen" / "Abschluss: Bachelor of Science": a labelled
      // degree cut off as an entry of its own, with nothing else on it, is the degree of the school above.
      if (last && !last.studyType && !entry.dates && !institution && labelled.studyType && parts.length === 0) {
        found[found.length - 1] = {
          ...last,
          ...labelled,
          ...(last.area ? { area: last.area } : {}),
          lines: [last.lines[0], entry.lines[1]],
        };
        continue;
      }
      const sorted = formSchool(parts) ?? sortSchoolParts(parts.slice(0, 4));
      // A labelled degree is the degree whatever the other parts hold; a labelled subject fills a gap.
      const read = {
        ...(labelled.studyType
          ? { ...sorted, ...labelled }
          : { ...sorted, ...(sorted.area || !labelled.area ? {} : { area: labelled.area }) }),
        ...(institution ? { institution } : {}),
      };
      const below = read.studyType
        ? {}
        : degreeBelow(
            section,
            entry.lines,
            entry.head.map((l) => l.line),
          );
      const school = { ...read, ...below, ...dates };
      // "Média final: 17 valores" read as an entry of its own: a note with nothing of a school in it.
      if (!Object.values(school).some((v) => v !== undefined)) continue;
      // "**TU Ilmgrund** (seit 10/2022)" over "Bachelor of Science, voraussichtlicher Abschluss 2026": a school
      // named with its start alone, then its degree with the end: one entry the dates cut in two.
      if (
        last?.institution &&
        !last.studyType &&
        !last.endDate &&
        !school.institution &&
        school.studyType &&
        !(school.startDate && school.endDate)
      ) {
        found[found.length - 1] = {
          ...last,
          ...school,
          ...(last.startDate ? { startDate: last.startDate } : {}),
          lines: [last.lines[0], entry.lines[1]],
        };
        continue;
      }
      const shared = sameSchool(school, parts, schoolLine);
      const before = shared ?? schoolBeforeTown(school, parts);
      found.push({ ...(before ? { institution: before } : {}), ...school, lines: entry.lines });
      // A school named on a line of its own heads the degrees under it that name none.
      const own = school.institution && entry.head.some((l) => namesOnlySchool(l.text, school.institution!));
      schoolLine = own ? school.institution : shared;
    }
  }
  return found;
}
