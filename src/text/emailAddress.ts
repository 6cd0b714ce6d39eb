/**
 * E-mail addresses as CVs write them to keep them from address harvesters: "jane [at] example
 * [dot] com", "jane(at)example.de", "jane {at} example {dot} org", "juan [arroba] example [punto] es".
 * The address they stand for is what a reader copies, so that is what the profile and answers give.
 */

const AT = /\s*[[({<]\s*(?:at|ät|arroba|chez|@)\s*[\])}>]\s*/giu;
const DOT = /\s*[[({<]\s*(?:dot|punkt|point|punto|ponto|\.)\s*[\])}>]\s*/giu;
/** A bracketed "at" in any of the forms above: the cheap test for whether a line hides an address. */
export const HIDDEN_AT = /[[({<]\s*(?:at|ät|arroba|chez)\s*[\])}>]/iu;

/** The text with each bracketed "at" and "dot" written as "@" and "."; text without one is returned as it is. */
export function revealEmails(text: string): string {
  if (!HIDDEN_AT.test(text)) return text;
  return text.replace(AT, '@').replace(DOT, '.');
}
