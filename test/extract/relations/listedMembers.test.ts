// A target noun that names no actor stands for the members its "including" list names
// (data/roleFrames.json, memberMarkers). Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('members listed after a target noun', () => {
  it('"backs several armed movements, including Hezbollah and Hamas": each member is backed', () => {
    expect(documentTriples('Iran backs several armed movements, including Hezbollah and Hamas.')).toEqual(['iran -support-> hamas', 'iran -support-> hezbollah']);
  });

  it('a list of places is no list of actors: "shelled several villages, including Garissa"', () => {
    expect(documentTriples('The Somali army shelled several villages, including Garissa.')).not.toContain('somalia -force-> kenya');
  });
});
