// Every worker thread's entry when the project runs from source (tsx, the tests): a worker does not
// inherit the TypeScript loader, so this registers it, then imports the module workerEntry.ts put
// last on the thread's argv. Never compiled into dist/ (compiled, a worker starts its own .js).
import { register } from 'tsx/esm/api';

register();
await import(process.argv.at(-1));
