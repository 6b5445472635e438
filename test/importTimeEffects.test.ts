// Nothing subscribes, registers or starts when a module is imported: the app's wiring is started
// explicitly by main.tsx (src/app/startApp.ts), so importing a module in a test or another entry
// changes nothing. Worker entry points (which answer messages) are the exception.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(resolve(__dirname, '..'), 'src');
/** Files whose top level is a program: the page's entry and the worker entries. */
const ENTRY_POINTS = new Set(['main.tsx', 'workers/extractionWorker.ts', 'workers/forceAtlas2Worker.ts', 'workers/importWorker.ts', 'cli/extractionThread.ts']);

// A statement at the top level (column 0) that subscribes, registers, listens or starts something.
const TOP_LEVEL_EFFECT = /^(?:(?:const|let|var)\s+[^=]+=\s*)?(?:void\s+)?[\w$.]*?(?:\.subscribe|\bregister\w*|\.?addEventListener|\bon[A-Z]\w*|\bstart[A-Z]\w*|\.on|\.onmessage\s*=)\s*[<(=]/;

/** Top-level lines of each file that have an effect at import time, as "path:line: text". */
export function importTimeEffects(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [path, source] of files) {
    if (ENTRY_POINTS.has(path)) continue;
    source.split('\n').forEach((line, i) => {
      if (/^(export|import|function|async|type|interface|class|declare)\b/.test(line)) return;
      if (TOP_LEVEL_EFFECT.test(line)) out.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('effects at import time', () => {
  it('no module of src/ subscribes, registers or starts anything when imported', () => {
    const files = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f).replace(/\\/g, '/'), readFileSync(f, 'utf8')]));
    expect(files.size).toBeGreaterThan(100);
    expect(importTimeEffects(files)).toEqual([]);
  });

  it('names a store subscription, a part registration, a listener and a start at the top level, not inside functions', () => {
    const files = new Map([
      ['store/a.ts', "useCurationStore.subscribe((s, previous) => {\n  changed();\n});\n"],
      ['store/b.ts', "registerPersistedPart<{ removed: boolean }>({\n  key: 'corpus',\n});\n"],
      ['app/c.ts', "const stop = useAppStore.subscribe(() => undefined);\nwindow.addEventListener('popstate', onPop);\nstartUrlSync();\n"],
      ['app/d.ts', "export function startD(): () => void {\n  const stop = useAppStore.subscribe(() => undefined);\n  return stop;\n}\nconst LIMIT = 3;\n"],
      ['main.tsx', 'startApp();\n'],
    ]);
    expect(importTimeEffects(files)).toEqual([
      'store/a.ts:1: useCurationStore.subscribe((s, previous) => {',
      "store/b.ts:1: registerPersistedPart<{ removed: boolean }>({",
      'app/c.ts:1: const stop = useAppStore.subscribe(() => undefined);',
      "app/c.ts:2: window.addEventListener('popstate', onPop);",
      'app/c.ts:3: startUrlSync();',
    ]);
  });
});
