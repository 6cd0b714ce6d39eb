/**
 * moderncv, Awesome-CV and similar classes set a CV's head in the preamble (`\name{Jane}{Doe}`,
 * `\title{…}` / `\position{…}`, `\email{…}`, `\phone[mobile]{…}` / `\mobile{…}`,
 * `\address{street}{city}{country}`, `\homepage{…}`, `\social[github]{…}` / `\github{…}` /
 * `\linkedin{…}`; europasscv's `\ecvemail{…}`, `\ecvtelephone{…}`) and print it in the title block.
 * The typeset CV shows them, so the text shows them too, each on the line of the command that sets
 * it (the preamble's other lines stay empty). Arguments are read as the body is (accents, `\ss`,
 * `~`), and a profile handle as the address it links to (`\github{jdoe}` → `github.com/jdoe`).
 */
import { type Budget, Reader } from './latexReader.js';

const HEAD_COMMANDS = [
  'name',
  'firstname',
  'familyname',
  'title',
  'position',
  'email',
  'phone',
  'mobile',
  'address',
  'homepage',
  'extrainfo',
  'social',
  'github',
  'gitlab',
  'linkedin',
  'twitter',
  'orcid',
  'ecvemail',
  'ecvtelephone',
  'ecvmobile',
  'ecvaddress',
  'ecvhomepage',
];
const COMMAND = new RegExp(
  String.raw`\\(${HEAD_COMMANDS.join('|')})\s*(\[[^\]]*\])?\s*((?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*)+)`,
  'g',
);

/** Where a handle links, by the command or the `\social[…]` option that gives it. */
const PROFILE_SITES: Readonly<Record<string, string>> = {
  github: 'github.com/',
  gitlab: 'gitlab.com/',
  linkedin: 'linkedin.com/in/',
  twitter: 'twitter.com/',
  orcid: 'orcid.org/',
};

/** An argument as the typeset page shows it: commands read, accents placed, `~` a space. */
function readable(argument: string, budget: Budget): string {
  const reader = new Reader(argument, budget);
  reader.run();
  return reader.pieces
    .map((piece) => piece.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One head command's text: its arguments joined (`\name{Jane}{Doe}` → "Jane Doe"), a handle as its link. */
function shownText(command: string, option: string | undefined, args: readonly string[]): string {
  const site = PROFILE_SITES[command] ?? (command === 'social' ? PROFILE_SITES[option ?? ''] : undefined);
  if (command === 'social' && !site) return args.join(', ');
  if (site) return args[0] && !/[./]/.test(args[0]) ? `${site}${args[0]}` : (args[0] ?? '');
  return args.join(command === 'name' ? ' ' : ', ');
}

/**
 * `lines` with each head command of the preamble (`preamble`, comments removed, lines as in the
 * file) written on its own line where that line has no text yet.
 */
export function withPreambleContacts(lines: readonly string[], preamble: string, budget: Budget): string[] {
  const out = [...lines];
  preamble.split('\n').forEach((source, i) => {
    if (out[i] !== '') return;
    const values = [...source.matchAll(COMMAND)].map((match) => {
      // res.cls's `\address{14 Jacaranda Avenue \\ Pretoria 0002}`: each `\\` ends a line of the address.
      const args = [...match[3]!.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)]
        .map((arg) => readable(arg[1]!.replace(/\s*\\\\(?:\[[^\]]*\])?\s*/g, ', '), budget))
        .filter(Boolean);
      return shownText(match[1]!, match[2]?.slice(1, -1).trim().toLowerCase(), args);
    });
    const text = values.filter(Boolean).join(' · ');
    if (text) out[i] = text.normalize('NFC');
  });
  return out;
}
