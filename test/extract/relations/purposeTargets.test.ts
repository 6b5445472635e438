// An act of force with no target of its own is aimed at whom its purpose clause acts on ("opened
// fire to disperse the protesters"); "Moslem" qualifies a group as "Muslim" does. Sentences about
// other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('force aimed through its purpose', () => {
  it('"opened fire to disperse X": force on X', () => {
    expect(triples('Bangladeshi police opened fire to disperse Rohingya protesters on Friday.')).toContain('bangladesh -force-> protesters');
  });

  it('a purpose that acts on nobody named gives no target', () => {
    expect(triples('Bangladeshi police opened fire to disperse the crowd on Friday.').filter((t) => t.includes('-force->'))).toEqual([]);
  });

  it('"Moslem" before a group noun qualifies the group', () => {
    expect(triples('Indian police arrested Moslem protesters in Delhi.')).toContain('india -coercion-> moslem-protesters');
  });
});
