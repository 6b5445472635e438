// The doer of an event noun where the parser hung it on the clause's verb: a "by" phrase after the
// object of an active verb, the agent of a passive light or claiming verb whose subject is the noun,
// and a target hung on that agent. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an event noun\'s agent hung on the verb', () => {
  it('"condemned the attack on its embassy by X": the "by" phrase after the object is the attack\'s', () => {
    expect(documentTriples('Chad condemned the attack on its embassy by Boko Haram fighters on Sunday.')).toContain('boko-haram -force-> chad');
  });

  it('"the raid was carried out by X against Y": the passive light verb\'s agent, and the target hung on it', () => {
    expect(documentTriples('The raid was carried out by Israeli forces against Hamas camps.')).toContain('israel -force-> hamas');
  });

  it('"the bombing was claimed by X": the passive claiming verb\'s agent did it', () => {
    expect(documentTriples('The bombing of the Somali checkpoint was claimed by al-Shabaab.')).toContain('al-shabaab -force-> somalia');
  });

  it('a passive verb\'s own agent is not the noun\'s ("Mali was shaken by the attack")', () => {
    expect(documentTriples('Mali was shaken by the attack on Niger.').filter((t) => t.startsWith('mali -force'))).toEqual([]);
  });
});
