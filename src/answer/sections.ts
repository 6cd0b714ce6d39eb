/**
 * Words that head a kind of CV section in the five languages the questions come in. A stand-in
 * until retrieval maps section headings to canonical sections itself: the answer side searches a
 * person's passages with these words so that "which languages does Phil speak?" reaches the
 * languages section whatever language the CV writes its heading in.
 */
const SECTION_WORDS = {
  languages: ['languages', 'language', 'sprachen', 'sprachkenntnisse', 'langues', 'idiomas', 'lenguas', 'línguas'],
  skills: ['skills', 'technologies', 'tools', 'technical', 'kenntnisse', 'compétences', 'habilidades', 'competências'],
} as const;

export type CanonicalSection = keyof typeof SECTION_WORDS;

/** The heading words of a canonical section, joined as a search text. */
export function sectionWords(section: CanonicalSection): string {
  return SECTION_WORDS[section].join(' ');
}
