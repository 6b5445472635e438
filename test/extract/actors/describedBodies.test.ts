// Bodies named by a description declared in data/describedBodies.json.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('bodies named by a description', () => {
  it('the owner\'s name in front: "the U.N. nuclear watchdog"', () => {
    const r = extractArticles('The U.N. nuclear watchdog criticized Syria on Tuesday.');
    expect(relationTriples(r)).toContain('iaea -accusation-> syria');
    expect(relationTriples(r)).not.toContain('united-nations -accusation-> syria');
  });

  it('a possessive owner: "the UN\'s atomic agency"', () => {
    const r = extractArticles("Libya rejected the UN's atomic agency on Monday.");
    expect(relationTriples(r)).toContain('libya -rejection-> iaea');
  });

  it('another owner\'s watchdog is not the declared body', () => {
    const r = extractArticles("Japan's nuclear watchdog criticized South Korea on Monday.");
    expect(r.actors.map((a) => a.id)).not.toContain('iaea');
  });

  it('a bare description only where declared bare: "the Western alliance"', () => {
    const r = extractArticles('Belarus warned the Western alliance on Friday. Serbia criticized the nuclear watchdog.');
    const triples = relationTriples(r);
    expect(triples).toContain('belarus -threat-> nato');
    expect(triples.some((t) => t.includes('iaea'))).toBe(false);
  });

  it('a description that goes on into a longer noun phrase names a person or thing, not the body', () => {
    const r = extractArticles('Inspectors praised the Western alliance summit in Vilnius.');
    expect(r.actors.map((a) => a.id)).not.toContain('nato');
  });
});
