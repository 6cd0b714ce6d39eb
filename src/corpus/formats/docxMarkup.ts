/**
 * WordprocessingML that Word and other writers use and mammoth does not read, rewritten into the
 * forms it does before the document is converted (and before the page header is read), so the text
 * a reader sees on the page is the text read:
 * - an alignment tab (`w:ptab`, flush right without a tab stop) is a tab, a carriage return (`w:cr`)
 *   a line break, a non-breaking hyphen (`w:noBreakHyphen`) a hyphen;
 * - a simple field (`w:fldSimple`: a `HYPERLINK` around an e-mail address, a `MERGEFIELD`) is
 *   written as the complex field it stands for, so its shown text is read (mammoth drops the
 *   element and everything in it);
 * - a content control still showing a prompt (`w:showingPlcHdr` over "[Company]" or Word's
 *   "Click or tap here to enter text.") says nothing about the person: its text is left out;
 * - a text box in a drawing with no VML fallback (`wps:txbx` alone, or an `mc:AlternateContent`
 *   with no `mc:Fallback`) is read as the fallback would be: once, after its anchor's paragraph;
 * - a paragraph in a list style (Word's "List Bullet", "List Number": the numbering set in the
 *   style, not on the paragraph) is given its style's numbering, so it reads as a list item.
 */

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The outermost elements named `tag` in `xml`, nested ones counted so each span closes its own element. */
function outermost(xml: string, tag: string, from = 0, to = xml.length): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  pattern.lastIndex = from;
  let depth = 0;
  let start = -1;
  for (let m = pattern.exec(xml); m && m.index < to; m = pattern.exec(xml)) {
    if (m[1]) {
      if (depth > 0 && --depth === 0) spans.push({ start, end: m.index + m[0].length });
    } else if (m[2]) {
      if (depth === 0) spans.push({ start: m.index, end: m.index + m[0].length });
    } else if (depth++ === 0) start = m.index;
  }
  return spans;
}

/** `xml` with each span replaced by what `replace` makes of its text. */
function rewrite(xml: string, spans: readonly Span[], replace: (text: string) => string): string {
  if (spans.length === 0) return xml;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += xml.slice(at, span.start) + replace(xml.slice(span.start, span.end));
    at = span.end;
  }
  return out + xml.slice(at);
}

/** "[Company]", "[Dates From] – [To]": bracketed prompts, nothing else. */
const PROMPTS = /^(?:\[[^\]]*\][\s\p{P}]*)+$/u;

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Word's own prompts a document's glossary holds (word/glossary/document.xml): the building blocks
 * named `DefaultPlaceholder_…`, "Click or tap here to enter text." in the language Word was set to.
 * A template's own placeholders are left out: a template sets its headings ("Experience") as
 * placeholders that the person keeps.
 */
export function glossaryTexts(glossaryXml: string): Set<string> {
  return new Set(
    outermost(glossaryXml, 'w:docPart')
      .map((span) => glossaryXml.slice(span.start, span.end))
      .filter((part) => /<w:docPartPr>[\s\S]*?<w:name w:val="DefaultPlaceholder_/.test(part))
      .map(textOf)
      .filter(Boolean),
  );
}

/**
 * A content control's text blanked where it still shows a prompt: the control says so
 * (`w:showingPlcHdr`) and its text is Word's default prompt (glossaryTexts) or `[Bracketed]`
 * prompts. A template's own placeholder in words ("Experience") is read, and so is text typed over a
 * prompt in an editor that kept the flag (LibreOffice does). Controls inside a filled one are checked too.
 */
function placeholdersOut(xml: string, placeholders: ReadonlySet<string>): string {
  if (!xml.includes('showingPlcHdr')) return xml;
  return rewrite(xml, outermost(xml, 'w:sdt'), (control) => {
    const content = outermost(control, 'w:sdtContent')[0];
    if (!content) return control;
    const properties = control.slice(0, content.start);
    const inner = control.slice(content.start, content.end);
    const flagged =
      /<w:showingPlcHdr(?:\s[^>]*)?\/?>/.test(properties) &&
      !/<w:showingPlcHdr[^>]*w:val="(?:0|false)"/.test(properties);
    const text = flagged ? textOf(inner) : '';
    const prompt = flagged && (placeholders.has(text) || PROMPTS.test(text));
    const shown = prompt
      ? inner.replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, '$1$2')
      : inner.slice(0, inner.indexOf('>') + 1) + placeholdersOut(inner.slice(inner.indexOf('>') + 1), placeholders);
    return properties + shown + control.slice(content.end);
  });
}

/** A simple field as a complex one: begin, its instruction, separate, its result runs, end. */
function simpleFieldsOut(xml: string): string {
  if (!xml.includes('w:fldSimple')) return xml;
  return rewrite(xml, outermost(xml, 'w:fldSimple'), (field) => {
    const open = /^<w:fldSimple\b[^>]*?(\/?)>/.exec(field)!;
    const instruction = /\bw:instr="([^"]*)"/.exec(open[0])?.[1] ?? '';
    const result = open[1] ? '' : simpleFieldsOut(field.slice(open[0].length, field.lastIndexOf('</w:fldSimple>')));
    return (
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    );
  });
}

/** The text boxes of a drawing, as the VML fallback mammoth reads: `<w:pict>` holding their content. */
function boxesOf(drawing: string): string {
  const boxes = outermost(drawing, 'w:txbxContent').map((span) => drawing.slice(span.start, span.end));
  return boxes.length ? `${drawing}<w:pict>${boxes.join('')}</w:pict>` : drawing;
}

/**
 * Drawings whose text boxes mammoth would not read: a choice with no fallback is read as its
 * choice, and a drawing outside any choice gets its text boxes as a fallback.
 */
function textBoxesIn(xml: string): string {
  if (!xml.includes('txbxContent')) return xml;
  const alternates = outermost(xml, 'mc:AlternateContent');
  const unwrapped = rewrite(xml, alternates, (alternate) => {
    const fallback = outermost(alternate, 'mc:Fallback')[0];
    if (fallback && /<w:t[\s>]|<w:txbxContent|<w:drawing|<w:pict/.test(alternate.slice(fallback.start, fallback.end)))
      return alternate;
    const choice = outermost(alternate, 'mc:Choice')[0];
    if (!choice) return alternate;
    const inner = alternate.slice(choice.start, choice.end);
    return inner.slice(inner.indexOf('>') + 1, inner.lastIndexOf('</mc:Choice>'));
  });
  // Drawings inside a choice that has its fallback are not read; the others get their boxes read.
  const kept = outermost(unwrapped, 'mc:AlternateContent');
  let out = '';
  let at = 0;
  for (const span of [...kept, { start: unwrapped.length, end: unwrapped.length }]) {
    const outside = unwrapped.slice(at, span.start);
    out += rewrite(outside, outermost(outside, 'w:drawing'), boxesOf) + unwrapped.slice(span.start, span.end);
    at = span.end;
  }
  return out;
}

/**
 * The numbering each paragraph style sets (`w:numPr` in its properties, or in a style it is based
 * on), by style id. A heading style (one with an outline level) is left out: numbered headings are
 * read as headings.
 */
export function styleNumbering(stylesXml: string): Map<string, string> {
  const own = new Map<string, { numPr?: string; basedOn?: string; heading: boolean }>();
  for (const span of outermost(stylesXml, 'w:style')) {
    const style = stylesXml.slice(span.start, span.end);
    const id = /^<w:style\b[^>]*\bw:styleId="([^"]+)"/.exec(style)?.[1];
    if (!id || !/^<w:style\b[^>]*\bw:type="paragraph"/.test(style)) continue;
    const numPr = /<w:numPr>[\s\S]*?<\/w:numPr>/.exec(style)?.[0];
    const basedOn = /<w:basedOn w:val="([^"]+)"/.exec(style)?.[1];
    own.set(id, {
      ...(numPr ? { numPr } : {}),
      ...(basedOn ? { basedOn } : {}),
      heading: /<w:outlineLvl\b/.test(style),
    });
  }
  const found = new Map<string, string>();
  for (const id of own.keys()) {
    let style = own.get(id);
    for (let depth = 0; style && !style.numPr && style.basedOn && depth < 8; depth++) style = own.get(style.basedOn);
    const numPr = style?.numPr;
    if (!numPr || own.get(id)!.heading || !/<w:numId w:val="[1-9]/.test(numPr)) continue;
    found.set(id, numPr.includes('<w:ilvl') ? numPr : numPr.replace('<w:numPr>', '<w:numPr><w:ilvl w:val="0"/>'));
  }
  return found;
}

/** Each paragraph of a list style with no numbering of its own given its style's. */
function styleListsIn(xml: string, numbering: ReadonlyMap<string, string>): string {
  if (numbering.size === 0) return xml;
  return xml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (all, inner: string) => {
    const style = /<w:pStyle w:val="([^"]+)"\s*\/>/.exec(inner);
    const numPr = style && numbering.get(style[1]!);
    if (!numPr || inner.includes('<w:numPr')) return all;
    return `<w:pPr>${inner.replace(style[0], `${style[0]}${numPr}`)}</w:pPr>`;
  });
}

/**
 * A part's XML (document, header, footer) with the markup above rewritten; `numbering`: the list
 * styles' numbering (styleNumbering), `placeholders`: the glossary's placeholder texts (glossaryTexts).
 */
export function readableWordXml(
  xml: string,
  numbering: ReadonlyMap<string, string> = new Map(),
  placeholders: ReadonlySet<string> = new Set(),
): string {
  const marks = styleListsIn(xml, numbering)
    .replace(/<w:ptab\b[^>]*\/>/g, '<w:tab/>')
    .replace(/<w:cr\s*\/>/g, '<w:br/>')
    .replace(/<w:noBreakHyphen\s*\/>/g, '<w:t>-</w:t>');
  return textBoxesIn(simpleFieldsOut(placeholdersOut(marks, placeholders)));
}
