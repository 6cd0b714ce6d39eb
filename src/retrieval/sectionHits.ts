/**
 * Inside a named person's profile, the passages of the section a question asks about, by what the
 * section means rather than by the words it shares with the question: "what are Ana's hobbies?"
 * reads her "Centres d'intérêt", "which languages does she speak?" her "Sprachkenntnisse".
 */
import type { Passage } from '../chunking/passage.js';
import {
  askedSections,
  type AskedSections,
  lineHoldsAny,
  sectionOfHeading,
  sectionOfPath,
  type CanonicalSection,
} from '../text/sectionHeadings.js';

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

/** Lines of a section quoted at most, from its first: enough for a languages or interests list. */
const MAX_SECTION_LINES = 5;

/** A passage's lines that belong to an asked section, as 1-based line numbers of its file. */
export interface SectionHit {
  readonly label: number;
  readonly first: number;
  readonly last: number;
}

/** The visible text of a line: HTML tags and Markdown list, emphasis and heading marks out. */
function visible(line: string): string {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/^[\s#>*_\-–—•·|]+|[\s*_|]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** The section a line heads inside a passage: "Natural Languages:", "Hobbies – chess, climbing". */
function sectionLabelled(line: string): CanonicalSection | undefined {
  const text = visible(line);
  const label = /^([^:：–—|]{2,40})\s*(?:[:：–—|]|$)/u.exec(text)?.[1];
  return label === undefined ? undefined : sectionOfHeading(label);
}

/** Where in `passage` a section of `asked` is: the whole passage's body, or the run under a label inside it. */
type Span = { at: number; first: number; last: number };

function sectionSpan(passage: Passage, { sections: asked, standIns, words }: AskedSections): Span | undefined {
  const lines = passage.text.split('\n');
  const whole = sectionOfPath(passage.sectionPath);
  const cap = (first: number, end: number) => Math.min(end, first + MAX_SECTION_LINES - 1);
  const standIn = whole && standIns.get(whole);
  // A heading the map does not know, or a stand-in's, that says what was asked ("Master Thesis" for a
  // question about a thesis): the whole body under it answers.
  const headed = (!whole || standIn) && lineHoldsAny(passage.sectionPath.at(-1) ?? '', words);
  if (standIn && !headed) {
    // Read in place of the section asked: only its lines that say what was asked answer.
    const holding = lines.flatMap((line, i) => (lineHoldsAny(line, standIn) ? [i] : []));
    if (holding.length === 0) return undefined;
    const first = passage.startLine + holding[0]!;
    return { at: asked.indexOf(whole), first, last: cap(first, passage.startLine + holding.at(-1)!) };
  }
  // An entry written as a heading of its own under the section ("## Certificates" / "### SAP2000
  // Advanced — CSI (2015)", as JSON Resume entries read): its heading is what it says.
  const entry = whole !== undefined && passage.sectionPath.length > 1 && !sectionOfHeading(passage.sectionPath.at(-1)!);
  if (((whole && asked.includes(whole)) || headed) && (hasBody(passage) || entry)) {
    const body = lines.findIndex((line) => /\p{L}{2}/u.test(visible(line)) && !sectionOfHeading(visible(line)));
    const first = passage.startLine + Math.max(body, 0);
    return { at: whole ? asked.indexOf(whole) : 0, first, last: cap(first, passage.endLine) };
  }
  for (let i = 0; i < lines.length; i++) {
    const section = sectionLabelled(lines[i]!);
    if (!section || !asked.includes(section) || standIns.has(section)) continue;
    // The label line and the lines under it, up to a blank line.
    let end = i;
    while (end + 1 < lines.length && visible(lines[end + 1]!) !== '' && end - i + 1 < MAX_SECTION_LINES) end++;
    const labelOnly = end === i && !/[:：–—|]\s*\p{L}/u.test(visible(lines[i]!));
    if (!labelOnly) return { at: asked.indexOf(section), first: passage.startLine + i, last: passage.startLine + end };
  }
  return undefined;
}

/**
 * The people's passages that hold a section `question` asks for, with more than its heading, and
 * the lines of it: the most specific section first, each in file order. Empty when the question
 * asks for no section.
 */
export function askedSectionHits(question: string, people: ReadonlySet<string>, index: SectionSource): SectionHit[] {
  const asked = askedSections(question);
  if (asked.sections.length === 0) return [];
  const found = asked.sections.map((): SectionHit[] => []);
  for (const document of index.documents) {
    if (!people.has(document.person.id)) continue;
    for (const label of index.labelsOf(document.source)) {
      const span = sectionSpan(index.passage(label), asked);
      if (span) found[span.at]!.push({ label, first: span.first, last: span.last });
    }
  }
  return found.flat();
}
