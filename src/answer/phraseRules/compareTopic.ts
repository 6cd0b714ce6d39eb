/** The topic two people are compared on, once their names are taken out of an English question. */
import { readCues, withoutAskingFiller, type Language } from '../cues.js';
import { clean } from './words.js';

const COMPARE_OPENING = new RegExp(
  String.raw`^(?:compare|contrast|how do|how does|what do|what does|who is better (?:at|with)|who knows more about` +
    String.raw`|(?:what(?:'s| is| are) the )?(?:differences?|diffs?) (?:between|btw)|should (?:i|we) (?:pick|choose|hire|take|go with)` +
    String.raw`|who should (?:i|we) (?:ask|pick|choose|go to|turn to)(?: (?:for|about))?` +
    String.raw`|who (?:knows|uses|speaks|has|is|did|does)(?: (?:more|better|the most|stronger|weaker))?` +
    String.raw`|which of (?:them|the two)|is|are)\b\s*`,
  'i',
);
const COMPARE_WORDS = new RegExp(
  String.raw`\b(?:and|or|with|vs\.?|versus|differ|compared?|on|for|in terms of|regarding|about|between|better|more` +
    String.raw`|(?:compared|comparing) to|to|than|in|stronger|weaker|stacks? up|against|btw)\b`,
  'gi',
);

/**
 * Words asking who, wherever the question puts them ("who's done more Python", "Ana or Ben - who
 * knows Python better", "who has used it longer"): they never name what is compared.
 */
const ASKING_WORDS = new RegExp(
  String.raw`(?<![\p{L}'’])(?:who(?:['’]s)?|whos|which|done|used|uses|using|knows?|has|have|had|did|does` +
    String.raw`|longer|longest|best|most|been|doing|worked|job|jobs|gig` +
    // "who would you pick for Python", "should i ask A or B about Go", "who's got the edge in Go".
    String.raw`|would|should|you|i|pick|ask|got|the edge|edge)(?![\p{L}'’])|(?<=^|\s)[-–—]+(?=\s|$)`,
  'giu',
);

/** Who practises the skill, named after it: "the stronger Python dev", "a better Go engineer". */
const PRACTISING =
  /(?<=\S)\s+(?:dev|devs|developer|developers|engineer|engineers|programmer|programmers|coder|person|guy)\s*$/i;

/** "AWS" in "Compare and on AWS" (the names already taken out); '' when only comparing words are left. */
export function compareTopic(text: string, language: Language): string {
  const topic = withoutAskingFiller(text, language)
    .trimStart()
    .replace(COMPARE_OPENING, '')
    // "who's more Python-savvy": the knowing said in the word after the skill.
    .replace(/-?\bsavvy\b/gi, ' ')
    .replace(ASKING_WORDS, ' ')
    .replace(COMPARE_WORDS, ' ')
    // What the names leave between them: "Ana, Ben: …", "Ana / Ben".
    .replace(/(?:^|\s)[,;:/&]+(?=\s|$)|[,;:!?]+(?=\s|$)/g, ' ')
    .replace(/^\s*(?:at|the|of)\s+|\s+(?:of|the)\s*$/gi, ' ')
    .replace(/\s{2,}/g, ' ');
  // "Python skills" is compared on Python; "the skills of A and B" on their skills; "the stronger Python
  // dev" on Python.
  const named = clean(topic.replace(PRACTISING, '')) || topic.trim();
  // "Kofi comparé à Dagny" read as English leaves "comparé à": a comparing cue and a small word, no topic.
  const cues = readCues(named, language);
  return cues.segments.length === 0 && cues.hits.every((hit) => hit.concept === 'compare') ? '' : named;
}
