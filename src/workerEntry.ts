/**
 * Where a worker thread starts. Compiled, the `<name>.js` beside the module that starts it; from
 * source (tsx, the tests) workerFromSource.mjs, since a worker does not inherit the TypeScript
 * loader: it registers tsx in the thread, then imports the `<name>.ts` it is given.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker running `<name>` beside `base` (the starting module's `import.meta.url`). */
export function startWorker(base: string, name: string, options: WorkerOptions = {}): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), options);
  const source = new URL(`./${name}.ts`, base).href;
  return new Worker(new URL('./workerFromSource.mjs', import.meta.url), { ...options, argv: [source] });
}
