// Bidirectional controls from strangers' text: isolated inside the app's own sentences, and kept
// from reordering canvas labels (src/graph/bidiText.ts).
import { describe, expect, it } from 'vitest';
import { canvasBidi, FSI, isolate, isolatedParts, PDI } from '../../src/graph/bidiText';

const RLO = '\u202E';
const LRO = '\u202D';
const RLE = '\u202B';
const PDF = '\u202C';
const RLI = '\u2067';

describe('canvas labels', () => {
  it('a right-to-left override that would show "Bank of exe.doc" is taken out, leaving the letters in their real order', () => {
    expect(canvasBidi(`Bank of ${RLO}cod.exe`)).toBe('Bank of cod.exe');
  });

  it('overrides go even when closed, with their PDF; paired embeddings and isolates stay', () => {
    expect(canvasBidi(`a ${RLO}cod${PDF}.exe`)).toBe('a cod.exe');
    expect(canvasBidi(`${LRO}x${PDF} ${RLE}שלום${PDF} ${RLI}עם${PDI}`)).toBe(`x ${RLE}שלום${PDF} ${RLI}עם${PDI}`);
  });

  it('terminators without an opener, and openers never closed, are dropped', () => {
    expect(canvasBidi(`${PDF}${PDI}name${RLE}${RLI}`)).toBe('name');
    // A PDF inside an isolate cannot close an embedding opened outside it.
    expect(canvasBidi(`${RLE}a${RLI}b${PDF}c${PDI}`)).toBe(`a${RLI}bc${PDI}`);
  });

  it('text without controls is returned as it is', () => {
    expect(canvasBidi('Abbas Araghchi')).toBe('Abbas Araghchi');
  });
});

describe('isolating a string inside the app’s sentences', () => {
  it('wraps it in FSI … PDI, keeping its own controls, which the PDI ends', () => {
    expect(isolate(`report${RLO}atad.json`)).toBe(`${FSI}report${RLO}atad.json${PDI}`);
  });

  it('drops a stray PDI that would end the isolate early and closes isolates left open', () => {
    expect(isolate(`a${PDI}b`)).toBe(`${FSI}ab${PDI}`);
    expect(isolate(`a${RLI}b`)).toBe(`${FSI}a${RLI}b${PDI}${PDI}`);
  });

  it('splits composed text into plain parts and isolated parts, for <bdi>', () => {
    const text = `Imported ${isolate(`report${RLO}atad.json`)}: 3 actors, from ${isolate(`x${RLI}y`)}.`;
    expect(isolatedParts(text)).toEqual([
      { text: 'Imported ', isolated: false },
      { text: `report${RLO}atad.json`, isolated: true },
      { text: ': 3 actors, from ', isolated: false },
      { text: `x${RLI}y${PDI}`, isolated: true },
      { text: '.', isolated: false },
    ]);
    expect(isolatedParts('No isolates here.')).toEqual([{ text: 'No isolates here.', isolated: false }]);
  });
});
