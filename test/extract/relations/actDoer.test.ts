// A verb acting on an act targets whoever did that act, named by a clause on the act's noun or as the
// owner of a passive's patient. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('the doer of an act named by a clause on its noun', () => {
  it('"Israel rejected the plan Egypt drafted": the relative clause\'s subject drafted it', () => {
    expect(documentTriples('Israel rejected the plan Egypt drafted.')).toEqual(['israel -rejection-> egypt']);
  });

  it('"The proposal that Qatar made was rejected by Saudi Arabia": the same, in the passive', () => {
    expect(documentTriples('The proposal that Qatar made was rejected by Saudi Arabia.')).toEqual(['saudi-arabia -rejection-> qatar']);
  });

  it('"The offer made by Eritrea was rejected by Ethiopia": a participle of authoring names its doer', () => {
    expect(documentTriples('The offer made by Eritrea was rejected by Ethiopia.')).toEqual(['ethiopia -rejection-> eritrea']);
  });

  it('a participle of reporting names no doer ("the attack reported by Reuters")', () => {
    expect(documentTriples('Kenya condemned the attack reported by Reuters.')).not.toContain('kenya -accusation-> reuters');
  });
});

describe('the owner or doer of a passive\'s patient', () => {
  it('"A proposal by Qatar was rejected by Bahrain": the proposal\'s "by" agent', () => {
    expect(documentTriples('A proposal by Qatar was rejected by Bahrain.')).toEqual(['bahrain -rejection-> qatar']);
  });

  it('"Chad\'s convoy was attacked by Boko Haram": the owner of the thing attacked', () => {
    expect(documentTriples("Chad's convoy was attacked by Boko Haram near the lake.")).toEqual(['boko-haram -force-> chad']);
  });
});
