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

/** Casual English made plain for the phrase rules ("ppl" → "people", "yrs" → "years"), filler dropped. */
export function plainEnglish(text: string): string {
  let plain = text;
  for (const [pattern, to] of REWRITES) plain = plain.replace(pattern, to);
  return (
    plain
      .replace(/^\s*(?:hey|hi|hello|ok|okay|so|btw|um)\b[\s,:;-]*/i, '')
      .replace(/^\s*quick (?:q|question)\b[\s,:;-]*/i, '')
      .replace(/\s*\b(?:pls|plz|please|thx|thanks)\b\s*([?!.]*)\s*$/i, '$1')
      // "give me everyone with Go" asks for anyone with Go; "list everyone who knows Go", who knows Go.
      .replace(PEOPLE_WITH, 'anyone ')
      .replace(PEOPLE_WHO, '')
      .trim()
  );
}
