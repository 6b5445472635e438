// "would" that imagines rather than plans: an act judged by what it would be ("an attack on X would be
// disastrous"), and the consequent of a condition before it ("If X attacked, Y would impose ...");
// a reported "would" ("said it would impose") stays planned. Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { documentTriples } from '../../support/extractText';

const readings = (body: string) => documentTriples(body, { modality: true });

describe('conditional and counterfactual "would"', () => {
  it('an act judged by what it would be is hypothetical', () => {
    expect(readings('Egypt said an Ethiopian attack on Sudan would be disastrous.')).toEqual(['ethiopia -force-> sudan [hypothetical]']);
    expect(readings('Japan said a Chinese blockade of Taiwan would be a catastrophe.')).toEqual(['china -force-> taiwan [hypothetical]']);
  });

  it('the consequent of a condition before it is hypothetical', () => {
    expect(readings('If Chile attacked Peru, Bolivia would impose sanctions on Chile.')).toContain('bolivia -sanction-> chile [hypothetical]');
  });

  it('a reported "would" and a future "will" stay planned', () => {
    expect(readings('Bolivia said it would impose sanctions on Chile.')).toEqual(['bolivia -sanction-> chile [planned]']);
    expect(readings('Talks between Chad and Sudan will be held on Monday.')).toEqual(['chad -negotiation-> sudan [planned]']);
  });
});
