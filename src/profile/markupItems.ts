/**
 * The words of a README's images and code spans, and a line made of nothing else read as a list:
 * `![Python](…badge…)`, `<img alt="go" src="…">` wrapped in links and paragraphs, an icon or badge
 * whose words are only in its address (`…/badge/-Elixir-4B275F`, `…/icons/rust/rust-original.svg`),
 * `` `Go` `Rust` ``, `<span class="tag">Vim</span> <span …>`. Profile-generator READMEs set a whole
 * row of linked icons on one line.
 */
import { skillIconNames } from './skillIcons.js';

/** An image, a code span, a tag or keyboard span (`<span class="tag">Vim</span>`): markup holding one item's words. */
const ITEM =
  /!\[([^\]]*)\]\(([^)\s]*)[^)]*\)|<img\b([^>]*)>|`([^`]+)`|<(code|kbd|span|li|button)\b[^>]*>([^<]+)<\/\5>/giu;

/** Alt text that names the picture, not what it shows. */
const GENERIC_ALT = /^(?:badge|shield|image|img|icon|logo|picture|skill|skills|tech|\s*)$/iu;

/** `attr="value"` of an HTML tag's attributes. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'iu').exec(attributes);
  return match ? (match[1] ?? match[2] ?? '') : undefined;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * What an image's address says it shows: a shields.io badge's first text ("-Elixir-4B275F",
 * "Python-3.11-blue"; "--" is a dash and "__" an underscore there, "_" a space), or the icon
 * file a devicon or simple-icons address names ("…/icons/go/go-original.svg", "…/simpleicons.org/rust").
 */
export function addressWords(src: string): string {
  const badge = /\/badge\/([^?#]+)/iu.exec(src);
  if (badge) {
    const parts = badge[1]!
      .replace(/--/g, '\u0001')
      .replace(/__/g, '\u0002')
      .split('-')
      .map((part) =>
        decoded(
          part
            .replace(/\u0001/g, '-')
            .replace(/_/g, ' ')
            .replace(/\u0002/g, '_'),
        ).trim(),
      );
    return parts.find(Boolean) ?? '';
  }
  const icon = /\/icons\/([\w.+#-]+)\/[\w.+#-]+\.(?:svg|png)|simpleicons\.org\/([\w.+#-]+)/iu.exec(src);
  return icon ? decoded(icon[1] ?? icon[2]!) : '';
}

/**
 * An image's words: its alt text, or what its address names when the alt says nothing. A
 * skillicons.dev row is its skills whatever its alt says ("My Skills").
 */
export function imageWords(alt: string | undefined, src: string | undefined): string {
  const icons = src ? skillIconNames(src) : undefined;
  if (icons) return icons.join(' · ');
  const text = (alt ?? '').trim();
  return GENERIC_ALT.test(text) && src ? addressWords(src) || text : text;
}

function itemText(m: RegExpMatchArray): string {
  if (m[3] !== undefined) return imageWords(attribute(m[3], 'alt'), attribute(m[3], 'src'));
  if (m[1] !== undefined) return imageWords(m[1], m[2]);
  return (m[4] ?? m[6] ?? '').trim();
}

/** Markup around the items that adds no words: links, paragraphs and cells, and spaces. */
const WRAPPERS = /<\/?(?:a|p|div|span|center|picture|source|td|tr|th|br)\b[^>]*>|&(?:nbsp|ensp|emsp);/giu;

/**
 * The items of a line made of two or more images or code spans and nothing else (links, wrapping
 * tags and spaces aside), joined by " · "; undefined for any other line.
 */
export function itemsOnlyLine(raw: string): string | undefined {
  if (!/[<`!]/.test(raw)) return undefined;
  const items: string[] = [];
  const rest = raw
    .replace(ITEM, (...m) => {
      // A skillicons.dev image is a row of items of its own.
      items.push(...itemText(m as unknown as RegExpMatchArray).split(' · '));
      return '\u0000';
    })
    // `[![Go](badge)](https://go.dev)`: a linked badge is its image.
    .replace(/\[\s*\u0000\s*\]\([^)]*\)/gu, '\u0000')
    .replace(WRAPPERS, ' ');
  if (items.length < 2 || !/^[\s\u0000|]*$/u.test(rest)) return undefined;
  return items.filter(Boolean).join(' · ');
}

/** Every image on a line as its words (a line with other text around them). */
export function imagesAsWords(raw: string): string {
  return raw.replace(/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)|<img\b([^>]*)>/giu, (_, alt, src, attributes) =>
    attributes !== undefined
      ? imageWords(attribute(attributes, 'alt'), attribute(attributes, 'src'))
      : imageWords(alt, src),
  );
}
