// "terrorists" is an armed group noun: counted, a group of its own; after "the", the armed group
// named before. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

describe('"terrorists" as a group noun', () => {
  it('"13 suspected terrorists" detained are a group', () => {
    expect(relationTriples(extractArticles('Kenyan forces detained 13 suspected terrorists in raids near Lamu.'))).toContain('kenya -coercion-> terrorists');
  });

  it('"the terrorists" after a named armed group is that group', () => {
    expect(relationTriples(extractArticles('Kenya fights al-Shabaab in the north. Kenyan police arrested the terrorists near Lamu on Monday.'))).toContain('kenya -coercion-> al-shabaab');
  });
});
