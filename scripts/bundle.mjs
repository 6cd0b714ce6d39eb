// The last step of `npm run build`: each terminal entry point that tsc compiled to dist/scripts/ is
// replaced by one file holding every project module it imports (esbuild, from tsc's own output),
// so a CLI question no longer makes Node find, read and link ~150 modules one by one before it can
// open the index. What a question only sometimes needs (the build pipeline behind a dynamic
// import) goes to a shared chunk beside the entries, loaded when first imported; npm packages stay
// imports of node_modules, as tsc left them. dist/src/ stays as tsc wrote it: the bot, the worker
// threads and the tests run it, and every bundled module's `import.meta.url` is made to name its
// file there, so what a module finds beside itself (a worker's entry, the project root) is the same.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// `node scripts/bundle.mjs [DIST]`: dist/ by default; the production test bundles its own copy.
const dist = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
const scripts = path.join(dist, 'scripts');
const ENTRIES = ['ask', 'who-knows', 'people', 'embed', 'benchQuestions'];
const CHUNK_PREFIX = 'chunk-';

/** `import.meta.url` in a bundled module becomes its own file's URL under dist/ (a bundle lives in dist/scripts/). */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.js$/ }, async ({ path: file }) => {
      const contents = await readFile(file, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const relative = path.relative(scripts, file).split(path.sep).join('/');
      const own = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: contents.replaceAll('import.meta.url', own), loader: 'js', resolveDir: path.dirname(file) };
    });
  },
};

// A second run would bundle the bundles, whose chunks it is about to remove: tsc must write the entries again first.
for (const name of ENTRIES) {
  if (readFileSync(path.join(scripts, `${name}.js`), 'utf8').includes(`./${CHUNK_PREFIX}`)) {
    process.stderr.write(`${scripts} is bundled already: run \`npm run build\` (it compiles with tsc first).\n`);
    process.exit(1);
  }
}
// Chunks of an earlier build would otherwise pile up beside the entries.
for (const name of readdirSync(scripts)) if (name.startsWith(CHUNK_PREFIX)) rmSync(path.join(scripts, name));

await build({
  entryPoints: ENTRIES.map((name) => path.join(scripts, `${name}.js`)),
  outdir: scripts,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: `${CHUNK_PREFIX}[hash]`,
  sourcemap: 'linked',
  plugins: [ownUrl],
  logLevel: 'warning',
});
