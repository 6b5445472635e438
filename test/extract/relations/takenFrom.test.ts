// Acts that take ground from someone target the one it is taken from ("recaptured Ramadi from the
// Islamic State group"), whether the "from" phrase hangs on the verb or on what is taken; in the
// passive, the "from" party is no doer. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('ground taken from someone', () => {
  it('"recaptured Ramadi from the Islamic State group": the group is the target', () => {
    expect(triples('The Iraqi army recaptured Ramadi from the Islamic State group.')).toEqual(['iraq -force-> islamic-state']);
  });

  it('"took control of the airport from X": the phrase on what is taken names the target', () => {
    expect(triples('Iraqi troops took control of the airport from the Islamic State group on Monday.')).toEqual(['iraq -force-> islamic-state']);
  });

  it('a passive with its "by" agent: the "from" party is the target, not the doer', () => {
    expect(triples('The town was recaptured from the Islamic State by Iraqi forces.')).toEqual(['iraq -force-> islamic-state']);
  });

  it('a passive without an agent: the "from" party is taken from, and nobody is named as doing it', () => {
    expect(triples('The town was recaptured from the Islamic State on Sunday.')).toEqual([]);
  });

  it('an attack "from" somewhere stays an attack from there, not on it', () => {
    expect(triples('Iraqi troops attacked the town from Syria.')).not.toContain('iraq -force-> syria');
  });
});
