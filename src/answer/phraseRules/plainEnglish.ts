/** Casual English made plain for the phrase rules: "ppl" → "people", "yrs" → "years", filler dropped. */
import en from '../../text/cues/en.json' with { type: 'json' };

const REWRITES: readonly [RegExp, string][] = Object.entries(en.rewrite ?? {}).flatMap(([to, from]) =>
  from.map((word): [RegExp, string] => [new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?![\p{L}\p{N}])`, 'giu'), to]),
);

/** "list everyone", "give me all the people": an imperative asking for people, before what they have. */
const ASK_FOR_PEOPLE =
  String.raw`^\s*(?:list|show me|give me|tell me)\s+` +
  String.raw`(?:everyone|everybody|all (?:the )?people|the people|anyone)\s+`;
const PEOPLE_WITH = new RegExp(String.raw`${ASK_FOR_PEOPLE}(?=with\b)`, 'i');
const PEOPLE_WHO = new RegExp(ASK_FOR_PEOPLE, 'i');
/** "show me who has Go", "tell me who worked at Acme": the imperative asks who. */
const ASK_WHO = /^\s*(?:list|show me|give me|tell me|find)\s+(?=who\b)/i;
/** "anyone here who knows Go", "is there someone around that uses Go": who knows Go. */
const ANYONE_WHO =
  /^\s*(?:is there\s+|are there\s+)?(?:anyone|anybody|someone|somebody|people)(?:\s+(?:here|around|on the team|in the team))?\s+(?:who|that)\b/i;
const ASKED_WHETHER_EVER =
  /(?<=^\s*(?:who|anyone|anybody|has anyone|has anybody|does anyone)\b.*)\s+(?:before|already|in the past|previously|ever)\s*([?!.]*)\s*$/i;
/** "count the people who know Go": how many people know Go. */
const COUNT_WHO =
  /^\s*count\s+(?:the\s+|all\s+(?:the\s+)?)?(?:people|colleagues|engineers|devs|developers)\s+(?:who|that)\b/i;
/** Where the people asked about are, said between who and the verb: "who here knows", "how many people on the team use". */
const WHO_HERE =
  /^(\s*(?:who|how many (?:people|colleagues|engineers|developers|devs|team members|of us)))\s+(?:here|around|in the team|on the team|on our team|in our team)\b/i;

/** Casual English made plain for the phrase rules ("ppl" → "people", "yrs" → "years"), filler dropped. */
export function plainEnglish(text: string): string {
  let plain = text;
  for (const [pattern, to] of REWRITES) plain = plain.replace(pattern, to);
  return (
    plain
      .replace(/^\s*(?:hey|hi|hello|ok|okay|so|btw|um)\b[\s,:;-]*/i, '')
      .replace(/^\s*quick (?:q|question)\b[\s,:;-]*/i, '')
      .replace(/\s*\b(?:pls|plz|please|thx|thanks)\b\s*([?!.]*)\s*$/i, '$1')
      // "who's done Rust before", "anyone used Go already": when is not asked, only whether.
      .replace(ASKED_WHETHER_EVER, '$1')
      // "who has Acme on their cv": where it is written says nothing of what is asked.
      .replace(/\s+(?:on|in) (?:their|the|a|his|her) (?:cv|resume|résumé|profile)s?\s*([?!.]*)\s*$/i, '$1')
      // "anybody familiar with Rust here?": where the people are says nothing of what is asked.
      .replace(/\s+(?:(?:around\s+)?here|around|on (?:the|our) team|in (?:the|our) team)\s*([?!.]*)\s*$/i, '$1')
      // "give me everyone with Go" asks for anyone with Go; "list everyone who knows Go", who knows Go.
      .replace(PEOPLE_WITH, 'anyone ')
      .replace(PEOPLE_WHO, '')
      .replace(ASK_WHO, '')
      .replace(ANYONE_WHO, 'who')
      .replace(COUNT_WHO, 'how many people')
      .replace(WHO_HERE, '$1')
      .trim()
  );
}
