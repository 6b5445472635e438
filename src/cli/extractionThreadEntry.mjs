// Worker-thread entry in plain JavaScript: registers tsx in this thread, then loads the TypeScript
// thread code, so threads work however the parent was started (npm run extract, the bench, vitest).
import { register } from 'tsx/esm/api';

register();
await import('./extractionThread.ts');
