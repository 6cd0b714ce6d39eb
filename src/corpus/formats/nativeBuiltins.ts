/**
 * pdfjs-dist's legacy build carries core-js, which on loading replaces `JSON.parse`,
 * `JSON.stringify` and `Array.prototype.push` for the whole process with JavaScript versions
 * (for edge cases V8 already handles, or that nothing here relies on: `JSON.parse` with source
 * text, lengths past 2^32). They are much slower than V8's own: in a 10k-profile build they cost
 * about a fifth of its CPU (encoding segments, the header, fingerprints), and they would slow
 * loading an index the same way. This module is imported before pdfjs, so it sees the engine's
 * own; `restoreNativeBuiltins` puts them back after pdfjs (or its worker, loaded with the first
 * PDF) has replaced them. What core-js only adds (new methods) is left alone.
 */
const native = { parse: JSON.parse, stringify: JSON.stringify, push: Array.prototype.push };

export function restoreNativeBuiltins(): void {
  if (JSON.parse !== native.parse) JSON.parse = native.parse;
  if (JSON.stringify !== native.stringify) JSON.stringify = native.stringify;
  // eslint-disable-next-line no-extend-native -- putting the engine's own back, not extending it
  if (Array.prototype.push !== native.push) Array.prototype.push = native.push;
}
