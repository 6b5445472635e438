// A passive act of force done by or with a weapon ("was hit by Eritrean artillery", "hit with rockets
// fired from Somalia") is done by whoever owns or fired the weapon. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('hit by a weapon', () => {
  it('"An Ethiopian village was hit by Eritrean artillery": the weapon\'s actor modifier fired it', () => {
    expect(documentTriples('An Ethiopian village was hit by Eritrean artillery on Sunday.')).toEqual(['eritrea -force-> ethiopia']);
  });

  it('"hit with rockets fired from Somalia": the origin of the firing participle', () => {
    expect(documentTriples('The Kenyan town of Mandera was hit with rockets fired from Somalia.')).toEqual(['somalia -force-> kenya']);
  });

  it('"hit with missiles fired from two locations in Russia": the place the origin lies in', () => {
    expect(documentTriples('Kharkiv was hit with missiles fired from two locations in Russia.')).toEqual(['russia -force-> ukraine']);
  });

  it('"struck by a missile fired by the Houthis": the firing participle\'s agent', () => {
    expect(documentTriples('The Saudi city of Jazan was hit by a missile fired by the Houthis.')).toEqual(['houthis -force-> saudi-arabia']);
  });

  it('"hit" with no weapon is no act of force ("hit by the crisis", "hit with sanctions" reads its own cue)', () => {
    expect(documentTriples('The Greek economy was hit by the debt crisis.')).toEqual([]);
    expect(documentTriples('Ethiopian exports were hit by new Eritrean tariffs.')).not.toContain('eritrea -force-> ethiopia');
  });

  it('"killed by a bomb planted by Boko Haram": a participle of setting the weapon off names its user', () => {
    expect(documentTriples('Several Nigerian soldiers were killed by a bomb planted by Boko Haram.')).toEqual(['boko-haram -force-> nigeria']);
  });

  it('"killed by missiles supplied by Iran": the supplier did not fire them', () => {
    expect(documentTriples('Yemeni civilians were killed by missiles supplied by Iran.')).not.toContain('iran -force-> yemeni-civilians');
  });
});
