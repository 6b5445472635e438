// "helped Somalia defeat al-Shabaab": a name that is a verb's object before that verb's open clause
// modifies no name after it, even when the clause's verb is tagged a noun.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('an object before an open clause', () => {
  it('is what is helped, not a qualifier of the name in the clause', () => {
    expect(documentTriples('Uganda helped Somalia defeat al-Shabaab.')).toEqual(['uganda -aid-> somalia']);
  });

  it('keeps a nationality qualifying a title and name as a modifier', () => {
    expect(documentTriples('Iranian Parliament Speaker Mohammad Ghalibaf met Vladimir Putin in Moscow.')).toEqual(['mohammad-baqer-qalibaf -communication-> vladimir-putin']);
  });
});
