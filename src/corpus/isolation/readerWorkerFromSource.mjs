// The reading thread's entry when the project runs from source (tsx, the tests): a worker does not
// inherit the TypeScript loader, so it registers it before importing readerWorker.ts. Never
// compiled into dist/ (the compiled build starts dist/.../readerWorker.js and needs no tsx).
import { register } from 'tsx/esm/api';

register();
await import('./readerWorker.ts');
