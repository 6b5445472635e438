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

describe('a possessor before a name hyphenated to a participle', () => {
  it('"Mali\'s Russia-backed Wagner fighters" read as a clause with Mali its subject: Russia backs them, not Mali', () => {
    const triples = documentTriples("For nearly two years, Mali's Russia-backed Wagner fighters have been locked in a fight with the rebels.");
    expect(triples.filter((t) => t.includes('-support->'))).toEqual(['russia -support-> wagner-group']);
  });

  it('a phrase the parser read right keeps its reading: "Libya\'s Russia-backed Wagner fighters attacked Tripoli"', () => {
    expect(documentTriples("Libya's Russia-backed Wagner fighters attacked Tripoli on Monday.")).toEqual(['russia -support-> wagner-group', 'wagner-group -force-> libya']);
  });
});
