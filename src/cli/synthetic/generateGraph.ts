// Seeded synthetic graphs in the Dramatis contract, for benchmarks at any size. Pure: no Node
// imports, so the same code runs in the CLI (npm run gen) and inside a browser page.
import type { SerializedDramatisGraph, SerializedNode } from '../../domain/contract';
import { dayNumber } from '../../graph/eventTime';
import { DocumentComposer, type GeneratedDocument, type SyntheticRelationSpec } from './composeDocument';
import { buildEventSkeleton } from './eventSkeleton';
import { NameInventor } from './inventNames';
import { mulberry32 } from './seededRandom';
import { createSyntheticActors } from './syntheticActors';
import { SYNTHETIC_VOCABULARY } from './syntheticVocabulary';

export type { GeneratedDocument, SyntheticRelationSpec };

export interface SyntheticGraphOptions {
  actors: number;
  events: number;
  years: number;
  seed: number;
  /** First day of the span, `YYYY-MM-DD`; 2023-01-01 unless given. */
  startDate?: string;
  /** The relation ontology (data/relations.json), passed in so this module reads no files. */
  relations: readonly SyntheticRelationSpec[];
}

export const DEFAULT_START_DATE = '2023-01-01';
export const SYNTHETIC_GRAPH_OPTIONS: SerializedDramatisGraph['options'] = { type: 'directed', multi: true, allowSelfLoops: false };

const DAYS_PER_YEAR = 365.25;
const PLACES_PER_ACTOR = 1 / 20;
const MIN_PLACES = 40;
const MAX_PLACES = 2000;

/** A generated corpus whose documents (and their edges) are produced one at a time, on demand. */
export interface SyntheticGraphPlan {
  nodes: SerializedNode[];
  eventCount: number;
  documentCount: number;
  /** Document `index` with its edges; the same index always gives the same result. */
  document(index: number): GeneratedDocument;
}

/** Throws a RangeError naming the first option that makes no sense. */
export function checkSyntheticOptions(o: SyntheticGraphOptions): void {
  if (!Number.isInteger(o.actors) || o.actors < 2) throw new RangeError(`actors must be a whole number of at least 2 (got ${o.actors})`);
  if (!Number.isInteger(o.events) || o.events < 1) throw new RangeError(`events must be a whole number of at least 1 (got ${o.events})`);
  if (!Number.isFinite(o.years) || o.years <= 0 || o.years > 100) throw new RangeError(`years must be more than 0 and at most 100 (got ${o.years})`);
  if (!Number.isInteger(o.seed)) throw new RangeError(`seed must be a whole number (got ${o.seed})`);
  const start = o.startDate ?? DEFAULT_START_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(`${start}T00:00:00Z`)))
    throw new RangeError(`startDate must be a date as YYYY-MM-DD (got ${start})`);
  if (o.relations.length === 0 || o.relations.some((r) => r.cameo.length === 0))
    throw new RangeError('relations must be a non-empty list, each with at least one CAMEO code');
}

export function planSyntheticGraph(options: SyntheticGraphOptions): SyntheticGraphPlan {
  checkSyntheticOptions(options);
  const vocabulary = SYNTHETIC_VOCABULARY;
  const rand = mulberry32(options.seed);
  const firstDay = dayNumber(options.startDate ?? DEFAULT_START_DATE);
  const spanDays = Math.max(1, Math.round(options.years * DAYS_PER_YEAR));
  const actors = createSyntheticActors(options.actors, rand, vocabulary);
  const inventor = new NameInventor(rand, vocabulary);
  const placeCount = Math.min(MAX_PLACES, Math.max(MIN_PLACES, Math.round(options.actors * PLACES_PER_ACTOR)));
  const places = Array.from({ length: placeCount }, () => inventor.place());
  const skeleton = buildEventSkeleton(options.events, actors.weights, spanDays, options.years, rand);
  const composer = new DocumentComposer({ seed: options.seed, skeleton, actors, relations: options.relations, places, firstDay, spanDays, vocabulary });
  return {
    nodes: actors.nodes,
    eventCount: options.events,
    documentCount: composer.documentCount,
    document: (index) => composer.compose(index),
  };
}

/** The whole graph in memory, as `graph.export()` would give it. */
export function generateSyntheticGraph(options: SyntheticGraphOptions): SerializedDramatisGraph {
  const plan = planSyntheticGraph(options);
  const documents = [];
  const edges = [];
  for (let i = 0; i < plan.documentCount; i++) {
    const generated = plan.document(i);
    documents.push(generated.document);
    for (const edge of generated.edges) edges.push(edge);
  }
  return { options: { ...SYNTHETIC_GRAPH_OPTIONS }, attributes: { documents }, nodes: plan.nodes, edges };
}
