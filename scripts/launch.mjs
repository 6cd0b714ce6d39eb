// Runs a compiled entry point (dist/scripts/<name>.js) inside this very process, so `npm start`
// stays one process that receives signals, or says in one line how to compile it.
import { existsSync } from 'node:fs';

const name = process.argv[2] ?? '';
const file = new URL(`../dist/scripts/${name}.js`, import.meta.url);
if (!/^[a-z-]+$/.test(name) || !existsSync(file)) {
  process.stderr.write(
    `dist/scripts/${name}.js is missing: run \`npm run build\` first (it compiles the bot to dist/).\n`,
  );
  process.exit(1);
}
await import(file.href);
