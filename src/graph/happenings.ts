import type { EdgeAttributes } from '../domain/contract';
import { eventSpan } from './eventTime';
import { relationStyle } from './relationStyles';
import { ITEMS_PER_STEP, runToEnd } from './stepwise';

/**
 * A news report may date a happening only by its publication: such an event is taken to have
 * happened on that day or up to this many days before (wire copy on a phone call runs for days).
 */
export const DOCUMENT_DATED_LAG_DAYS = 2;

/** The event fields that decide which happening it belongs to. */
export interface HappeningInput {
  key: string;
  source: string;
  target: string;
  attributes: Pick<EdgeAttributes, 'relation' | 'date' | 'dateEnd' | 'datePrecision'>;
}

/**
 * The line an event is drawn in and the group its happening is sought in: the same two actors and
 * relation, in that direction for a directed relation, either way for an undirected one.
 */
export function pairRelationKey(source: string, target: string, relation: string): string {
  const ordered = relationStyle(relation).directed || source <= target ? [source, target] : [target, source];
  return `${relation}\u0000${ordered[0]}\u0000${ordered[1]}`;
}

/** The days an event may have happened on: its stated span, or the days before its document's date. */
export function happeningSpan(a: HappeningInput['attributes']): [number, number] {
  const [first, last] = eventSpan(a);
  return a.datePrecision === 'document' ? [first - DOCUMENT_DATED_LAG_DAYS, last] : [first, last];
}

interface Cluster {
  id: string;
  /** The days every member allows (the intersection of their spans). */
  first: number;
  last: number;
}

const overlaps = (c: Cluster, [f, l]: [number, number]) => f <= c.last && l >= c.first;

/**
 * Groups events that report the same happening: same actors, same relation (see pairRelationKey)
 * and compatible dates. Events are placed most precise first (narrowest span); an event joins a
 * happening when its span overlaps the days all members allow, and only when exactly one happening
 * fits: a year-dated report between two dated happenings of that year stays on its own rather than
 * being guessed into one. Returns event key → happening id, the key of the happening's first
 * (narrowest, then earliest, then smallest key) event.
 */
export function assignHappeningIds(events: Iterable<HappeningInput>): Map<string, string> {
  return runToEnd(happeningIdSteps(events));
}

/** assignHappeningIds in steps: it pauses (yields) every ITEMS_PER_STEP events and groups. */
function* happeningIdSteps(events: Iterable<HappeningInput>): Generator<void, Map<string, string>> {
  const groups = new Map<string, { key: string; span: [number, number] }[]>();
  let n = 0;
  for (const e of events) {
    if (++n % ITEMS_PER_STEP === 0) yield;
    const group = pairRelationKey(e.source, e.target, e.attributes.relation);
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push({ key: e.key, span: happeningSpan(e.attributes) });
  }
  const result = new Map<string, string>();
  n = 0;
  for (const list of groups.values()) {
    n += list.length;
    if (n >= ITEMS_PER_STEP) {
      n = 0;
      yield;
    }
    list.sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]) || a.span[0] - b.span[0] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const clusters: Cluster[] = [];
    for (const e of list) {
      const fitting = clusters.filter((c) => overlaps(c, e.span));
      if (fitting.length === 1) {
        const c = fitting[0]!;
        c.first = Math.max(c.first, e.span[0]);
        c.last = Math.min(c.last, e.span[1]);
        result.set(e.key, c.id);
      } else {
        clusters.push({ id: e.key, first: e.span[0], last: e.span[1] });
        result.set(e.key, e.key);
      }
    }
  }
  return result;
}

/** The subset of a graphology graph `assignHappenings` needs (so formats and tests can pass any graph). */
export interface HappeningGraph {
  forEachEdge(visit: (edge: string, attributes: EdgeAttributes, source: string, target: string) => void): void;
  setEdgeAttribute(edge: string, name: 'happening', value: string): void;
}

/** Writes each edge's `happening` id (see assignHappeningIds); recomputed whenever the graph is assembled. */
export function assignHappenings(graph: HappeningGraph): void {
  runToEnd(assignHappeningSteps(graph));
}

/** assignHappenings in steps: it pauses (yields) every ITEMS_PER_STEP events; the ids are written at the end. */
export function* assignHappeningSteps(graph: HappeningGraph): Generator<void, void> {
  const events: HappeningInput[] = [];
  graph.forEachEdge((key, attributes, source, target) => events.push({ key, source, target, attributes }));
  yield;
  const ids = yield* happeningIdSteps(events);
  let n = 0;
  for (const [edge, id] of ids) {
    if (++n % ITEMS_PER_STEP === 0) yield;
    graph.setEdgeAttribute(edge, 'happening', id);
  }
}
