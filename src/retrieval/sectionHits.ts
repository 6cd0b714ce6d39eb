/**
 * Inside a named person's profile, the passages of the section a question asks about, by what the
 * section means rather than by the words it shares with the question: "what are Ana's hobbies?"
 * reads her "Centres d'intérêt", "which languages does she speak?" her "Sprachkenntnisse".
 */
import type { Passage } from '../chunking/passage.js';
import { sectionOfHeading, sectionOfPath, sectionsAskedBy } from '../text/sectionHeadings.js';

/** What the search reads of an index here: the documents with their person, a document's passages. */
export interface SectionSource {
  readonly documents: readonly { readonly source: string; readonly person: { readonly id: string } }[];
  labelsOf(source: string): readonly number[];
  passage(label: number): Passage;
}

/** A passage with something under its heading: a heading alone ("Certificates" and nothing) answers nothing. */
export function hasBody(passage: Passage): boolean {
  return passage.text.split('\n').some((line) => {
    const text = line.replace(/^[\s#>*_\-–—•·|]+|[\s*_:：|]+$/g, '');
    return /\p{L}{2}/u.test(text) && !sectionOfHeading(text) && !passage.sectionPath.includes(text);
  });
}

/**
 * The labels of the people's passages that sit in a section `question` asks for and hold more than
 * its heading, the most specific section first, each in file order. Empty when the question asks
 * for no section.
 */
export function askedSectionLabels(question: string, people: ReadonlySet<string>, index: SectionSource): number[] {
  const asked = sectionsAskedBy(question);
  if (asked.length === 0) return [];
  const found = asked.map((): number[] => []);
  for (const document of index.documents) {
    if (!people.has(document.person.id)) continue;
    for (const label of index.labelsOf(document.source)) {
      const passage = index.passage(label);
      const section = sectionOfPath(passage.sectionPath);
      const at = section ? asked.indexOf(section) : -1;
      if (at >= 0 && hasBody(passage)) found[at]!.push(label);
    }
  }
  return found.flat();
}
