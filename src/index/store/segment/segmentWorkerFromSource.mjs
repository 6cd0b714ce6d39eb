// The segment-writing thread's entry when the project runs from source (tsx, the tests): a worker
// does not inherit the TypeScript loader, so it registers it before importing segmentWorker.ts.
// Never compiled into dist/ (a compiled build starts dist/.../segmentWorker.js and needs no tsx).
import { register } from 'tsx/esm/api';

register();
await import('./segmentWorker.ts');
