// Builds the production app once for every browser test file (they all serve the same dist/).
import { buildApp } from './harness';

export default function setup(): void {
  buildApp();
}
