// Writes a seeded synthetic graph (the same one `npm run gen` would write) to a temporary file.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import relationsFile from '../../data/relations.json';
import { streamGraphJson } from '../../src/cli/streamGraphJson';
import { planSyntheticGraph } from '../../src/cli/synthetic/generateGraph';

export interface SyntheticSize {
  actors: number;
  events: number;
  years: number;
  seed: number;
}

export interface SyntheticGraphFile {
  path: string;
  bytes: number;
  remove(): void;
}

export async function writeSyntheticGraphFile(size: SyntheticSize): Promise<SyntheticGraphFile> {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-'));
  const path = join(dir, `graph-${size.actors}-${size.events}.json`);
  const file = createWriteStream(path);
  const bytes = await streamGraphJson(planSyntheticGraph({ ...size, relations: relationsFile.relations }), file);
  file.end();
  await finished(file);
  return { path, bytes, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sizeLabel(size: SyntheticSize): string {
  return `${size.actors.toLocaleString('en')} actors, ${size.events.toLocaleString('en')} events`;
}
