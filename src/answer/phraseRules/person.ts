/**
 * English phrase rules for a question naming one person (the name taken out): an overview, contact
 * details, years of a skill, roles in time, education or a skills list.
 */
import { CONTACT_ASKED } from '../contacts.js';
import { DEGREE_NAMED } from '../degrees.js';
import type { Intent } from '../intent.js';
import { entityOf, skillPhrase, USING, yearsSkill } from './words.js';

const ABOUT = new RegExp(
  String.raw`^(?:tell me about|who is|who's|what about|describe|summari[sz]e|introduce|give me an overview of` +
    String.raw`|overview of|profile of|what do you know about|show me|show)\s*(?:profile)?\s*[?.!]*$`,
  'i',
);
const HOW_MANY_YEARS = new RegExp(
  String.raw`^how (?:many|much) years?\s+(?:of\s+)?(.*?)\s*(?:does|did|has|have)\b(?:\s+\w+)?` +
    String.raw`\s*(?:have|got|had)?\s*[?.!]*$`,
  'i',
);
const HOW_LONG = new RegExp(String.raw`^how long (?:has|have|did)\s+(?:been\s+)?${USING}\s+(.+?)\s*[?.!]*$`, 'i');
const EDUCATION_WORD = /\b(?:study|studied|studying|education|degree|university|college|school|graduate|graduated)\b/i;
const ASKS_WHAT = /^(?:where|what|which|when)\b/i;
const SKILL_LISTS = new RegExp(
  String.raw`\b(?:skills|technologies|tech stack|stack|tools|frameworks|libraries|databases|platforms` +
    String.raw`|programming languages|languages)\b`,
  'i',
);
const SKILL_LIST_VERBS = /\b(?:know|knows|use|uses|used|have|has|list|program|code|write|work with)\b/i;

/** A question naming one person: an overview, contact details, years, roles in time, education or skills. */
export function personIntent(text: string): Intent {
  if (ABOUT.test(text) || /^(?:'s\s*)?profile\s*[?.!]*$/i.test(text.toLowerCase())) return { kind: 'about' };
  const contact = CONTACT_ASKED.exec(text);
  // "What's Ana's address?" asks where she lives; an e-mail address is a contact detail.
  if (contact && /^address$/i.test(contact[1]!)) return { kind: 'location' };
  if (contact && !/\bwork|worked|job|role\b/i.test(text)) return { kind: 'contact', what: contact[1]!.toLowerCase() };

  // "How many years of Python does Phil have?", "How long has kura used Python?"
  const howMany = HOW_MANY_YEARS.exec(text);
  const howLong = HOW_LONG.exec(text);
  if (howMany || howLong) {
    const skill = howMany ? yearsSkill(howMany[1]!, '') : skillPhrase(howLong![1]!);
    if (skill !== undefined) return { kind: 'timeline', which: 'years', ...(skill ? { skill } : {}) };
  }
  const role = roleIntent(text);
  if (role) return role;
  if (EDUCATION_WORD.test(text) && ASKS_WHAT.test(text)) {
    return { kind: 'school', degree: DEGREE_NAMED.exec(text)?.[1] };
  }
  if (DEGREE_NAMED.test(text) && ASKS_WHAT.test(text)) return { kind: 'school', degree: DEGREE_NAMED.exec(text)![1] };
  if (SKILL_LISTS.test(text) && SKILL_LIST_VERBS.test(text) && !/\b(?:speak|speaks|spoken|talk)\b/i.test(text)) {
    return { kind: 'skills' };
  }
  return { kind: 'search' };
}

const ROLE_WORD = String.raw`(?:job|role|position|employer|company|post|title|work|works|working|worked|employment)`;
const NOW = /\b(?:most recent|latest|last|current|currently|present|now|today)\b/i;
const BEFORE = new RegExp(
  String.raw`\b(?:before|prior to|until)\s+(?:joining|moving to|working (?:at|for)|starting at|going to|becoming` +
    String.raw`|he became|she became|they became|became)?\s*(.+)$`,
  'i',
);

/** "Where does Phil work now?", "first job", "before Acme", "after Acme", "how long at Acme", "title at Acme". */
function roleIntent(text: string): Intent | undefined {
  if (NOW.test(text) && new RegExp(String.raw`\b${ROLE_WORD}\b|\bdoes\b.*\bwork\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'latest' };
  }
  if (/\b(?:first|earliest)\s+(?:job|role|position|employer)\b/i.test(text)) {
    return { kind: 'timeline', which: 'first' };
  }
  const before = BEFORE.exec(text);
  if (before && new RegExp(String.raw`\b(?:${ROLE_WORD}|where|did|was)\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'before', entity: entityOf(before[1]!) };
  }
  const after = /\bafter\s+(?:leaving|joining|working (?:at|for))?\s*(.+)$/i.exec(text);
  if (after && new RegExp(String.raw`\b(?:${ROLE_WORD}|where|did|go)\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'after', entity: entityOf(after[1]!) };
  }
  const at = /\b(?:at|for|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(text);
  if (!at) return undefined;
  const entity = entityOf(at[1]!);
  if (/^how long\b/i.test(text)) return { kind: 'timeline', which: 'at', entity, aspect: 'duration' };
  if (/^when\b/i.test(text)) return { kind: 'timeline', which: 'at', entity, aspect: 'dates' };
  if (/\b(?:title|position|job title|role)\b/i.test(text) && !/\brole in\b/i.test(text)) {
    return { kind: 'timeline', which: 'at', entity, aspect: 'title' };
  }
  return undefined;
}
