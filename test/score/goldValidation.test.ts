// The news benchmark's articles and gold are checked before anything is scored: every gold file
// present, and the validator itself on examples broken on purpose.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldDocument } from '../../src/score/goldTypes';
import { articleProblems, validateNewsCorpus } from '../../src/score/validateCorpus';

const ROOT = resolve(import.meta.dirname, '../..');

const article = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const FRONT = [
  'title: "Mali junta expels French ambassador"',
  'published: 2022-01-31',
  'source: Voice of America',
  'url: https://www.voanews.com/a/mali-expels-french-ambassador/6419612.html',
  'licence: public domain (Voice of America)',
  'story: mali-france-rupture',
].join('\n');
const BODY = 'Mali expelled the French ambassador on Monday. France said it took note of the decision.\n';
const goodGold: GoldDocument = {
  doc: 'voa-mali',
  actors: { mali: { name: 'Mali', kind: 'state', aliases: ['Mali'] }, france: { name: 'France', kind: 'state', aliases: ['France', 'French'] } },
  events: [{ anchor: 'Mali expelled the French ambassador', relation: 'sanction', source: 'mali', target: 'france', date: ['2022-01-31', '2022-01-31'] }],
  weak: [{ anchor: 'France said it took note', relation: 'rejection', source: 'france', target: 'mali', date: 'document', note: 'planned relation id' }],
};
const check = (front: string, gold: unknown, body = BODY) => articleProblems('dev/voa-mali.md', article(front, body), 'dev/voa-mali.gold.json', JSON.stringify(gold));

describe('news benchmark validation', () => {
  it('every article and gold file under test/gold/news/ is well formed', () => {
    const corpus = validateNewsCorpus(resolve(ROOT, 'test/gold/news'));
    expect(corpus.problems, corpus.problems.join('\n')).toEqual([]);
  });

  it('accepts a complete article with exact anchors, declared actors and planned relation ids', () => {
    expect(check(FRONT, goodGold)).toEqual([]);
  });

  it('refuses front matter without a licence or story, or with an impossible date', () => {
    const front = FRONT.replace(/licence:.*\n/, '').replace('2022-01-31', '2022-02-30');
    const problems = check(front, goodGold).join('\n');
    expect(problems).toContain('lacks "licence"');
    expect(problems).toContain('"published" is not a real date');
    expect(check(FRONT.replace(/story:.*/, ''), goodGold).join('\n')).toContain('lacks "story"');
  });

  it('refuses an anchor that is not in the text, or that runs across two sentences', () => {
    const missing = { ...goodGold, events: [{ ...goodGold.events[0]!, anchor: 'Mali expelled the British ambassador' }] };
    expect(check(FRONT, missing).join('\n')).toContain('is not in the article text');
    const across = { ...goodGold, events: [{ ...goodGold.events[0]!, anchor: 'on Monday. France said' }] };
    expect(check(FRONT, across).join('\n')).toContain('runs across a sentence boundary');
    // A tokenizer's split inside "U.N." is no sentence boundary: missing such an anchor is the extractor's fault.
    const body = 'Protesters in Khartoum chanted anti-U.N. and anti-U.S. slogans on Monday. France said it took note of the decision.\n';
    const abbreviated = { ...goodGold, events: [{ ...goodGold.events[0]!, anchor: 'chanted anti-U.N. and anti-U.S. slogans' }], weak: [] };
    expect(check(FRONT, abbreviated, body)).toEqual([]);
  });

  it('refuses undeclared actors, unknown relations, bad dates and modalities', () => {
    const bad = {
      ...goodGold,
      events: [
        { ...goodGold.events[0]!, source: 'malian-junta' },
        { ...goodGold.events[0]!, relation: 'expulsion' },
        { ...goodGold.events[0]!, date: ['2022-02-01', '2022-01-31'] },
        { ...goodGold.events[0]!, date: 'yesterday' },
        { ...goodGold.events[0]!, modality: 'likely' },
      ],
    };
    const problems = check(FRONT, bad).join('\n');
    expect(problems).toContain('names actor "malian-junta", not declared');
    expect(problems).toContain('unknown relation "expulsion"');
    expect(problems).toContain('ends before it starts');
    expect(problems).toContain('must be "document" or [from, to]');
    expect(problems).toContain('unknown modality "likely"');
  });

  it('refuses a gold file for another document, one that is not JSON, and an article without gold', () => {
    expect(check(FRONT, { ...goodGold, doc: 'voa-niger' }).join('\n')).toContain('"doc" is "voa-niger"');
    expect(articleProblems('dev/voa-mali.md', article(FRONT, BODY), 'dev/voa-mali.gold.json', '{ "doc": ').join('\n')).toContain('not JSON');
    expect(articleProblems('dev/voa-mali.md', article(FRONT, BODY), null, null).join('\n')).toContain('no gold file beside it');
  });
});
