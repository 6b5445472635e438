// The real-news benchmark path end to end on a small corpus in a temporary folder: validation,
// loading per-article gold, strict scoring of the extractor, and inter-annotator agreement.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { annotatorAgreement } from '../../src/score/annotatorAgreement';
import { loadNewsSet } from '../../src/score/benchmarkSets';
import type { GoldDocument } from '../../src/score/goldTypes';
import { scoreSet } from '../../src/score/scoreSet';
import { validateNewsCorpus } from '../../src/score/validateCorpus';

const root = mkdtempSync(join(tmpdir(), 'dramatis-news-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE = `---
title: "Kenya hosts Somali envoys"
published: 2024-03-13
source: Voice of America
url: https://www.voanews.com/a/example/1.html
licence: public domain (Voice of America)
story: kenya-somalia-border
---
Kenya hosted Somali envoys in Nairobi on Monday. Ethiopia has accused Eritrea of arming rebels. The talks may resume next month.
`;
const first: GoldDocument = {
  doc: 'voa-kenya-somalia',
  annotator: 'a',
  actors: {
    kenya: { name: 'Kenya', kind: 'state', aliases: ['Kenya', 'Nairobi'] },
    somalia: { name: 'Somalia', kind: 'state', aliases: ['Somali envoys', 'Somali'] },
    ethiopia: { name: 'Ethiopia', kind: 'state' },
    eritrea: { name: 'Eritrea', kind: 'state' },
  },
  events: [
    { anchor: 'Kenya hosted Somali envoys', relation: 'communication', source: 'kenya', target: 'somalia', date: ['2024-03-11', '2024-03-11'] },
    { anchor: 'Ethiopia has accused Eritrea', relation: 'accusation', source: 'ethiopia', target: 'eritrea', date: 'document' },
  ],
  weak: [{ anchor: 'The talks may resume', relation: 'communication', source: 'kenya', target: 'somalia', date: ['2024-04-01', '2024-04-30'], modality: 'hypothetical', note: 'participants implicit' }],
};
const second: GoldDocument = {
  doc: 'voa-kenya-somalia',
  annotator: 'b',
  actors: { kenya: { name: 'Kenya' }, 'somali-envoys': { name: 'Somali envoys' }, eritrea: { name: 'Eritrea' } },
  events: [
    { anchor: 'hosted Somali envoys', relation: 'communication', source: 'kenya', target: 'somali-envoys', date: 'document' },
    { anchor: 'accused Eritrea of arming rebels', relation: 'support', source: 'eritrea', target: 'kenya', date: 'document' },
  ],
};
mkdirSync(join(root, 'dev'));
mkdirSync(join(root, 'agreement'));
writeFileSync(join(root, 'dev', 'voa-kenya-somalia.md'), ARTICLE);
writeFileSync(join(root, 'dev', 'voa-kenya-somalia.gold.json'), JSON.stringify(first));
writeFileSync(join(root, 'agreement', 'voa-kenya-somalia.gold.json'), JSON.stringify(second));

describe('news benchmark, end to end', () => {
  it('validates the article, its gold and the second annotation', () => {
    expect(validateNewsCorpus(root)).toEqual({ articles: 1, goldFiles: 2, problems: [] });
  });

  it('scores the extractor strictly against per-article gold', () => {
    const set = loadNewsSet(root, 'dev');
    expect(set.gold.map((g) => `${g.relation}${g.weak ? ' (weak)' : ''}`)).toEqual(['communication', 'accusation', 'communication (weak)']);
    const result = extractCorpus(set.files, defaultResources());
    const score = scoreSet({ result, gold: set.gold, actors: set.actors });
    expect(score.relations.required).toBe(2);
    expect(score.relations.correct).toBe(2);
    expect(score.dateAccuracy).toBe(1);
  });

  it('measures agreement between two annotations with the same matching', () => {
    // "Somali envoys" is the first annotator's Somalia by name; the second relation differs.
    expect(annotatorAgreement(root)).toEqual({ articles: 1, first: 2, second: 2, matched: 1, f1: 0.5 });
  });
});
