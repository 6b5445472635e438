// A verb that sends a weapon ("fired rockets at", "lobbed mortar shells into") is an act of force on
// whom the weapon is aimed at; the same verb with another object is none ("fired its chief
// executive", "launched a satellite"). Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('weapons fired at someone', () => {
  it('"Houthi rebels fired two ballistic missiles at Saudi Arabia"', () => {
    expect(documentTriples('Houthi rebels fired two ballistic missiles at Saudi Arabia on Sunday.')).toEqual(['houthis -force-> saudi-arabia']);
  });

  it('"lobbed mortar shells into Israel"', () => {
    expect(documentTriples('Hamas militants lobbed mortar shells into Israel.')).toEqual(['hamas -force-> israel']);
  });

  it('"fired artillery rounds on Ukrainian positions"', () => {
    expect(documentTriples('Russian troops fired artillery rounds on Ukrainian positions.')).toEqual(['russia -force-> ukraine']);
  });

  it('the same verbs with an object that is no weapon are no act of force', () => {
    expect(documentTriples('Chile fired its ambassador to Peru on Monday.')).toEqual([]);
    expect(documentTriples('North Korea launched a satellite over Japan.')).toEqual([]);
  });
});

describe('fire exchanged', () => {
  it('"Armenian and Azerbaijani forces exchanged artillery fire": each fires on the other', () => {
    expect(documentTriples('Armenian and Azerbaijani forces exchanged artillery fire on Tuesday.')).toEqual(['armenia -force-> azerbaijan', 'azerbaijan -force-> armenia']);
  });

  it('"exchanged prisoners" is no fire', () => {
    expect(documentTriples('Armenia and Azerbaijan exchanged prisoners on Tuesday.')).not.toContain('armenia -force-> azerbaijan');
  });
});
