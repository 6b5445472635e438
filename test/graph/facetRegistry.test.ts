// The "attributed to" facet, added as one registry entry: it filters, counts, lists its speakers,
// travels in a shared link, survives a source change and is named in an export's caption.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ActorKind, EdgeAttributes } from '../../src/domain/contract';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { carryFiltersOver, facetUniverse } from '../../src/graph/carryFilters';
import { listFacet, STATED_DIRECTLY } from '../../src/graph/facetRegistry';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { activeFilterCount, toggleFacet } from '../../src/graph/filterTransitions';
import { buildLegend } from '../../src/graph/legend';
import { computeVisibility } from '../../src/graph/visibility';
import { VisibilityEngine } from '../../src/graph/visibilityEngine';
import { graphVocabulary } from '../../src/store/storyViews';
import { parseUrlView, serializeUrlView } from '../../src/store/urlState';
import { describeFilters } from '../../src/ui/export/exportCaption';

type Speech = [key: string, source: string, target: string, relation: string, speaker?: string];

function graphOf(actors: [string, string, ActorKind][], events: Speech[]): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ documents: [{ id: 'd1', title: 'Talks', published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'x' }] });
  for (const [id, label, kind] of actors) g.addNode(id, { label, kind, aliases: [label] });
  for (const [key, source, target, relation, speaker] of events) {
    const a: EdgeAttributes = {
      relation,
      cameo: '01',
      plover: null,
      date: '2026-01-12',
      datePrecision: 'day',
      doc: 'd1',
      evidence: { text: 'x', start: 0, end: 1 },
      modality: speaker ? 'reported' : 'asserted',
      confidence: 1,
      ...(speaker ? { attributedTo: speaker } : {}),
    };
    g.addDirectedEdgeWithKey(key, source, target, a);
  }
  return g;
}

const ACTORS: [string, string, ActorKind][] = [
  ['iran', 'Iran', 'state'],
  ['united-states', 'United States', 'state'],
  ['donald-trump', 'Donald Trump', 'person'],
  ['esmaeil-baghaei', 'Esmaeil Baghaei', 'person'],
];
const graph = graphOf(ACTORS, [
  ['e1', 'united-states', 'iran', 'threat', 'donald-trump'],
  ['e2', 'iran', 'united-states', 'communication', 'esmaeil-baghaei'],
  ['e3', 'iran', 'united-states', 'communication'],
  ['e4', 'donald-trump', 'iran', 'threat', 'donald-trump'],
]);
const speakers = listFacet('speakers');

describe('the "attributed to" facet', () => {
  it('shows only what the chosen speakers said, and counts each speaker under the other filters', () => {
    const onlyTrump: FilterState = { ...DEFAULT_FILTERS, speakers: ['donald-trump'] };
    const v = computeVisibility(graph, onlyTrump);
    expect([...v.edges].sort()).toEqual(['e1', 'e4']);
    // A speaker's count is what ticking it would show; the unticked ones keep theirs.
    expect(Object.fromEntries(v.counts.speaker)).toEqual({ 'donald-trump': 2, 'esmaeil-baghaei': 1, [STATED_DIRECTLY]: 1 });
    const threats = computeVisibility(graph, { ...DEFAULT_FILTERS, relations: ['threat'] });
    expect(Object.fromEntries(threats.counts.speaker)).toEqual({ 'donald-trump': 2 });
    // "Stated directly" is the events without a speaker.
    expect([...computeVisibility(graph, { ...DEFAULT_FILTERS, speakers: [STATED_DIRECTLY] }).edges]).toEqual(['e3']);
    expect(activeFilterCount(onlyTrump)).toBe(1);
  });

  it('gives the incremental engine the same answer as the full pass', () => {
    const engine = new VisibilityEngine(graph);
    engine.apply(DEFAULT_FILTERS);
    const all = ['donald-trump', 'esmaeil-baghaei', STATED_DIRECTLY];
    let f: FilterState = DEFAULT_FILTERS;
    for (const speaker of all) {
      f = toggleFacet('speakers', speaker, all)(f);
      const { visibility, change } = engine.apply(f);
      const expected = computeVisibility(graph, f);
      expect([...visibility.edges].sort()).toEqual([...expected.edges].sort());
      expect(Object.fromEntries(visibility.counts.speaker)).toEqual(Object.fromEntries(expected.counts.speaker));
      expect(change.everything).toBe(false);
    }
    expect(f.speakers).toEqual([]);
    expect(engine.apply(f).visibility.edges.size).toBe(0);
  });

  it('lists "Stated directly" first, then the speakers by name, each in its kind\'s colour', () => {
    const rows = speakers.panel.options({ graph, legend: buildLegend(graph) });
    expect(rows.map((r) => r.label)).toEqual(['Stated directly', 'Donald Trump', 'Esmaeil Baghaei']);
    expect(rows[1]!.title).toBe('\u2068Donald Trump\u2069');
    expect(rows[1]!.swatch?.shape).toBe('node');
    expect(speakers.panel.options({ graph: graphOf(ACTORS, [['e1', 'iran', 'united-states', 'communication']]), legend: buildLegend(graph) }).map((r) => r.id)).toEqual([STATED_DIRECTLY]);
  });

  it('travels in a shared link; a speaker the graph does not have is ignored with a notice', () => {
    const view = { filters: { ...DEFAULT_FILTERS, speakers: [STATED_DIRECTLY, 'donald-trump'] }, searchQuery: '', selection: null, mainView: 'graph' as const, camera: null };
    const written = serializeUrlView(view);
    expect(written).toBe(`?speaker=${STATED_DIRECTLY},donald-trump`);
    expect(parseUrlView(written, graphVocabulary(graph))).toEqual({ view, ignored: [] });
    const { view: read, ignored } = parseUrlView('?speaker=donald-trump,iran', graphVocabulary(graph));
    expect(read.filters.speakers).toEqual(['donald-trump']);
    expect(ignored).toEqual(['Ignored speaker=iran: no speaker has this id.']);
  });

  it('keeps its choice across a source change: gone speakers drop out, new ones come in ticked', () => {
    const bigger = graphOf([...ACTORS, ['abbas-araghchi', 'Abbas Araghchi', 'person']], [
      ['e1', 'united-states', 'iran', 'threat', 'donald-trump'],
      ['e5', 'iran', 'united-states', 'communication', 'abbas-araghchi'],
      ['e3', 'iran', 'united-states', 'communication'],
    ]);
    const f: FilterState = { ...DEFAULT_FILTERS, speakers: ['donald-trump', 'esmaeil-baghaei'] };
    const next = carryFiltersOver(f, facetUniverse(graph), facetUniverse(bigger), (id) => bigger.hasNode(id));
    expect(next.speakers).toEqual(['donald-trump', 'abbas-araghchi']);
  });

  it('is named in an exported picture\'s caption', () => {
    expect(describeFilters(graph, { ...DEFAULT_FILTERS, speakers: ['donald-trump'] })).toBe('filtered by speaker');
    expect(describeFilters(graph, { ...DEFAULT_FILTERS, relations: ['threat'], speakers: ['donald-trump'] })).toBe('filtered by relation type, speaker');
  });
});
