// Actor mentions and evidence sentences in a document body, for the source reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { articleMarkup, evidenceSpans, findActorMentions, paragraphRanges, segmentArticle, type ArticleEvent, type ArticleParagraph, type MentionActor } from '../../src/graph/articleMentions';
import { buildGraph, type DramatisGraph } from '../../src/graph/buildGraph';
import type { EdgeAttributes } from '../../src/domain/contract';

const actor = (id: string, label: string, ...aliases: string[]): MentionActor => ({ id, label, aliases });

/** Mentions as `text→actor` strings, in text order. */
function marked(body: string, actors: MentionActor[], events: ArticleEvent[] = []): string[] {
  return findActorMentions(body, actors, events).map((m) => `${body.slice(m.start, m.end)}→${m.actor}`);
}

function flatten(paragraphs: ArticleParagraph[]): string {
  return paragraphs
    .map((p) => p.children.map((c) => (c.kind === 'evidence' ? c.children.map((i) => i.text).join('') : c.text)).join(''))
    .join('\n');
}

describe('findActorMentions', () => {
  const us = actor('united-states', 'United States', 'US', 'U.S.', 'U.S.A.', 'Washington', 'the States');
  const iran = actor('iran', 'Iran', 'Iranian', 'Tehran', 'Islamic Republic', 'Islamic Republic regime');
  const media = actor('iran-state-media', 'Iranian state media', 'state media');

  it('matches capitalised names case-sensitively and as whole words', () => {
    expect(marked('Tell us what the US said; USAID and Iranians are not Iran.', [us, iran])).toEqual(['US→united-states', 'Iran→iran']);
  });

  it('takes the longest name first and never overlaps', () => {
    expect(marked('Iranian state media said the Islamic Republic regime and Iranian officials met.', [iran, media])).toEqual([
      'Iranian state media→iran-state-media',
      'Islamic Republic regime→iran',
      'Iranian→iran',
    ]);
    expect(marked('Talks with the U.S.A. and the U.S. resumed.', [us])).toEqual(['U.S.A.→united-states', 'U.S.→united-states']);
  });

  it('finds names before possessives, hyphens and punctuation', () => {
    expect(marked('Iran’s envoy, Tehran-based staff and (Washington) agreed.', [us, iran])).toEqual(['Iran→iran', 'Tehran→iran', 'Washington→united-states']);
  });

  it('matches all-lowercase aliases in any case and capitalises a lowercase initial', () => {
    expect(marked('State media reported it. Later, state media and The States denied it.', [us, media])).toEqual([
      'State media→iran-state-media',
      'state media→iran-state-media',
      'The States→united-states',
    ]);
  });

  it('ignores one-letter and letterless aliases', () => {
    expect(marked('A 12 B', [actor('x', 'X', 'A', '12')])).toEqual([]);
  });

  it('gives a shared name to the actor whose label it is, then to an actor of the sentence', () => {
    const trump = actor('donald-trump', 'Donald Trump', 'Trump', 'President');
    const barron = actor('barron-trump', 'Barron Trump', 'Trump');
    const body = 'Trump spoke. Later Trump signed.';
    expect(marked(body, [barron, trump])).toEqual(['Trump→barron-trump', 'Trump→barron-trump']);
    const events: ArticleEvent[] = [{ edge: 'e1', start: 13, end: 32, text: body.slice(13), actors: ['donald-trump', 'iran'] }];
    expect(marked(body, [barron, trump], events)).toEqual(['Trump→donald-trump', 'Trump→donald-trump']);
    const labelled = actor('trump', 'Trump');
    expect(marked(body, [barron, labelled], events)).toEqual(['Trump→trump', 'Trump→trump']);
  });
});

describe('evidenceSpans', () => {
  const body = 'First sentence here. Second one follows. Third.';
  it('groups events that share a sentence and keeps text order', () => {
    const spans = evidenceSpans(body, [
      { edge: 'b', start: 21, end: 40, text: 'Second one follows.', actors: [] },
      { edge: 'a', start: 0, end: 20, text: 'First sentence here.', actors: [] },
      { edge: 'c', start: 21, end: 40, text: 'Second one follows.', actors: [] },
    ]);
    expect(spans).toEqual([
      { start: 0, end: 20, edges: ['a'] },
      { start: 21, end: 40, edges: ['b', 'c'] },
    ]);
  });

  it('re-finds text whose offsets drifted, drops text the body lacks, merges overlaps', () => {
    const spans = evidenceSpans(body, [
      { edge: 'moved', start: 0, end: 6, text: 'Third.', actors: [] },
      { edge: 'gone', start: 0, end: 5, text: 'Not in the body.', actors: [] },
      { edge: 'x', start: 0, end: 20, text: 'First sentence here.', actors: [] },
      { edge: 'y', start: 6, end: 40, text: body.slice(6, 40), actors: [] },
    ]);
    expect(spans).toEqual([
      { start: 0, end: 40, edges: ['x', 'y'] },
      { start: 41, end: 47, edges: ['moved'] },
    ]);
  });
});

describe('segmentArticle', () => {
  it('splits lines into paragraphs, nests mentions in evidence, and keeps every character', () => {
    const body = '  Headline from Tehran\n\nIran met the US. Nothing else.\nThe US left.\n';
    const actors = [actor('iran', 'Iran', 'Tehran'), actor('us', 'United States', 'US')];
    const mentions = findActorMentions(body, actors);
    const start = body.indexOf('Iran met');
    const evidence = evidenceSpans(body, [{ edge: 'e', start, end: start + 16, text: 'Iran met the US.', actors: ['iran', 'us'] }]);
    const paragraphs = segmentArticle(body, mentions, evidence);
    expect(paragraphRanges(body).map((r) => body.slice(r.start, r.end))).toEqual(['Headline from Tehran', 'Iran met the US. Nothing else.', 'The US left.']);
    expect(flatten(paragraphs)).toBe('Headline from Tehran\nIran met the US. Nothing else.\nThe US left.');
    const sentence = paragraphs[1]!.children[0]!;
    expect(sentence.kind).toBe('evidence');
    if (sentence.kind !== 'evidence') return;
    expect(sentence.edges).toEqual(['e']);
    expect(sentence.children.map((c) => [c.kind, c.text])).toEqual([
      ['mention', 'Iran'],
      ['text', ' met the '],
      ['mention', 'US'],
      ['text', '.'],
    ]);
    for (const p of paragraphs)
      for (const c of p.children) {
        expect(c.kind === 'evidence' ? c.children.map((i) => i.text).join('') : c.text).toBe(body.slice(c.start, c.end));
      }
  });

  it('leaves a mention that crosses a sentence edge as text', () => {
    const body = 'Ends with New. York starts.';
    const mentions = findActorMentions(body, [actor('ny', 'New. York')]);
    expect(mentions).toHaveLength(1);
    const paragraphs = segmentArticle(body, mentions, [{ start: 0, end: 14, edges: ['e'] }]);
    const kinds = paragraphs[0]!.children.flatMap((c) => (c.kind === 'evidence' ? c.children.map((i) => i.kind) : [c.kind]));
    expect(kinds).not.toContain('mention');
    expect(flatten(paragraphs)).toBe(body);
  });
});

describe('articleMarkup on the seed graph', () => {
  const folder = resolve(import.meta.dirname, '../../data/articles');
  const graph = buildGraph(extractCorpus(readdirSync(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })), defaultResources()));
  const docs = graph.getAttribute('documents');

  it('marks every evidence sentence exactly, and both actors in most of them', () => {
    let events = 0;
    let bothMarked = 0;
    for (const doc of docs) {
      const markup = articleMarkup(graph, doc.id)!;
      const sentences = markup.paragraphs.flatMap((p) => p.children.filter((c) => c.kind === 'evidence'));
      graph.forEachEdge((edge, a: EdgeAttributes, source, target) => {
        if (a.doc !== doc.id) return;
        events += 1;
        const sentence = sentences.find((s) => s.edges.includes(edge));
        expect(sentence, edge).toBeDefined();
        expect(doc.body.slice(sentence!.start, sentence!.end)).toBe(a.evidence.text);
        const inSentence = (id: string) => markup.mentions.some((m) => m.actor === id && m.start >= a.evidence.start && m.end <= a.evidence.end);
        if (inSentence(source) && inSentence(target)) bothMarked += 1;
      });
      for (const m of markup.mentions) expect(graph.hasNode(m.actor)).toBe(true);
    }
    expect(events).toBe(graph.size);
    // The rest name an actor by pronoun or role ("he", "Trump's special envoy").
    expect(bothMarked / events).toBeGreaterThan(0.8);
  });

  it('returns null for a document the graph lacks', () => {
    const empty: DramatisGraph = new MultiDirectedGraph();
    empty.replaceAttributes({ documents: [] });
    expect(articleMarkup(empty, 'nope')).toBeNull();
    expect(articleMarkup(graph, 'nope')).toBeNull();
  });
});
