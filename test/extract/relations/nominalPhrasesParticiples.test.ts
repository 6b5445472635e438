// "sanctions imposed by the EU on Belarus": a participle of doing the act, written between the event
// noun and its phrases, keeps them the noun's, however the parser hung them. Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a participle of doing between an event noun and its phrases', () => {
  it('"The sanctions imposed by the European Union on Belarus took effect"', () => {
    expect(documentTriples('The sanctions imposed by the European Union on Belarus took effect on Monday.')).toEqual(['european-union -sanction-> belarus']);
  });

  it('"The attacks launched by Houthi rebels against Saudi Arabia"', () => {
    expect(documentTriples('The attacks launched by Houthi rebels against Saudi Arabia have increased.')).toEqual(['houthis -force-> saudi-arabia']);
  });

  it('a participle of reporting keeps no phrases ("the sanctions reported by Reuters")', () => {
    expect(documentTriples('The sanctions reported by Reuters on Belarus took effect on Monday.')).not.toContain('reuters -sanction-> belarus');
  });
});
