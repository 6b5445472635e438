// Inter-annotator agreement on the news benchmark: a second, independent annotation of an article
// (test/gold/news/agreement/) against the first, relation by relation, with the scorer's matching.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedActor, ExtractedEvent, SourceDocument } from '../extract/types';
import { ActorMatcher } from './actorNames';
import { newsPairs } from './benchmarkSets';
import type { GoldDocument, GoldRelation, PlacedGold } from './goldTypes';
import { matchEvents } from './scoreSet';
import { readArticle } from './validateGold';
import { sentenceSpans } from './validateCorpus';

export interface Agreement {
  articles: number;
  first: number;
  second: number;
  matched: number;
  /** 2 × matched / (first + second): the F1 of one annotation against the other. */
  f1: number;
}

/** The second annotator's relations as if extracted: the sentence of the anchor as evidence. */
function asEvents(gold: GoldDocument, body: string): ExtractedEvent[] {
  const spans = sentenceSpans(body);
  return gold.events.flatMap((g: GoldRelation, i) => {
    const at = body.indexOf(g.anchor);
    const span = spans.find(([s, e]) => at >= s && at + g.anchor.length <= e);
    if (at < 0 || !span) return [];
    const evidence = { text: body.slice(span[0], span[1]), start: span[0], end: span[1] };
    const event: ExtractedEvent = { id: `b${i}`, source: g.source, target: g.target, relation: g.relation, cameo: '', plover: null, date: '1970-01-01', datePrecision: 'document', doc: gold.doc, evidence, modality: g.modality ?? 'asserted', confidence: 1 };
    return [event];
  });
}

const actorsOf = (gold: GoldDocument): ExtractedActor[] =>
  Object.entries(gold.actors).map(([id, a]) => ({ id, label: a.name, kind: 'other', aliases: a.aliases ?? [] }));

/** Agreement over every article annotated twice; null when none is. */
export function annotatorAgreement(root: string): Agreement | null {
  const dir = join(root, 'agreement');
  if (!existsSync(dir)) return null;
  const articles = new Map([...newsPairs(root, 'dev'), ...newsPairs(root, 'test')].map((p) => [p.doc, p]));
  const total: Agreement = { articles: 0, first: 0, second: 0, matched: 0, f1: 0 };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
    const pair = articles.get(name.replace(/\.gold\.json$/, ''));
    const body = pair ? readArticle(readFileSync(pair.articlePath, 'utf8'))?.body : undefined;
    if (!pair?.goldPath || body === undefined) continue;
    const first = JSON.parse(readFileSync(pair.goldPath, 'utf8')) as GoldDocument;
    const second = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldDocument;
    const placed: PlacedGold[] = first.events.map((g) => ({ ...g, doc: first.doc, weak: false }));
    const doc: SourceDocument = { id: first.doc, title: '', published: null, publishedPrecision: 'unknown', publishedInferred: false, source: null, body };
    const fig = matchEvents(asEvents({ ...second, doc: first.doc }, body), placed, new ActorMatcher(actorsOf(second), first.actors), new Map([[doc.id, doc]]));
    total.articles++;
    total.first += placed.length;
    total.second += second.events.length;
    total.matched += fig.correct;
  }
  if (total.articles === 0) return null;
  total.f1 = total.first + total.second ? (2 * total.matched) / (total.first + total.second) : 1;
  return total;
}
