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

  it('a quantity of goods ("20 tonnes of medicine") is those goods, handed over or shipped', () => {
    expect(documentTriples('Japan handed over 300 kg of medicine to Sudan on Monday.')).toEqual(['japan -aid-> sudan']);
    expect(documentTriples('Canada shipped 20 tonnes of medicine to Haiti.')).toEqual(['canada -aid-> haiti']);
  });

  it('"according to X" names where the news comes from, never whom the goods went to', () => {
    expect(documentTriples('Japan handed over medicine to the Red Cross, according to the United Nations.')).not.toContain('japan -aid-> united-nations');
  });
});

