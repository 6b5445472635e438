// What a list facet is: one typed descriptor says where an event's values come from, how the URL
// writes them, how the filters panel lists them and how an exported picture names the filter. The
// visibility engine, the plain visibility pass, the URL, the carrying of filters across a corpus
// change, the panel and the export caption all read descriptors (facetRegistry.ts) instead of
// naming facets one by one.
import type { EdgeAttributes, NodeAttributes } from '../domain/contract';
import type { DramatisGraph } from './buildGraph';

/** One row of a facet's checkbox list in the filters panel. */
export interface FacetOption {
  id: string;
  label: string;
  /** Full label for a tooltip when `label` is shortened or needs a hint. */
  title?: string;
  swatch?: { color: string; shape: 'edge' | 'node' };
}

/** A legend entry as the panel hands it over (what `graph/legend.ts` computes). */
interface SwatchEntry {
  id: string;
  label: string;
  color: string;
}

/** What a facet may use to list its options in the panel. */
export interface FacetPanelContext {
  graph: DramatisGraph;
  legend: { kinds: readonly SwatchEntry[]; relations: readonly SwatchEntry[] };
}

/** What a shared link's values are checked against (the URL reader's vocabulary). */
export interface FacetUrlVocabulary {
  /** Relation ids the ontology knows. */
  relations: ReadonlySet<string>;
  /** Document ids of the graph. */
  docs: ReadonlySet<string>;
  /**
   * The values a facet takes in the graph, by the facet's filter key, for facets whose values come
   * from the data. Without it such values cannot be checked and are taken as written.
   */
  facetValues?(key: string): ReadonlySet<string> | undefined;
}

/**
 * A facet whose filter is a list of allowed values (`null` = no restriction). An event belongs to
 * one or more values (the kinds of both its actors); it passes when every one of them is allowed,
 * and it is counted under each of them.
 */
export interface ListFacetDescriptor<K extends string, I extends string, V extends string> {
  /** The `FilterState` field holding the allowed values; also the panel's test ids (`facet-<key>-<value>`). */
  key: K;
  /** The name of its live counts in `Visibility.counts`. */
  id: I;
  /** Calls `add` once for each value the event belongs to (no value twice). */
  values(edge: EdgeAttributes, source: NodeAttributes, target: NodeAttributes, add: (value: V) => void): void;
  /**
   * The values the graph holds, in a stable order: what a list is carried over when the graph
   * changes (values new to the graph come in ticked), and what a shared link may name.
   */
  universe(graph: DramatisGraph): readonly V[];
  url: {
    /** The query parameter (`?rel=threat,force`). */
    param: string;
    /** What an unknown value is not, for the notice ("no relation has this id"). */
    noun: string;
    accepts(value: string, vocab: FacetUrlVocabulary): boolean;
  };
  panel: {
    title: string;
    note?: string;
    /**
     * Facets about where a statement comes from (documents, speakers) are listed after the
     * confidence slider, those about what happened (relation, actors, modality) before it.
     */
    provenance: boolean;
    /** The rows, in the order shown; a facet without any row is left out of the panel. */
    options(context: FacetPanelContext): FacetOption[];
  };
  /** How an exported picture names the active filter ("filtered by relation type, …"). */
  caption: string;
}

/** Gives a descriptor its exact literal types (key, id, values) for the registry. */
export function defineListFacet<const K extends string, const I extends string, V extends string>(
  descriptor: ListFacetDescriptor<K, I, V>,
): ListFacetDescriptor<K, I, V> {
  return descriptor;
}

/** Values in first-seen order, each once. */
export function distinctInOrder<V extends string>(visit: (add: (value: V) => void) => void): V[] {
  const seen = new Set<V>();
  visit((v) => seen.add(v));
  return [...seen];
}
