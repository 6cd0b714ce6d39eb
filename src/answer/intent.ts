/**
 * What a question asks, read from its wording once the people it names are taken out
 * (`rest`). Each kind is answered from the structure best suited to it: the skills ranking, the
 * roles and schools read from the profiles, a profile overview, or passage retrieval (`search`),
 * which stays the answer to anything not recognised here.
 */

export type Intent =
  | { readonly kind: 'who-knows'; readonly skills: readonly string[] }
  | { readonly kind: 'count'; readonly skill: string }
  | { readonly kind: 'employer'; readonly entity: string; readonly before?: string }
  | { readonly kind: 'school'; readonly entity?: string; readonly degree?: string }
  | { readonly kind: 'about' }
  | { readonly kind: 'timeline'; readonly which: 'latest' | 'first' | 'before' | 'after' | 'at'; readonly entity?: string; readonly aspect?: 'duration' | 'dates' | 'title' }
  | { readonly kind: 'contact'; readonly what: string }
  | { readonly kind: 'skills' }
  | { readonly kind: 'compare'; readonly topic: string }
  | { readonly kind: 'search' };

/** The name `--json` reports: what kind of question this was taken to be. */
export type IntentName = Intent['kind'] | 'person' | 'unknown-person' | 'ambiguous-person';

const clean = (text: string) =>
  text
    .replace(/[?!.]+\s*$/, '')
    .replace(/^\s*(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:experience|skills?|knowledge|expertise)\s*$/i, '')
    .trim();

/** "the University of Oklahoma in Pune" → the organisation's name, as typed. */
function entityOf(text: string): string {
  return clean(text.split(/\s+(?:before|after|and then|then|when|while|as an?|as)\s+/i)[0]!);
}

const SKILL_VERBS = String.raw`(?:knows?|uses?|used|has used|have used|can use|codes? in|programs? in|writes?|wrote|has experience (?:with|in|of)|have experience (?:with|in|of)|is experienced (?:with|in)|experienced (?:with|in)|with experience (?:with|in|of)|is familiar with|familiar with|is skilled in|skilled in|is proficient in|proficient in|works? with|worked with|has worked with|have worked with|has|have)`;
const WHO = String.raw`(?:who|which (?:people|persons|engineers|developers|colleagues|ones)|anyone|anybody|does anyone|does anybody|is there anyone|is there anybody|someone|somebody)`;

/** A skill named in a few words ("Python", "AWS CDK", "Ruby on Rails"), not a clause. */
function skillPhrase(text: string): string | undefined {
  const skill = clean(text);
  if (!skill || skill.split(/\s+/).length > 3) return undefined;
  if (/\b(?:who|what|which|where|when|how|at|for|by|as|from|worked|work|works|working|studied|study)\b/i.test(skill)) return undefined;
  return skill;
}

/** `rest`: the question without the names of people it names; `people`: how many it names. */
export function classify(rest: string, people: number): Intent {
  const text = rest.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();

  if (people >= 2) {
    const topic = clean(text.replace(/^(?:compare|contrast|how do|how does|what do|what does|who is better (?:at|with)|who knows more about|differences? between)\s*/i, '').replace(/\b(?:and|with|vs\.?|versus|differ|compare|on|in terms of|regarding|about|between)\b/gi, ' ').replace(/\s{2,}/g, ' '));
    return { kind: 'compare', topic };
  }

  if (people === 0) {
    const count = new RegExp(String.raw`^how many (?:people|persons|profiles|engineers|developers|colleagues|of (?:us|them|the team)|team members)?\s*(?:${SKILL_VERBS})\s+(.+)$`, 'i').exec(text);
    if (count) {
      const skill = skillPhrase(count[1]!);
      if (skill) return { kind: 'count', skill };
    }
    const both = new RegExp(String.raw`^${WHO}\s+(?:${SKILL_VERBS})\s+both\s+(.+?)\s+and\s+(.+)$`, 'i').exec(text);
    if (both) {
      const skills = [skillPhrase(both[1]!), skillPhrase(both[2]!)];
      if (skills.every((skill) => skill !== undefined)) return { kind: 'who-knows', skills: skills as string[] };
    }
    const who = new RegExp(String.raw`^${WHO}\s+(?:${SKILL_VERBS})\s+(.+)$`, 'i').exec(text) ?? /^(?:anyone|anybody|someone|somebody|any one) (?:with|who knows|knowing)\s+(.+)$/i.exec(text);
    if (who) {
      const skill = skillPhrase(who[1]!);
      if (skill && !/\b(?:a|an|the)\b/i.test(who[1]!)) return { kind: 'who-knows', skills: [skill] };
    }
    // "Who has worked as a nurse?": a job title, matched against roles like an employer.
    const as = /\b(?:work(?:s|ed|ing)?|employed|served|been)\s+as\s+(?:an?\s+)?(.+)$/i.exec(text);
    if (as && clean(as[1]!).split(/\s+/).length <= 4) return { kind: 'employer', entity: entityOf(as[1]!) };
    const worked = /\b(?:work(?:s|ed|ing)?|employed|been employed|interned|served|job)\s+(?:at|for|by|with|in)\s+(.+)$/i.exec(text);
    if (worked && /^(?:the\s+)?\p{Lu}/u.test(worked[1]!)) {
      const before = /\bbefore\s+(?:joining|moving to|going to|working (?:at|for)|starting at)?\s*(.+)$/i.exec(worked[1]!);
      return { kind: 'employer', entity: entityOf(worked[1]!), before: before ? entityOf(before[1]!) : undefined };
    }
    const studied = /\b(?:studied|study|studies|studying|went to|graduated from|attended|alumn\w* of|degree from)\s+(?:at|in|from)?\s*(.+)$/i.exec(text);
    if (studied && /^(?:the\s+)?\p{Lu}/u.test(studied[1]!)) return { kind: 'school', entity: entityOf(studied[1]!) };
    const degree = /^(?:who|which people|anyone|does anyone)\s+(?:has|have|holds?|earned|got|with)\s+(?:a|an)?\s*(ph\.?\s?d|doctorate|master'?s?(?: degree)?|bachelor'?s?(?: degree)?|mba|degree)\b(.*)$/i.exec(text);
    if (degree) return { kind: 'school', degree: degree[1]!, entity: degree[2]!.trim() ? entityOf(degree[2]!.replace(/^\s*(?:in|from|at)\s+/i, '')) : undefined };
    return { kind: 'search' };
  }

  // One person named.
  if (/^(?:tell me about|who is|who's|what about|describe|summari[sz]e|introduce|give me an overview of|overview of|profile of|what do you know about|show me|show)\s*(?:profile)?\s*[?.!]*$/i.test(text) || /^(?:'s\s*)?profile\s*[?.!]*$/i.test(lower)) {
    return { kind: 'about' };
  }
  const contact = /\b(e-?mail(?: address)?|phone(?: number)?|telephone(?: number)?|mobile(?: number)?|website|web site|homepage|github|gitlab|linkedin|twitter|contact(?: details)?|address)\b/i.exec(text);
  if (contact && !/\bwork|worked|job|role\b/i.test(text)) return { kind: 'contact', what: contact[1]!.toLowerCase() };

  const roleWord = String.raw`(?:job|role|position|employer|company|post|title|work|works|working|worked|employment)`;
  if (new RegExp(String.raw`\b(?:most recent|latest|last|current|currently|present|now|today)\b`, 'i').test(text) && new RegExp(String.raw`\b${roleWord}\b|\bdoes\b.*\bwork\b`, 'i').test(text)) {
    return { kind: 'timeline', which: 'latest' };
  }
  if (/\b(?:first|earliest)\s+(?:job|role|position|employer)\b/i.test(text)) return { kind: 'timeline', which: 'first' };
  const before = /\b(?:before|prior to|until)\s+(?:joining|moving to|working (?:at|for)|starting at|going to|becoming|he became|she became|they became|became)?\s*(.+)$/i.exec(text);
  if (before && new RegExp(String.raw`\b(?:${roleWord}|where|did|was)\b`, 'i').test(text)) return { kind: 'timeline', which: 'before', entity: entityOf(before[1]!) };
  const after = /\bafter\s+(?:leaving|joining|working (?:at|for))?\s*(.+)$/i.exec(text);
  if (after && new RegExp(String.raw`\b(?:${roleWord}|where|did|go)\b`, 'i').test(text)) return { kind: 'timeline', which: 'after', entity: entityOf(after[1]!) };
  const at = /\b(?:at|for|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(text);
  if (at) {
    if (/^how long\b/i.test(text)) return { kind: 'timeline', which: 'at', entity: entityOf(at[1]!), aspect: 'duration' };
    if (/^when\b/i.test(text)) return { kind: 'timeline', which: 'at', entity: entityOf(at[1]!), aspect: 'dates' };
    if (/\b(?:title|position|job title|role)\b/i.test(text) && !/\brole in\b/i.test(text)) return { kind: 'timeline', which: 'at', entity: entityOf(at[1]!), aspect: 'title' };
  }
  if (/\b(?:study|studied|studying|education|degree|university|college|school|graduate|graduated)\b/i.test(text) && /^(?:where|what|which|when)\b/i.test(text)) {
    const degree = /\b(ph\.?\s?d|doctorate|master'?s?|bachelor'?s?|mba)\b/i.exec(text);
    return { kind: 'school', degree: degree?.[1] };
  }
  if (/\b(?:ph\.?\s?d|doctorate|master'?s?|bachelor'?s?|mba)\b/i.test(text) && /^(?:where|what|which|when)\b/i.test(text)) {
    return { kind: 'school', degree: /\b(ph\.?\s?d|doctorate|master'?s?|bachelor'?s?|mba)\b/i.exec(text)![1] };
  }
  if (/\b(?:skills|technologies|tech stack|stack|tools|frameworks|libraries|databases|platforms|programming languages|languages)\b/i.test(text) && /\b(?:know|knows|use|uses|used|have|has|list|program|code|write|work with)\b/i.test(text) && !/\b(?:speak|speaks|spoken|talk)\b/i.test(text)) {
    return { kind: 'skills' };
  }
  return { kind: 'search' };
}
