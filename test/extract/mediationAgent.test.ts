// A mediator named as a passive participle's agent (src/extract/assignRoles.ts, mediatorPairs).
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../support/extractText';

describe('mediation named by a passive agent', () => {
  it('"a release brokered by Qatar and Egypt": the agent mediates for the subject, not the reverse', () => {
    const triples = relationTriples(extractArticles('Last week, Hamas released 21 Israelis in the first negotiated release brokered by Qatar and Egypt.'));
    expect(triples).toContain('egypt -mediation-> hamas');
    expect(triples.some((t) => t.startsWith('hamas -mediation->'))).toBe(false);
  });
});
