// Accepting another actor's demands yields to it; accepting its offer or proposal agrees with it.
// Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('accepting a claim another actor owns', () => {
  it('"accepted demands from the Tuareg rebels": a concession to them', () => {
    expect(triples('The Malian government accepted demands from Tuareg rebels that it hold talks.')).toContain('mali -concession-> tuareg-rebels');
  });

  it('"the demands of" and a possessor name the owner too', () => {
    expect(triples('Bolivia accepted the demands of the protesters.')).toContain('bolivia -concession-> protesters');
    expect(triples("Chad accepted Niger's conditions.")).toContain('chad -concession-> niger');
  });

  it('accepting an offer or a proposal is an agreement with whoever made it', () => {
    expect(triples("Armenia accepted Russia's offer.")).toEqual(['armenia -agreement-> russia']);
    expect(triples('Ecuador accepted a Peruvian proposal for talks.')).toContain('ecuador -agreement-> peru');
  });

  it('a claim that asks and offers nothing is not yielded to ("accepted Uganda\'s claim")', () => {
    expect(triples("Kenya accepted Uganda's claim.")).toEqual([]);
  });

  it('refusing to accept demands is no concession made', () => {
    expect(triples("Chad refused to accept Niger's demands.").filter((t) => t.includes('-concession->') && !t.endsWith('[negated]'))).toEqual([]);
  });
});
