// Who speaks in a speech frame: complaints and contentions report what they say, a spokesman for an
// actor speaks for it, and a name after "an adviser to President ..." is the preposition's, no speaker.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('speakers and their verbs', () => {
  it('a complaint reports what it says and accuses the doer of aiding an armed group', () => {
    expect(read('Colombia complained Venezuela has been aiding the FARC rebels.')).toEqual(['colombia -accusation-> venezuela', 'venezuela -aid-> farc [reported]']);
  });

  it('"a spokesman for X said" is X speaking', () => {
    expect(read('A spokesman for Hamas said Israel had violated the truce.')).toEqual(['hamas -accusation-> israel']);
  });

  it('a name after a preposition and a title is not the speaker', () => {
    expect(read('A top adviser to Somali President Hassan Sheikh Mohamud complained Eritrea has been aiding the al-Shabab militants.')).toEqual(['eritrea -aid-> al-shabaab [reported]']);
  });

  it('a name after a fronted date and a title still speaks', () => {
    expect(read('On Monday President Hamid Karzai said Pakistan had violated the border.')).toEqual(['hamid-karzai -accusation-> pakistan']);
  });
});
