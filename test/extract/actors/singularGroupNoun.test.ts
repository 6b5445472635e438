// A singular group noun before a name describes the person named (src/extract/actors/groupActors.ts, phraseAt).
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../support/extractText';

describe('a singular group noun before a name', () => {
  it('"extradited suspected Somali militant Ahmed Dahir": no group of militants', () => {
    const r = extractArticles('Kenya extradited suspected Somali militant Ahmed Dahir to Somalia on Monday.');
    expect(r.actors.some((a) => a.kind === 'group')).toBe(false);
  });
});
