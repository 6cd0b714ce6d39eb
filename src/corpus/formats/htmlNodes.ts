/** The parsed HTML tree's nodes, and the text an element shows. */
import type { parseDocument } from 'htmlparser2';

export type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
export type HtmlElement = Extract<HtmlNode, { name: string; attribs: Record<string, string> }>;

export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag';
}

export function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** A text node of whitespace only (`null`, no node at all, is not blank). */
export const blank = (node: HtmlNode | null) => node !== null && node.type === 'text' && node.data.trim() === '';
