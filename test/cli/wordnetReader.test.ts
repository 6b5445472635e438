// The WordNet reader on a tiny database written in WordNet's format (test/fixtures/wordnet).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataLine, parseIndexLine, readLicenceHeader, readWordNet } from '../../src/cli/wordnetReader';

const DICT = fileURLToPath(new URL('../fixtures/wordnet', import.meta.url));

describe('parseIndexLine', () => {
  it('reads a lemma and its synsets in sense order, past its pointer symbols', () => {
    expect(parseIndexLine('batter v 3 1 @ 3 0 00000010 00000011 00000001  ')).toEqual({ lemma: 'batter', synsets: ['00000010', '00000011', '00000001'] });
    expect(parseIndexLine('brush_off v 1 0 1 0 00000008  ')).toEqual({ lemma: 'brush off', synsets: ['00000008'] });
  });

  it('skips the licence lines and refuses a line whose sense count does not match', () => {
    expect(parseIndexLine('  1 This is a tiny WordNet')).toBeNull();
    expect(() => parseIndexLine('pound v 3 0 3 0 00000001')).toThrow(/not a WordNet index line/);
  });
});

describe('parseDataLine', () => {
  it('reads the lexicographer file, the words, the pointers and the gloss, past the verb frames', () => {
    const s = parseDataLine('00000008 32 v 02 slam 0 brush_off 0 001 @ 00000004 v 0000 01 + 09 00 | dismiss or criticize curtly  ');
    expect(s).toEqual({ offset: '00000008', lexname: 'verb.communication', words: ['slam', 'brush off'], pointers: [{ symbol: '@', offset: '00000004', pos: 'v' }], gloss: 'dismiss or criticize curtly' });
  });

  it('reads a hexadecimal word count', () => {
    const words = Array.from({ length: 11 }, (_, k) => `w${String.fromCharCode(97 + k)} 0`).join(' ');
    expect(parseDataLine(`00000020 41 v 0b ${words} 000 | many words`)?.words).toHaveLength(11);
  });
});

describe('readWordNet', () => {
  const wn = readWordNet(DICT, 'verb');

  it('gives a lemma its senses, most frequent first, and none for a word it lacks', () => {
    expect(wn.sensesOf('pound').map((s) => s.lexname)).toEqual(['verb.contact', 'verb.motion']);
    expect(wn.sensesOf('Rebuff').map((s) => s.offset)).toEqual(['00000005', '00000006']);
    expect(wn.sensesOf('lob')).toEqual([]);
  });

  it('follows a sense to its troponyms', () => {
    const [hitHard] = wn.sensesOf('pound');
    expect(wn.hyponyms(hitHard!).map((s) => s.words)).toEqual([['pummel'], ['thrash']]);
    expect(wn.hyponyms(wn.sensesOf('lumber')[0]!)).toEqual([]);
  });
});

describe('readLicenceHeader', () => {
  it('joins the numbered lines a data file opens with into one text, without their numbers', () => {
    expect(readLicenceHeader(DICT, 'verb')).toBe(
      'This is a tiny WordNet written for the tests of src/cli/wordnetReader.ts, in the format of the WordNet 3.1 database files (wndb(5WN)). Offsets are invented: the reader keys synsets by field.',
    );
  });
});
