// Lifting a hostile measure ("lifted a day-old blockade on X", "eased the sanctions on X") is its
// retreat or concession, and the measure lifted is no act of its own. Sentences about other actors
// than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a lifted measure', () => {
  it('"lifted a day-old blockade on X\'s lorries": a retreat, and no blockade', () => {
    expect(triples('The Indian army lifted a day-old blockade on Pakistani lorries.')).toEqual(['india -retreat-> pakistan']);
  });

  it('"eased the sanctions on X": a concession, read once', () => {
    expect(triples('The European Union eased the sanctions on Iran.')).toEqual(['european-union -concession-> iran']);
  });

  it('"announced the easing of sanctions on X": the lifting named as a noun', () => {
    expect(triples('Canada announced the easing of sanctions on Cuba.')).toEqual(['canada -concession-> cuba']);
  });

  it('"imposed a blockade on X" stays a blockade', () => {
    expect(triples('The Indian army imposed a blockade on Pakistani lorries.')).not.toContain('india -retreat-> pakistan');
  });

  it('"lifted the curfew in X": the place the measure held is whom it bore on', () => {
    expect(triples('Serbia lifted the night curfew in Kosovo on Monday.')).toEqual(['serbia -concession-> kosovo']);
  });

  it('"lifted the state of emergency in X": the measure named after "of"', () => {
    expect(triples('Ethiopia lifted the state of emergency in Somalia.')).toEqual(['ethiopia -concession-> somalia']);
  });

  it('"eased emergency measures on X": the measure named by its modifier', () => {
    expect(triples('Israel eased emergency measures on Lebanon.')).toEqual(['israel -concession-> lebanon']);
  });
});
