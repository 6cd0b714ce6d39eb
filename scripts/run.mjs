// Runs a CLI entry point (`node scripts/run.mjs ask …`) compiled when dist/ is up to date, and
// through tsx otherwise, in this very process. Compiled, a question does not wait for TypeScript
// to be compiled first (most of a CLI question's start-up); a stale dist/ is never run, so an edit
// to src/ counts at once without `npm run build`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const name = process.argv[2] ?? '';
if (!/^[a-zA-Z-]+$/.test(name)) {
  process.stderr.write(`usage: node scripts/run.mjs NAME [ARGS…]: no script "${name}"\n`);
  process.exit(2);
}
process.argv.splice(2, 1);
const root = new URL('../', import.meta.url);
const at = (relative) => fileURLToPath(new URL(relative, root));

/** The latest change to a source the compiled script is made from (TypeScript, and the JSON data it imports). */
function newestSource(dir, newest = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = newestSource(file, newest);
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

const compiled = at(`dist/scripts/${name}.js`);
const source = at(`scripts/${name}.ts`);
const fresh =
  existsSync(compiled) &&
  statSync(compiled).mtimeMs >= Math.max(newestSource(at('src')), existsSync(source) ? statSync(source).mtimeMs : 0);
if (fresh) await import(new URL(`dist/scripts/${name}.js`, root).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL(`scripts/${name}.ts`, root).href);
}
