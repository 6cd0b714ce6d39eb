import type { ReadOutcome } from './types.js';
export function looksLikeHtmlDocument(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}
export function readHtml(_text: string): ReadOutcome {
  return { kind: 'skipped', reason: 'HTML not read yet (this version reads Markdown, text and PDF)' };
}
