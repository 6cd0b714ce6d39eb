/**
 * One map of CV section headings, in five languages, to the canonical section they head
 * (sectionHeadings.json), and of the words of a question that ask for what a section holds. The
 * profile reader cuts a CV into sections with it; retrieval reads a named person's section that a
 * question asks about ("which languages does Ana speak?" → her "Sprachkenntnisse"), whatever
 * language the CV writes its heading in. Here, in text/, so both sides read the same map.
 */
import { remembered } from '../caches.js';
import { escapeRegExp } from './regExp.js';
import data from './sectionHeadings.json' with { type: 'json' };

export type CanonicalSection =
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'summary'
  | 'projects'
  | 'publications'
  | 'awards'
  | 'interests'
  | 'references'
  | 'volunteering'
  | 'contact'
  | 'teaching'
  | 'supervision'
  | 'research'
  | 'document';

type ByLanguage = Readonly<Record<string, readonly string[]>>;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents removed, so "Expérience" and "EXPERIENCE" look the same. */
export function foldHeading(text: string): string {
  // ASCII is its own NFKD form and holds no mark: most text is, and the profile reader folds every line.
  if (ASCII.test(text)) return text.toLowerCase();
  // A typographic apostrophe is the same elision: "Centres d’intérêt" is "Centres d'intérêt".
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

const SECTIONS = data.sections as unknown as Readonly<Record<CanonicalSection, ByLanguage>>;

/** Every canonical section, in priority order (a heading listed under two belongs to the first). */
export const CANONICAL_SECTIONS = Object.keys(SECTIONS) as readonly CanonicalSection[];

/** The headings of a section in every language, as written in the data. */
export function headingsOf(section: CanonicalSection): string[] {
  return [...new Set(Object.values(SECTIONS[section]).flat())];
}

/** Folded heading → its section. */
export const HEADING_SECTIONS: ReadonlyMap<string, CanonicalSection> = (() => {
  const map = new Map<string, CanonicalSection>();
  for (const section of CANONICAL_SECTIONS) {
    for (const heading of headingsOf(section)) {
      const key = foldHeading(heading);
      if (!map.has(key)) map.set(key, section);
    }
  }
  return map;
})();

/** Folded heading → the languages listing it ("experience" is both English and French folded). */
const HEADING_LANGUAGES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const byLanguage of Object.values(SECTIONS))
    for (const [language, headings] of Object.entries(byLanguage))
      for (const heading of headings) {
        const key = foldHeading(heading);
        const languages = map.get(key) ?? [];
        if (!languages.includes(language)) map.set(key, [...languages, language]);
      }
  return map;
})();

/**
 * The languages whose CV headings list `line` as a whole ("## Berufserfahrung" → de, "Idiomas:" →
 * es and pt); none for any other line. A CV's headings are written in its language even where its
 * lines are lists of nouns.
 */
export function headingLanguages(line: string): readonly string[] {
  const text = line.replace(/^\s*#+\s*/, '');
  if (tooLongForHeading(text) || text.length > 2 * MAX_KEY) return [];
  return HEADING_LANGUAGES.get(headingKey(text)) ?? [];
}

/** Words a heading may add to a known one: "Relevant Work Experience", "Education & Training". */
const FILLER = new Set([
  ...['and', '&', 'und', 'et', 'y', 'e', 'relevant', 'selected', 'other', 'additional', 'key', 'recent', 'my'],
  ...['professional', 'academic', 'la', 'le', 'les', 'de', 'du', 'des', 'der', 'die', 'el', 'los', 'das', 'do'],
  ...['da', 'dos', 'en', 'em', 'weitere', 'autres', 'otros', 'outros', 'summary', 'history'],
  // "Experience (continued)" on a CV's second page; "Experiencia profesional relevante", "Carrière académique".
  ...['continued', 'cont', 'previous', 'past', 'former', 'held'],
  ...['profesional', 'profissional', 'professionnelle', 'professionnelles', 'professionnel', 'professionnels'],
  ...['academique', 'academiques', 'academica', 'academico', 'relevante', 'relevantes', 'pertinente'],
  ...['beruflicher', 'berufliche', 'wissenschaftlicher', 'wissenschaftliche'],
]);

/**
 * "Research Appointments", "Teaching and Research Positions", "Research & Professional Experience":
 * positions named beside an academic qualifier are the CV's experience, not its research or teaching.
 */
const QUALIFIES_POSITIONS: ReadonlySet<CanonicalSection> = new Set(['research', 'teaching']);

/** Marks a heading is set apart with: rules, bullets, symbols ("■", "▶", "★"), a number ("2.", "II)"). */
const DECORATION_END = /[\s:：.|•·_*=~\-–—\p{So}]+$/u;
const DECORATION_START = /^(?:[\s\-–—=_*|•·>»#\p{So}]+|(?:\d{1,2}|[ivx]{1,4})[.)]\s+)+/u;

function headingKey(text: string): string {
  return foldHeading(text).replace(DECORATION_END, '').replace(DECORATION_START, '').replace(/\s+/g, ' ').trim();
}

/**
 * The section a heading text names ("Sprachkenntnisse:", "WORK EXPERIENCE & INTERNSHIPS"), or
 * undefined. Remembered: the profile reader asks it of every line, and headings repeat across a corpus.
 */
export function sectionOfHeading(text: string): CanonicalSection | undefined {
  if (tooLongForHeading(text)) return undefined;
  return sectionOfHeadingRemembered(text) ?? undefined;
}

/** The longest heading key looked up. */
const MAX_KEY = 60;

/**
 * Whether an ASCII text holds more than MAX_KEY letters and digits: its key (which keeps every
 * one of them) is then too long to name a section. Most lines of a profile are, and cost no fold.
 */
function tooLongForHeading(text: string): boolean {
  if (text.length <= MAX_KEY || !ASCII.test(text)) return false;
  let alnum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if ((letter || (c >= 0x30 && c <= 0x39)) && ++alnum > MAX_KEY) return true;
  }
  return false;
}

const sectionOfHeadingRemembered = remembered(20_000, (text) => sectionOfHeadingUncached(text) ?? null);

/**
 * "Research Skills", "Clinical Skills", "Laborkenntnisse", "Compétences cliniques", "Habilidades de
 * investigación": a skills heading qualified by the field. The head noun is last in English and in
 * German compounds, first in French, Spanish and Portuguese. Spoken-language qualifiers stay languages.
 */
const SKILL_LAST =
  /^(?:skills|competencies|competences|proficiencies|expertise|toolkit|tools|kompetenzen|kenntnisse|fahigkeiten)$/;
const SKILL_FIRST = /^(?:competences|competencias|habilidades|conocimientos|conhecimentos|destrezas|aptidoes)$/;
const SKILL_COMPOUND = /^\p{L}{3,}(?:kenntnisse|kompetenzen|fahigkeiten|fertigkeiten)$/u;
const SPOKEN = /^(?:languages?|linguistic|linguistiques?|linguistic[ao]s|idiomas|langues|(?:fremd)?sprach.*)$/u;

/** The fields a skills heading names, folded, in five languages (an employer beside a column's "SKILLS" is none). */
const QUALIFIERS = new Set([
  ...['research', 'clinical', 'laboratory', 'lab', 'computational', 'analytical', 'quantitative', 'statistical'],
  ...['software', 'computer', 'programming', 'engineering', 'design', 'management', 'leadership', 'communication'],
  ...['writing', 'teaching', 'surgical', 'medical', 'scientific', 'data', 'digital', 'methodological', 'field'],
  ...['office', 'business', 'creative', 'organizational', 'organisational', 'interpersonal', 'general', 'it'],
  ...['technical', 'professional', 'core', 'key', 'other', 'additional', 'relevant', 'specific', 'editorial'],
  ...['klinische', 'methodische', 'fachliche', 'technische', 'analytische', 'wissenschaftliche', 'digitale'],
  ...['investigacion', 'pesquisa', 'investigacao', 'recherche', 'cliniques', 'clinicas', 'clinicos', 'analytiques'],
  ...['analiticas', 'analiticos', 'informaticos', 'informaticas', 'informatiques', 'cientificas', 'cientificos'],
  ...['scientifiques', 'medicas', 'medicales', 'quirurgicas', 'cirurgicas', 'chirurgicales', 'digitales', 'digitais'],
  ...['de', 'en', 'em', 'and', '&', 'und', 'et', 'y', 'e'],
]);

function qualifiedSkills(words: readonly string[]): CanonicalSection | undefined {
  if (words.length < 1 || words.length > 4 || words.some((w) => SPOKEN.test(w))) return undefined;
  const [first, last] = [words[0]!, words.at(-1)!];
  if (words.length >= 2 && SKILL_LAST.test(last) && words.slice(0, -1).every((w) => QUALIFIERS.has(w))) return 'skills';
  if (words.length >= 2 && SKILL_FIRST.test(first) && words.slice(1).every((w) => QUALIFIERS.has(w))) return 'skills';
  return words.length === 1 && SKILL_COMPOUND.test(last) ? 'skills' : undefined;
}

/**
 * "University Education", "Postgraduate Education", "Estudios universitarios", "Formação superior",
 * "Schul- und Hochschulbildung": an education heading qualified by the level or field of study. The
 * head noun is last in English, first in French, Spanish and Portuguese, the end of a German compound.
 */
const EDUCATION_LAST = /^(?:education|studies|degrees|qualifications|schooling)$/;
const EDUCATION_FIRST = /^(?:estudios|estudos|formacion|formacao|etudes|formation|diplomes|titulos|titulaciones)$/;
const EDUCATION_COMPOUND = /^\p{L}{3,}(?:bildung|ausbildung|studium)$|^\p{L}{3,}-$/u;
const STUDY_QUALIFIERS = new Set([
  ...['university', 'postgraduate', 'graduate', 'undergraduate', 'higher', 'tertiary', 'secondary', 'medical'],
  ...['formal', 'college', 'school', 'doctoral', 'clinical', 'universitarios', 'universitarias', 'universitaria'],
  ...['universitario', 'superiores', 'superior', 'universitaires', 'universitaire', 'superieures', 'superieurs'],
  ...['medicos', 'medica', 'medicale', 'medicales', 'doctorales', 'posgrado', 'pos-graduacao'],
]);

function qualifiedEducation(words: readonly string[]): CanonicalSection | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const [first, last] = [words[0]!, words.at(-1)!];
  const qualifying = (w: string) => STUDY_QUALIFIERS.has(w) || FILLER.has(w);
  if (EDUCATION_LAST.test(last) && words.slice(0, -1).every(qualifying)) return 'education';
  if (EDUCATION_FIRST.test(first) && words.slice(1).every(qualifying)) return 'education';
  const compounds = words.filter((w) => !FILLER.has(w));
  return compounds.length >= 2 && compounds.every((w) => EDUCATION_COMPOUND.test(w)) && /bildung|studium$/.test(last)
    ? 'education'
    : undefined;
}

/**
 * "Engineering Experience", "Beschäftigungsverlauf", "Expériences significatives", "Experiencia
 * profesional destacada", "Histórico de empregos": a work noun qualified by the field, the time or
 * the weight of what it lists. The noun is last in English, first in French, Spanish and Portuguese,
 * the end of a German compound or first before a qualifier ("Berufserfahrung im IT-Bereich").
 */
const WORK_NOUN =
  /^(?:experiences?|employments?|career|jobs|positions|roles|posts|appointments|placements|assignments|emplois|postes|parcours|carriere|fonctions|experiencias?|trayectoria|empleos|puestos|cargos|empregos|trajetoria|percurso|atuacao)$/;
/** A German compound ending in a work noun: "Berufserfahrung", "Beschäftigungsverlauf", "Arbeitgeber". */
const WORK_COMPOUND =
  /^\p{L}*(?:erfahrung(?:en)?|tatigkeit(?:en)?|werdegang|laufbahn|stationen|positionen|anstellungen|beschaftigung(?:en)?|verlauf|arbeitgeber)$/u;
/** Nouns of a path, a student's as well as a worker's. */
const PATH_NOUN = /^(?:career|parcours|percurso|trayectoria|trajetoria|\p{L}*werdegang|\p{L}*laufbahn)$/u;
const STUDENT_PATH =
  /^(?:academi\p{L}*|akademisch\p{L}*|universit\p{L}*|scola\p{L}*|escola\p{L}*|schulisch\p{L}*|student\p{L}*|estudiant\p{L}*)$/u;
/** Nouns that name a work record only beside a work noun: "Work History", "Employment Record", "Historique professionnel". */
const RECORD_NOUN = /^(?:history|record|background|historique|historial|historico|verlauf)$/;
/** What makes a record a work record: "Historique professionnel", "Job History", "Historial de trabajo". */
const WORK_ADJECTIVE =
  /^(?:professional|professionnel\p{L}*|profesional\p{L}*|profissiona\p{L}*|berufliche\p{L}*|laboral\p{L}*|work|job|employment|career|trabalho|trabajo)$/u;
/** Qualifiers of a work noun: its field, its kind, its time, its weight (folded, five languages). */
const WORK_QUALIFIERS = new Set([
  ...['technical', 'engineering', 'software', 'industry', 'industrial', 'management', 'managerial', 'consulting'],
  ...['consultancy', 'business', 'corporate', 'commercial', 'sales', 'marketing', 'finance', 'financial', 'legal'],
  ...['clinical', 'medical', 'nursing', 'laboratory', 'field', 'international', 'overseas', 'startup', 'agency'],
  ...['retail', 'hospitality', 'healthcare', 'design', 'it', 'data', 'product', 'development', 'technology', 'tech'],
  ...['work', 'job', 'career', 'employment', 'full-time', 'part-time', 'freelance', 'contract', 'contracting'],
  ...['paid', 'prior', 'past', 'recent', 'current', 'earlier', 'former', 'related', 'significant', 'notable'],
  ...['major', 'main', 'principal', 'practical', 'hands-on', 'teaching', 'research', 'postdoctoral'],
  ...['bisherige', 'bisherigen', 'bisheriger', 'relevante', 'relevanter', 'aktuelle', 'fruhere', 'fruherer'],
  ...['letzte', 'ausgewahlte', 'wichtigste', 'praktische', 'internationale', 'einschlagige', 'technische'],
  ...['kaufmannische', 'significatives', 'significative', 'principales', 'principale', 'principaux', 'recentes'],
  ...['recente', 'pertinentes', 'precedentes', 'precedents', 'anterieures', 'anterieurs', 'passees', 'techniques'],
  ...['technique', 'internationales', 'cles', 'marquantes', 'choisies', 'selectionnees'],
  ...['industrielles', 'destacada', 'destacadas', 'reciente', 'recientes', 'anterior', 'anteriores', 'previa'],
  ...['previas', 'tecnica', 'tecnicas', 'internacional', 'seleccionada'],
  ...['seleccionadas', 'significativa', 'significativas', 'laboral', 'laborales'],
  ...['principais', 'selecionada', 'selecionadas', 'profissionais', 'internacionais'],
]);
/** The field a work noun is in, after a preposition: "im IT-Bereich", "dans le secteur", "en el sector", "na área". */
const AREA = /^(?:\p{L}+-?bereich|bereich|branche|sector|secteur|domaine|area|setor|industria|industrie|industry)$/u;
const AREA_PREPOSITION = new Set(['im', 'in', 'dans', 'en', 'au', 'na', 'no', 'em', 'el', 'le', 'la', 'o', 'a']);

function qualifiedWork(words: readonly string[]): CanonicalSection | undefined {
  if (words.length < 1 || words.length > 5) return undefined;
  const record = words.some((w) => RECORD_NOUN.test(w)) && words.some((w) => WORK_ADJECTIVE.test(w));
  const heads = words.filter((w) => WORK_NOUN.test(w) || WORK_COMPOUND.test(w) || record);
  if (heads.length === 0 || words.some(notWork)) return undefined;
  // A German compound alone names work only where it ends in a noun no other section word ends in.
  if (words.length === 1)
    return WORK_COMPOUND.test(words[0]!) && !HEADING_SECTIONS.has(words[0]!) ? 'experience' : undefined;
  // "Percurso académico", "Parcours universitaire": a path qualified as a student's is their schooling.
  if (heads.every((w) => PATH_NOUN.test(w)) && words.some((w) => STUDENT_PATH.test(w))) return undefined;
  const area = words.findIndex((w) => AREA.test(w));
  const told = (w: string, i: number) =>
    WORK_NOUN.test(w) ||
    WORK_COMPOUND.test(w) ||
    WORK_QUALIFIERS.has(w) ||
    FILLER.has(w) ||
    RECORD_NOUN.test(w) ||
    (area >= 0 && i <= area && AREA_PREPOSITION.has(w)) ||
    i === area;
  return words.every(told) ? 'experience' : undefined;
}

/** A projects noun in the five languages, German compounds included ("Projekterfahrung"). */
const PROJECT_NOUN = /^(?:projects?|projekt\p{L}*|projets?|proyectos?|projetos?)$/u;

/**
 * Words that make a heading's work noun something else: "Volunteer Experience", "Expériences
 * associatives", "Experiencia de voluntariado", "Projekterfahrung", "Project Experience".
 */
const NOT_WORK =
  /^(?:volunteer\p{L}*|voluntary|benevol\p{L}*|associati\p{L}*|voluntari\p{L}*|ehrenamt\p{L}*|extracurricular|community|personal|hobby\p{L}*|courses?|coursework)$/u;
const notWork = (w: string) => NOT_WORK.test(w) || PROJECT_NOUN.test(w);

/** The section such a word turns a work heading into. */
const notWorkSection = (w: string): CanonicalSection => (PROJECT_NOUN.test(w) ? 'projects' : 'volunteering');

/** "Projets académiques", "Proyectos académicos", "Selected Projects": a projects noun with qualifiers only. */
function qualifiedProjects(words: readonly string[]): CanonicalSection | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const project = (w: string) => PROJECT_NOUN.test(w);
  const qualifier = (w: string) =>
    FILLER.has(w) ||
    /^(?:academi\p{L}*|personal\p{L}*|personn\p{L}*|universit\p{L}*|side|selected|technical|techni\p{L}*|major|notable)$/u.test(
      w,
    );
  return words.some(project) && words.every((w) => project(w) || qualifier(w)) ? 'projects' : undefined;
}

/** A heading key's words; a bracket around a filler ("(continued)") is no word of its own. */
const headingWords = (key: string) =>
  key
    .split(/[\s/,&+]+/)
    .map((w) => w.replace(/^[([]+|[)\].]+$/g, ''))
    .filter(Boolean);

function sectionOfHeadingUncached(text: string): CanonicalSection | undefined {
  const key = headingKey(text);
  if (!key || key.length > MAX_KEY) return undefined;
  const exact = HEADING_SECTIONS.get(key);
  if (exact) return exact;
  // Letter-spaced headings ("E X P E R I E N C E") read as their word.
  if (/^(?:\p{L} ){2,}\p{L}$/u.test(key)) return HEADING_SECTIONS.get(key.replace(/ /g, ''));
  const words = headingWords(key);
  if (words.length > 6) return undefined;
  const qualified = qualifiedSkills(words) ?? qualifiedEducation(words) ?? qualifiedProjects(words);
  if (qualified) return qualified;
  const found = knownInside(words);
  if (found === undefined && qualifiedWork(words)) return 'experience';
  // "Experiencia de voluntariado", "Ehrenamtliche Erfahrung": a work noun qualified as unpaid or a
  // project is that section (not when "and" joins two sections: "Work Experience & Projects").
  const otherWork = words.find(notWork);
  const joined = /\s(?:and|und|et|y|e)\s|[&+/,]/.test(key);
  if (
    otherWork &&
    !joined &&
    (found === 'experience' || (!found && words.some((w) => WORK_NOUN.test(w) || WORK_COMPOUND.test(w))))
  )
    return notWorkSection(otherWork);
  return found;
}

/**
 * Whether a heading names work only as a class ("Technical Experience", "Expériences significatives"),
 * not as a heading the lists hold: such a heading over no dated line may head projects or skills.
 */
export function workByClassOnly(text: string): boolean {
  if (tooLongForHeading(text) || sectionOfHeading(text) !== 'experience') return false;
  const key = headingKey(text);
  if (HEADING_SECTIONS.has(key)) return false;
  const words = headingWords(key);
  return knownInside(words) === undefined && qualifiedWork(words) !== undefined;
}

/** The first known heading inside a heading's words, longest first: "work experience & internships" → experience. */
function knownInside(words: readonly string[]): CanonicalSection | undefined {
  // The first known heading inside the line, longest first: "work experience & internships" → experience.
  let first: CanonicalSection | undefined;
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      const section = HEADING_SECTIONS.get(words.slice(start, end).join(' '));
      const rest = (w: string, i: number) => (i >= start && i < end) || FILLER.has(w) || HEADING_SECTIONS.has(w);
      if (!section || !words.every(rest)) continue;
      if (section === 'experience' && first && QUALIFIES_POSITIONS.has(first)) return section;
      // "Certifications & Education", "Weiterbildung und Studium": schools listed beside certificates
      // make the section the CV's education, whichever is named first.
      if (section === 'education' && first === 'certifications') return section;
      first ??= section;
      if (!QUALIFIES_POSITIONS.has(first) && first !== 'certifications') return first;
    }
  }
  return first;
}

/** The section a passage sits in: its innermost heading that names one. */
export function sectionOfPath(sectionPath: readonly string[]): CanonicalSection | undefined {
  for (let i = sectionPath.length - 1; i >= 0; i--) {
    const section = sectionOfHeading(sectionPath[i]!);
    if (section) return section;
  }
  return undefined;
}

interface QuestionCue {
  readonly sections: readonly CanonicalSection[];
  readonly words: readonly string[];
  readonly unless: readonly string[];
}

type CueData = { sections: CanonicalSection[]; words: ByLanguage; unless?: ByLanguage };

const CUES: readonly QuestionCue[] = (data.questions as unknown as CueData[]).map((cue) => ({
  sections: cue.sections,
  words: Object.values(cue.words).flat().map(foldHeading),
  unless: Object.values(cue.unless ?? {})
    .flat()
    .map(foldHeading),
}));

/** The one-word cues asking for a section, folded: words spelt right in any of the five languages. */
const SECTION_QUESTION_WORDS: ReadonlySet<string> = new Set(
  CUES.flatMap((cue) => cue.words).filter((word) => !/\s/.test(word)),
);

/** Whether `word` asks for a section in one of the five languages ("clases", "Vorträge", "prêmios"). */
export function asksForSection(word: string): boolean {
  return SECTION_QUESTION_WORDS.has(foldHeading(word));
}

/** Whether the folded question holds `word` as a whole word or phrase. */
function holds(question: string, word: string): boolean {
  const at = question.indexOf(word);
  if (at < 0) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(question);
}

/**
 * The sections a question asks to read, most specific first: "what languages does Ana speak?" →
 * languages; "who supervised his thesis?" → supervision, education. Empty when it names none, and
 * for a question about programming languages (the skills, not the languages section).
 */
export function sectionsAskedBy(question: string): CanonicalSection[] {
  return [...askedSections(question).sections];
}

/** The sections a question asks to read, and of those read only as a stand-in, which lines answer. */
export interface AskedSections {
  readonly sections: readonly CanonicalSection[];
  /**
   * Sections read in place of the one asked ("who supervised his thesis?" reads education when no
   * supervision section is written), each with the words one of its lines must hold to answer: a
   * thesis or supervisor word, not the degree line beside it.
   */
  readonly standIns: ReadonlyMap<CanonicalSection, readonly string[]>;
  /** The folded words of every cue the question holds: what asks for the sections. */
  readonly words: readonly string[];
}

export function askedSections(question: string): AskedSections {
  const folded = foldHeading(question);
  const sections: CanonicalSection[] = [];
  const held = CUES.filter(
    (cue) => cue.words.some((word) => holds(folded, word)) && !cue.unless.some((word) => holds(folded, word)),
  );
  for (const cue of held) for (const section of cue.sections) if (!sections.includes(section)) sections.push(section);
  const asked = new Set(held.map((cue) => cue.sections[0]!));
  const standIns = new Map<CanonicalSection, string[]>();
  for (const cue of held) {
    for (const section of cue.sections.slice(1)) {
      if (!asked.has(section)) standIns.set(section, [...(standIns.get(section) ?? []), ...cue.words]);
    }
  }
  return { sections, standIns, words: held.flatMap((cue) => cue.words) };
}

/** Whether a line holds any of `words` (folded cue words) as a whole word or phrase. */
export function lineHoldsAny(line: string, words: readonly string[]): boolean {
  const folded = foldHeading(line);
  return words.some((word) => holds(folded, word));
}
