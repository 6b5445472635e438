// The list facets of the filters. A new filter on a categorical attribute is one entry here: the
// filter state, the visibility engine, the URL, carrying filters across corpus changes, the filters
// panel and the export caption follow.
import { ACTOR_KINDS, MODALITIES, type ActorKind, type Modality } from '../domain/contract';
import { KIND_COLORS } from './appearance';
import { isolate } from './bidiText';
import type { DramatisGraph } from './buildGraph';
import { defineListFacet, distinctInOrder, type FacetOption, type ListFacetDescriptor } from './facetDescriptor';

const MODALITY_HINTS: Record<Modality, string> = {
  asserted: 'stated as fact by the text',
  reported: 'attributed to someone ("X said", "according to")',
  planned: 'announced or intended, not yet done',
  hypothetical: 'possible or conditional ("could", "if")',
  negated: 'said not to have happened',
};

/** The speaker value of events the text states itself, attributed to no one. */
export const STATED_DIRECTLY = '_direct';

const relationFacet = defineListFacet({
  key: 'relations',
  id: 'relation',
  values: (edge, _s, _t, add: (v: string) => void) => add(edge.relation),
  universe: (graph) => distinctInOrder<string>((add) => graph.forEachEdge((_e, a) => add(a.relation))),
  url: { param: 'rel', noun: 'relation', accepts: (v, vocab) => vocab.relations.has(v) },
  panel: {
    title: 'Relations',
    provenance: false,
    options: ({ legend }) => legend.relations.map((r) => ({ id: r.id, label: r.label, swatch: { color: r.color, shape: 'edge' } })),
  },
  caption: 'relation type',
});

const kindFacet = defineListFacet({
  key: 'kinds',
  id: 'kind',
  // An event counts for the kind of each of its actors and passes only when both kinds are allowed.
  values: (_edge, source, target, add: (v: ActorKind) => void) => {
    add(source.kind);
    if (target.kind !== source.kind) add(target.kind);
  },
  universe: (graph) => distinctInOrder<ActorKind>((add) => graph.forEachNode((_n, a) => add(a.kind))),
  url: { param: 'kind', noun: 'actor kind', accepts: (v) => (ACTOR_KINDS as readonly string[]).includes(v) },
  panel: {
    title: 'Actor kinds',
    note: 'Relations with an actor of each kind',
    provenance: false,
    options: ({ legend }) => legend.kinds.map((k) => ({ id: k.id, label: k.label, swatch: { color: k.color, shape: 'node' } })),
  },
  caption: 'actor kind',
});

const modalityFacet = defineListFacet({
  key: 'modalities',
  id: 'modality',
  values: (edge, _s, _t, add: (v: Modality) => void) => add(edge.modality),
  // A fixed vocabulary: every modality is a value of every graph.
  universe: () => MODALITIES,
  url: { param: 'modality', noun: 'modality', accepts: (v) => (MODALITIES as readonly string[]).includes(v) },
  panel: {
    title: 'Modality',
    provenance: false,
    options: () => MODALITIES.map((m) => ({ id: m, label: m, title: `${m}: ${MODALITY_HINTS[m]}` })),
  },
  caption: 'modality',
});

const docFacet = defineListFacet({
  key: 'docs',
  id: 'doc',
  values: (edge, _s, _t, add: (v: string) => void) => add(edge.doc),
  universe: (graph) => graph.getAttribute('documents').map((d) => d.id),
  url: { param: 'doc', noun: 'document', accepts: (v, vocab) => vocab.docs.has(v) },
  panel: {
    title: 'Sources',
    provenance: true,
    options: ({ graph }) =>
      (graph.getAttribute('documents') ?? []).map((d) => ({ id: d.id, label: d.title, title: d.source ? `${isolate(d.title)} — ${isolate(d.source)}` : isolate(d.title) })),
  },
  caption: 'source document',
});

/** Who each event is attributed to, in first-seen order. */
function speakersOf(graph: DramatisGraph): string[] {
  return distinctInOrder<string>((add) => graph.forEachEdge((_e, a) => add(a.attributedTo ?? STATED_DIRECTLY)));
}

const speakerFacet = defineListFacet({
  key: 'speakers',
  id: 'speaker',
  values: (edge, _s, _t, add: (v: string) => void) => add(edge.attributedTo ?? STATED_DIRECTLY),
  universe: speakersOf,
  url: { param: 'speaker', noun: 'speaker', accepts: (v, vocab) => vocab.facetValues?.('speakers')?.has(v) ?? true },
  panel: {
    title: 'Attributed to',
    note: 'Who the text says made the statement',
    provenance: true,
    options: ({ graph }) => {
      const speakers: FacetOption[] = [];
      let direct = false;
      for (const id of speakersOf(graph)) {
        if (id === STATED_DIRECTLY || !graph.hasNode(id)) {
          direct ||= id === STATED_DIRECTLY;
          continue;
        }
        const { label, kind } = graph.getNodeAttributes(id);
        // The full name in the tooltip: a long one is cut short in the row.
        speakers.push({ id, label, title: isolate(label), swatch: { color: KIND_COLORS[kind], shape: 'node' } });
      }
      speakers.sort((a, b) => a.label.localeCompare(b.label));
      const stated = { id: STATED_DIRECTLY, label: 'Stated directly', title: 'Relations the text states itself, attributed to no one' };
      return direct ? [stated, ...speakers] : speakers;
    },
  },
  caption: 'speaker',
});

/**
 * Every list facet: the order of the URL's parameters, the export caption's words and, within the
 * panel's two groups (what happened, then where it comes from), the panel's sections.
 */
export const LIST_FACETS = [relationFacet, kindFacet, docFacet, modalityFacet, speakerFacet] as const;

type AnyListFacet = (typeof LIST_FACETS)[number];

/** A list facet's `FilterState` field: 'relations', 'kinds', … */
export type ListFacet = AnyListFacet['key'];

/** A list facet's counts name in `Visibility.counts`: 'relation', 'kind', … */
export type ListFacetId = AnyListFacet['id'];

type ValueOf<D> = D extends ListFacetDescriptor<string, string, infer V> ? V : never;

/** The values of a list facet: relation ids, actor kinds, document ids, modalities, speakers. */
export type FacetValue<K extends ListFacet> = ValueOf<Extract<AnyListFacet, { key: K }>>;

/** The list facets' part of the filter state: allowed values per facet, `null` = no restriction. */
export type FacetLists = { [D in AnyListFacet as D['key']]: ValueOf<D>[] | null };

/** Every list facet without restriction. */
export function unrestrictedLists(): FacetLists {
  return Object.fromEntries(LIST_FACETS.map((d) => [d.key, null])) as FacetLists;
}

/** The descriptor of a facet, by its filter key. */
export function listFacet<K extends ListFacet>(key: K): Extract<AnyListFacet, { key: K }> {
  return LIST_FACETS.find((d) => d.key === key) as Extract<AnyListFacet, { key: K }>;
}

/** One value per list facet, keyed by the facet's counts name. */
export function perFacet<T>(make: (descriptor: AnyListFacet, index: number) => T): Record<ListFacetId, T> {
  return Object.fromEntries(LIST_FACETS.map((d, k) => [d.id, make(d, k)])) as Record<ListFacetId, T>;
}

/** One value per list facet, keyed by the facet's filter key. */
export function perFacetKey<T>(make: (descriptor: AnyListFacet) => T): Record<ListFacet, T> {
  return Object.fromEntries(LIST_FACETS.map((d) => [d.key, make(d)])) as Record<ListFacet, T>;
}
