/**
 * Which lines of a profile a reader actually sees once it is rendered: not HTML comments, not the
 * insides of `<style>`/`<script>`, not a line of bare markup (a rule, a setext underline, a lone
 * tag, a template include). This is what "no content lost" is measured against: every visible line
 * must belong to at least one passage.
 */

import { HTML_COMMENT, HTML_TAG, MARKDOWN_IMAGE, NBSP_ENTITY } from './markup.js';

/** Template tags: Liquid/Jekyll `{% … %}`, Hugo `{{< … >}}` / `{{% … %}}`, Go/Handlebars `{{ … }}`. */
const TEMPLATE_TAG = /\{%-?[\s\S]*?-?%\}|\{\{[<%]?[\s\S]*?[>%]?\}\}/g;
/** A quoted argument a template shows the reader: a caption, a title ("Team lead at Acme"), not a path. */
const QUOTED = /"([^"]*)"|'([^']*)'/g;

/** The words a template tag shows: its quoted arguments that read as text, not paths or ids. */
function shownByTemplate(tag: string): string {
  const shown: string[] = [];
  for (const match of tag.matchAll(QUOTED)) {
    const value = (match[1] ?? match[2] ?? '').trim();
    if (/\s/.test(value) && !/^[\w./:#?=&-]+$/.test(value)) shown.push(value);
    else if (/^\p{L}[\p{L}\s'’-]*$/u.test(value) && /\p{Lu}/u.test(value)) shown.push(value);
  }
  return shown.join(' ');
}

/** The text of one line as rendered, markup removed; empty when nothing of it is seen. */
export function renderedText(line: string): string {
  return line
    .replace(TEMPLATE_TAG, (tag) => ` ${shownByTemplate(tag)} `)
    .replace(HTML_COMMENT, ' ')
    .replace(HTML_TAG, ' ')
    .replace(NBSP_ENTITY, ' ')
    .replace(MARKDOWN_IMAGE, ' ')
    .trim();
}

/** True when a line shows the reader letters or digits (a rule, an underline or a lone tag does not). */
export function showsText(line: string): boolean {
  return /[\p{L}\p{N}]/u.test(renderedText(line));
}

/**
 * One flag per line: does a reader see it? HTML comments and `<style>`/`<script>` elements are
 * tracked across lines; everything else is judged line by line by `showsText`.
 */
export function visibleLines(lines: readonly string[]): boolean[] {
  const visible: boolean[] = [];
  let hiddenUntil: RegExp | undefined;
  for (const raw of lines) {
    let line = raw;
    let shown = '';
    // Walk the line, dropping hidden spans that open and close, possibly on other lines.
    while (line !== '') {
      if (hiddenUntil) {
        const end = hiddenUntil.exec(line);
        if (!end) {
          line = '';
          break;
        }
        line = line.slice(end.index + end[0].length);
        hiddenUntil = undefined;
        continue;
      }
      const open = /<!--|<style\b[^>]*>|<script\b[^>]*>/i.exec(line);
      if (!open) {
        shown += line;
        break;
      }
      shown += line.slice(0, open.index);
      line = line.slice(open.index + open[0].length);
      hiddenUntil = open[0].startsWith('<!--')
        ? /-->/
        : open[0].toLowerCase().startsWith('<style')
          ? /<\/style\s*>/i
          : /<\/script\s*>/i;
    }
    visible.push(showsText(shown));
  }
  return visible;
}
