// Force and coercion nouns read with their arguments from the tree: "operations against X", an
// "offensive" the tagger took for an adjective, and an event noun whose own "of" phrase names whom it
// is done to. Sentences about other actors than the seed and benchmark articles, run through the
// whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('operations and offensives against a party', () => {
  it('"continuing mop-up operations against X fighters": the light verb\'s subject uses force on X', () => {
    expect(triples('Nigerian troops are continuing mop-up operations against Boko Haram fighters near the border.')).toEqual(['nigeria -force-> boko-haram']);
  });

  it('"special forces units and paratroopers": units stand for the state their modifier names', () => {
    expect(triples('Kenyan special forces units and paratroopers are continuing mop-up operations against al-Shabab fighters near the border.')).toEqual(['kenya -force-> al-shabaab']);
  });

  it('"launched a military operation against X"', () => {
    expect(triples('Kenyan forces launched a military operation against al-Shabab on Monday.')).toEqual(['kenya -force-> al-shabaab']);
  });

  it('an operation "against the wishes of" a state is no force against it', () => {
    expect(triples('Kenya led a rescue operation against the wishes of Somalia on Monday.')).toEqual([]);
  });

  it('"launched an offensive against X" with "offensive" tagged as an adjective on X', () => {
    expect(triples('The Nigerian army launched an offensive against Boko Haram on Monday.')).toEqual(['nigeria -force-> boko-haram']);
  });
});

describe('an event noun as subject', () => {
  it('"X\'s detention of a journalist angered Y": the journalist, not Y, is detained', () => {
    expect(triples("Russia's detention of an American journalist angered Washington on Monday.")).toEqual([]);
  });

  it('"A U.S.-led invasion removed X": with no attachment of its own the noun acts on the verb\'s object', () => {
    expect(triples('A Russian-led offensive removed the Islamic State from the city in 2016.')).toContain('russia -force-> islamic-state');
  });
});

describe('an event noun whose relative clause says whom it struck', () => {
  it('"claimed responsibility for the bombing that killed eight Kenyan soldiers": the claimer strikes Kenya', () => {
    expect(documentTriples('Al-Shabaab claimed responsibility for the bombing that killed eight Kenyan soldiers.')).toEqual(['al-shabaab -force-> kenya']);
  });

  it('a passive relative clause names no target of its own: "the raid, which was condemned by Kenya"', () => {
    expect(documentTriples('Al-Shabaab claimed responsibility for the raid, which was condemned by Kenya.')).not.toContain('al-shabaab -force-> kenya');
  });
});

describe('a place and an "against" phrase the parser hung on it', () => {
  it('"strikes in Somalia against al-Shabaab": the act is against the group, not the place\'s state', () => {
    expect(documentTriples('The Kenyan military has carried out strikes in Somalia against al-Shabaab.')).toEqual(['kenya -force-> al-shabaab']);
  });
});
