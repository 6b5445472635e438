// "positions held by X", "camps run by X": a place an armed group holds, named with a holding
// participle and its agent, stands for the agent. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a held place stands for who holds it', () => {
  it('"positions held by X" is X', () => {
    expect(documentTriples('Ethiopian troops attacked positions held by al-Shabaab near Baidoa.')).toContain('ethiopia -force-> al-shabaab');
  });

  it('the participle may follow the place\'s other attachments', () => {
    expect(documentTriples('Ethiopia shelled positions near Baidoa held by al-Shabaab.')).toContain('ethiopia -force-> al-shabaab');
  });

  it('a participle that is no holding names no holder: "positions abandoned by X"', () => {
    expect(documentTriples('Ethiopian troops attacked positions abandoned by al-Shabaab near Baidoa.')).not.toContain('ethiopia -force-> al-shabaab');
  });
});
