// A speaker reporting a hostile act done to their own side, or help given to an armed group,
// accuses its doer; the doer's own side and third parties only report it.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a report of an act done to the speaker\'s side accuses its doer', () => {
  it('a state or its leader reporting an attack on it', () => {
    expect(read('Zelensky said Russia attacked Ukraine on Tuesday.')).toEqual(['russia -force-> ukraine [reported]', 'volodymyr-zelensky -accusation-> russia']);
    expect(read('Azerbaijan said on Sunday that Armenian forces shelled its villages.')).toContain('azerbaijan -accusation-> armenia');
    expect(read('Georgia said Russian troops attacked Georgian villages.')).toContain('georgia -accusation-> russia');
  });

  it('a report of help given to an armed group accuses the helper', () => {
    expect(read('Colombia says Venezuela has been aiding the FARC rebels.')).toEqual(['colombia -accusation-> venezuela', 'venezuela -aid-> farc [reported]']);
  });

  it('the doer\'s own side reporting its act accuses nobody', () => {
    expect(read('Putin said Russia attacked Ukraine on Tuesday.')).toEqual(['russia -force-> ukraine [reported]']);
  });

  it('a third party reporting an attack on someone else only reports it', () => {
    expect(read('Erdogan said Russia attacked Ukraine on Tuesday.')).toEqual(['russia -force-> ukraine [reported]']);
  });

  it('a speaker whose side nothing tells only reports', () => {
    expect(read('Activist Omar Haddad said Egyptian police attacked him on Monday.')).toEqual(['egypt -force-> omar-haddad [reported]']);
  });

  it('a denied or possible act accuses nobody', () => {
    expect(read('Zelensky said Russia could attack Ukraine.').filter((t) => t.includes('accusation'))).toEqual([]);
  });
});

describe('a speech act the speaker reports of itself is asserted', () => {
  it.each([
    ["The Security Council stated that it condemned North Korea's nuclear test.", 'un-security-council -accusation-> north-korea'],
    ['Kenya said it had urged Somalia to negotiate.', 'kenya -appeal-> somalia'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('another actor\'s speech act stays reported', () => {
    expect(read('Kenya said Ethiopia had urged Somalia to negotiate.')).toEqual(['ethiopia -appeal-> somalia [reported]']);
  });
});

describe('a speaker among the doers of what it reports accuses none of them', () => {
  it('"the African Union says AU and Ethiopian troops attacked al-Shabaab" is no accusation of Ethiopia', () => {
    const triples = read('The African Union says AU and Ethiopian troops attacked al-Shabaab fighters near Baidoa on Monday.');
    expect(triples.filter((t) => t.includes('accusation'))).toEqual([]);
    expect(triples.some((t) => t.startsWith('ethiopia -force-> al-shabaab'))).toBe(true);
  });

  it('the same report by an organisation that did not take part still accuses the doer', () => {
    const triples = read('Human Rights Watch says Ethiopian troops attacked al-Shabaab fighters near Baidoa on Monday.');
    expect(triples.some((t) => t.startsWith('human-rights-watch -accusation-> ethiopia'))).toBe(true);
  });
});
