// Strict scoring of one extraction against one set's gold: one extracted event satisfies at most
// one gold relation (maximum matching), weak gold counts neither for nor against, negated events
// only match negated gold, and affiliation is scored apart from the other relations. Gold marked
// undirected ("the two sides met") is one relation; an event giving its other direction from the
// same sentence, beside the one matched to it, counts neither for nor against.
import type { ExtractedEvent, ExtractionResult, SourceDocument } from '../extract/types';
import { unscopedId } from '../extract/actors/documentScope';
import { ActorMatcher } from './actorNames';
import { maximumMatching } from './bipartiteMatching';
import { dateWithinGold } from './eventDates';
import type { GoldActor, PlacedGold } from './goldTypes';

export interface RelationRow {
  relation: string;
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface MatchFigures {
  predicted: number;
  /** Extracted events matched to required gold. */
  correct: number;
  /**
   * Extracted events matched to weak gold, or giving the other direction of an undirected gold
   * relation another event matched (same document, sentence and relation): out of the precision
   * denominator.
   */
  weakMatched: number;
  required: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: ExtractedEvent[];
  missed: PlacedGold[];
  matched: { event: ExtractedEvent; gold: PlacedGold }[];
}

export interface SetScore {
  relations: MatchFigures;
  affiliation: MatchFigures;
  dateAccuracy: number;
  modalityAgreement: number;
  evidenceExact: number;
  wrongDates: { event: ExtractedEvent; gold: PlacedGold }[];
  wrongModality: { event: ExtractedEvent; gold: PlacedGold }[];
  splitActors: { gold: string; extracted: string[] }[];
  byRelation: RelationRow[];
}

export interface ScoringInput {
  result: Pick<ExtractionResult, 'actors' | 'events' | 'documents'>;
  gold: PlacedGold[];
  actors: Record<string, GoldActor>;
  /** Gold id → extracted ids that are it by code. */
  idAliases?: Record<string, string[]>;
}

const modalityOf = (m: string | undefined) => m ?? 'asserted';

function compatible(e: ExtractedEvent, g: PlacedGold, actors: ActorMatcher): boolean {
  if (e.doc !== g.doc || e.relation !== g.relation || !e.evidence.text.includes(g.anchor)) return false;
  if ((e.modality === 'negated') !== (modalityOf(g.modality) === 'negated')) return false;
  const sources = [g.source, ...(g.sources ?? [])];
  const targets = [g.target, ...(g.targets ?? [])];
  const is = (id: string, list: string[]) => list.some((goldId) => actors.matches(id, goldId));
  if (is(e.source, sources) && is(e.target, targets)) return true;
  return Boolean(g.undirected) && is(e.target, sources) && is(e.source, targets);
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

/** Whether `e` is `other`'s relation the other way round, read from the same sentence. */
function mirrors(other: ExtractedEvent, e: ExtractedEvent): boolean {
  return other.doc === e.doc && other.relation === e.relation && other.source === e.target && other.target === e.source && other.evidence.start === e.evidence.start;
}

/** Matches events to gold: required gold first (as many as possible), then weak gold among the rest. */
export function matchEvents(
  events: ExtractedEvent[],
  gold: PlacedGold[],
  actors: ActorMatcher,
  docs: Map<string, SourceDocument>,
): MatchFigures {
  const edges = events.map((e) => {
    const fits = gold.flatMap((g, i) => (compatible(e, g, actors) ? [i] : []));
    // Pairings with the right date first, so a tie between two readings keeps the better one.
    return fits.sort((a, b) => Number(!dateWithinGold(e, gold[a]!, docs.get(e.doc))) - Number(!dateWithinGold(e, gold[b]!, docs.get(e.doc))));
  });
  const weakIndices = new Set(gold.flatMap((g, i) => (g.weak ? [i] : [])));
  const requiredIndices = new Set(gold.flatMap((g, i) => (g.weak ? [] : [i])));
  const first = maximumMatching(edges, gold.length, weakIndices);
  const rest = edges.map((list, l) => (first[l] === -1 ? list : []));
  const second = maximumMatching(rest, gold.length, requiredIndices);
  const matched: MatchFigures['matched'] = [];
  const falsePositives: ExtractedEvent[] = [];
  const hit = new Set<number>();
  let weakMatched = 0;
  const unmatched: ExtractedEvent[] = [];
  events.forEach((e, l) => {
    if (first[l] !== -1) {
      matched.push({ event: e, gold: gold[first[l]!]! });
      hit.add(first[l]!);
    } else if (second[l] !== -1) weakMatched++;
    else unmatched.push(e);
  });
  for (const e of unmatched) {
    if (matched.some((m) => m.gold.undirected && mirrors(m.event, e))) weakMatched++;
    else falsePositives.push(e);
  }
  const required = requiredIndices.size;
  const precision = ratio(matched.length, events.length - weakMatched);
  const recall = ratio(matched.length, required);
  return {
    predicted: events.length,
    correct: matched.length,
    weakMatched,
    required,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    falsePositives,
    missed: gold.filter((g, i) => !g.weak && !hit.has(i)),
    matched,
  };
}

function relationRows(fig: MatchFigures, gold: PlacedGold[]): RelationRow[] {
  const rows = new Map<string, RelationRow>();
  const row = (relation: string) => rows.get(relation) ?? rows.set(relation, { relation, gold: 0, found: 0, predicted: 0, correct: 0 }).get(relation)!;
  for (const g of gold) if (!g.weak) row(g.relation).gold++;
  for (const m of fig.matched) {
    row(m.gold.relation).found++;
    row(m.event.relation).correct++;
  }
  for (const m of fig.matched) row(m.event.relation).predicted++;
  for (const e of fig.falsePositives) row(e.relation).predicted++;
  return [...rows.values()].sort((a, b) => b.gold - a.gold || a.relation.localeCompare(b.relation));
}

/**
 * Gold actors that two or more extracted nodes stand for, anywhere in the graph. A node stands for a
 * gold actor when a name matches and it takes part in a relation of a document whose gold names that
 * actor: a node "Rebels" of one article is not the FARC of another whose gold lists "rebels" among
 * the FARC's names. A group of one article by design (a bare "protesters", extract/actors/
 * documentScope.ts) counts as one node with the same group of other articles: the gold reuses such
 * ids from article to article, and one node per article is the graph's rule, not a split.
 */
function splitActors(matcher: ActorMatcher, actors: Record<string, GoldActor>, input: ScoringInput): SetScore['splitActors'] {
  const docsOf = (pairs: [string, string][]) => {
    const out = new Map<string, Set<string>>();
    for (const [actor, doc] of pairs) {
      let set = out.get(actor);
      if (!set) out.set(actor, (set = new Set()));
      set.add(doc);
    }
    return out;
  };
  const goldDocs = docsOf(input.gold.flatMap((g) => [g.source, g.target, ...(g.sources ?? []), ...(g.targets ?? [])].map((a): [string, string] => [a, g.doc])));
  const extractedDocs = docsOf(input.result.events.flatMap((e) => [[e.source, e.doc] as [string, string], [e.target, e.doc] as [string, string]]));
  const shareDocument = (extracted: string, gold: string) => [...(extractedDocs.get(extracted) ?? [])].some((d) => goldDocs.get(gold)?.has(d));
  return Object.keys(actors)
    .map((gold) => ({ gold, extracted: [...new Set(matcher.extractedFor(gold).filter((id) => shareDocument(id, gold)).map(unscopedId))] }))
    .filter((s) => s.extracted.length > 1);
}

export function scoreSet(input: ScoringInput): SetScore {
  const { result, gold, actors } = input;
  const matcher = new ActorMatcher(result.actors, actors, input.idAliases);
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const isAffiliation = (r: string) => r === 'affiliation';
  const relations = matchEvents(result.events.filter((e) => !isAffiliation(e.relation)), gold.filter((g) => !isAffiliation(g.relation)), matcher, docs);
  const affiliation = matchEvents(result.events.filter((e) => isAffiliation(e.relation)), gold.filter((g) => isAffiliation(g.relation)), matcher, docs);
  const wrongDates = relations.matched.filter((m) => !dateWithinGold(m.event, m.gold, docs.get(m.event.doc)));
  const stated = relations.matched.filter((m) => m.gold.modalityStated !== false);
  const wrongModality = stated.filter((m) => m.event.modality !== modalityOf(m.gold.modality));
  const exact = result.events.filter((e) => docs.get(e.doc)?.body.slice(e.evidence.start, e.evidence.end) === e.evidence.text).length;
  return {
    relations,
    affiliation,
    dateAccuracy: ratio(relations.correct - wrongDates.length, relations.correct),
    modalityAgreement: ratio(stated.length - wrongModality.length, stated.length),
    evidenceExact: ratio(exact, result.events.length),
    wrongDates,
    wrongModality,
    splitActors: splitActors(matcher, actors, input),
    byRelation: relationRows(relations, gold.filter((g) => !isAffiliation(g.relation))),
  };
}
