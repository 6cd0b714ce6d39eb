/**
 * Text from profiles, file names and questions shown to people (terminal, Discord, log lines) with
 * its control characters made visible. A CV holding `ESC[2J` or `ESC]0;title BEL` would otherwise
 * clear the reader's screen or retitle their window, and a bare carriage return would overwrite the
 * line it is on. `--json` output never goes through here: it stays exactly what the files hold.
 *
 * C0 controls and DEL become their Unicode "control pictures" (ESC → ␛, CR → ␍, BEL → ␇, DEL → ␡);
 * C1 controls (U+0080–U+009F, which some terminals also obey) become U+FFFD. Tab is kept.
 */

/** Every C0 control but tab, DEL, and every C1 control. */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** The same, newline kept. */
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** One line of text (a name, a file name, a quoted line): a newline inside is shown as ␊ too. */
export function visibleText(text: string): string {
  return text.replace(CONTROLS, picture);
}

/** Text of several lines: newlines kept, every other control character shown. */
export function visibleLines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, picture);
}
