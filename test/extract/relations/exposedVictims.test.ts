// Those who die or are harmed in an act of force are its target, before a phrase the parser hung on
// the act's doer. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('the victims of an act of force named as the subject of a verb of dying or harm', () => {
  it('"Malian soldiers died in an ambush by jihadists near the border with Niger": Mali is the target, not Niger', () => {
    const triples = documentTriples('Eight Malian soldiers died in an ambush by Boko Haram near the border with Niger.');
    expect(triples).toContain('boko-haram -force-> mali');
    expect(triples).not.toContain('boko-haram -force-> niger');
  });

  it('a mutual act keeps both sides ("died in a clash with Chinese troops")', () => {
    expect(documentTriples('Two Indian soldiers died in a clash with Chinese troops in Ladakh.')).toEqual(['china -force-> india', 'india -force-> china']);
  });

  it('"Yemeni civilians were killed by Saudi airstrikes": the event noun as the passive\'s agent acts on its subject', () => {
    expect(documentTriples('Several Houthi fighters were killed by Saudi airstrikes.')).toEqual(['saudi-arabia -force-> houthis']);
    expect(documentTriples('Somali civilians were killed by American airstrikes on Monday.')).toContain('united-states -force-> somali-civilians');
  });
});
