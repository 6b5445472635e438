// Halting a mediation reduces relations with its parties (CAMEO 165), and the halted mediation is
// no mediation of its own. Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a reducing verb on a mediation', () => {
  it('"halted its mediation between A and B": both parties', () => {
    expect(triples('The African Union halted its mediation between Sudan and Chad.').sort()).toEqual(['african-union -sanction-> chad', 'african-union -sanction-> sudan']);
  });

  it('"suspended its mediation efforts between A and B": the noun\'s modifier names the reduction', () => {
    expect(triples('Qatar suspended its mediation efforts between Israel and Hamas.').sort()).toEqual(['qatar -sanction-> hamas', 'qatar -sanction-> israel']);
  });

  it('"may halt mediation efforts among X\'s factions": a possible reduction, and no mediation read', () => {
    expect(triples("The African Union may halt mediation efforts among Sudan's feuding factions.")).toEqual(['african-union -sanction-> sudan [hypothetical]']);
  });

  it('a mediation that is not halted stays a mediation', () => {
    expect(triples('Qatar stepped up its mediation between Israel and Hamas.')).not.toContain('qatar -sanction-> israel');
  });
});
