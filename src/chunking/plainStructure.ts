/**
 * Structure that CVs write without Markdown: a section title on a line of its own ("Work
 * Experience", "TECHNICAL SKILLS"), a line of dots or dashes under a heading, and a role written as
 * plain lines (title, employer, dates) above its bullets. Chunking uses these so a plain-text CV is
 * cut into sections and roles just like a Markdown one.
 */
import { sectionOfHeading } from '../text/sectionHeadings.js';
import sectionWords from './sectionWords.json' with { type: 'json' };

/** Words a section title is made of. A line of only these, standing alone, is a heading. */
const SECTION_VOCABULARY = new Set(sectionWords.sectionTitle);

/** Words a section title needs besides joining words. */
const JOINING = new Set(sectionWords.joining);

/** "Work Experience", "TECHNICAL SKILLS", "Awards/Achievements": a short line of section words only. */
export function isPlainSectionTitle(text: string): boolean {
  const clean = text.trim().replace(/[:：]$/, '');
  if (clean === '' || clean.length > 50 || /[.!?;]$/.test(clean)) return false;
  // Title Case or upper case: a sentence ("Skills I have") is not a heading.
  const words = clean.split(/[\s/,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  // A heading of the five languages' list ("LANGUES", "Centres d'intérêt", "Formação Acadêmica",
  // "Sprachkenntnisse"), written with a capital.
  if (/^\P{L}*\p{Lu}/u.test(clean) && sectionOfHeading(clean) !== undefined) return true;
  if (!words.every((word) => JOINING.has(word.toLowerCase()) || /^\p{Lu}/u.test(word))) return false;
  const lower = words.map((word) => word.toLowerCase());
  return lower.every((word) => SECTION_VOCABULARY.has(word)) && lower.some((word) => !JOINING.has(word));
}

/** A line drawn under a heading: dashes, equals, dots, underscores, tildes, box-drawing characters. */
export const UNDERLINE = /^ {0,3}([-=_.~*─━═·•])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * A line that reads as a title, an employer or a place, not as a sentence: most of its longer words
 * are capitalised, it does not end in a full stop and it is short.
 */
export function isTitleLike(text: string): boolean {
  const clean = text.replace(/[*_`]/g, '').trim();
  // A line ending in a comma is a wrapped sentence or address, and markup is not a title.
  if (
    clean === '' ||
    clean.length > 100 ||
    /[.!?;:,]$/.test(clean) ||
    /^[-*+•▪◦●]\s/.test(clean) ||
    /<\/?[a-z][^>]*>/i.test(clean)
  )
    return false;
  const long = clean.split(/\s+/).filter((word) => /\p{L}{4,}/u.test(word));
  if (long.length === 0) return /\p{Lu}/u.test(clean);
  const capitalised = long.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return capitalised / long.length >= 0.6;
}

/**
 * Sections a CV has at its top level and never nests inside one another ("Skills › Languages" is
 * real nesting, "Projects › Education" is not).
 */
const MAJOR_SECTION =
  /^(?:(?:work|professional|relevant|research|teaching|industry|employment)\s+)?(?:experience|employment(?: history)?|work history|career(?: history)?|education|academic background|projects?|personal projects|publications|awards?|honou?rs(?: (?:&|and) awards)?|awards (?:&|and) honou?rs|certifications?|certificates|licen[cs]es(?: (?:&|and) certifications)?|volunteer(?:ing| experience)?|extracurricular activities|interests|hobbies|references|referees|summary|objective|career objective)$/i;

/** "Education", "Work Experience", "Honors & Awards": a top-level section of a CV. */
export function isMajorSection(title: string): boolean {
  return MAJOR_SECTION.test(title.trim().replace(/[:：]$/, ''));
}

/** A skills or languages section: top level beside a major section, though it may hold sub-sections itself. */
export function isSkillsSection(title: string): boolean {
  return /^(?:(?:technical|key|core|computer|programming|other|additional)\s+)?(?:skills|languages|skills (?:&|and) (?:interests|tools|technologies))$/i.test(
    title.trim().replace(/[:：]$/, ''),
  );
}
