/** Autocomplete: names containing what was typed (prefix matches first), at most 25. */
import { visibleText } from '../../../text/visibleText.js';
import { LIMITS } from '../limits.js';
import { clip } from '../text.js';

export interface Choice {
  readonly name: string;
  readonly value: string;
}

export function renderChoices(names: readonly string[], typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  const fits = names.filter((name) => name.length > 0 && name.length <= LIMITS.choiceValue);
  const starts = fits.filter((name) => name.toLowerCase().startsWith(needle));
  const contains = fits.filter((name) => !name.toLowerCase().startsWith(needle) && name.toLowerCase().includes(needle));
  return [...starts.sort(), ...contains.sort()]
    .slice(0, LIMITS.choices)
    .map((name) => ({ name: clip(visibleText(name), LIMITS.choiceName), value: name }));
}
