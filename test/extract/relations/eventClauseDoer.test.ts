// A cue verb in a relative clause on an event noun of its relation ("an al-Shabab attack that killed
// three Kenyan soldiers") is done by the event's doer, and dated with the clause the noun is in.
// Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import { documentTriples } from '../../support/extractText';

describe('the doer of an event restated by a relative clause', () => {
  it('"an al-Shabab attack that killed three Kenyan soldiers": al-Shabab killed the soldiers of Kenya', () => {
    expect(documentTriples('Kenya vowed revenge after an al-Shabab attack that killed three Kenyan soldiers.')).toEqual(['al-shabaab -force-> kenya']);
  });

  it('"attacks by Boko Haram which killed Nigerian soldiers": the "by" agent is the doer', () => {
    expect(documentTriples('Nigeria closed the border after attacks by Boko Haram which killed 20 Nigerian soldiers.')).toContain('boko-haram -force-> nigeria');
  });

  it('a relative clause on a noun that is no act of force names no doer ("the Somali move that killed ...")', () => {
    expect(documentTriples('The Somali move that killed three Kenyan soldiers was criticized.')).not.toContain('somalia -force-> kenya');
  });

  it('the act is dated with the clause the event noun is in', () => {
    const doc = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day' as const, publishedInferred: false, source: null, body: "Kenya's patience ran out last year after a series of al-Shabab attacks which killed 50 Kenyan soldiers." };
    const force = extractDocument(doc, defaultResources()).events.find((e) => e.relation === 'force');
    expect(force?.date.slice(0, 4)).toBe('2023');
  });
});
