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

describe('joint bodies and named meetings', () => {
  it('"the EU-Ukraine Association Council" is one body, owned by neither', () => {
    const r = extractArticles('Brussels, Jan 12.\nThe envoy briefed the EU-Ukraine Association Council on Tuesday.');
    const council = r.actors.find((a) => a.label === 'EU-Ukraine Association Council');
    expect(council?.kind).toBe('organization');
    expect(council?.affiliation).toBeUndefined();
  });

  it('a named dialogue and its acronym are a meeting, no actor', () => {
    const r = extractArticles('Geneva, Jan 10.\nIndia and China held the Border Affairs Dialogue (BAD) in Geneva. The BAD ended without a deal.');
    expect(r.actors.map((a) => a.label)).not.toContain('Border Affairs Dialogue');
    expect(r.actors.map((a) => a.label)).not.toContain('BAD');
  });
});
