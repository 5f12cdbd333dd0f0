// Worker entry when running from TypeScript sources: register tsx's loader in this thread, then
// load the worker proper. (A compiled build points the pool at simulation-worker.js directly.)
import { register } from 'tsx/esm/api';

register();
await import('./simulation-worker.ts');
