// The seed corpus (data/articles) end to end: extraction → graph → contract, and the CLI that writes it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus, type InputFile } from '../../src/extract/extractCorpus';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { validateGraph } from '../../src/graph/validateGraph';
import { cliTestTimeout, runCli } from '../support/runCli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = join(ROOT, 'data', 'articles');
const FIRST = '2026-01-12-iran-keeps-us-communication-open';
const SECOND = 'iran-top-diplomat-contacted-witkoff';

const relations = new Map(relationsFile.relations.map((r) => [r.id, r]));
const relationIds = new Set(relations.keys());

function readArticles(): InputFile[] {
  return readdirSync(ARTICLES)
    .filter((n) => /\.(md|markdown|txt)$/i.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(ARTICLES, name), 'utf8') }));
}

let exported: SerializedDramatisGraph;
let order = 0;
let size = 0;

beforeAll(() => {
  const graph = buildGraph(extractCorpus(readArticles(), defaultResources()));
  order = graph.order;
  size = graph.size;
  exported = graph.export() as unknown as SerializedDramatisGraph;
});

const edgesOf = (relation: string) => exported.edges.filter((e) => e.attributes.relation === relation);
const hasEdge = (source: string, relation: string, target: string) =>
  exported.edges.some((e) => e.source === source && e.target === target && e.attributes.relation === relation);
const docById = (id: string) => exported.attributes.documents.find((d) => d.id === id);

/**
 * Independent of the engine's sentence splitter: the evidence is trimmed, starts where a sentence
 * starts (start of body, start of a line or bullet, or after sentence-final punctuation) with a capital,
 * digit or quote, and ends with sentence-final punctuation or at the end of a line.
 */
function wholeSentenceProblem(body: string, start: number, end: number): string | null {
  const text = body.slice(start, end);
  if (!text.trim()) return 'empty';
  if (text !== text.trim()) return 'not trimmed';
  const before = body.slice(0, start);
  const startsSentence = before === '' || /\n[ \t]*(?:[-*•]\s+)?$/.test(before) || /[.!?]["”’)]?\s+$/.test(before);
  if (!startsSentence) return `starts mid-sentence after ${JSON.stringify(before.slice(-20))}`;
  if (!/^["“‘(]?[\p{Lu}\d]/u.test(text)) return `does not start like a sentence: ${JSON.stringify(text.slice(0, 20))}`;
  const after = body.slice(end);
  const endsSentence = (/[.!?]["”’)]?$/.test(text) && (after === '' || /^\s/.test(after))) || /^[ \t]*(\r?\n|$)/.test(after);
  if (!endsSentence) return `ends mid-sentence before ${JSON.stringify(after.slice(0, 20))}`;
  return null;
}

describe('seed corpus graph', () => {
  it('satisfies the graph contract', () => {
    expect(validateGraph(exported, relationIds)).toEqual([]);
  });

  it('the contract check is not vacuous: a tampered evidence slice is reported', () => {
    const copy = structuredClone(exported);
    const e = copy.edges[0]!;
    e.attributes.evidence.text = e.attributes.evidence.text + ' (edited)';
    const issues = validateGraph(copy, relationIds);
    expect(issues).toContainEqual({ where: `edge ${e.key}`, problem: 'evidence text differs from its document slice' });
  });

  it('has the key actors as nodes with their dictionary labels and kinds', () => {
    const nodes = new Map(exported.nodes.map((n) => [n.key, n.attributes]));
    expect(nodes.get('donald-trump')).toMatchObject({ label: 'Donald Trump', kind: 'person', affiliation: 'united-states' });
    expect(nodes.get('abbas-araghchi')).toMatchObject({ label: 'Abbas Araghchi', kind: 'person', affiliation: 'iran' });
    expect(nodes.get('steve-witkoff')).toMatchObject({ label: 'Steve Witkoff', kind: 'person', affiliation: 'united-states' });
    expect(nodes.get('switzerland')).toMatchObject({ label: 'Switzerland', kind: 'state' });
    expect(nodes.get('hrana')).toMatchObject({ label: 'HRANA', kind: 'organization' });
    expect(nodes.get('mohammad-baqer-qalibaf')).toMatchObject({ label: 'Mohammad Baqer Qalibaf', kind: 'person', affiliation: 'iran' });
    // The spellings used in the articles are kept as aliases.
    expect(nodes.get('abbas-araghchi')!.aliases).toEqual(expect.arrayContaining(['Araqchi', 'Aragci', 'Araghchi']));
  });

  it('has communication, threat and mediation edges', () => {
    expect(edgesOf('communication').length).toBeGreaterThan(0);
    expect(edgesOf('threat').length).toBeGreaterThan(0);
    expect(edgesOf('mediation').length).toBeGreaterThan(0);
  });

  it('Araghchi communicates with Witkoff', () => {
    expect(hasEdge('abbas-araghchi', 'communication', 'steve-witkoff')).toBe(true);
  });

  it('Switzerland mediates between Iran and the United States, as reported by the spokesperson', () => {
    const med = edgesOf('mediation').filter((e) => e.source === 'switzerland');
    expect(med.map((e) => e.target).sort()).toEqual(['iran', 'united-states']);
    for (const e of med) {
      expect(e.attributes.doc).toBe(FIRST);
      expect(e.attributes.evidence.text).toContain('intermediary between Iran and the U.S.');
      // "He added that ..." follows Baghaei's quote: the pronoun is the spokesperson.
      expect(e.attributes.attributedTo).toBe('esmaeil-baghaei');
      expect(e.attributes.modality).toBe('reported');
    }
  });

  it('Trump threatens Iran and Qalibaf warns the United States', () => {
    expect(hasEdge('donald-trump', 'threat', 'iran')).toBe(true);
    expect(hasEdge('mohammad-baqer-qalibaf', 'threat', 'united-states')).toBe(true);
  });

  it('the June strikes are dated June 2025, not the publication day', () => {
    const bombed = exported.edges.find((e) => e.source === 'israel' && e.target === 'iran' && e.attributes.cue === 'bombed');
    expect(bombed?.attributes).toMatchObject({ relation: 'force', date: '2025-06', datePrecision: 'month' });
  });

  it("every edge's evidence is exactly its document's slice, a whole sentence, and contains the cue", () => {
    expect(exported.edges.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const e of exported.edges as SerializedEdge[]) {
      const { evidence, cue, doc } = e.attributes;
      const document = docById(doc);
      if (!document) {
        problems.push(`${e.key}: unknown doc ${doc}`);
        continue;
      }
      if (evidence.text !== document.body.slice(evidence.start, evidence.end)) problems.push(`${e.key}: evidence is not the body slice`);
      const notWhole = wholeSentenceProblem(document.body, evidence.start, evidence.end);
      if (notWhole) problems.push(`${e.key}: evidence ${notWhole}`);
      if (!cue || !evidence.text.includes(cue)) problems.push(`${e.key}: cue ${JSON.stringify(cue)} not in evidence`);
    }
    expect(problems).toEqual([]);
  });

  it('the whole-sentence check rejects clauses and fragments', () => {
    const body = 'Iran said on Monday that talks go on. Trump warned Iran.\nNext line';
    expect(wholeSentenceProblem(body, 0, 37)).toBeNull();
    expect(wholeSentenceProblem(body, 38, 56)).toBeNull();
    expect(wholeSentenceProblem(body, 57, 66)).toBeNull();
    expect(wholeSentenceProblem(body, 25, 37)).toMatch(/mid-sentence/); // "talks go on."
    expect(wholeSentenceProblem(body, 0, 19)).toMatch(/mid-sentence/); // "Iran said on Monday"
    expect(wholeSentenceProblem(body, 37, 56)).toBe('not trimmed');
  });

  it("every edge's cameo is one of its relation's codes and its plover is the relation's", () => {
    const problems: string[] = [];
    for (const e of exported.edges) {
      const rel = relations.get(e.attributes.relation);
      if (!rel) {
        problems.push(`${e.key}: unknown relation ${e.attributes.relation}`);
        continue;
      }
      if (!rel.cameo.includes(e.attributes.cameo)) problems.push(`${e.key}: cameo ${e.attributes.cameo} not in ${rel.cameo.join(',')}`);
      if (e.attributes.plover !== rel.plover) problems.push(`${e.key}: plover ${e.attributes.plover} ≠ ${rel.plover}`);
    }
    expect(problems).toEqual([]);
  });

  it('dates the first article from its front matter and infers the second from its text', () => {
    expect(docById(FIRST)).toMatchObject({ published: '2026-01-12T18:19', publishedPrecision: 'minute', publishedInferred: false, source: 'Myind' });
    const second = docById(SECOND);
    expect(second).toMatchObject({ publishedInferred: true, title: "Iran's top diplomat contacted Witkoff amid Trump's threats" });
    expect(second!.published!.slice(0, 10)).toBe('2026-01-12');
  });
});

describe('extract CLI', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dramatis-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const run = (...args: string[]) => runCli('extract', args);

  it('writes the same graph as the in-process export to stdout, and a summary to stderr', () => {
    const r = run('data/articles', '--verbose');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(exported)));
    expect(r.stderr).toContain('2 documents read, 0 files skipped');
    expect(r.stderr).toContain(FIRST);
    expect(r.stderr).toContain(SECOND);
    expect(r.stderr).toContain(`${order} actors, ${size} events`);
    const counts = new Map<string, number>();
    for (const e of exported.edges) counts.set(e.attributes.relation, (counts.get(e.attributes.relation) ?? 0) + 1);
    for (const [relation, n] of counts) expect(r.stderr).toMatch(new RegExp(`[(,] ?${relation} ${n}[,)]`));
  }, cliTestTimeout(1));

  it('--out writes the same JSON to a file (creating folders) and nothing to stdout', () => {
    const out = join(tmp, 'nested', 'graph.json');
    const r = run('data/articles', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(exported)));
  }, cliTestTimeout(1));

  it('a folder with no .md/.txt files exits non-zero and says so', () => {
    const empty = mkdtempSync(join(tmp, 'no-text-'));
    writeFileSync(join(empty, 'notes.json'), '{"a": 1}');
    writeFileSync(join(empty, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const r = run(empty);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout.trim()).toBe('');
    expect(r.stderr).toMatch(/No \.md or \.txt files found/);
  }, cliTestTimeout(1));

  it('a path that does not exist exits non-zero with a clear message', () => {
    const r = run(join(tmp, 'does-not-exist'));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/Cannot read input/);
    expect(r.stderr).toContain('does-not-exist');
  }, cliTestTimeout(1));

  it('a broken document (the only one) exits non-zero and names the file', () => {
    const dir = mkdtempSync(join(tmp, 'bad-'));
    writeFileSync(join(dir, 'broken-date.md'), '---\ntitle: T\npublished: next Tuesday\n---\nRussia attacked Ukraine.\n');
    const r = run(dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('broken-date.md');
    expect(r.stderr).toMatch(/published/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, cliTestTimeout(1));
});
