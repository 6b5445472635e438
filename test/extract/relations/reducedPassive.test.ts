// "Five Afghan soldiers killed in Taliban ambush": a participle of harm read as an active verb
// states what was done to its subject, never that the subject did it. Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a participle of harm with its victims as subject', () => {
  it('"Somali villagers killed in a US airstrike were buried": the strike\'s doer acts on them', () => {
    const triples = documentTriples('Somali villagers killed in a US airstrike were buried on Monday.');
    expect(triples).not.toContain('somali-villagers -force-> united-states');
    expect(triples.filter((t) => t.startsWith('somali-villagers') || t.startsWith('somalia'))).toEqual([]);
  });

  it('"Five Malian soldiers killed in jihadist ambush": the victims are no doers', () => {
    expect(documentTriples('Five Malian soldiers killed in Boko Haram ambush.').filter((t) => t.startsWith('mali '))).toEqual([]);
  });

  it('an active verb of harm with an object keeps its subject as doer', () => {
    expect(documentTriples('Nigerian troops killed 20 Boko Haram fighters.')).toEqual(['nigeria -force-> boko-haram']);
  });
});
