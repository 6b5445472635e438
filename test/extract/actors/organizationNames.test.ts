// Capitalised names that hold an organisation keyword but name an event, not an actor.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

describe('names of events are no actors', () => {
  it('"the Six-Party Talks" is no organisation, so supporting them is no relation', () => {
    const r = extractArticles('Japan has consistently supported the Six-Party Talks as the best way to deal with North Korea.');
    expect(r.actors.filter((a) => a.kind === 'organization')).toEqual([]);
    expect(relationTriples(r)).toEqual([]);
  });

  it('an organisation name with the same keyword stays one', () => {
    const r = extractArticles('Japan criticized the Liberal Democratic Party of Kenya.');
    expect(r.actors.some((a) => a.kind === 'organization' && /party/i.test(a.label))).toBe(true);
  });
});
