/**
 * The LaTeX reader's engine: walks the source and writes the pieces of text a reader of the
 * typeset document sees, each with the file line it stands on (latex.ts turns them into lines).
 * Commands it knows are data (latexWords.json); a command with several arguments keeps them on
 * one line joined by ` · `; macros the file defines are expanded within a budget of work.
 */
import { LATEX_BUDGET, LimitExceeded } from '../isolation/readLimits.js';
import type { Piece } from './alignedLines.js';
import latexWords from './latexWords.json' with { type: 'json' };

/**
 * The commands the reader knows, as data (latexWords.json): whose arguments are never shown
 * (`notShown`), which only style their text (`textCommands`), which start a heading and its level,
 * which environments are not typeset as text, and the symbols and accents a command stands for.
 */
const NOT_SHOWN: ReadonlySet<string> = new Set(latexWords.notShown);
const TEXT_COMMANDS: ReadonlySet<string> = new Set(latexWords.textCommands);
const HEADINGS: Readonly<Record<string, string>> = latexWords.headings;
const HIDDEN_ENVIRONMENTS: ReadonlySet<string> = new Set(latexWords.hiddenEnvironments);
const SYMBOLS: Readonly<Record<string, string>> = latexWords.symbols;
const ACCENTS: Readonly<Record<string, string>> = latexWords.accents;
/** Commands typeset beside a label (`\ecvmothertongue{German}` → "Mother tongue(s): German"). */
const LABELLED: ReadonlyMap<string, string> = new Map(
  Object.entries(latexWords.labelled).filter(([name]) => !name.startsWith('$')),
);

/**
 * Work left for one file, shared by every reader it starts: macros can expand each other
 * exponentially (a few hundred bytes of `\newcommand`s can ask for gigabytes of text).
 */
export interface Budget {
  steps: number;
  output: number;
}

export function newBudget(): Budget {
  return { steps: LATEX_BUDGET.steps, output: LATEX_BUDGET.outputChars };
}

function spend(budget: Budget, steps: number, output: number): void {
  budget.steps -= steps;
  budget.output -= output;
  if (budget.steps < 0)
    throw new LimitExceeded(`LaTeX takes more than ${LATEX_BUDGET.steps} steps to read (macro expansion limit)`);
  if (budget.output < 0)
    throw new LimitExceeded(
      `LaTeX expands to more than ${LATEX_BUDGET.outputChars} characters (macro expansion limit)`,
    );
}

/** What sets a macro's fields in rows and columns: a table's cell, a flush-right gap, a row break. */
const LAYOUT_MARK = /&|\\hfill|\\\\|\\newline/;

/** A mark an expansion leaves after an argument's pieces: the body's text after it goes with them. */
const ARGUMENT_LINE = -1000;
/** Pieces an expansion took from a call's arguments (they keep their lines), as opposed to the body's own. */
const ARGUMENT_PIECES = new WeakSet<Piece>();

/** LaTeX's and common packages' own environments: their arguments (if any) are settings, not text. */
const STANDARD_ENVIRONMENTS =
  /^(?:document|center|flush(?:left|right)|itemize|enumerate|description|quote|quotation|verse|tabular\*?|tabularx|tabulary|tabu|longtable|table\*?|figure\*?|minipage|paracol|multicols\*?|columns?|list|trivlist|adjustwidth|tikzpicture|spacing|small|footnotesize|scriptsize|large|Large|LARGE|huge|Huge|cvitems|cventries|cvhonors|cvskills|tightemize|[a-z]*(?:list|itemize|enumerate))$/;

/**
 * The Markdown mark of a heading command: a class's own `\runsubsection` (Deedy) or `\cvsubsection`
 * is one level under its sections, as `\subsection` is, so an employer it names heads an entry.
 */
function headingMark(name: string): string {
  if (Object.hasOwn(HEADINGS, name)) return HEADINGS[name]!;
  return /subsubsection$/i.test(name) ? '####' : /subsection$/i.test(name) ? '###' : '##';
}

function plainArgument(raw: string): string {
  return raw.replace(/[{}\s]/g, '');
}

/** A macro with parameters: how many, the first one's default when it is optional, its body. */
export interface Command {
  readonly params: number;
  readonly optional?: string;
  readonly body: string;
}

/** Environments whose arguments set the layout (a table's columns, a box's width), never text. */
export class Reader {
  private at: number;
  private line: number;
  readonly pieces: Piece[] = [];
  /** Zero-argument macros the file defines (`\newcommand{\CVAuthor}{John Doe}`): used where they are called. */
  readonly macros = new Map<string, string>();
  /**
   * Macros with parameters the file defines (`\newcommand{\resumeSubheading}[4]{…}`): read where
   * they are called, each argument where the definition prints it, so the rows and columns the
   * file lays its fields in stay as a reader sees them.
   */
  readonly commands = new Map<string, Command>();
  /** Inside an expansion: renders the call's argument `n` (its pieces keep their own lines). */
  private argument?: (n: number) => Piece[];
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly budget: Budget,
    start = 0,
    line = 0,
  ) {
    this.at = start;
    this.line = line;
  }

  private emit(text: string, line = this.line): void {
    spend(this.budget, 0, text.length);
    this.pieces.push({ text, line });
  }

  /** A block break: a new line in the text (or ` · ` between blocks on one line of the file). */
  private breakBlock(): void {
    this.emit('\n');
  }

  private skipSpaces(allowNewline = true): void {
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (char === ' ' || char === '\t' || char === '\r') this.at++;
      else if (char === '\n' && allowNewline && !/^\n[ \t\r]*\n/.test(this.text.slice(this.at, this.at + 40))) {
        this.line++;
        this.at++;
      } else break;
    }
  }

  /** Reads a balanced `{…}` or `[…]` group; returns where its inside starts and ends. */
  private group(open: string, close: string): { start: number; end: number; line: number } | undefined {
    if (this.text[this.at] !== open) return undefined;
    const start = this.at + 1;
    const line = this.line;
    let level = 0;
    for (let i = this.at; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === '\\') {
        i++;
        continue;
      }
      if (char === '\n') this.line++;
      if (char === open) level++;
      else if (char === close && --level === 0) {
        this.at = i + 1;
        return { start, end: i, line };
      }
    }
    this.at = this.text.length;
    return { start, end: this.text.length, line };
  }

  /** Renders a stretch of the source (a group's inside) in place, with its own line numbers. */
  private renderRange(start: number, end: number, line: number): void {
    if (this.depth > 20) return;
    spend(this.budget, this.macros.size, 0);
    const inner = this.child(this.text.slice(0, end), 1, { start, line });
    inner.run();
    for (const piece of inner.pieces) this.pieces.push(piece);
  }

  /**
   * A reader of `text` from `start` (on `line`), `deeper` levels down, that knows this one's macros
   * and commands, save `except` (a macro never expands itself), and the argument it stands in.
   */
  private child(text: string, deeper: number, at: { start?: number; line?: number; except?: string } = {}): Reader {
    const reader = new Reader(text, this.budget, at.start ?? 0, at.line ?? 0);
    reader.depth = this.depth + deeper;
    for (const [name, value] of this.macros) if (name !== at.except) reader.macros.set(name, value);
    for (const [name, value] of this.commands) if (name !== at.except) reader.commands.set(name, value);
    if (this.argument) reader.argument = this.argument;
    return reader;
  }

  private rawOf(range: { start: number; end: number }): string {
    return this.text.slice(range.start, range.end);
  }

  /** Required `{…}` arguments right after a command (optional `[…]` ones skipped, or returned). */
  private arguments(max = 9): {
    required: { start: number; end: number; line: number }[];
    optional: { start: number; end: number; line: number }[];
  } {
    const required: { start: number; end: number; line: number }[] = [];
    const optional: { start: number; end: number; line: number }[] = [];
    for (;;) {
      const before = { at: this.at, line: this.line };
      this.skipSpaces();
      const char = this.text[this.at];
      if (char === '[' && required.length === 0) {
        optional.push(this.group('[', ']')!);
      } else if (char === '{' && required.length < max) {
        required.push(this.group('{', '}')!);
      } else {
        this.at = before.at;
        this.line = before.line;
        break;
      }
    }
    return { required, optional };
  }

  /** `\begin{…}` / `\end{…}`: a block break, or the whole environment skipped when it is not typeset. */
  private environment(name: 'begin' | 'end'): void {
    const environment = this.group('{', '}');
    const env = environment ? this.rawOf(environment).trim() : '';
    if (name === 'begin' && HIDDEN_ENVIRONMENTS.has(env)) {
      const close = this.text.indexOf(`\\end{${env}}`, this.at);
      const skipped = this.text.slice(this.at, close === -1 ? this.text.length : close);
      this.line += skipped.split('\n').length - 1;
      this.at = close === -1 ? this.text.length : close + `\\end{${env}}`.length;
      return;
    }
    if (name === 'begin' && !STANDARD_ENVIRONMENTS.test(env)) {
      // `\begin{rSubsection}{Acme}{2019 – now}{Engineer}{Leeds}`: a class's own environment takes an
      // entry's fields as arguments, as a command does; they stay on one line, set apart.
      const { required } = this.arguments(9);
      if (required.length >= 2) this.fieldsLine('', required);
      else for (const argument of required) this.renderRange(argument.start, argument.end, argument.line);
    } else if (name === 'begin')
      // `\begin{tabularx}{\textwidth}{X r}`, `tabular*` and `tabulary`: a width before the columns;
      // `\begin{tabular*}{\textwidth}[t]{l r}`: a position between them.
      this.layoutArguments(
        /^tabular/.test(env)
          ? /^tabular(?:\*|x|y)$/.test(env)
            ? 2
            : 1
          : /^(minipage|paracol|multicols|column)/.test(env)
            ? 1
            : 0,
      );
    this.breakBlock();
  }

  /** An environment's settings: `count` `{…}` groups, any `[…]` before or between them skipped. */
  private layoutArguments(count: number): void {
    for (let read = 0; ; ) {
      const before = { at: this.at, line: this.line };
      this.skipSpaces();
      const char = this.text[this.at];
      if (char === '[') this.group('[', ']');
      else if (char === '{' && read < count) {
        this.group('{', '}');
        read++;
      } else {
        this.at = before.at;
        this.line = before.line;
        return;
      }
    }
  }

  /** `\newcommand{\CVAuthor}{John Doe}`: remembered, never shown. */
  private definition(): void {
    this.skipSpaces();
    let macro: string | undefined;
    if (this.text[this.at] === '{') macro = this.rawOf(this.group('{', '}')!).trim();
    else macro = /^\\[A-Za-z@]+/.exec(this.text.slice(this.at))?.[0];
    if (macro && !this.text.slice(this.at).startsWith('{')) this.at += this.text[this.at] === '\\' ? macro.length : 0;
    // `\def\job#1#2#3{…}`: TeX's own way of naming the parameters.
    const hashes = /^(?:#\d)+/.exec(this.text.slice(this.at))?.[0] ?? '';
    this.at += hashes.length;
    const { required, optional } = this.arguments(1);
    const body = required[0];
    if (!macro || !body) return;
    const name = macro.replace(/^\\/, '');
    const params = hashes ? hashes.length / 2 : Number(optional[0] ? this.rawOf(optional[0]).trim() : '0');
    if (optional.length === 0 && !hashes) this.macros.set(name, this.rawOf(body));
    // Only an entry's layout is read through its definition: fields set in rows and columns
    // (`&`, `\hfill`, a row break), as Jake's `\resumeSubheading` sets them. Other macros with
    // parameters keep their arguments on one line joined by ` · `, as a class's own command does.
    else if (Number.isInteger(params) && params >= 2 && params <= 9 && LAYOUT_MARK.test(this.rawOf(body))) {
      const first = optional[1];
      this.commands.set(name, { params, body: this.rawOf(body), ...(first ? { optional: this.rawOf(first) } : {}) });
    }
  }

  /** `\section`, and a class's or the file's own section commands (`\cvsection`, `\Section`). */
  private heading(name: string): void {
    this.skipSpaces(false);
    if (this.text[this.at] === '*') this.at++;
    const { required } = this.arguments(Object.hasOwn(HEADINGS, name) ? 1 : 3);
    this.breakBlock();
    this.emit(`${headingMark(name)} `, required[0]?.line ?? this.line);
    // `\datedsubsection{Acme, Dublin}{2020 -- Present}`: a class's own heading command keeps its other
    // fields beside it.
    required.forEach((argument, i) => {
      if (i > 0 && this.rawOf(argument).trim() !== '') this.emit(' · ', argument.line);
      this.renderRange(argument.start, argument.end, argument.line);
    });
    this.breakBlock();
  }

  /** A use of a macro the file defined: its text, read where it is used. */
  private expand(name: string): void {
    this.arguments(0);
    const body = this.macros.get(name)!;
    spend(this.budget, this.macros.size, 0);
    const expansion = this.child(body, 5, { except: name });
    expansion.run();
    for (const piece of expansion.pieces) this.emit(piece.text);
  }

  /**
   * A call of a macro with parameters the file defines: its body read with each `#n` standing for
   * the call's argument, which keeps its own line. The body's own text (an "at", a comma, the gap of
   * an `\hfill` or a column) goes with the argument before it. In a body of two fields or more,
   * `\item` starts the entry (Jake's résumé sets its list's label empty): no bullet.
   */
  private expandCommand(name: string): void {
    const command = this.commands.get(name)!;
    const callLine = this.line;
    const { required, optional } = this.arguments(command.optional === undefined ? command.params : command.params - 1);
    const ranges: ({ start: number; end: number; line: number } | string)[] = [];
    if (command.optional !== undefined) ranges.push(optional[0] ?? command.optional);
    ranges.push(...required);
    spend(this.budget, this.macros.size + this.commands.size, 0);
    const body = command.body
      .replace(/#(\d)/g, '\\whoknowsargument{$1}')
      .replace(/\\item(?![A-Za-z])/g, command.params >= 2 ? '\\par ' : '\\item');
    const expansion = this.child(body, 5, { except: name });
    const outer = this.argument;
    expansion.argument = (n) => {
      const range = ranges[n - 1];
      if (range === undefined) return [];
      if (typeof range === 'string') {
        const fallback = new Reader(range, this.budget);
        fallback.depth = this.depth + 5;
        fallback.argument = outer;
        fallback.run();
        return fallback.pieces.map((piece) => ({ text: piece.text, line: callLine }));
      }
      const inner = this.child(this.text.slice(0, range.end), 1, { start: range.start, line: range.line });
      inner.run();
      return inner.pieces;
    };
    if (this.depth > 20) return;
    expansion.run();
    let placed = false;
    for (const piece of expansion.pieces) {
      if (piece.line === ARGUMENT_LINE) {
        placed = true;
        continue;
      }
      if (ARGUMENT_PIECES.has(piece)) this.pieces.push(piece);
      else this.pieces.push({ text: piece.text, line: placed ? -1 : callLine });
    }
  }

  /** Arguments on one line of their own, joined by ` · `, after `prefix`. */
  private fieldsLine(prefix: string, required: readonly { start: number; end: number; line: number }[]): void {
    this.breakBlock();
    if (prefix) this.emit(prefix, required[0]!.line);
    required.forEach((argument, i) => {
      if (i > 0 && this.rawOf(argument).trim() !== '') this.emit(' · ', argument.line);
      this.renderRange(argument.start, argument.end, argument.line);
    });
    this.breakBlock();
  }

  /** Any other command: its arguments as text, several of them kept on one line. */
  private withArguments(name: string): void {
    const { required } = this.arguments(TEXT_COMMANDS.has(name) ? (name === 'textcolor' ? 2 : 1) : 9);
    if (name === 'textcolor') required.shift();
    if (required.length >= 2 && /date/i.test(name)) {
      // `\DatestampYMD{2009}{12}{15}` is one date.
      this.emit(required.map((argument) => plainArgument(this.rawOf(argument))).join('-'), required[0]!.line);
      return;
    }
    if (LABELLED.has(name) && required.length > 0) {
      this.fieldsLine(`${LABELLED.get(name)}: `, required);
      return;
    }
    if (required.length >= 2) {
      // A command with several arguments is one entry (a role, a school): its fields stay together.
      // `\ecvitem{}{Acme, Leeds}`: an item with no label is the right column's own line, no bullet.
      const bullet = /item/i.test(name) && this.rawOf(required[0]!).trim() !== '';
      this.fieldsLine(bullet ? '- ' : '', required);
      return;
    }
    if (/item/i.test(name) && !TEXT_COMMANDS.has(name)) {
      this.breakBlock();
      this.emit('- ');
    }
    for (const argument of required) this.renderRange(argument.start, argument.end, argument.line);
  }

  private command(name: string): void {
    if (name === 'begin' || name === 'end') this.environment(name);
    else if (name === 'newcommand' || name === 'renewcommand' || name === 'providecommand' || name === 'def') {
      this.definition();
    } else if (name === 'hspace' || name === 'hskip') {
      // Space between two pieces of a line ("a\hspace{1em}·\hspace{1em}b"): a space, not nothing.
      this.arguments(1);
      this.emit(' ');
    } else if (NOT_SHOWN.has(name)) this.arguments();
    else if (Object.hasOwn(HEADINGS, name) || /section$/i.test(name)) this.heading(name);
    else if (name === 'item') {
      const { optional } = this.arguments(0);
      this.breakBlock();
      this.emit('- ');
      for (const label of optional) {
        this.renderRange(label.start, label.end, label.line);
        // `\item[Languages] Python, Go`: a description list's term labels what follows it, as a colon
        // does; a mark (`\item[--]`, `\item[a)]`) is only set apart.
        const term = /[\p{L}\p{N}]\}*$/u.test(this.rawOf(label).trim());
        this.emit(term ? ': ' : ' ', label.line);
      }
    } else if (name === 'href') {
      const { required } = this.arguments(2);
      const shown = required[1] ?? required[0];
      if (shown) this.renderRange(shown.start, shown.end, shown.line);
    } else if (name === 'whoknowsargument' && this.argument) {
      const { required } = this.arguments(1);
      const n = Number(required[0] ? this.rawOf(required[0]) : '0');
      for (const piece of this.argument(n)) {
        this.pieces.push(piece);
        ARGUMENT_PIECES.add(piece);
      }
      this.pieces.push({ text: '', line: ARGUMENT_LINE });
    } else if (this.commands.has(name)) this.expandCommand(name);
    else if (this.macros.has(name)) this.expand(name);
    else if (Object.hasOwn(SYMBOLS, name)) {
      this.emit(SYMBOLS[name]!);
      if (this.text[this.at] === '{' && this.text[this.at + 1] === '}') this.at += 2;
    } else this.withArguments(name);
  }

  run(): void {
    const { text } = this;
    while (this.at < text.length) {
      spend(this.budget, 1, 0);
      const char = text[this.at]!;
      if (char === '\\') {
        const name = /^\\([A-Za-z@]+|.)/.exec(text.slice(this.at, this.at + 60))?.[1] ?? '';
        this.at += 1 + name.length;
        if (name === '\\') {
          this.arguments(0);
          this.breakBlock();
        } else if (Object.hasOwn(ACCENTS, name) && !/^[A-Za-z]{2,}$/.test(name)) {
          this.skipSpaces(false);
          const braced = this.group('{', '}');
          const letter = braced ? this.rawOf(braced) : (text[this.at++] ?? '');
          this.emit(`${letter}${ACCENTS[name]}`);
        } else if (/^[A-Za-z@]+$/.test(name)) {
          const afterName = this.at;
          this.command(name);
          // A command word without arguments swallows the space after it (`\LaTeX is` reads "LaTeX is").
          if (this.at === afterName && this.text[this.at] === ' ') this.at++;
        } else if (name === ',' || name === ';' || name === ' ') this.emit(' ');
        else if (name === '\n') {
          this.line++;
          this.emit(' ');
        } else if (name !== '') this.emit(name);
      } else if (char === '{' || char === '}' || char === '$') {
        this.at++;
      } else if (char === '\n') {
        this.at++;
        this.line++;
        if (/^[ \t\r]*\n/.test(text.slice(this.at, this.at + 40))) this.breakBlock();
        else this.emit(' ', this.line - 1);
      } else if (char === '&') {
        this.at++;
        this.emit(' | ');
      } else if (char === '~') {
        this.at++;
        this.emit(' ');
      } else if (char === '-' && text.startsWith('---', this.at)) {
        this.at += 3;
        this.emit('—');
      } else if (char === '-' && text.startsWith('--', this.at)) {
        this.at += 2;
        this.emit('–');
      } else if (char === '`' && text.startsWith('``', this.at)) {
        this.at += 2;
        this.emit('“');
      } else if (char === "'" && text.startsWith("''", this.at)) {
        this.at += 2;
        this.emit('”');
      } else {
        const run = /^[^\\{}$\n&~`'-]+/.exec(text.slice(this.at, this.at + 400))?.[0] ?? char;
        this.at += run.length;
        this.emit(run);
      }
    }
  }
}
