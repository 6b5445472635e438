// "sealed a deal", "clinched an agreement", "hammered out a truce", "forged an alliance": verbs that
// only say the subject made the event noun, whose parties they are. Other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a verb of making a deal passes its subject to the deal', () => {
  it('"Armenia and Azerbaijan sealed a deal": an agreement between the two', () => {
    expect(triples('Armenia and Azerbaijan sealed a deal on Monday.')).toEqual(['armenia -agreement-> azerbaijan']);
  });

  it('"clinched" and "hammered out" an agreement, "forged" an alliance', () => {
    expect(triples('Ethiopia and Eritrea clinched an agreement in Jeddah.')).toEqual(['ethiopia -agreement-> eritrea']);
    expect(triples('Sudan and South Sudan hammered out an agreement in Addis Ababa.')).toEqual(['sudan -agreement-> south-sudan']);
    expect(triples('Mali and Burkina Faso forged an alliance.')).toEqual(['mali -cooperation-> burkina-faso']);
  });

  it('an agreement a summit is meant to hammer out, in a rejected offer, is not stated as made', () => {
    const read = triples('Ghana rejected a Nigerian offer to host a summit to hammer out an agreement between Mali and Niger.');
    expect(read).toContain('ghana -rejection-> nigeria');
    expect(read.filter((t) => t.startsWith('mali -agreement-> niger') && !t.endsWith('[hypothetical]'))).toEqual([]);
  });
});
