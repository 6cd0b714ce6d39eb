/**
 * Where inline elements end a field: emphasis that sets an employer apart from a title, a row of
 * tags, and elements a page lays out as blocks of their own though HTML calls them inline.
 */
import { blank, type HtmlElement, type HtmlNode, isElement, textOf } from './htmlNodes.js';

const EMPHASIS = new Set(['strong', 'b', 'em', 'i']);

/**
 * "<b>Acme Corp</b> <i>Software Engineer</i>": a short line that opens with emphasis and goes on
 * with a capitalised word holds two fields the type alone sets apart (a Word or Google Docs
 * template's employer and title). A " · " keeps them apart once the emphasis is gone.
 */
export function endsField(element: HtmlElement): boolean {
  if (!EMPHASIS.has(element.name)) return false;
  const shown = textOf(element).trim();
  if (!shown || /[:.,;|–—·-]$/.test(shown)) return false;
  let before = element.prev;
  while (blank(before)) before = before!.prev;
  if (before && !(isElement(before) && EMPHASIS.has(before.name))) return false;
  let after = element.next;
  while (blank(after)) after = after!.next;
  if (!after || !/^[\p{Lu}\p{N}]/u.test(textOf(after as HtmlNode).trim())) return false;
  const parent = element.parent as HtmlNode | null;
  return parent !== null && textOf(parent).length <= 120;
}

/** Words that join a title to its employer or school ("Designer at Acme", "Ingeniero en Tajo"). */
const CONNECTIVES = /^(?:at|@|in|for|with|bei|für|chez|à|en|em|na|no|de|para|con|com)$/i;

const TAGS = new Set(['span', 'a', 'code', 'kbd', 'small', 'mark', 'label']);

/**
 * `<span class="badge">Python</span><span class="badge">SQL</span>…`: a row of three or more short
 * elements of one kind and nothing else is a tag cloud; " · " keeps its items apart, written with or
 * without spaces between them.
 */
export function endsTag(element: HtmlElement): boolean {
  if (!TAGS.has(element.name) || !element.parent) return false;
  let after = element.next;
  while (blank(after)) after = after!.next;
  if (!after) return false;
  const row = (element.parent as HtmlElement).children.filter((child) => !blank(child));
  return (
    row.length >= 3 &&
    row.every((child) => {
      if (!isElement(child) || child.name !== element.name) return false;
      const shown = textOf(child).trim();
      // "2019", "–", "Present" in spans of their own are one date range, not three tags, and
      // "Designer", "at", "Acme" one sentence.
      return shown.length <= 40 && /\p{L}/u.test(shown) && !CONNECTIVES.test(shown);
    })
  );
}

/** Elements a line of text flows through; a page's stylesheet may still lay them out as blocks. */
const INLINE = new Set([
  'span',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'time',
  'small',
  'font',
  'u',
  'cite',
  'label',
  'abbr',
  'mark',
  'data',
  'code',
]);

/**
 * Class names résumé themes and microformats give one field of an entry (JSON Resume themes'
 * `company`, `position`, `date`; h-resume's `dt-start`): the page shows each apart from the next.
 */
const FIELD_CLASS = new RegExp(
  String.raw`^(?:p-|dt-)?(?:position|title|job-?title|role|company|employer|organi[sz]ation|org|institution|` +
    String.raw`school|university|location|place|city|date|dates|date-?range|period|tenure|duration|years|` +
    String.raw`start-?date|end-?date|start|end|degree|study-?type|area|major)$`,
  'i',
);
const START_CLASS = /^(?:dt-)?start(?:-?date)?$/i;
const END_CLASS = /^(?:dt-)?end(?:-?date)?$/i;
/** A degree's level and its subject, set apart by class ("BA" "Interaction Design"), are one field. */
const DEGREE_PART = /^(?:degree|study-?type|area|major)$/i;

function fieldClass(node: HtmlNode): string | undefined {
  if (!isElement(node)) return undefined;
  return (node.attribs.class ?? '').split(/\s+/).find((name) => FIELD_CLASS.test(name));
}

/** The first (or last) `limit` characters a node shows, read from a bounded number of nodes. */
function edgeText(node: HtmlNode, fromEnd: boolean, limit = 24): string {
  let text = '';
  const stack: HtmlNode[] = [node];
  for (let visits = 0; stack.length > 0 && text.length < limit && visits < 64; visits++) {
    const next = stack.pop()!;
    if (next.type === 'text') text = fromEnd ? next.data + text : text + next.data;
    else if (isElement(next) && next.name === 'br') text = fromEnd ? `\n${text}` : `${text}\n`;
    else if (isElement(next)) {
      const children = fromEnd ? next.children : [...next.children].reverse();
      stack.push(...children);
    }
  }
  return text;
}

const isInline = (node: HtmlNode): boolean => node.type === 'text' || (isElement(node) && INLINE.has(node.name));
/** Punctuation that already parts two fields, or joins a range ("2019" "– 2021"). */
const PARTED_BEFORE = /[-–—,;:|/(·•@]$/;
const PARTED_AFTER = /^[-–—,;:|/).·•@]/;

/**
 * Two inline neighbours the page shows as separate fields: elements written with nothing between
 * them ("<span>Acme Inc.</span><span>Portland</span>" reads "Acme Inc.Portland" as bare text), or a
 * neighbour a theme marks as a field of its own by class. A word split between two styled runs
 * ("<span>Engin</span><span>eering</span>") stays whole.
 */
export function inlineFieldMark(node: HtmlNode): string | undefined {
  const mark = endsInlineField(node);
  if (!mark || !node.next) return mark ? ' · ' : undefined;
  let after: HtmlNode | null = node.next;
  while (blank(after)) after = after!.next;
  // h-resume's "<time class="dt-start">2018</time><time class="dt-end">2024</time>": one range.
  return START_CLASS.test(fieldClass(node) ?? '') && END_CLASS.test(fieldClass(after!) ?? '') ? ' – ' : ' · ';
}

function endsInlineField(node: HtmlNode): boolean {
  let after = node.next;
  while (blank(after)) after = after!.next;
  if (!after || !isInline(node) || !isInline(after)) return false;
  const left = edgeText(node, true);
  const right = (after === node.next ? '' : ' ') + edgeText(after, false);
  const shownLeft = left.trimEnd();
  const shownRight = right.trimStart();
  if (!shownLeft || !shownRight || shownLeft.includes('\n') || right.startsWith('\n')) return false;
  if (PARTED_BEFORE.test(shownLeft) || PARTED_AFTER.test(shownRight)) return false;
  const lastWord = /\S+$/.exec(shownLeft)?.[0] ?? '';
  const firstWord = /^\S+/.exec(shownRight)?.[0] ?? '';
  if (CONNECTIVES.test(lastWord) || CONNECTIVES.test(firstWord)) return false;
  const leftClass = fieldClass(node);
  const rightClass = fieldClass(after);
  if (leftClass || rightClass) {
    const leftDegree = DEGREE_PART.test(leftClass ?? '');
    const rightDegree = DEGREE_PART.test(rightClass ?? '');
    // "Bachelor <span class="area">Physics</span>": the level and its subject.
    return (
      !(leftDegree || rightDegree) ||
      (leftClass !== undefined && rightClass !== undefined && leftDegree !== rightDegree)
    );
  }
  if (!isElement(node) || !isElement(after) || /\s$/.test(left) || /^\s/.test(right)) return false;
  return !(/\p{Ll}$/u.test(shownLeft) && /^\p{Ll}/u.test(shownRight));
}
