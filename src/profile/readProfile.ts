/**
 * A document's profile, read once at `npm run embed` and stored with its facts: JSON Resume files
 * from their fields, every other format from its text, cut into sections by their headings and
 * each section read by its own module (basics, work, education, skills, languages, certificates).
 */
import { readBasics } from './basics.js';
import { readCertificates } from './certificates.js';
import { readEducation } from './education.js';
import { profileFromJsonResume } from './jsonResume.js';
import { readLanguages } from './languages.js';
import { profileLines } from './lines.js';
import { type Section, splitSections } from './sections.js';
import { sectionsByContent } from './sectionContent.js';
import { readSkills } from './skills.js';
import type { LanguageEntry, Profile } from './types.js';
import { readWork } from './work.js';

// When what a profile holds or how it is read changes, bump FACTS_VERSION (src/facts/storedFacts.ts):
// the profile is stored on its document's facts line, so `npm run embed` then reads every one again.

export interface ProfileInput {
  /** The document's lines with their 1-based numbers, as its passages hold them. */
  readonly lines: readonly { readonly line: number; readonly text: string }[];
  /** The name the corpus gives the person, unless it only comes from the file name. */
  readonly personName?: string;
  /** JSON Resume only: the file's own text, read from its fields. */
  readonly jsonResume?: string;
}

export function readProfile(input: ProfileInput): Profile {
  if (input.jsonResume !== undefined) {
    try {
      return profileFromJsonResume(JSON.parse(input.jsonResume), input.jsonResume);
    } catch {
      // Not valid JSON after all: read as text like any other document.
    }
  }
  const sections = sectionsByContent(splitSections(profileLines(input.lines)));
  const languages = readLanguages(sections);
  return {
    basics: readBasics(sections, input.personName),
    work: readWork(sections),
    education: readEducation(sections),
    skills: readSkills(sections.map((section) => asSkills(section, languages))),
    languages,
    certificates: readCertificates(sections),
  };
}

/**
 * "Languages & Tools", "Languages" over "Python, Go, SQL": a languages section that names no human
 * language lists programming languages, a skills list.
 */
function asSkills(section: Section, languages: readonly LanguageEntry[]): Section {
  if (section.kind !== 'languages' || section.lines.length === 0) return section;
  const [first, last] = [section.lines[0]!.line, section.lines.at(-1)!.line];
  const spoken = languages.some(({ lines: [line] }) => line >= first && line <= last);
  return spoken ? section : { ...section, kind: 'skills' };
}
