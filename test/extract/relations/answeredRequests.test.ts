// A request read from the verb answering it: its owner asked the answering verb's subject
// (data/speechReadings.json answeringVerbs, answeredRequestNouns). Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a request named by the verb answering it', () => {
  it('"Kenya ignored calls by Uganda to withdraw its troops": Uganda appealed to Kenya', () => {
    expect(documentTriples('Kenya ignored calls by Uganda to withdraw its troops.')).toContain('uganda -appeal-> kenya');
  });

  it('"heeded a plea from X", "rejected demands by X"', () => {
    expect(documentTriples('Chad heeded a plea from Niger for help on Monday.')).toContain('niger -appeal-> chad');
    expect(documentTriples('Eritrea rejected demands by Ethiopia to withdraw from Badme.')).toContain('ethiopia -demand-> eritrea');
  });

  it('a call asking for nothing may be a phone call: no appeal', () => {
    expect(documentTriples('Kenya ignored calls from Uganda on Monday.').filter((t) => t.includes('appeal'))).toEqual([]);
  });

  it('a request naming whom it asks is read there, not from the answering verb', () => {
    expect(documentTriples('Chad ignored calls on Sudan by Niger to stop the fighting.')).not.toContain('niger -appeal-> chad');
  });
});
