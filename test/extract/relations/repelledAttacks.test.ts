// An attack fended off ("repelled", "beat back", "withstood") is aimed at whoever fends it off, and
// done by its owner (data/roleFrames.json undergoerVerbs). Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an attack the subject fends off', () => {
  it('"Ukrainian troops repelled a Russian assault": Russia attacked Ukraine', () => {
    expect(documentTriples('Ukrainian troops repelled a Russian assault near Bakhmut.')).toContain('russia -force-> ukraine');
  });

  it('"beat back an attack by X": the "by" agent attacked the subject', () => {
    expect(documentTriples('Somali forces beat back an attack by al-Shabaab on Tuesday.')).toContain('al-shabaab -force-> somalia');
  });

  it('keeps the owner of an attack that was only feared out of it', () => {
    expect(documentTriples('Somali forces feared an attack by al-Shabaab.').filter((t) => t.includes('force'))).not.toContain('al-shabaab -force-> somalia');
  });
});
