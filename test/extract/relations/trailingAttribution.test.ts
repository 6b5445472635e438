// A participle the parse hangs on a trailing attribution ("..., a spokesman for X said") belongs to
// the clause before it (clauseArguments.ts, trailingAttributionHost).
import { describe, expect, it } from 'vitest';
import { extractArticles as run, relationTriples as triples } from '../../support/extractText';

describe('a participle before a trailing attribution', () => {
  it('is done by the main clause\'s subject, not by the one who reports it', () => {
    const t = triples(run('The military government of General Mamadi Doumbouya declared a 90-day state of emergency in Guinea on Sunday, closing the borders and arresting opposition activists, a spokesman for the French embassy said.'));
    expect(t).toContain('mamadi-doumbouya -coercion-> opposition-activists');
    expect(t.some((x) => x.startsWith('france -coercion->'))).toBe(false);
  });

  it('the attribution\'s own participle stays the speaker\'s: "Kenya said, accusing Somalia of ..."', () => {
    expect(triples(run('Kenya recalled its ambassador on Monday, the foreign ministry said, accusing Somalia of meddling in its affairs.'))).toContain('kenya -accusation-> somalia');
  });
});
