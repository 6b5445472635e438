// Reported wrongdoing beyond "violated": verbs that always say a wrong ("undermined the talks"),
// verbs that say one only with a given object or complement ("broke its pledge", "failed to
// disclose"), attempts ("was seeking to destabilize"), blame ("responsible for the bombing") and
// the owner of an act named as subject ("Serbia's moves"). The speaker accuses the doer.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a reported wrong accuses its doer', () => {
  it.each([
    ['Armenia said Azerbaijan had undermined the peace talks.', 'armenia -accusation-> azerbaijan'],
    ['Kosovo said Serbia had sabotaged the negotiations.', 'kosovo -accusation-> serbia'],
    ['Georgia said Russia was meddling in its elections.', 'georgia -accusation-> russia'],
    ['Venezuela said Colombia was interfering in its internal affairs.', 'venezuela -accusation-> colombia'],
    ['Moldova said Russia was seeking to destabilize the government.', 'moldova -accusation-> russia'],
    ['Kenya said Somalia had deceived the mediators.', 'kenya -accusation-> somalia'],
    ['Sudan said Ethiopia had broken its pledge.', 'sudan -accusation-> ethiopia'],
    ['India said Pakistan was harbouring terrorists.', 'india -accusation-> pakistan'],
    ['Greece said Turkey posed a threat to the region.', 'greece -accusation-> turkiye'],
    ["Armenia said Azerbaijan's buildup posed a threat to the region.", 'armenia -accusation-> azerbaijan'],
    ['The United Nations said Syria had failed to disclose its stockpile.', 'united-nations -accusation-> syria'],
    ['Ecuador said Peru had lied about the incursion.', 'ecuador -accusation-> peru'],
    ['Ecuador said Peru was lying.', 'ecuador -accusation-> peru'],
    ['"Quito is lying," Lima said.', 'peru -accusation-> ecuador'],
    ['Nigeria said Boko Haram was responsible for the bombing.', 'nigeria -accusation-> boko-haram'],
    ['Azerbaijan had reneged on the deal, Armenia said.', 'armenia -accusation-> azerbaijan'],
    ['Kabul said Tehran supports terrorist groups.', 'afghanistan -accusation-> iran'],
    ['India said Pakistan provided a safe haven for militants.', 'india -accusation-> pakistan'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('"Beijing is holding the fishermen illegally": the holding itself is read too, as Tokyo reports it', () => {
    expect(read('Tokyo says that Beijing is holding the fishermen illegally.')).toEqual(['china -coercion-> fishermen [reported]', 'japan -accusation-> china']);
  });
});

describe('no accusation where no wrong is stated', () => {
  it.each([
    'Sudan said Ethiopia had not broken its pledge.',
    'Sudan denied that Ethiopia had lied.',
    'Sudan asked whether Ethiopia had broken its pledge.',
    'Sudan said it was unclear whether Ethiopia had broken its pledge.',
    'Sudan said Ethiopia had never lied.',
    'Sudan said Ethiopia would be responsible for any attack.',
    'Armenia said Azerbaijan could undermine the peace talks.',
    'Azerbaijan undermined the peace talks.',
    'Sudan said Ethiopia had failed to reach a deal.',
    'Jordan said Syria was sheltering refugees.',
    'Sudan said Ethiopia had broken ground on a new dam.',
    'Greece said the storm posed a threat to the islands.',
    'Kabul said Tehran supports the peace plan.',
    'Washington said Amman was training Syrian rebels.',
    'Tokyo says that Beijing is holding the fishermen.',
    'Colombia said the army was responsible for security in the region.',
  ])('"%s"', (sentence) => {
    expect(read(sentence).filter((t) => t.includes('accusation'))).toEqual([]);
  });
});

describe('an act called a threat', () => {
  it('names its doer the accused, also with the speaker read as a common noun', () => {
    expect(read("Chile called Peru's move a threat to regional peace.")).toEqual(['chile -accusation-> peru']);
    expect(read("Armenia said Azerbaijan's buildup was a threat to the region.")).toEqual(['armenia -accusation-> azerbaijan']);
  });

  it('a threat of nobody named accuses nobody', () => {
    expect(read('Chile called the drought a threat to regional peace.')).toEqual([]);
  });
});
