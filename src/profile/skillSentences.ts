/**
 * Skills written as sentences rather than lists: prose naming its tools ("I work mostly in Python
 * and R, with some Scala.") and a comma list that ends in a full stop ("Python, Lua, & some C.").
 */

/** Joining words between the clauses of a sentence listing skills, in five languages. */
const CLAUSE_JOIN =
  /[,;:]\s+|\s+(?:and|or|as well as|plus|und|oder|sowie|et|ou|ainsi que|y|o|así como|e|bem como)\s+/iu;
/** Words that open a sentence with a capital but name nothing: "I", "My", "Ich", "Je", "Mes", "Yo", "Eu". */
const OPENERS = /^(?:i|my|we|our|the|a|an|ich|meine?|wir|je|j['’]\S*|mes|nous|yo|mis|eu|meus|minhas)$/iu;
/** "Python", "spaCy", "C++", "Node.js", "SAP MM": a word that names a thing, by a capital, a digit or a mark. */
const NAME_WORD = /^(?:[\p{Lu}\p{N}]|.*[\p{Lu}+#]|\S*\.\p{L})/u;

/**
 * "I work mostly in Python and R, with some Scala; comfortable with spaCy and Docker.": a skills
 * section written as prose. Each clause's skill is the run of named words closing it, after its last
 * word in small letters ("mostly in Python" → Python). Undefined when the sentence names fewer than two.
 */
export function proseItems(text: string): string[] | undefined {
  const items: string[] = [];
  for (const clause of text.replace(/[.!?]+$/, '').split(CLAUSE_JOIN)) {
    const words = clause.trim().split(/\s+/).filter(Boolean);
    let start = words.length;
    while (start > 0 && NAME_WORD.test(words[start - 1]!) && !OPENERS.test(words[start - 1]!)) start--;
    const run = words.slice(start);
    if (run.length >= 1 && run.length <= 3) items.push(run.join(' ').replace(/[()"“”]/g, ''));
  }
  return items.length >= 2 ? items : undefined;
}

/**
 * "Python, Lua, Shell scripting, & some C, C++, Java & Go.": a list with a full stop, not prose: it
 * opens with a short item and most of its comma-separated items are short.
 */
export function periodList(text: string): boolean {
  const items = text.replace(/[.!]$/, '').split(/[,;]\s*/);
  const short = items.filter((item) => item.trim().split(/\s+/).length <= 3).length;
  return items.length >= 3 && items[0]!.trim().split(/\s+/).length <= 2 && short >= items.length * 0.75;
}
