/**
 * moderncv and similar classes set a CV's contact lines in the preamble (`\email{…}`,
 * `\phone[mobile]{…}`, `\address{street}{city}{country}`, `\homepage{…}`; europasscv's
 * `\ecvemail{…}`, `\ecvtelephone{…}`) and print them in the title block. The typeset CV shows them, so the text shows them too, each on the line of the
 * command that sets it (the preamble's other lines stay empty).
 */
const CONTACT =
  /\\(email|phone|mobile|address|homepage|extrainfo|ecvemail|ecvtelephone|ecvmobile|ecvaddress|ecvhomepage)\s*(?:\[[^\]]*\])?\s*((?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*)+)/g;

/** An argument as read: commands and braces dropped, `~` a space. */
const readable = (argument: string) =>
  argument
    .replace(/\\[a-zA-Z]+\*?/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/~/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * `lines` with each contact command of the preamble (`preamble`, comments removed, lines as in
 * the file) written on its own line where that line has no text yet.
 */
export function withPreambleContacts(lines: readonly string[], preamble: string): string[] {
  const out = [...lines];
  preamble.split('\n').forEach((source, i) => {
    if (out[i] !== '') return;
    const values = [...source.matchAll(CONTACT)].map((match) =>
      [...match[2]!.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)]
        .map((arg) => readable(arg[1]!))
        .filter(Boolean)
        .join(', '),
    );
    const text = values.filter(Boolean).join(' · ');
    if (text) out[i] = text.normalize('NFC');
  });
  return out;
}
