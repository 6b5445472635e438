// The seeded synthetic corpus generator (npm run gen): reproducible, in the contract, and shaped
// like real event data (hubs, a long tail, bursts in time, mixes of relations, modalities and dates).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../../data/relations.json';
import syntheticFile from '../../../data/synthetic-corpus.json';
import { generateSyntheticGraph, type SyntheticGraphOptions } from '../../../src/cli/synthetic/generateGraph';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { ACTOR_KINDS, DATE_PRECISIONS, MODALITIES, type SerializedDramatisGraph } from '../../../src/domain/contract';
import { dayNumber, eventSpan } from '../../../src/graph/eventTime';
import { validateGraph } from '../../../src/graph/validateGraph';
import { cliTestTimeout, runCli } from '../../support/runCli';

const relations = relationsFile.relations;
const relationIds = new Set(relations.map((r) => r.id));

const MEDIUM: SyntheticGraphOptions = { actors: 2000, events: 20000, years: 3, seed: 11, startDate: '2024-01-01', relations };
const SMALL: SyntheticGraphOptions = { actors: 300, events: 3000, years: 1, seed: 5, relations };

let graph: SerializedDramatisGraph;
let degree: Map<string, number>;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

beforeAll(() => {
  graph = generateSyntheticGraph(MEDIUM);
  degree = new Map(graph.nodes.map((n) => [n.key, 0]));
  for (const e of graph.edges) {
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
});

describe('synthetic graph generator', () => {
  it('gives the same graph for the same seed and a different one for another seed', () => {
    const a = JSON.stringify(generateSyntheticGraph(SMALL));
    expect(JSON.stringify(generateSyntheticGraph(SMALL))).toBe(a);
    const other = generateSyntheticGraph({ ...SMALL, seed: 6 });
    expect(JSON.stringify(other)).not.toBe(a);
    expect(other.nodes.map((n) => n.key)).not.toEqual(generateSyntheticGraph(SMALL).nodes.map((n) => n.key));
  });

  it('follows the contract at 2,000 actors and 20,000 events, every evidence a slice of its document', () => {
    expect(graph.nodes).toHaveLength(2000);
    expect(graph.edges).toHaveLength(20000);
    expect(validateGraph(graph, relationIds)).toEqual([]);
    expect(graph.edges.every((e) => e.source !== e.target)).toBe(true);
    const documents = graph.attributes.documents;
    expect(documents.length).toBeGreaterThanOrEqual(20000 / 60);
    expect(documents.length).toBeLessThanOrEqual(20000 / 20 + 1);
  });

  it('has a few hubs and a long tail of small actors, and every actor takes part', () => {
    const degrees = [...degree.values()].sort((a, b) => b - a);
    expect(degrees.at(-1)).toBeGreaterThanOrEqual(1);
    const topShare = degrees.slice(0, degrees.length / 100).reduce((s, d) => s + d, 0) / (2 * graph.edges.length);
    expect(topShare).toBeGreaterThan(0.3);
    expect(degrees[0]).toBeGreaterThan(1000);
    expect(median(degrees)).toBeLessThanOrEqual(8);
  });

  it('has fewer states than persons, but states take part in more events each', () => {
    const kinds = countBy(graph.nodes, (n) => n.attributes.kind);
    for (const kind of ACTOR_KINDS) expect(kinds.get(kind), kind).toBeGreaterThan(0);
    expect(kinds.get('state')!).toBeLessThan(kinds.get('person')! / 5);
    const meanDegree = (kind: string) => {
      const ds = graph.nodes.filter((n) => n.attributes.kind === kind).map((n) => degree.get(n.key)!);
      return ds.reduce((s, d) => s + d, 0) / ds.length;
    };
    expect(meanDegree('state')).toBeGreaterThan(5 * meanDegree('person'));
  });

  it('repeats pairs: many events between the same two actors', () => {
    const pairs = countBy(graph.edges, (e) => `${e.source}>${e.target}`);
    expect(Math.max(...pairs.values())).toBeGreaterThan(50);
    expect(pairs.size).toBeLessThan(graph.edges.length * 0.8);
  });

  it('uses every relation, modality and date precision, with communication common and mediation rare', () => {
    const byRelation = countBy(graph.edges, (e) => e.attributes.relation);
    expect([...byRelation.keys()].sort()).toEqual([...relationIds].sort());
    expect(byRelation.get('communication')!).toBeGreaterThan(10 * byRelation.get('mediation')!);
    const byModality = countBy(graph.edges, (e) => e.attributes.modality);
    for (const m of MODALITIES) expect(byModality.get(m), m).toBeGreaterThan(0);
    expect(byModality.get('asserted')! + byModality.get('reported')!).toBeGreaterThan(0.7 * graph.edges.length);
    const byPrecision = countBy(graph.edges, (e) => e.attributes.datePrecision);
    for (const p of DATE_PRECISIONS) expect(byPrecision.get(p), p).toBeGreaterThan(0);
    expect(byPrecision.get('day')!).toBeGreaterThan(0.7 * graph.edges.length);
    expect(graph.edges.some((e) => e.attributes.dateEnd !== undefined)).toBe(true);
    expect(graph.edges.every((e) => e.attributes.confidence >= 0.3 && e.attributes.confidence <= 1)).toBe(true);
  });

  it('keeps every date inside the span and every event at or before its document date', () => {
    const first = dayNumber('2024-01-01');
    const last = first + 3 * 365 + 1;
    const published = new Map(graph.attributes.documents.map((d) => [d.id, dayNumber(d.published!)]));
    for (const e of graph.edges) {
      const [from, to] = eventSpan(e.attributes);
      expect(from, e.key).toBeGreaterThanOrEqual(first);
      expect(to, e.key).toBeLessThanOrEqual(e.attributes.datePrecision === 'day' || e.attributes.datePrecision === 'document' ? last : dayNumber('2027-12-31'));
      if (e.attributes.datePrecision === 'day') expect(to, e.key).toBeLessThanOrEqual(published.get(e.attributes.doc)!);
      if (e.attributes.datePrecision === 'document') expect(dayNumber(e.attributes.date)).toBe(published.get(e.attributes.doc));
    }
  });

  it('clusters events in bursts: the busiest week holds far more than the median week', () => {
    const weeks = countBy(
      graph.edges.filter((e) => e.attributes.datePrecision === 'day'),
      (e) => String(Math.floor(dayNumber(e.attributes.date) / 7)),
    );
    expect(weeks.size).toBeGreaterThan(100);
    expect(Math.max(...weeks.values())).toBeGreaterThan(10 * median([...weeks.values()]));
  });

  it('has sentence templates for every relation in data/relations.json', () => {
    const templated = new Set(syntheticFile.templates.map((t) => t.relation));
    expect(relations.filter((r) => !templated.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('rejects options that make no sense with a message naming them', () => {
    expect(() => generateSyntheticGraph({ ...SMALL, actors: 1 })).toThrow(/actors/);
    expect(() => generateSyntheticGraph({ ...SMALL, events: 2.5 })).toThrow(/events/);
    expect(() => generateSyntheticGraph({ ...SMALL, startDate: '2024-13-01' })).toThrow(/startDate/);
  });
});

describe('npm run gen', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dramatis-gen-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => runCli('gen', args);

  it('streams to a file the same graph the generator builds in memory, with a summary on stderr', () => {
    const out = join(dir, 'graph.json');
    const r = run('--actors', '300', '--events', '3000', '--years', '1', '--seed', '5', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/300 actors, 3000 events/);
    const written: unknown = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateGraph(written, relationIds)).toEqual([]);
    expect(written).toEqual(generateSyntheticGraph(SMALL));
  }, cliTestTimeout(1));

  it('refuses bad arguments with a clear message and exit code 2', () => {
    const bad = run('--actors', 'many');
    expect(bad.status, bad.stderr).toBe(2);
    expect(bad.stderr).toMatch(/--actors needs a whole number/);
    const unknown = run('--nodes', '10');
    expect(unknown.status, unknown.stderr).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown argument "--nodes"/);
  }, cliTestTimeout(2));

  it('writes --text articles that extraction reads', () => {
    const folder = join(dir, 'articles');
    const r = run('--text', '--articles', '4', '--words', '150', '--seed', '3', '--out-dir', folder);
    expect(r.status, r.stderr).toBe(0);
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(4);
    expect(names.every((n) => n.endsWith('.md'))).toBe(true);
    const result = extractCorpus(
      names.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })),
      defaultResources(),
    );
    expect(result.documents).toHaveLength(4);
    expect(result.documents.every((d) => d.published !== null && !d.publishedInferred)).toBe(true);
    expect(result.events.length).toBeGreaterThan(10);
  }, cliTestTimeout(1));
});
