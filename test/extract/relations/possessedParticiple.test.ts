// "X's announced test" is a noun phrase, not a clause with X as subject: the possessor owns the act.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a participle after a possessor', () => {
  it('modifies the possessed noun, which a coordinated verb before it takes as object', () => {
    expect(documentTriples("The African Union stated that it condemned and opposed Sudan's announced offensive on May 25th.")).toEqual([
      'african-union -accusation-> sudan',
      'african-union -rejection-> sudan',
    ]);
  });

  it('a possessor followed by its noun before the verb stays that clause\'s subject', () => {
    expect(documentTriples("The EU said Russia's forces shelled Kharkiv.")).toEqual(['european-union -accusation-> russia', 'russia -force-> ukraine']);
  });
});
