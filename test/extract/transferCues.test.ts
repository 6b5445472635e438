// Aid said by what is sent: a verb of sending or giving whose object is relief goods, arms or money
// (data/aidTransfers.json), and the same verbs sending anything else left alone.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('aid said by the goods sent', () => {
  it('relief goods, arms and money sent or given to a state are aid', () => {
    expect(documentTriples('Turkey sent tents and blankets to Syria on Monday.')).toEqual(['turkiye -aid-> syria']);
    expect(documentTriples('Iran delivered more drones to Russia in May.')).toEqual(['iran -aid-> russia']);
    expect(documentTriples('Qatar gave Jordan $30 million in March.')).toEqual(['qatar -aid-> jordan']);
  });

  it('the same verbs sending a message or a delegation are no aid', () => {
    expect(documentTriples('Turkey sent a letter to Syria on Monday.')).toEqual([]);
    expect(documentTriples('Iran gave Russia a warning in May.')).not.toContain('iran -aid-> russia');
  });
});
