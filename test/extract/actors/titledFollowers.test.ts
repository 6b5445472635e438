// "troops still loyal to the former president": a definite title phrase after a follower link names
// the one person the document names with that title in front of the name. Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

describe('followers of a person named by a title phrase', () => {
  it('"soldiers loyal to the former president" are the followers of the one former president named', () => {
    const r = extractArticles('Protesters clashed with soldiers still loyal to the former president in Ouagadougou. Soldiers loyal to the former president attacked the protesters. The army says former president Blaise Compaore fled.');
    expect(relationTriples(r)).toContain('compaore-loyalists -force-> protesters');
    const group = r.actors.find((a) => a.id === 'compaore-loyalists');
    expect(group?.notes?.join(' ') ?? '').toContain('followers of Blaise Compaore');
  });

  it('a title two persons share names neither', () => {
    const r = extractArticles('Protesters clashed with soldiers loyal to the former president in Ouagadougou. Former president Blaise Compaore and former president Michel Kafando met.');
    expect(r.actors.map((a) => a.id)).not.toContain('compaore-loyalists');
    expect(r.actors.map((a) => a.id)).not.toContain('kafando-loyalists');
  });

  it('a possessive title phrase owns another noun, and names no followers', () => {
    const r = extractArticles("Protesters clashed with soldiers loyal to the former president's son in Ouagadougou. The army says former president Blaise Compaore fled.");
    expect(r.actors.map((a) => a.id)).not.toContain('compaore-loyalists');
  });
});
